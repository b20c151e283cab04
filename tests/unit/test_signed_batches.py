"""Batches are signed by the laptop that wrote them: an edited batch with its hashes made
again, a manifest naming another camp or a path, or another laptop's key is refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from power_desktop.core import batch_format as bf
from power_desktop.paths import Paths
from power_desktop.services import Services, demo
from power_desktop.services.batch_check import validate
from power_desktop.services.batch_files import BatchWriter, logical_sheets, read_workbook
from power_desktop.services.camp import CampSetup
from power_desktop.services.consolidate import ConsolidateService
from power_desktop.services.errors import ServiceError

from ..helpers import PASSWORD, SUPERVISOR, FixedClock, usb


def _laptop(folder: Path, device: str) -> Services:
    s = Services.open(Paths(folder), clock=FixedClock())
    s.accounts.setup_first(SUPERVISOR, PASSWORD)
    s.camp.setup(CampSetup("DL", "South", "C07", device, SUPERVISOR))
    demo.generate(s, 5, seed=len(device))
    return s


def _rewrite(source: Path, target: Path, edit_row: Any = None,
             **manifest_changes: Any) -> Path:
    """The batch written again as a forger would: rows edited, each sheet's hash made again
    (anyone can), the manifest changed, the signature left as it was."""
    sheets, _ = logical_sheets(read_workbook(source))
    manifest = {str(r[0]): r[1] for r in sheets[bf.MANIFEST][1:] if r and r[0]}
    writer = BatchWriter(target)
    for sheet in bf.DATA_SHEETS:
        rows = [list(r) for r in sheets[sheet]]
        while rows and not any(v is not None for v in rows[-1]):
            rows.pop()
        if edit_row is not None:
            edit_row(sheet, rows)
        width = len(rows[0])
        writer.header(sheet, rows[0])
        for row in rows[1:]:
            writer.row(sheet, row)
        trimmed = [r[:width] + [None] * (width - len(r[:width])) for r in rows]
        manifest[f"sha256_{sheet.lower()}"] = bf.sheet_hash(trimmed)
    manifest.update(manifest_changes)
    writer.finish([(k, manifest[k]) for k in bf.MANIFEST_KEYS])
    return target


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    laptop = _laptop(tmp_path / "l2", "L2")
    path = laptop.export.export(usb(tmp_path / "usb")).path
    laptop.close()
    assert validate(path) == []
    return path


def _messages(path: Path) -> list[str]:
    return [str(p) for p in validate(path)]


def test_an_edited_batch_with_its_hashes_made_again_is_refused(batch: Path,
                                                              tmp_path: Path) -> None:
    def richer(sheet: str, rows: list[list[Any]]) -> None:
        if sheet == bf.FAMILIES:
            rows[1][rows[0].index("annual_income")] = 10

    forged = _rewrite(batch, tmp_path / "forged.xlsx", richer)
    problems = _messages(forged)
    assert any("signature does not match" in p for p in problems), problems
    assert not any("SHA-256" in p for p in problems)  # the hashes alone would have passed


C99 = {"camp": "DL-SO-C99", "device": "DL-SO-C99-L2", "batch_id": "DL-SO-C99-L2-B0001"}


@pytest.mark.parametrize(("changes", "says"), [
    ({"camp": "DL-SO-C99"}, "signature does not match"),
    ({"camp": "DL-SO-C99"}, "is not a laptop of camp DL-SO-C99"),
    (C99, "is not an ID of DL-SO-C99-L2"),  # C07's rows under C99's name
    (C99, "is not a laptop the Manifest names"),
    ({"batch_id": "../../etc/passwd"}, "is not a batch ID"),
    ({"device": "../../x"}, "is not a laptop of camp"),
])
def test_manifest_names_are_checked(batch: Path, tmp_path: Path, changes: dict[str, str],
                                    says: str) -> None:
    forged = _rewrite(batch, tmp_path / "forged.xlsx", **changes)
    assert any(says in p for p in _messages(forged)), _messages(forged)


def test_a_batch_signed_by_another_laptop_under_this_laptops_name_is_refused(
        tmp_path: Path) -> None:
    one = _laptop(tmp_path / "l1", "L1")
    impostor = _laptop(tmp_path / "fake", "L2")  # claims to be L2 with its own key
    real = _laptop(tmp_path / "l2", "L2")
    first = one.export.export(usb(tmp_path / "a")).path
    genuine = real.export.export(usb(tmp_path / "b")).path
    fake = impostor.export.export(usb(tmp_path / "c")).path
    ConsolidateService(one).consolidate([first, genuine], tmp_path / "camp.xlsx")
    with pytest.raises(ServiceError, match="signed by another key"):
        ConsolidateService(one).consolidate([first, fake], tmp_path / "camp2.xlsx")
    with pytest.raises(ServiceError, match="give each laptop's batch once"):
        ConsolidateService(one).consolidate([first, first], tmp_path / "camp3.xlsx")
    for s in (one, impostor, real):
        s.close()


def test_the_signing_key_is_recorded_at_camp_set_up(tmp_path: Path) -> None:
    import json

    from sqlalchemy import select

    from power_desktop.store.models import AuditEntry
    laptop = _laptop(tmp_path / "l2", "L2")
    with laptop.sessions() as session:
        setup = session.scalar(select(AuditEntry).where(AuditEntry.action == "camp.setup"))
        assert setup is not None
        key = json.loads(setup.detail or "{}")["batch_signing_key"]
    path = laptop.export.export(usb(tmp_path / "usb")).path
    sheets, _ = logical_sheets(read_workbook(path))
    manifest = {str(r[0]): r[1] for r in sheets[bf.MANIFEST][1:] if r and r[0]}
    assert manifest["signing_key"] == key
    laptop.close()
