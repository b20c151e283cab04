"""Restoring a backup: what it would lose is shown and must be confirmed; the numbering never
goes backwards; what was exported since stays exported; a backup that is not this laptop's,
has no accounts, or lacks a table is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.backup import BackupService
from power_desktop.services.camp import CampSetup
from power_desktop.services.errors import ServiceError
from power_desktop.services.restore import NeedsConfirmation, plan

from ..helpers import PASSWORD, SUPERVISOR, FixedClock, numbered_family, open_services, usb


def _family(n: int) -> dict[str, object]:
    return numbered_family(n)


def _register(services: Services, n: int) -> str:
    return services.registration.register(_family(n), confirm_warnings=True,
                                          duplicate_decision="test").family_id


def _reopen(folder: Path) -> Services:
    services = Services.open(Paths(folder), clock=FixedClock())
    services.accounts.login(SUPERVISOR, PASSWORD)
    return services


def test_restore_shows_what_it_loses_and_needs_confirming(services: Services,
                                                           tmp_path: Path) -> None:
    _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    later = [_register(services, 2), _register(services, 3)]
    services.accounts.add("Ravi", "ravi-pass-2026", "operator", "ravi-pass-2026")
    found = plan(services, backup)
    assert found.losses.families == tuple(later)
    assert found.losses.accounts == ("Ravi",)
    text = " ".join(found.describe())
    assert "2 families added since" in text and later[0] in text and "Ravi" in text
    with pytest.raises(NeedsConfirmation, match="2 families added since"):
        BackupService(services).restore(backup)
    assert services.registration.count() == 3  # nothing changed


def test_an_older_backup_never_gives_a_number_twice(services: Services, tmp_path: Path,
                                                   data_dir: Path) -> None:
    first = _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    given = {first, _register(services, 2), _register(services, 3)}
    apps_before = services.eligibility.screen(first)
    BackupService(services).restore(backup, confirmed=True)
    services.close()
    again = _reopen(data_dir)
    assert again.registration.count() == 1
    new = _register(again, 4)
    assert new not in given
    assert int(new.split("-")[4]) > 3
    assert apps_before is not None
    again.close()


def test_numbers_continue_above_the_mark_even_when_the_database_was_lost(
        services: Services, tmp_path: Path, data_dir: Path) -> None:
    """The mark is outside the database: a restore onto a laptop whose database is gone (or
    broken) still continues above every number given."""
    _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    given = {_register(services, n) for n in range(2, 6)}
    mark = data_dir / "numbering.json"
    assert mark.exists()
    services.close()
    for part in data_dir.glob("power.sqlite3*"):
        part.unlink()
    fresh = open_services(data_dir)  # set up again, then the backup restored over it
    BackupService(fresh).restore(backup, confirmed=True, move_here=True)
    fresh.close()
    again = _reopen(data_dir)
    new = _register(again, 9)
    assert new not in given and int(new.split("-")[4]) > 5
    again.close()


def test_records_exported_since_stay_exported(services: Services, tmp_path: Path,
                                              data_dir: Path) -> None:
    _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    batch = services.export.export(usb(tmp_path / "batches"))
    assert services.export.pending_count() == 0
    BackupService(services).restore(backup, confirmed=True)
    services.close()
    again = _reopen(data_dir)
    assert again.export.pending_count() == 0  # the family is not sent a second time
    _register(again, 2)
    following = again.export.export(usb(tmp_path / "batches"))
    assert batch.code.endswith("-B0001") and following.code.endswith("-B0002")
    assert following.rows["families"] == 1
    again.close()


def _other_laptop(folder: Path, camp: str = "C07", device: str = "L2") -> Services:
    other = Services.open(Paths(folder), clock=FixedClock())
    other.accounts.setup_first(SUPERVISOR, PASSWORD)
    other.camp.setup(CampSetup("DL", "South", camp, device, "Asha"))
    _register(other, 50)
    return other


def test_another_camps_backup_is_refused_unless_a_move(services: Services,
                                                      tmp_path: Path) -> None:
    other = _other_laptop(tmp_path / "other", camp="C99", device="L1")
    backup = BackupService(other).backup(usb(tmp_path / "usb")).path
    other.close()
    _register(services, 1)
    with pytest.raises(ServiceError, match=r"DL-SO-C99-L1.*another camp's or another laptop"):
        BackupService(services).restore(backup, confirmed=True)
    assert services.registration.count() == 1
    assert plan(services, backup, move_here=True).camps == ("DL-SO-C99-L1",)


def test_another_laptops_backup_with_the_same_codes_is_refused(services: Services,
                                                              tmp_path: Path) -> None:
    other = _other_laptop(tmp_path / "other")  # also says DL-SO-C07-L2, with its own keys
    backup = BackupService(other).backup(usb(tmp_path / "usb")).path
    other.close()
    with pytest.raises(ServiceError, match="made on another laptop"):
        BackupService(services).restore(backup, confirmed=True)


@pytest.mark.parametrize("damage", ["DELETE FROM account", "UPDATE account SET active = 0",
                                    "DELETE FROM key_slot WHERE label LIKE 'account:%'"])
def test_a_backup_nobody_could_log_into_is_refused(services: Services, tmp_path: Path,
                                                  damage: str) -> None:
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    conn = sqlite3.connect(backup)
    conn.execute(damage)
    conn.commit()
    conn.close()
    with pytest.raises(ServiceError, match="no accounts to log in with"):
        BackupService(services).restore(backup, confirmed=True, move_here=True)


@pytest.mark.parametrize("table", ["member_search", "member_phone"])
def test_a_backup_without_its_search_index_is_refused(services: Services, tmp_path: Path,
                                                     table: str) -> None:
    _register(services, 1)
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    conn = sqlite3.connect(backup)
    conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    with pytest.raises(ServiceError, match=f"incomplete: it lacks .*{table}"):
        BackupService(services).restore(backup, confirmed=True)
    assert services.search.search("Kamla").hits
