"""A batch or a backup is written only into a folder that exists: with the USB drive not
mounted, nothing lands on the laptop's disk under its mount point and nothing is marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from power_desktop.services import Services, demo
from power_desktop.services.backup import BackupService
from power_desktop.services.errors import ServiceError


def test_export_to_a_missing_folder_writes_and_marks_nothing(services: Services,
                                                             tmp_path: Path) -> None:
    demo.generate(services, 3, seed=1)
    drive = tmp_path / "media" / "usb"
    with pytest.raises(ServiceError, match=r"does not exist \(is the USB drive plugged in"):
        services.export.export(drive)
    assert not drive.exists()
    assert services.export.pending_count() == 3 + 0  # nothing marked exported
    (tmp_path / "file").write_text("x")
    with pytest.raises(ServiceError, match="is a file, not a folder"):
        services.export.export(tmp_path / "file")
    drive.mkdir(parents=True)
    done = services.export.export(drive)
    assert done.path.parent == drive
    with pytest.raises(ServiceError, match="does not exist"):
        services.export.export_again(done.code, tmp_path / "other-usb")
    assert not (tmp_path / "other-usb").exists()


def test_backup_to_a_missing_folder_writes_nothing(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="does not exist"):
        BackupService(services).backup(tmp_path / "usb")
    assert not (tmp_path / "usb").exists()
