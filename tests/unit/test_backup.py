"""Backups to a folder, checked before they count; restore keeps what it replaced."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from power_desktop.services import Services
from power_desktop.services.audit import verify
from power_desktop.services.backup import KEEP_DAILY, BackupService
from power_desktop.services.errors import ServiceError
from power_desktop.store.models import AuditEntry

from ..helpers import EXAMPLE_AADHAAR, FixedClock, example_family, open_services, usb


def test_backup_then_restore(services: Services, tmp_path: Path, data_dir: Path) -> None:
    first = services.registration.register(example_family()).family_id
    info = BackupService(services).backup(usb(tmp_path / "usb"))
    assert info.path.exists() and info.families == 1
    assert [p.name for p in (tmp_path / "usb").iterdir()] == [info.path.name]  # no key file
    assert EXAMPLE_AADHAAR.encode() not in info.path.read_bytes()
    data = example_family()
    data["members"][0]["aadhaar"] = "4991 1866 5246"
    services.registration.register(data, duplicate_decision="test")
    assert services.registration.count() == 2
    aside = BackupService(services).restore(info.path, confirmed=True)
    assert services.user is None  # the restored database has its own accounts: log in again
    services.close()
    again = open_services(data_dir, with_camp=False)
    assert again.registration.count() == 1
    family = again.registration.get(first)
    assert family.members[0].aadhaar_masked == "XXXX XXXX 2346"
    assert again.search.search("2346").hits  # the token key came back with the backup
    assert (aside / "power.sqlite3").exists()
    verified = verify(again)  # the restore is in the restored trail, chained at the login
    assert verified.intact, verified.message
    with again.sessions() as session:
        actions = [e.action for e in session.scalars(select(AuditEntry))]
    assert actions[-2:] == ["restore", "login"]
    again.close()


def test_bad_backups_change_nothing(services: Services, tmp_path: Path) -> None:
    services.registration.register(example_family())
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ServiceError, match=r"not a PoWER Desktop database|cannot be opened"):
        BackupService(services).restore(junk)
    info = BackupService(services).backup(usb(tmp_path / "usb"))
    conn = sqlite3.connect(info.path)
    conn.execute("DELETE FROM key_slot")
    conn.commit()
    conn.close()
    with pytest.raises(ServiceError, match="no accounts to log in with"):
        BackupService(services).restore(info.path, confirmed=True)
    assert services.registration.count() == 1


def test_unwritable_target_and_full_disk(services: Services, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(ServiceError, match="is a file, not a folder"):
        BackupService(services).backup(not_a_folder)
    import errno

    def full(*_args: object, **_kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = usb(tmp_path / "usb")
    with pytest.raises(ServiceError, match="No space left on device"):
        BackupService(services).backup(target)
    assert list(target.iterdir()) == []  # no half-written file that looks like a backup


def test_daily_backups_keep_seven(data_dir: Path) -> None:
    services = open_services(data_dir)
    for day in range(10):
        services.clock = FixedClock(date(2026, 11, 1) + timedelta(days=day))
        assert BackupService(services).daily() is not None
        assert BackupService(services).daily() is None  # once a day
    kept = sorted(services.paths.backups.glob("power-backup-*.sqlite3"))
    assert len(kept) == KEEP_DAILY
    assert kept[0].name.startswith("power-backup-20261104")
    services.close()
