"""Backups of the camp's database to a chosen folder (a USB drive), and restoring one.

A backup uses SQLite's online backup (consistent while the app runs), is written under a
temporary name, checked (integrity and schema version) and only then given its real name, so
a pulled drive never leaves a file that looks like a good backup. The vault key file goes with
it: without it the Aadhaar numbers in the backup cannot be read (docs/security.md).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from power_desktop.store import db
from power_desktop.store.db import transaction
from power_desktop.store.files import sync_dir

from .audit import record
from .errors import ServiceError

if TYPE_CHECKING:
    from .context import Services

KEEP_DAILY = 7


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    families: int
    schema: str


def _check(path: Path) -> tuple[str, int]:
    """(schema revision, families) of a database file, or ServiceError saying what is wrong."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ServiceError(f"{path} cannot be opened as a database: {exc}") from None
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise ServiceError(f"{path} is damaged ({ok}).")
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        families = conn.execute("SELECT count(*) FROM family").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ServiceError(f"{path} is not a PoWER Desktop database: {exc}") from None
    finally:
        conn.close()
    return str(schema), int(families)


class BackupService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def backup(self, folder: Path, reason: str = "manual") -> BackupInfo:
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceError(f"Cannot write to {folder}: {exc.strerror}.") from None
        stamp = self.s.clock.now().strftime("%Y%m%d-%H%M%S")
        name = f"power-backup-{stamp}"
        final_db, final_key = folder / f"{name}.sqlite3", folder / f"{name}.vault.key"
        tmp_db, tmp_key = folder / f".{name}.sqlite3.part", folder / f".{name}.vault.key.part"
        try:
            source = sqlite3.connect(self.s.paths.database)
            target = sqlite3.connect(tmp_db)
            with target:
                source.backup(target)
            target.close()
            source.close()
            shutil.copyfile(self.s.paths.vault_key, tmp_key)
            for path in (tmp_db, tmp_key):
                with open(path, "rb+") as handle:
                    os.fsync(handle.fileno())
            schema, families = _check(tmp_db)
            os.replace(tmp_key, final_key)
            os.replace(tmp_db, final_db)
            sync_dir(folder)
        except OSError as exc:
            for path in (tmp_db, tmp_key):
                with contextlib.suppress(OSError):
                    path.unlink()
            raise ServiceError(f"The backup to {folder} failed: {exc.strerror or exc}. "
                               "Nothing was changed; check the drive and try again.") from None
        with transaction(self.s.sessions) as session:
            record(self.s, session, "backup", str(final_db), reason=reason, families=families)
        return BackupInfo(final_db, families, schema)

    def daily(self) -> BackupInfo | None:
        """Today's automatic local backup, if there is none yet; keeps the last seven."""
        folder = self.s.paths.backups
        for stale in folder.glob(".power-backup-*.part"):  # from a copy cut short
            stale.unlink(missing_ok=True)
        today = self.s.clock.now().strftime("%Y%m%d")
        if any(folder.glob(f"power-backup-{today}-*.sqlite3")):
            return None
        info = self.backup(folder, reason="daily")
        backups = sorted(folder.glob("power-backup-*.sqlite3"))
        for old in backups[:-KEEP_DAILY]:
            old.unlink()
            old.with_name(old.name.replace(".sqlite3", ".vault.key")).unlink(missing_ok=True)
        return info

    def restore(self, backup: Path) -> Path:
        """Replace the database with a backup, after checking it; the replaced one is kept
        aside. Returns where the replaced database was put."""
        backup = Path(backup)
        if not backup.exists():
            raise ServiceError(f"No backup file at {backup}.")
        schema, _families = _check(backup)
        if schema > db.SCHEMA_HEAD:
            raise ServiceError(f"{backup} comes from a newer PoWER Desktop (schema {schema}); "
                               "install that version to restore it.")
        key = backup.with_name(backup.name.replace(".sqlite3", ".vault.key"))
        if not key.exists():
            raise ServiceError(f"The key file {key.name} is not beside the backup; without it "
                               "Aadhaar numbers cannot be read. Nothing was changed.")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = self.s.paths.data_dir / f"replaced-{stamp}"
        aside.mkdir()
        self.s.engine.dispose()
        for path in self.s.paths.data_dir.glob("power.sqlite3*"):
            shutil.move(str(path), aside / path.name)
        shutil.copy2(self.s.paths.vault_key, aside / "vault.key")
        tmp = self.s.paths.database.with_suffix(".restoring")
        shutil.copyfile(backup, tmp)
        os.replace(tmp, self.s.paths.database)
        shutil.copyfile(key, self.s.paths.vault_key)
        sync_dir(self.s.paths.data_dir)
        return aside
