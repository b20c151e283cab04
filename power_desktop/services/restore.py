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

from sqlalchemy import create_engine, select

from power_desktop.paths import Paths
from power_desktop.store import db, restore_sql
from power_desktop.store.files import sync_dir, write_atomic
from power_desktop.store.models import Account, AuditEntry, Camp, KeySlot

from . import numbering
from .audit import _content, record
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


@dataclass(frozen=True)
class RestorePlan:
    """What restoring a backup would do, shown before anything is changed."""

    backup: Path
    schema: str
    families: int
    camps: tuple[str, ...]
    losses: restore_sql.Losses
    move_here: bool

    def describe(self) -> list[str]:
        """Plain lines for the supervisor who must confirm."""
        lines = [f"The backup {self.backup.name} holds {self.families} families "
                 f"(camps: {', '.join(self.camps) or 'none'})."]
        lost = self.losses
        for what, items in (("families", lost.families), ("applications", lost.applications),
                            ("accounts", lost.accounts)):
            if items:
                shown = ", ".join(items[:5]) + (", ..." if len(items) > 5 else "")
                lines.append(f"Lost by restoring it: {len(items)} {what} added since "
                             f"({shown}).")
        if lost.edited:
            lines.append(f"Lost by restoring it: the changes to {lost.edited} families "
                         "edited since.")
        if not (lost.families or lost.applications or lost.accounts or lost.edited):
            lines.append("Nothing saved on this laptop is missing from it.")
        lines.append("What is lost stays in the replaced database, kept in a replaced-... "
                     "folder; numbers already given are never given again, and records "
                     "exported since stay recorded as exported.")
        return lines


class NeedsConfirmation(ServiceError):
    """The restore was not confirmed; `plan` says what it would do."""

    def __init__(self, plan: RestorePlan) -> None:
        super().__init__("A restore needs a supervisor's confirmation: " + " ".join(
            plan.describe()) + " Confirm it to go ahead (--yes on the command line).",
            hi="बैकअप वापस लाने के लिए पर्यवेक्षक की पुष्टि चाहिए। जो खोएगा वह ऊपर लिखा है; "
               "आगे बढ़ने के लिए पुष्टि करें (कमांड लाइन पर --yes)।")
        self.plan = plan


def _refuse(message: str, hi: str) -> ServiceError:
    return ServiceError(f"{message} Nothing was changed.", hi=f"{hi} कुछ नहीं बदला गया।")


def plan(services: Services, backup: Path, move_here: bool = False) -> RestorePlan:
    """Check a backup and say what restoring it would lose; refuses one that cannot be
    restored here (damaged, newer, without accounts or tables, another camp's or laptop's
    unless `move_here`)."""
    services.require("restore")
    if services.engine.dialect.name != "sqlite":
        raise ServiceError(
            "This laptop works on the camp server: a backup is restored onto a laptop's own "
            "database (--database local), and the server itself from its pg_dump "
            "(docs/camp-server.md). Nothing was changed.",
            hi="यह लैपटॉप कैंप सर्वर पर काम कर रहा है: बैकअप लैपटॉप के अपने डेटाबेस "
               "(--database local) पर वापस लाया जाता है, और सर्वर अपने pg_dump से "
               "(docs/camp-server.md)। कुछ नहीं बदला गया।")
    backup = Path(backup)
    if not backup.is_file():
        raise ServiceError(f"No backup file at {backup}.",
                           hi=f"{backup} पर कोई बैकअप फ़ाइल नहीं है।")
    from .backup import _check
    schema, families = _check(backup)
    if schema > db.SCHEMA_HEAD:
        raise ServiceError(f"{backup} comes from a newer PoWER Desktop (schema {schema}); "
                           "install that version to restore it.",
                           hi=f"{backup} PoWER डेस्कटॉप के नए संस्करण का है (स्कीमा "
                              f"{schema}); उसे वापस लाने के लिए वह संस्करण लगाएँ।")
    if schema == db.SCHEMA_HEAD:
        gone = restore_sql.table_names(services.paths.database) - \
            restore_sql.table_names(backup)
        if gone:
            raise _refuse(f"{backup} is incomplete: it lacks {', '.join(sorted(gone))}.",
                          f"{backup} अधूरा है: उसमें {', '.join(sorted(gone))} नहीं है।")
    camps = _backup_camps(services, backup, schema, move_here)
    losses = restore_sql.losses(services.paths.database, backup)
    return RestorePlan(backup, schema, families, camps, losses, move_here)


