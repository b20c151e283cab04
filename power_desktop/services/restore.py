"""Restoring a backup: all of it or none of it, even through a power cut.

The backup is copied whole into a hidden file beside the database and checked there; a copy
of the database it replaces goes into a `replaced-...` folder; a journal notes both; then one
rename puts the copy in place. A start that finds the journal (`finish_interrupted`, before
the database is opened) finishes a restore whose rename was done and undoes one whose rename
was not: the laptop always starts on a whole database, the old one or the restored one, and
never makes a fresh, empty one over the families.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from power_desktop.paths import Paths
from power_desktop.store import db
from power_desktop.store.files import sync_dir, write_atomic

from .audit import record
from .errors import ServiceError
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.restore")


@dataclass(frozen=True)
class Interrupted:
    """What a start found of a restore cut short, and did about it."""

    outcome: Literal["finished", "undone"]
    backup: str
    operator: str
    aside: str


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (its WAL included) through SQLite's backup."""
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            with dst:
                src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(target)


def _let_go_of_wal(database: Path) -> None:
    """Write the WAL into the database file and end WAL mode, so that no -wal file is left for
    SQLite to replay onto the restored file. Refused while another program has it open."""
    conn = sqlite3.connect(database, timeout=5)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        conn.close()
    if str(mode).lower() != "delete" or database.with_name(database.name + "-wal").exists():
        raise ServiceError("The database is open in another PoWER Desktop window or command. "
                           "Close it and restore again. Nothing was changed.",
                           hi="डेटाबेस किसी दूसरी PoWER डेस्कटॉप खिड़की या कमांड में खुला है। "
                              "उसे बंद करके फिर से वापस लाएँ। कुछ नहीं बदला गया।")


def replace_database(services: Services, backup: Path, legacy_key: Path | None) -> Path:
    """Put the (already checked) backup in place of the database; returns the folder keeping
    the replaced one. The services are left pointing at the restored database, logged out."""
    paths = services.paths
    who = services.operator
    with transaction(services.sessions) as session:
        record(services, session, "restore.replaced", str(backup))
    prepared = paths.restoring
    prepared.unlink(missing_ok=True)
    try:
        shutil.copyfile(backup, prepared)
        _fsync(prepared)
        from .backup import _check
        _check(prepared)  # the copy, not only the original, is whole
    except OSError as exc:
        prepared.unlink(missing_ok=True)
        raise ServiceError(f"The backup could not be copied onto this laptop: "
                           f"{exc.strerror or exc}. Nothing was changed.",
                           hi=f"बैकअप इस लैपटॉप पर कॉपी नहीं हो सका: {exc.strerror or exc}। "
                              "कुछ नहीं बदला गया।") from None
    except ServiceError:
        prepared.unlink(missing_ok=True)
        raise
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = paths.data_dir / f"replaced-{stamp}"
    aside.mkdir(exist_ok=True)
    services.engine.dispose()
    _copy_database(paths.database, aside / paths.database.name)
    sync_dir(aside)
    # The prepared file's inode tells a later start whether the rename happened.
    journal = {"backup": str(backup), "aside": str(aside), "operator": who,
               "legacy_key": legacy_key is not None, "inode": prepared.stat().st_ino}
    write_atomic(paths.restore_journal, json.dumps(journal).encode())
    try:
        _let_go_of_wal(paths.database)
    except ServiceError:
        _forget(paths)
        raise
    if legacy_key is not None:  # release 0.1 kept the keys in a clear file beside the backup
        write_atomic(paths.vault_key, legacy_key.read_bytes(), 0o600)
    os.replace(prepared, paths.database)  # the one step that changes which database is used
    sync_dir(paths.data_dir)
    _reopen(services)
    with transaction(services.sessions) as session:
        record(services, session, "restore", str(backup), operator=who, replaced=str(aside))
    _forget(paths)
    return aside


def _reopen(services: Services) -> None:
    services.user, services._vault = None, None
    services.engine.dispose()
    services.engine = db.make_engine(services.paths.database)
    db.migrate(services.engine)
    services.sessions = db.session_factory(services.engine)


def _forget(paths: Paths) -> None:
    paths.restore_journal.unlink(missing_ok=True)
    paths.restoring.unlink(missing_ok=True)
    sync_dir(paths.data_dir)


def finish_interrupted(paths: Paths) -> Interrupted | None:
    """Before the database is opened: settle a restore that a crash or power cut interrupted.

    With its journal: the rename done means the restored database is in place (finished);
    not done, the database was never touched (undone, the prepared copy deleted). Without a
    journal but with no database and a `replaced-...` folder holding one (a restore by an
    earlier release, which moved the database aside first), that database is put back."""
    journal_path = paths.restore_journal
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            journal = {}
        done = (paths.database.exists()
                and paths.database.stat().st_ino == journal.get("inode"))
        paths.restoring.unlink(missing_ok=True)
        if not done:
            if journal.get("legacy_key"):
                paths.vault_key.unlink(missing_ok=True)
            if not paths.database.exists():  # cannot happen with this release's steps
                _put_back(paths, Path(str(journal.get("aside", ""))))
        journal_path.unlink()
        sync_dir(paths.data_dir)
        outcome: Literal["finished", "undone"] = "finished" if done else "undone"
        log.warning("a restore of %s was interrupted; %s", journal.get("backup"), outcome)
        return Interrupted(outcome, str(journal.get("backup", "?")),
                           str(journal.get("operator", "-")), str(journal.get("aside", "")))
    paths.restoring.unlink(missing_ok=True)  # a copy cut short before the journal was written
    if not paths.database.exists():
        folders = sorted(p for p in paths.data_dir.glob("replaced-*")
                         if (p / paths.database.name).exists())
        if folders:
            _put_back(paths, folders[-1])
            log.warning("the database was missing after an interrupted restore; put back %s",
                        folders[-1])
            return Interrupted("undone", "?", "-", str(folders[-1]))
    return None


def _put_back(paths: Paths, aside: Path) -> None:
    kept = aside / paths.database.name
    if not kept.exists():
        return
    parts = [p for p in sorted(aside.glob(paths.database.name + "*"))
             if not p.name.endswith("-shm")]  # SQLite remakes the shared-memory file
    for part in parts:
        target = paths.data_dir / part.name
        with contextlib.suppress(FileNotFoundError):
            shutil.copyfile(part, target.with_name(f".{target.name}.back"))
            _fsync(target.with_name(f".{target.name}.back"))
    for part in reversed(parts):  # the main file last
        back = paths.data_dir / f".{part.name}.back"
        if back.exists():
            os.replace(back, paths.data_dir / part.name)
    sync_dir(paths.data_dir)


def note_interrupted(services: Services, found: Interrupted) -> None:
    """The settled restore, in the trail of the database now in use (chained at next login)."""
    action = "restore" if found.outcome == "finished" else "restore.undone"
    with transaction(services.sessions) as session:
        record(services, session, action, found.backup, operator=found.operator,
               replaced=found.aside, interrupted=True)
