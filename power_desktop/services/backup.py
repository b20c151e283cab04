"""Backups of the camp's database to a chosen folder (a USB drive), and restoring one.

A backup uses SQLite's online backup (consistent while the app runs; on a camp server, a copy
of the whole camp into the same kind of file, store/server_copy.py), is written under a
temporary name, checked (integrity and schema version) and only then given its real name, so
a pulled drive never leaves a file that looks like a good backup. The backup holds the vault's
keys only wrapped under the accounts' passwords and the recovery code, as the database does
(docs/security.md): a lost drive reveals no Aadhaar number.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from power_desktop.store import server_copy
from power_desktop.store.files import sync_dir

from .audit import record
from .errors import ServiceError
from .folders import existing_folder
from .tx import transaction

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
        raise ServiceError(f"{path} cannot be opened as a database: {exc}",
                           hi=f"{path} डेटाबेस के रूप में नहीं खुल सका: {exc}") from None
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            raise ServiceError(f"{path} is damaged ({ok}).", hi=f"{path} ख़राब है ({ok})।")
        schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        families = conn.execute("SELECT count(*) FROM family").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ServiceError(f"{path} is not a PoWER Desktop database: {exc}",
                           hi=f"{path} PoWER डेस्कटॉप का डेटाबेस नहीं है: {exc}") from None
    finally:
        conn.close()
    return str(schema), int(families)


class BackupService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def backup(self, folder: Path) -> BackupInfo:
        """A supervisor's backup to a chosen folder (a USB drive)."""
        self.s.require("backup")
        return self._write(existing_folder(Path(folder)), "manual")

    def _write(self, folder: Path, reason: str) -> BackupInfo:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceError(f"Cannot write to {folder}: {exc.strerror}.",
                               hi=f"{folder} में लिखा नहीं जा सका: {exc.strerror}।") from None
        stamp = self.s.clock.now().strftime("%Y%m%d-%H%M%S")
        name = f"power-backup-{stamp}"
        final_db, tmp_db = folder / f"{name}.sqlite3", folder / f".{name}.sqlite3.part"
        try:
            if self.s.engine.dialect.name == "sqlite":
                source = sqlite3.connect(self.s.paths.database)
                target = sqlite3.connect(tmp_db)
                with target:
                    source.backup(target)
                source.close()
            else:  # a camp server: the whole camp, one moment of it, as a laptop's file
                server_copy.to_sqlite(self.s.engine, tmp_db)
                target = sqlite3.connect(tmp_db)
            # One self-contained file: the copied header says WAL, which would make every
            # reader of the backup leave -wal and -shm files beside it.
            target.execute("PRAGMA journal_mode=DELETE")
            target.close()
            with open(tmp_db, "rb+") as handle:
                os.fsync(handle.fileno())
            schema, families = _check(tmp_db)
            os.replace(tmp_db, final_db)
            sync_dir(folder)
        except (OSError, sqlite3.Error) as exc:
            for leftover in (tmp_db, tmp_db.with_name(tmp_db.name + "-journal"),
                             tmp_db.with_name(tmp_db.name + "-wal"),
                             tmp_db.with_name(tmp_db.name + "-shm")):
                with contextlib.suppress(OSError):
                    leftover.unlink()
            if isinstance(exc, sqlite3.Error):
                raise ServiceError(f"The backup to {folder} failed: {exc}. Nothing was "
                                   "changed; check the drive and try again.",
                                   hi=f"{folder} में बैकअप नहीं हो सका: {exc}। कुछ नहीं बदला; "
                                      "ड्राइव जाँचकर फिर कोशिश करें।") from None
            raise ServiceError(f"The backup to {folder} failed: {exc.strerror or exc}. "
                               "Nothing was changed; check the drive and try again.",
                               hi=f"{folder} में बैकअप नहीं हो सका: {exc.strerror or exc}। "
                                  "कुछ नहीं बदला; ड्राइव जाँचकर फिर कोशिश करें।") from None
        with transaction(self.s.sessions) as session:
            record(self.s, session, "backup", str(final_db), reason=reason, families=families)
        return BackupInfo(final_db, families, schema)

    def daily(self) -> BackupInfo | None:
        """Today's automatic local backup, if there is none yet; keeps the last seven."""
        folder = self.s.paths.backups
        for stale in folder.glob(".power-backup-*.part*"):  # from a copy cut short
            stale.unlink(missing_ok=True)
        today = self.s.clock.now().strftime("%Y%m%d")
        if any(folder.glob(f"power-backup-{today}-*.sqlite3")):
            return None
        info = self._write(folder, "daily")
        backups = sorted(folder.glob("power-backup-*.sqlite3"))
        for old in backups[:-KEEP_DAILY]:
            old.unlink()
        return info

    def restore(self, backup: Path, confirmed: bool = False, move_here: bool = False) -> Path:
        """Replace the database with a backup, after checking it and once a supervisor has
        confirmed what it loses (services/restore.py); the replaced one is kept aside.
        Returns where the replaced database was put."""
        from .restore import restore
        return restore(self.s, Path(backup), confirmed, move_here)