def _backup_camps(services: Services, backup: Path, schema: str,
                  move_here: bool) -> tuple[str, ...]:
    """The backup's camps, after checking that it is this laptop's and can be logged into."""
    engine = create_engine(f"sqlite:///file:{backup.resolve()}?mode=ro&uri=true")
    try:
        with db.session_factory(engine)() as session:
            camps = tuple(c.label for c in session.scalars(select(Camp).order_by(Camp.id)))
            if schema >= "0005":
                slots = set(session.scalars(select(KeySlot.label)))
                usable = [a for a in session.scalars(select(Account).where(
                    Account.active.is_(True), Account.role == "supervisor"))
                    if f"account:{a.id}" in slots]
                if not usable:
                    raise _refuse(f"{backup} has no accounts to log in with (no active "
                                  "supervisor with a key): after restoring it nobody could "
                                  "log in.",
                                  f"{backup} में लॉग इन के लिए कोई खाता नहीं है: इसे वापस "
                                  "लाने के बाद कोई लॉग इन नहीं कर पाएगा।")
                last = session.scalar(select(AuditEntry).where(
                    AuditEntry.entry_hash.is_not(None)).order_by(AuditEntry.id.desc())
                    .limit(1))
                same_keys = last is None or services.vault.chain_hash(
                    last.prev_hash or "", _content(last)) == last.entry_hash
            else:
                same_keys = True
    finally:
        engine.dispose()
    if move_here:
        return camps
    with services.sessions() as session:
        here = {c.label for c in session.scalars(select(Camp))}
    strangers = [c for c in camps if c not in here]
    if strangers:
        raise _refuse(f"{backup} was made for {', '.join(strangers)}, which this laptop "
                      f"({', '.join(sorted(here)) or 'no camp yet'}) never held: it is "
                      "another camp's or another laptop's backup. If this laptop is taking "
                      "over from that one, restore it as a move (--move-here).",
                      f"{backup} {', '.join(strangers)} के लिए बना था, जो इस लैपटॉप पर कभी "
                      "नहीं रहा: यह किसी दूसरे कैंप या लैपटॉप का बैकअप है। यदि यह लैपटॉप "
                      "उसकी जगह ले रहा है, तो इसे स्थानांतरण के रूप में वापस लाएँ "
                      "(--move-here)।")
    if not same_keys:
        raise _refuse(f"{backup} was made on another laptop (its keys are not this "
                      "laptop's). If this laptop is taking over from that one, restore it "
                      "as a move (--move-here).",
                      f"{backup} किसी दूसरे लैपटॉप पर बना था (उसकी चाबियाँ इस लैपटॉप की "
                      "नहीं हैं)। यदि यह लैपटॉप उसकी जगह ले रहा है, तो इसे स्थानांतरण के "
                      "रूप में वापस लाएँ (--move-here)।")
    return camps


def marks_above(backup: Path, batches: list[Path]) -> dict[str, dict[str, int]]:
    """The numbering marks carried by batches the backup's laptop signed (keys recorded at
    its camp set-ups): for a laptop taking over from a dead one, whose marks went with its
    disk. A batch of another laptop, or changed, is refused naming it."""
    from .audit_copies import backup_keys, marks_from_batch
    keys = backup_keys(backup)
    found: dict[str, dict[str, int]] = {}
    for batch in batches:
        for label, counters in marks_from_batch(batch, keys).items():
            mine = found.setdefault(label, {})
            for counter, value in counters.items():
                mine[counter] = max(mine.get(counter, 0), value)
    return found


def restore(services: Services, backup: Path, confirmed: bool = False,
            move_here: bool = False, marks: dict[str, dict[str, int]] | None = None) -> Path:
    """Restore a backup, once a supervisor has seen the plan and confirmed it. `marks`:
    numbers to continue above (marks_above), besides this data folder's own."""
    found = plan(services, backup, move_here)
    if not confirmed:
        raise NeedsConfirmation(found)
    if marks:
        numbering.take_marks(services, marks)
    legacy_key = backup.with_name(backup.name.replace(".sqlite3", ".vault.key"))
    if found.schema < "0005" and not legacy_key.exists():
        raise ServiceError(f"The key file {legacy_key.name} is not beside this older "
                           "backup; without it Aadhaar numbers cannot be read. Nothing "
                           "was changed.",
                           hi=f"इस पुराने बैकअप के साथ चाबी की फ़ाइल {legacy_key.name} "
                              "नहीं है; उसके बिना आधार नंबर नहीं पढ़े जा सकते। कुछ नहीं "
                              "बदला गया।")
    return replace_database(services, Path(backup),
                            legacy_key if found.schema < "0005" else None, found)


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


