"""The audit trail: entries written in the same transaction as the change they record, each
chained to the one before by a keyed hash, so that an edited or deleted entry shows."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from power_desktop.store.models import AuditEntry

if TYPE_CHECKING:
    from .context import Services

GENESIS = "0" * 64


def _content(e: AuditEntry) -> str:
    return json.dumps([e.id, e.at.isoformat(), e.operator, e.device, e.action, e.subject,
                       e.detail], ensure_ascii=False)


def record(services: Services, session: Session, action: str, subject: str | None = None,
           device: str | None = None, **detail: Any) -> None:
    """Add one entry. `detail` must never hold a clear Aadhaar number (callers mask first)."""
    camp = services.camp.current(session)
    entry = AuditEntry(
        at=services.clock.now(), operator=services.operator,
        device=device or (camp.label if camp else "-"), action=action, subject=subject,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None)
    session.add(entry)
    session.flush()  # the id is part of what the hash covers
    seal_unchained(services, session)


def seal_unchained(services: Services, session: Session) -> None:
    """Chain every entry that has no hash yet (new ones, and any from before the chain)."""
    last = session.scalar(select(AuditEntry).where(AuditEntry.entry_hash.is_not(None))
                          .order_by(AuditEntry.id.desc()).limit(1))
    previous = last.entry_hash if last is not None and last.entry_hash else GENESIS
    after = last.id if last is not None else 0
    for entry in session.scalars(select(AuditEntry).where(AuditEntry.id > after)
                                 .order_by(AuditEntry.id)):
        entry.prev_hash = previous
        entry.entry_hash = services.vault.chain_hash(previous, _content(entry))
        previous = entry.entry_hash


@dataclass(frozen=True)
class Verification:
    entries: int
    intact: bool
    message: str


def verify(services: Services) -> Verification:
    """Walk the chain; report the first entry that was altered, or where entries are missing."""
    previous, count = GENESIS, 0
    with services.sessions() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
            count += 1
            where = f"entry {entry.id} ({entry.at:%d/%m/%Y %H:%M}, {entry.action})"
            if entry.entry_hash is None:
                return Verification(count, False, f"{where} is not chained")
            if entry.prev_hash != previous:
                return Verification(count, False, f"entries are missing before {where}")
            if services.vault.chain_hash(previous, _content(entry)) != entry.entry_hash:
                return Verification(count, False, f"{where} was altered")
            previous = entry.entry_hash
    return Verification(count, True, f"The audit trail is intact: {count} entries.")
