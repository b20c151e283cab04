"""The audit trail: entries written in the same transaction as the change they record, each
chained to the one before by a keyed hash, so that an edited or deleted entry shows."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from power_desktop.core.cells import inert
from power_desktop.core.localtime import day_range, shown
from power_desktop.store.files import write_atomic
from power_desktop.store.models import AuditEntry

from .errors import ServiceError
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

GENESIS = "0" * 64


def _content(e: AuditEntry) -> str:
    return json.dumps([e.id, e.at.isoformat(), e.operator, e.device, e.action, e.subject,
                       e.detail], ensure_ascii=False)


# What the program writes while nobody is logged in (so without the chain's key): the next
# login chains these. Any other entry found without a hash was not written by the program
# (a row inserted, or an entry whose hash was removed) and is never chained: it shows.
BEFORE_LOGIN = frozenset({"login.failed", "recovery.failed", "restore", "restore.undone"})


def record(services: Services, session: Session, action: str, subject: str | None = None,
           device: str | None = None, operator: str | None = None, **detail: Any) -> None:
    """Add one entry. `detail` must never hold a clear Aadhaar number (callers mask first).

    Entries written while nobody is logged in (a failed login) wait unchained until the next
    entry made with the vault open chains them."""
    camp = services.camp.current(session)
    entry = AuditEntry(
        at=services.clock.now(), operator=operator or services.operator,
        device=device or (camp.label if camp else "-"), action=action, subject=subject,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None)
    session.add(entry)
    session.flush()  # the id is part of what the hash covers
    if services.vault_open:
        seal_unchained(services, session, entry.id)


def seal_unchained(services: Services, session: Session, current: int) -> None:
    """Chain the entry being written (`current`) and the ones written before login since the
    last chained one, if the chain still ends where the head kept outside the database says
    (docs/security.md); a chain cut short or re-opened is left as it is, for verify to show."""
    from . import audit_head
    last = session.scalar(select(AuditEntry).where(AuditEntry.entry_hash.is_not(None))
                          .order_by(AuditEntry.id.desc()).limit(1))
    head = audit_head.read(services)
    if not audit_head.continues(session, head, last):
        return
    previous = last.entry_hash if last is not None and last.entry_hash else GENESIS
    after = last.id if last is not None else 0
    head_current = head is not None and last is not None and head.id == last.id
    chained = 0
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.id > after)
                                 .order_by(AuditEntry.id)):
        if entry.id != current and (entry.action not in BEFORE_LOGIN or entry.entry_hash):
            continue  # not the program's: stays unchained, and verify names it
        entry.prev_hash = previous
        entry.entry_hash = services.vault.chain_hash(previous, _content(entry))
        previous, last = entry.entry_hash, entry
        chained += 1
    if last is not None and chained:
        if head is not None and head_current:
            count = head.count + chained
        else:  # no head yet, or one left behind by a power cut: counted once
            count = session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.entry_hash.is_not(None), AuditEntry.id <= last.id)) or 0
        # Written once the entries are committed: a head pointing at an entry that a crash
        # rolled back would look like a trail cut short.
        kept = (last.id, previous, count)
        event.listen(session, "after_commit",
                     lambda _session: audit_head.write(services, *kept), once=True)


@dataclass(frozen=True)
class Verification:
    entries: int
    intact: bool
    message: str


def verify(services: Services) -> Verification:
    """Walk the chain; report the first entry that was altered, or where entries are missing."""
    services.require("audit")
    from . import audit_head
    previous, count, head_seen = GENESIS, 0, False
    head = audit_head.read(services)
    if head is not None and not head.genuine:
        return Verification(0, False, "the record of the trail's end kept outside the "
                                      "database was altered")
    with services.sessions() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            count += 1
            where = f"entry {entry.id} ({shown(entry.at)}, {entry.action})"
            if entry.entry_hash is None:
                return Verification(count, False, f"{where} is not chained")
            if entry.prev_hash != previous:
                return Verification(count, False, f"entries are missing before {where}")
            if services.vault.chain_hash(previous, _content(entry)) != entry.entry_hash:
                return Verification(count, False, f"{where} was altered")
            previous = entry.entry_hash
            if head is not None and entry.id == head.id:
                if entry.entry_hash != head.hash or count != head.count:
                    return Verification(count, False, f"the trail up to {where} is not the "
                                        "one recorded: entries were removed or replaced")
                head_seen = True
        from .account_seal import altered
        changed = altered(session, services.vault)
    if changed:
        return Verification(count, False, f"account record(s) changed outside the program "
                                          f"(role or state): {', '.join(changed)}")
    if head is not None and not head_seen:
        return Verification(count, False, f"the trail ends before entry {head.id}, where it "
                                          f"ended with {head.count} entries: entries at its "
                                          "end were removed")
    if head is None and count:
        return Verification(count, False, "the record of the trail's end kept outside the "
                                          "database is missing: entries at its end may have "
                                          "been removed")
    return Verification(count, True, f"The audit trail is intact: {count} entries.")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    operator: str
    device: str
    action: str
    subject: str
    detail: str


def browse(services: Services, text: str = "", action: str = "", since: date | None = None,
           until: date | None = None, limit: int = 5000) -> list[AuditRow]:
    """Newest first, filtered: `text` in operator, subject or details; `action` a prefix
    (e.g. "login" also finds "login.failed"); dates inclusive."""
    services.require("audit")
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(or_(AuditEntry.operator.ilike(like), AuditEntry.subject.ilike(like),
                                AuditEntry.detail.ilike(like)))
    if action:
        query = query.where(or_(AuditEntry.action == action,
                                AuditEntry.action.like(f"{action}.%")))
    if since:  # local days (core/localtime.py)
        query = query.where(AuditEntry.at >= day_range(since)[0])
    if until:
        query = query.where(AuditEntry.at < day_range(until)[1])
    with services.sessions() as session:
        return [AuditRow(e.id, e.at, e.operator, e.device, e.action, e.subject or "",
                         e.detail or "") for e in session.scalars(query)]


def actions(services: Services) -> list[str]:
    services.require("audit")
    with services.sessions() as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))


def export_csv(services: Services, path: Path, rows: list[AuditRow]) -> Path:
    """The rows as a CSV file (UTF-8 with a byte-order mark, so Excel reads Hindi), written
    whole or not at all; the export itself is recorded."""
    services.require("audit")
    buffer = io.StringIO()
    out = csv.writer(buffer)
    out.writerow(["id", "time (UTC)", "operator", "device", "action", "subject", "details"])
    for r in reversed(rows):  # oldest first, as the trail was written
        out.writerow([r.id, r.at.isoformat(sep=" ", timespec="seconds"), *(
            inert(v) for v in (r.operator, r.device, r.action, r.subject, r.detail))])
    try:
        write_atomic(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    except OSError as exc:
        raise ServiceError(f"Cannot write {path}: {exc.strerror or exc}. Nothing was "
                           "written.", hi=f"{path} नहीं लिखा जा सका: {exc.strerror or exc}। "
                                          "कुछ नहीं लिखा गया।") from None
    with transaction(services.sessions) as session:
        record(services, session, "audit.export", str(path), rows=len(rows))
    return path
