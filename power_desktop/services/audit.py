"""The audit trail: entries written in the same transaction as the change they record, each
chained to the one before by a keyed hash, so that an edited or deleted entry shows."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, or_, select
from sqlalchemy.orm import Session

from power_desktop.core.cells import inert
from power_desktop.core.localtime import day_range, shown
from power_desktop.store import db
from power_desktop.store.files import write_atomic
from power_desktop.store.models import AuditEntry

from .errors import ServiceError
from .tx import transaction

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .audit_copies import TrailCopy
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
    db.take_turn(session)  # the chain's end is read below: no other writer may move it
    entry = AuditEntry(
        at=services.clock.now(), operator=operator or services.operator,
        device=device or (camp.label if camp else "-"), action=action, subject=subject,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None)
    session.add(entry)
    session.flush()  # the id is part of what the hash covers
    if services.vault_open:
        seal_unchained(services, session, entry.id)
    elif action in BEFORE_LOGIN:
        from .key_binding import before_login_key
        key = before_login_key(services, session)
        if key is not None:
            entry.detail = json.dumps({**(detail or {}), SEAL: _before_login_seal(key, entry)},
                                      ensure_ascii=False, default=str)


# An entry written before a login, on a laptop whose keystore keeps its keys, carries a keyed
# hash under a key from that keystore (key_binding.before_login_key) in this detail field.
SEAL = "_seal"


def _before_login_seal(key: bytes, entry: AuditEntry) -> str:
    """Over the entry as it was before the seal was added to its detail."""
    import hashlib
    import hmac
    detail = json.loads(entry.detail) if entry.detail else {}
    detail.pop(SEAL, None)
    at = entry.at.astimezone(UTC).replace(tzinfo=None) if entry.at.tzinfo else entry.at
    text = json.dumps([entry.id, at.isoformat(), entry.operator, entry.device,
                       entry.action, entry.subject, detail], ensure_ascii=False, default=str)
    return hmac.new(key, text.encode(), hashlib.sha256).hexdigest()


def _sealed_here(key: bytes | None, entry: AuditEntry) -> bool:
    """Whether an entry written before a login may be chained: always where no keystore
    key exists (nothing could tell), else only with its seal."""
    if key is None:
        return True
    try:
        seal = (json.loads(entry.detail) if entry.detail else {}).get(SEAL)
    except (ValueError, AttributeError):
        return False
    import hmac
    return isinstance(seal, str) and hmac.compare_digest(seal, _before_login_seal(key, entry))


def seal_unchained(services: Services, session: Session, current: int) -> None:
    """Chain the entry being written (`current`) and the ones written before login since the
    last chained one, if the chain still ends where the head kept outside the database says
    (docs/security.md); a chain cut short or re-opened is left as it is, for verify to show."""
    from . import audit_head
    head = audit_head.read(services)
    # One read (on a camp server, one round trip): the last chained entry, every entry after
    # it, and the entry the head names (further back when other laptops have written since).
    chained_end = func.coalesce(select(AuditEntry.id).where(
        AuditEntry.entry_hash.is_not(None)).order_by(AuditEntry.id.desc()).limit(1)
        .scalar_subquery(), 0)
    reaching = AuditEntry.id >= chained_end
    if head is not None:
        reaching = or_(reaching, AuditEntry.id == head.id)
    read = list(session.scalars(select(AuditEntry).where(reaching).order_by(AuditEntry.id)))
    last = max((e for e in read if e.entry_hash is not None), key=lambda e: e.id,
               default=None)
    at_head = next((e.entry_hash for e in read if head is not None and e.id == head.id),
                   None)
    if not audit_head.continues(head, last, at_head):
        return
    previous = last.entry_hash if last is not None and last.entry_hash else GENESIS
    after = last.id if last is not None else 0
    head_current = head is not None and last is not None and head.id == last.id
    chained = 0
    key: bytes | None = None
    for entry in (e for e in read if e.id > after):
        if entry.id != current and (entry.action not in BEFORE_LOGIN or entry.entry_hash):
            continue  # not the program's: stays unchained, and verify names it
        if entry.id != current:
            if key is None:
                from .key_binding import before_login_key
                key = before_login_key(services, session) or b""
            if not _sealed_here(key or None, entry):
                continue  # made without this laptop's keystore: stays unchained, and shows
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


def verify(services: Services, against: Sequence[TrailCopy] = ()) -> Verification:
    """Walk the chain; report the first entry that was altered, or where entries are missing.
    `against`: where the trail ended by copies kept elsewhere (batches, backups), which it
    must still reach unchanged (services/audit_copies.py)."""
    services.require("audit")
    from . import audit_head
    previous, count, head_seen = GENESIS, 0, False
    wanted = {c.entry_id for c in against}
    reached: dict[int, tuple[str, int]] = {}
    head = audit_head.read(services)
    if head is not None and not head.genuine:
        return Verification(0, False, "the record of the trail's end kept outside the "
                                      "database was altered")
    with services.sessions() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            count += 1
            where = f"entry {entry.id} ({shown(entry.at)}, {entry.action})"
            if entry.entry_hash is None and entry.action in BEFORE_LOGIN:
                return Verification(count, False, f"{where} is not chained: written as if "
                                    "before a login, but without this laptop's seal (not "
                                    "written by this program here, or written while its "
                                    "keystore did not answer)")
            if entry.entry_hash is None:
                return Verification(count, False, f"{where} is not chained")
            if entry.prev_hash != previous:
                return Verification(count, False, f"entries are missing before {where}")
            if services.vault.chain_hash(previous, _content(entry)) != entry.entry_hash:
                return Verification(count, False, f"{where} was altered")
            previous = entry.entry_hash
            if entry.id in wanted:
                reached[entry.id] = (entry.entry_hash, count)
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
    for copy in against:
        if copy.entry_id and copy.entry_id not in reached:
            return Verification(count, False, f"entry {copy.entry_id}, where the trail ended "
                                f"when {copy.source} was made ({copy.count} entries), is "
                                "gone: entries were removed")
        if copy.entry_id and reached[copy.entry_id] != (copy.entry_hash, copy.count):
            return Verification(count, False, f"the trail up to entry {copy.entry_id} is not "
                                f"the one {copy.source} recorded: entries were removed or "
                                "replaced")
    if head is None and count:
        return Verification(count, False, "the record of the trail's end kept outside the "
                                          "database is missing: entries at its end may have "
                                          "been removed")
    held = f"; it still holds the trail's end recorded in {', '.join(c.source for c in against)}"
    return Verification(count, True, f"The audit trail is intact: {count} entries"
                                     f"{held if against else ''}.")


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
                         _shown(e.detail)) for e in session.scalars(query)]


def _shown(detail: str | None) -> str:
    """An entry's details as people read them: without the seal of an entry written before
    a login (a hash that says nothing to a reader)."""
    if not detail or SEAL not in detail:
        return detail or ""
    try:
        values = json.loads(detail)
    except ValueError:
        return detail
    if isinstance(values, dict):
        values.pop(SEAL, None)
        return json.dumps(values, ensure_ascii=False) if values else ""
    return detail


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
