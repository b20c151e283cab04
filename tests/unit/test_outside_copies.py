"""Copies kept away from the laptop's disk (issue 17, items 2 and 4): every batch's manifest
carries the laptop's numbering marks and the end of its audit trail, signed; `audit verify
--against` shows a trail cut at its end even when the head file beside it went too; a laptop
taking over from a dead one continues its numbers above those its batches carried."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from power_desktop.services import Services
from power_desktop.services.audit import verify
from power_desktop.services.audit_copies import trail_copy
from power_desktop.services.audit_head import parse_stamp
from power_desktop.services.backup import BackupService
from power_desktop.services.batch_check import validate
from power_desktop.services.batch_files import logical_sheets, read_workbook
from power_desktop.services.errors import ServiceError
from power_desktop.services.restore import marks_above, restore
from power_desktop.store.models import AuditEntry

from ..helpers import PASSWORD, SUPERVISOR, numbered_family, open_services, usb


def _register(services: Services, n: int) -> str:
    return services.registration.register(numbered_family(n), confirm_warnings=True,
                                          duplicate_decision="test").family_id


def _manifest(path: Path) -> dict[str, object]:
    sheets, _ = logical_sheets(read_workbook(path))
    return {str(r[0]): r[1] for r in sheets["Manifest"][1:] if r and r[0]}


def _cut_the_trail(services: Services, data_dir: Path, after: int) -> None:
    """As someone with the data folder would: the trail's last entries and the head file."""
    services.close()
    with sqlite3.connect(data_dir / "power.sqlite3") as db:
        db.execute("DELETE FROM audit WHERE id > ?", (after,))
    (data_dir / "audit-head.json").unlink()


def test_a_batch_carries_the_marks_and_the_trails_end_signed(services: Services,
                                                              tmp_path: Path) -> None:
    for n in range(1, 4):
        _register(services, n)
    path = services.export.export(usb(tmp_path / "usb")).path
    assert validate(path) == []
    manifest = _manifest(path)
    assert manifest["format_version"] == "1.2"
    marks = json.loads(str(manifest["numbering"]))["DL-SO-C07-L2"]
    assert marks["family"] >= 4 and marks["batch"] >= 1
    stamp = parse_stamp(manifest["audit_head"])
    assert stamp is not None
    with services.sessions() as session:
        entry = session.get(AuditEntry, stamp[0])
        assert entry is not None and entry.entry_hash == stamp[2]
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.id <= stamp[0])) == stamp[1]
    copy = trail_copy(services, path)
    assert verify(services, [copy]).intact


def test_a_trail_cut_with_its_head_file_shows_against_a_batch_and_a_backup(
        services: Services, tmp_path: Path, data_dir: Path) -> None:
    _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    _register(services, 2)
    batch = services.export.export(usb(tmp_path / "usb")).path
    _register(services, 3)
    copies = [trail_copy(services, batch), trail_copy(services, backup)]
    assert verify(services, copies).intact
    cut_at = copies[1].entry_id - 1  # before even the backup's end
    _cut_the_trail(services, data_dir, cut_at)
    again = open_services(data_dir, with_camp=False)
    again.accounts.login(SUPERVISOR, PASSWORD)  # a login chains a new end onto the cut trail
    assert verify(again).intact  # what the data folder alone says: nothing shows
    for copy in copies:
        result = verify(again, [copy])
        assert not result.intact
        assert copy.source in result.message and "removed" in result.message
    again.close()


def test_the_whole_trail_and_its_head_deleted_show_against_a_batch(
        services: Services, tmp_path: Path, data_dir: Path) -> None:
    _register(services, 1)
    batch = services.export.export(usb(tmp_path / "usb")).path
    copy = trail_copy(services, batch)
    _cut_the_trail(services, data_dir, 0)
    again = open_services(data_dir, with_camp=False)
    again.accounts.login(SUPERVISOR, PASSWORD)
    result = verify(again, [copy])
    assert not result.intact and batch.name in result.message
    again.close()


def test_another_laptops_or_a_changed_batch_is_refused_as_a_copy(
        services: Services, tmp_path: Path) -> None:
    _register(services, 1)
    other = open_services(tmp_path / "other")  # the same camp codes, its own keys
    _register(other, 1)
    theirs = other.export.export(usb(tmp_path / "usb2")).path
    other.close()
    with pytest.raises(ServiceError, match="not a batch signed by this laptop"):
        trail_copy(services, theirs)
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    with pytest.raises(ServiceError, match="neither a batch"):
        trail_copy(services, notes)


