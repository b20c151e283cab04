"""Daily batches: read back with an independent reader and compared with the database; hashes;
only what changed; the same content again; parts; a full drive marks nothing; validate-batch
names every problem."""

from __future__ import annotations

import errno
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from power_desktop.core import batch_format as bf
from power_desktop.services import Services, demo
from power_desktop.services.batch_check import validate
from power_desktop.services.batch_files import BatchWriter
from power_desktop.services.errors import NotAllowed, ServiceError
from power_desktop.services.export import ExportService

from ..helpers import EXAMPLE_AADHAAR, example_family, usb

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL

HOSTILE = '=HYPERLINK("http://x","y")'


def sheets(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {n: book.get_sheet_by_name(n).to_python() for n in book.sheet_names}


def as_dicts(rows: list[list[Any]]) -> list[dict[str, Any]]:
    return [dict(zip(rows[0], r, strict=False)) for r in rows[1:]]


@pytest.fixture
def camp(services: Services) -> dict[str, Any]:
    demo.generate(services, 12, seed=4)
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "name_hi": "सावित्री देवी",
                              "relation": "mother", "gender": "F", "dob": "1950-05-01",
                              "marital_status": "widowed"})
    family["members"][1]["name"] = HOSTILE
    done = services.registration.register(family, confirm_warnings=True,
                                          duplicate_decision="test")
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    apps = services.eligibility.apply_all_eligible(done.family_id)
    return {"family": done.family_id, "apps": [a.application_id for a in apps]}


def test_batch_read_back_matches_the_database(services: Services, camp: dict[str, Any],
                                              tmp_path: Path) -> None:
    info = services.export.export(usb(tmp_path / "usb"))
    assert info.path.name == "DL-SO-C07-L2-B0001.xlsx" and info.rows == {
        "families": 13, "members": sum(r.member_count for r in services.registration.page(
            limit=100)), "applications": len(camp["apps"])}
    book = sheets(info.path)
    assert list(book)[:4] == ["Manifest", "Families", "Members", "Applications"]
    manifest = {r[0]: r[1] for r in book["Manifest"][1:]}
    assert manifest["batch_id"] == info.code and manifest["format_version"] == "1.2"
    assert manifest["exported_by"] == "Asha" and manifest["device"] == "DL-SO-C07-L2"
    for sheet in bf.DATA_SHEETS:
        rows = [[bf.cell(v) for v in r] for r in book[sheet]]
        assert bf.sheet_hash(rows) == manifest[f"sha256_{sheet.lower()}"]
        assert int(manifest[f"rows_{sheet.lower()}"]) == len(rows) - 1
    family = services.registration.get(camp["family"])
    row = next(r for r in as_dicts(book["Families"]) if r["family_id"] == family.family_id)
    assert row["family_uuid"] == family.uuid and row["record_version"] == family.version
    assert row["pin"] == "110080" and row["mobile"] == family.mobile  # text, zeros kept
    assert row["annual_income"] == family.annual_income
    members = [r for r in as_dicts(book["Members"]) if r["family_id"] == family.family_id]
    assert [m["name"] for m in members] == [m.name for m in family.members]
    assert members[1]["name"] == HOSTILE  # arrives as text...
    with zipfile.ZipFile(info.path) as z:  # ...and is no formula in the file
        assert all("<f>" not in z.read(n).decode() for n in z.namelist()
                   if n.startswith("xl/worksheets/"))
    assert members[2]["name_hi"] == "सावित्री देवी" and members[2]["relation_code"] == 7
    assert members[0]["aadhaar_last4"] == "2346" and len(members[0]["aadhaar_token"]) == 64
    raw = b"".join(zipfile.ZipFile(info.path).read(n) for n in zipfile.ZipFile(
        info.path).namelist())
    assert EXAMPLE_AADHAAR.encode() not in raw
    apps = as_dicts(book["Applications"])
    assert [a["application_id"] for a in apps] == camp["apps"]
    oap = next(a for a in apps if a["scheme_code"] == "DL-OAP")
    assert oap["DL-OAP.pension_rate"] == 2500  # the pack's export column (aged 76)
    assert validate(info.path) == []
    loaded = load_workbook(info.path, read_only=True)  # a second reader agrees on the sheets
    assert loaded.sheetnames[:4] == ["Manifest", "Families", "Members", "Applications"]


def test_only_new_or_changed_records_go_in_the_next_batch(
        services: Services, camp: dict[str, Any], tmp_path: Path) -> None:
    first = services.export.export(tmp_path)
    with pytest.raises(ServiceError, match="Nothing new or changed"):
        services.export.export(tmp_path)
    data = services.registration.get(camp["family"]).to_json()
    from power_desktop.services.family_mapping import view_to_input
    changed = view_to_input(data)
    changed["mobile"] = "9876501234"
    services.registration.update(camp["family"], changed, data["version"])
    second = services.export.export(tmp_path)
    assert second.code.endswith("B0002")
    assert second.rows == {"families": 1, "members": 3, "applications": 0}
    family_row = as_dicts(sheets(second.path)["Families"])[0]
    assert family_row["record_version"] == data["version"] + 1
    assert family_row["mobile"] == "9876501234"
    again = services.export.export_again(first.code, usb(tmp_path / "copy"))
    assert again.hashes == first.hashes  # a past batch, written again, is the same batch
    for sheet in bf.DATA_SHEETS:
        assert sheets(again.path)[sheet] == sheets(first.path)[sheet]
    assert [b.code for b in services.export.batches()] == [second.code, first.code]


