"""Acknowledgements (good rows applied, bad ones set aside, twice changes nothing, malformed
files refused plainly) and consolidating the batches of a camp's laptops."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from power_desktop.paths import Paths
from power_desktop.services import Services, demo
from power_desktop.services.acks import AckService
from power_desktop.services.batch_check import validate
from power_desktop.services.camp import CampSetup
from power_desktop.services.consolidate import ConsolidateService
from power_desktop.services.errors import NotAllowed, ServiceError

from ..helpers import PASSWORD, SUPERVISOR, FixedClock, example_family, usb

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


HEADER = ["application_id", "status", "reason", "central_reference"]


@pytest.fixture
def apps(services: Services) -> list[str]:
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    done = services.registration.register(family, confirm_warnings=True)
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    return [a.application_id for a in services.eligibility.apply_all_eligible(done.family_id)]


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_good_rows_apply_bad_rows_are_set_aside_twice_changes_nothing(
        services: Services, apps: list[str], tmp_path: Path, writer: Any) -> None:
    from power_desktop.core import ids
    unknown = ids.application_id("DL", "SO", "C07", "L2", 77)
    path = writer(tmp_path / ("ack.csv" if writer is write_csv else "ack.xlsx"), [
        HEADER,
        [apps[0], "accepted", "", "CEN/2026/0001"],
        [apps[1], "Rejected", "Income above the limit", "CEN/2026/0002"],
        [apps[2], "needs correction", "Bank IFSC missing", ""],
        [unknown, "accepted", "", "CEN/2026/0009"],
        ["DL-SO-C07-L2-A000001-Z", "accepted", "", ""],
        [apps[0], "maybe", "", ""],
        [],
    ])
    ack = AckService(services)
    result = ack.import_file(path)
    assert (result.rows, result.applied, result.unchanged) == (6, 3, 0)
    why = {a.row: a.why for a in result.set_aside}
    assert why[5] == "no such application on this laptop"
    assert why[6].startswith("application ID:") and "check character" in why[6]
    assert "status 'maybe' is not accepted" in why[7]
    returns = ack.returns()
    assert [(r.application_id, r.central_status) for r in returns] == [
        (apps[1], "rejected"), (apps[2], "needs_correction")]
    assert returns[0].reason == "Income above the limit"
    again = ack.import_file(path)
    assert again.seen_before and (again.applied, again.unchanged) == (0, 3)


def test_malformed_files_say_why_and_change_nothing(services: Services, apps: list[str],
                                                    tmp_path: Path) -> None:
    ack = AckService(services)
    cases = {
        write_csv(tmp_path / "cols.csv", [["id", "verdict"], [apps[0], "accepted"]]):
            "missing: application_id, status, reason, central_reference",
        write_csv(tmp_path / "empty.csv", []): "is empty",
        tmp_path / "missing.csv": "no such file",
    }
    (tmp_path / "binary.xlsx").write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
    cases[tmp_path / "binary.xlsx"] = "not a spreadsheet"
    (tmp_path / "image.csv").write_bytes(bytes(range(256)) * 4)
    cases[tmp_path / "image.csv"] = "neither a spreadsheet nor a CSV"
    for path, message in cases.items():
        with pytest.raises(ServiceError, match=message):
            ack.import_file(path)
    assert ack.returns() == []
    conflicting = write_csv(tmp_path / "two.csv", [HEADER, [apps[0], "accepted", "", "R1"],
                                                   [apps[0], "rejected", "No", "R1"]])
    result = ack.import_file(conflicting)
    assert result.applied == 0 and len(result.set_aside) == 2
    assert "two different verdicts" in result.set_aside[0].why


def test_a_corrected_application_goes_out_again_as_a_new_version(
        services: Services, apps: list[str], tmp_path: Path) -> None:
    services.export.export(tmp_path)
    ack = AckService(services)
    ack.import_file(write_csv(tmp_path / "a.csv", [HEADER, [apps[1], "needs_correction",
                                                           "Wrong bank account", ""]]))
    for never_returned in ([apps[0]], [apps[1], apps[0]]):
        with pytest.raises(ServiceError, match="never rejected or sent back"):
            ack.resubmit(never_returned)
    with pytest.raises(ServiceError, match=r"not an application ID|mistyped"):
        ack.resubmit(["DL-SO-C07-L2-A000001-Z"])
    assert not ack.returns()[0].resubmitted  # nothing was resubmitted by the refusals
    assert ack.resubmit([apps[1]]) == 1
    assert ack.returns()[0].resubmitted
    second = services.export.export(tmp_path)
    assert second.rows == {"families": 0, "members": 0, "applications": 1}


def test_operator_cannot_import_or_consolidate(services: Services, apps: list[str],
                                               tmp_path: Path) -> None:
    services.accounts.add("Ravi", "ravi-pass-1")
    services.accounts.logout()
    services.accounts.login("Ravi", "ravi-pass-1")
    with pytest.raises(NotAllowed):
        AckService(services).import_file(tmp_path / "x.csv")
    with pytest.raises(NotAllowed):
        ConsolidateService(services).consolidate([tmp_path / "x.xlsx"], tmp_path / "y.xlsx")


def _laptop(folder: Path, device: str) -> Services:
    s = Services.open(Paths(folder), clock=FixedClock())
    s.accounts.setup_first(SUPERVISOR, PASSWORD)
    s.camp.setup(CampSetup("DL", "South", "C07", device, SUPERVISOR))
    return s


def test_two_laptops_consolidate_into_one_camp_batch(tmp_path: Path) -> None:
    one, two = _laptop(tmp_path / "l1", "L1"), _laptop(tmp_path / "l2", "L2")
    demo.generate(one, 15, seed=1)
    demo.generate(two, 10, seed=2)
    one.registration.register(example_family())
    same = example_family()  # the same family walked up to the second laptop too
    same["members"][0]["aadhaar"] = None
    same["members"][0]["name"] = "Kamla Devi"
    two.registration.register(same, duplicate_decision="test")
    drive = usb(tmp_path / "usb")
    first, second = one.export.export(drive), two.export.export(drive)
    out = tmp_path / "camp.xlsx"
    with pytest.raises(ServiceError, match="give each laptop's batch once"):
        ConsolidateService(one).consolidate([first.path, second.path, first.path], out)
    done = ConsolidateService(one).consolidate([first.path, second.path], out)
    assert done.rows["families"] == 27 and done.replaced == 0
    assert done.conflicts == []
    pairs = {(d.device_a, d.device_b, d.name_a) for d in done.duplicates}
    assert ("DL-SO-C07-L1", "DL-SO-C07-L2", "Kamla Devi") in pairs
    assert validate(out) == []
    three = _laptop(tmp_path / "l3", "L3")
    three.camp.setup(CampSetup("DL", "North", "C01", "L3", SUPERVISOR))
    three.registration.register(example_family())
    other_camp = three.export.export(usb(tmp_path / "usb"))
    with pytest.raises(ServiceError, match="different camps"):
        ConsolidateService(one).consolidate([first.path, other_camp.path], tmp_path / "x.xlsx")
    for s in (one, two, three):
        s.close()