def test_a_laptop_taking_over_continues_above_the_batches_numbers(
        services: Services, tmp_path: Path) -> None:
    """The dead laptop's marks went with its disk; its batch (on the USB drive, or from the
    central side) carries them."""
    _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    given = {_register(services, n) for n in range(2, 6)}
    batch = services.export.export(usb(tmp_path / "usb")).path
    services.close()

    new_laptop = tmp_path / "new"
    fresh = open_services(new_laptop)
    marks = marks_above(backup, [batch])
    assert marks["DL-SO-C07-L2"]["family"] >= 6
    restore(fresh, backup, confirmed=True, move_here=True, marks=marks)
    fresh.close()
    again = open_services(new_laptop, with_camp=False)
    again.accounts.login(SUPERVISOR, PASSWORD)
    new = _register(again, 9)
    assert new not in given and int(new.split("-")[4]) > 5
    later = again.export.export(usb(tmp_path / "usb3"))
    assert int(later.code.rsplit("B", 1)[1]) > 1  # the dead laptop's batch 1 not reused
    again.close()

    stranger = open_services(tmp_path / "stranger")
    _register(stranger, 1)
    theirs = stranger.export.export(usb(tmp_path / "usb4")).path
    stranger.close()
    with pytest.raises(ServiceError, match="not a batch signed by this laptop"):
        marks_above(backup, [theirs])


def test_a_batch_of_format_1_1_still_validates(services: Services, tmp_path: Path) -> None:
    """Batches exported by the release before (signed, without the two new keys)."""
    from power_desktop.core import batch_format as bf
    from power_desktop.core.batch_sign import SIGNATURE, signed_bytes
    from power_desktop.services import signing
    from power_desktop.services.batch_files import BatchWriter

    _register(services, 1)
    path = services.export.export(usb(tmp_path / "usb")).path
    sheets, _ = logical_sheets(read_workbook(path))
    manifest = _manifest(path)
    manifest.update(format_version="1.1", signature="")
    with services.sessions() as session:
        pairs = [(k, bf.cell(manifest[k])) for k in bf.MANIFEST_KEYS_1_1]
        manifest[SIGNATURE] = signing.sign(session, services.vault, signed_bytes(pairs))
    older = tmp_path / "older.xlsx"
    writer = BatchWriter(older)
    for sheet in bf.DATA_SHEETS:
        rows = [list(r) for r in sheets[sheet] if any(v is not None for v in r)]
        writer.header(sheet, rows[0])
        for row in rows[1:]:
            writer.row(sheet, row)
    writer.finish([(k, manifest[k]) for k in bf.MANIFEST_KEYS_1_1])
    assert validate(older) == []
    with pytest.raises(ServiceError, match=r"format 1\.1"):
        trail_copy(services, older)
    manifest["numbering"] = "{}"  # a key 1.1 does not have
    writer = BatchWriter(tmp_path / "odd.xlsx")
    for sheet in bf.DATA_SHEETS:
        rows = [list(r) for r in sheets[sheet] if any(v is not None for v in r)]
        writer.header(sheet, rows[0])
        for row in rows[1:]:
            writer.row(sheet, row)
    writer.finish([(k, manifest[k]) for k in (*bf.MANIFEST_KEYS_1_1, "numbering")])
    assert any(p.column == "numbering" and "unknown" in p.message
               for p in validate(tmp_path / "odd.xlsx"))


def test_an_older_batch_written_again_is_signed_as_today(services: Services,
                                                        tmp_path: Path) -> None:
    """validate-batch tells a 1.0 batch's owner to write it again; that copy is signed."""
    from sqlalchemy import update

    from power_desktop.store.models import Batch
    _register(services, 1)
    info = services.export.export(usb(tmp_path / "usb"))
    with services.sessions() as session, session.begin():
        stored = json.loads(session.scalar(select(Batch.manifest)))
        older = [[k, "1.0" if k == "format_version" else v] for k, v in stored
                 if k not in ("numbering", "audit_head", "signing_key", "signature")]
        session.execute(update(Batch).values(manifest=json.dumps(older)))
    again = services.export.export_again(info.code, usb(tmp_path / "again"))
    assert validate(again.path) == []
    manifest = _manifest(again.path)
    assert manifest["format_version"] == "1.2" and manifest["batch_id"] == info.code
    assert again.hashes == info.hashes  # the same rows
    assert verify(services, [trail_copy(services, again.path)]).intact
    twice = services.export.export_again(info.code, usb(tmp_path / "twice"))
    assert _manifest(twice.path)["signature"] == manifest["signature"]  # kept, not re-made