def replace_database(services: Services, backup: Path, legacy_key: Path | None,
                     checked: RestorePlan) -> Path:
    """Put the checked backup in place of the database; returns the folder keeping the
    replaced one. The services are left pointing at the restored database, logged out."""
    paths = services.paths
    who = services.operator
    with transaction(services.sessions) as session:
        numbering.mark_live_counters(services, session)
        record(services, session, "restore.replaced", str(backup),
               lost_families=len(checked.losses.families),
               lost_applications=len(checked.losses.applications),
               lost_accounts=len(checked.losses.accounts), move=checked.move_here)
    _clear_prepared(paths)
    try:
        shutil.copyfile(backup, paths.restoring)
        _prepare(paths)
    except OSError as exc:
        _clear_prepared(paths)
        raise ServiceError(f"The backup could not be copied onto this laptop: "
                           f"{exc.strerror or exc}. Nothing was changed.",
                           hi=f"बैकअप इस लैपटॉप पर कॉपी नहीं हो सका: {exc.strerror or exc}। "
                              "कुछ नहीं बदला गया।") from None
    except BaseException:
        _clear_prepared(paths)
        raise
    prepared = paths.restoring
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
    _settle(services, Interrupted("finished", str(backup), who, str(aside)), interrupted=False)
    return aside


def _prepare(paths: Paths) -> None:
    """The copied backup made ready beside the database: flushed, migrated to this program's
    schema and checked whole, with every table this program needs (a backup whose search
    index was dropped would crash search and registration)."""
    _fsync(paths.restoring)
    engine = db.make_engine(paths.restoring)
    try:
        db.migrate(engine)
    finally:
        engine.dispose()
    from .backup import _check
    _check(paths.restoring)
    gone = restore_sql.table_names(paths.database) - restore_sql.table_names(paths.restoring)
    if gone:
        raise ServiceError(f"The backup is incomplete: it lacks {', '.join(sorted(gone))}. "
                           "Nothing was changed.",
                           hi=f"बैकअप अधूरा है: उसमें {', '.join(sorted(gone))} नहीं है। "
                              "कुछ नहीं बदला गया।")
    _fsync(paths.restoring)


def _clear_prepared(paths: Paths) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        paths.restoring.with_name(paths.restoring.name + suffix).unlink(missing_ok=True)


def _settle(services: Services, done: Interrupted, interrupted: bool) -> None:
    """The restored database in use: what the replaced one had exported carried over, the
    numbering continued above the marks, the restore recorded; then the journal goes."""
    _reopen(services)
    from . import audit_head
    audit_head.forget(services)  # the restored trail ends elsewhere: taken at the next login
    aside_db = Path(done.aside) / services.paths.database.name
    marked, batches = (restore_sql.carry_over_exports(services.paths.database, aside_db)
                       if aside_db.exists() else (0, 0))
    with transaction(services.sessions) as session:
        moved = numbering.continue_above_marks(services, session)
        record(services, session, "restore", done.backup, operator=done.operator,
               replaced=done.aside, kept_exported=marked, batches_kept=batches,
               numbers_skipped=moved, interrupted=interrupted)
    _forget(services.paths)


def _reopen(services: Services) -> None:
    services.user, services._vault = None, None
    services.engine.dispose()
    services.engine = db.make_engine(services.paths.database)
    db.migrate(services.engine)
    services.sessions = db.session_factory(services.engine)


def _forget(paths: Paths) -> None:
    paths.restore_journal.unlink(missing_ok=True)
    _clear_prepared(paths)
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
        if done:  # the rest (carrying over, the trail, the journal) once it is opened
            return Interrupted("finished", str(journal.get("backup", "?")),
                               str(journal.get("operator", "-")), str(journal.get("aside", "")))
        _clear_prepared(paths)  # the rename was not done: the database was never touched
        if journal.get("legacy_key"):
            paths.vault_key.unlink(missing_ok=True)
        if not paths.database.exists():  # cannot happen with this release's steps
            _put_back(paths, Path(str(journal.get("aside", ""))))
        journal_path.unlink()
        sync_dir(paths.data_dir)
        log.warning("a restore of %s was interrupted before it replaced anything; undone",
                    journal.get("backup"))
        return Interrupted("undone", str(journal.get("backup", "?")),
                           str(journal.get("operator", "-")), str(journal.get("aside", "")))
    _clear_prepared(paths)  # a copy cut short before the journal was written
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
    """After the database is opened: a finished restore settled as an uninterrupted one is;
    an undone one noted in the trail (chained at the next login)."""
    if found.outcome == "finished":
        _settle(services, found, interrupted=True)
        return
    with transaction(services.sessions) as session:
        record(services, session, "restore.undone", found.backup, operator=found.operator,
               replaced=found.aside, interrupted=True)