def test_long_sheets_split_into_parts_with_the_same_content(
        services: Services, camp: dict[str, Any], tmp_path: Path) -> None:
    whole = services.export.export(usb(tmp_path / "whole"))
    small = ExportService(services, max_rows=10)
    parts = small.export_again(whole.code, usb(tmp_path / "parts"))
    names = CalamineWorkbook.from_path(str(parts.path)).sheet_names
    assert "Members (2)" in names and "Members (5)" in names
    assert parts.hashes == whole.hashes and validate(parts.path) == []


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EIO])
def test_a_full_or_pulled_drive_marks_nothing(services: Services, camp: dict[str, Any],
                                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              failure: int) -> None:
    before = services.export.pending_count()

    def broken(self: BatchWriter, manifest: Any) -> None:
        self.path.write_bytes(b"PK half a file")
        raise OSError(failure, "No space left on device" if failure == errno.ENOSPC
                      else "Input/output error")

    monkeypatch.setattr(BatchWriter, "finish", broken)
    with pytest.raises(ServiceError, match="Nothing was marked as exported"):
        services.export.export(usb(tmp_path / "usb"))
    assert list((tmp_path / "usb").iterdir()) == []  # no file that looks like a batch
    assert services.export.pending_count() == before and services.export.batches() == []


def test_validate_batch_names_sheet_row_and_column(services: Services, camp: dict[str, Any],
                                                   tmp_path: Path) -> None:
    info = services.export.export(tmp_path)
    book = load_workbook(info.path)
    members = book["Members"]
    members["K3"] = "X"  # gender
    members["L4"] = "31/02/2001"  # dob
    families = book["Families"]
    families.append([c.value for c in families[2]])  # the same family twice
    book["Applications"]["C2"] = "=1+1"
    del book["Manifest"]
    book.save(tmp_path / "bad.xlsx")
    problems = [str(p) for p in validate(tmp_path / "bad.xlsx")]
    assert "Manifest: the sheet is missing" in problems
    assert any(p.startswith("Members, row 3, column gender: should be one of") for p in problems)
    assert any(p.startswith("Members, row 4, column dob: should be a date") for p in problems)
    assert any(p.startswith("Families, row 2, column family_uuid:") and "appears 2 times" in p
               for p in problems)
    assert any("a cell holds a formula" in p for p in problems)
    (tmp_path / "junk.xlsx").write_bytes(b"not a spreadsheet at all")
    with pytest.raises(ServiceError, match="not a spreadsheet"):
        validate(tmp_path / "junk.xlsx")


def test_an_edited_sheet_fails_its_hash(services: Services, camp: dict[str, Any],
                                        tmp_path: Path) -> None:
    info = services.export.export(tmp_path)
    book = load_workbook(info.path)
    book["Families"]["J2"] = "Changed Lane"
    book.save(tmp_path / "edited.xlsx")
    problems = [str(p) for p in validate(tmp_path / "edited.xlsx")]
    assert any(p.startswith("Families: the content does not match the Manifest's SHA-256")
               for p in problems)


def test_operators_cannot_export(services: Services, camp: dict[str, Any],
                                 tmp_path: Path) -> None:
    services.accounts.add("Ravi", "ravi-pass-1")
    services.accounts.logout()
    services.accounts.login("Ravi", "ravi-pass-1")
    for refused in (lambda: services.export.export(tmp_path), services.export.preview,
                    lambda: services.export.export_again("DL-SO-C07-L2-B0001")):
        with pytest.raises(NotAllowed, match="Only a supervisor can approve and export"):
            refused()
    assert not list(tmp_path.glob("*.xlsx"))


def test_preview_counts_what_export_writes(services: Services, camp: dict[str, Any],
                                           tmp_path: Path) -> None:
    preview = services.export.preview()
    info = services.export.export(tmp_path)
    assert (preview.families, preview.members, preview.applications) == (
        info.rows["families"], info.rows["members"], info.rows["applications"])
    assert json.loads(json.dumps(info.hashes))  # plain data


def test_two_exports_at_once_never_share_a_batch_number(
        services: Services, camp: dict[str, Any], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The number is read before the workbook is written, so two exports started together
    read the same one. Under the write lock the later is told, marks nothing, leaves no
    file; the next export takes the next number."""
    from power_desktop.services import export as export_module
    from power_desktop.services.family_mapping import view_to_input
    real = export_module.ExportService._next_code
    usb_drive = usb(tmp_path / "usb")
    first = services.export.export(usb_drive)
    data = services.registration.get(camp["family"]).to_json()
    changed = view_to_input(data)
    changed["mobile"] = "9876501234"
    services.registration.update(camp["family"], changed, data["version"])
    camp_row, _ = real(services.export)
    monkeypatch.setattr(export_module.ExportService, "_next_code",
                        lambda self: (camp_row, 1))  # what the racing export read too
    with pytest.raises(export_module.BatchTaken, match="finished first"):
        services.export.export(usb_drive)
    assert sorted(p.name for p in usb_drive.iterdir()) == [first.path.name]
    assert services.export.pending_count() > 0  # nothing marked by the refused one
    monkeypatch.setattr(export_module.ExportService, "_next_code", real)
    assert services.export.export(usb_drive).code.endswith("B0002")
