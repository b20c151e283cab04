"""The audit trail's end, kept outside the database: which entry ends the chain, its hash and
how many entries the chain holds, with a keyed hash over the three.

Someone who can write the database file can delete entries at the end of the trail (or all
of it), or remove the hashes of the last entries so that the next login chains them again;
the chain alone cannot show that. The head, written in the data folder at each entry, can:
the chain must still reach it. It is written without a disk flush (a power cut may leave it
an entry or two behind, which is never taken for tampering); a copy goes into the end-of-day
report, signed on paper, so that a head file deleted together with the trail's end shows too."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from power_desktop.store.models import AuditEntry

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.audit")


@dataclass(frozen=True)
class Head:
    id: int
    hash: str
    count: int
    genuine: bool  # its keyed hash checks with this laptop's key


def _mac(services: Services, entry_id: int, entry_hash: str, count: int) -> str:
    return services.vault.chain_hash("audit-head", f"{entry_id}|{entry_hash}|{count}")


def read(services: Services) -> Head | None:
    try:
        data = json.loads(services.paths.audit_head.read_text(encoding="utf-8"))
        entry_id, entry_hash, count = int(data["id"]), str(data["hash"]), int(data["count"])
        mac = str(data["mac"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Head(0, "", 0, False)
    genuine = services.vault_open and mac == _mac(services, entry_id, entry_hash, count)
    return Head(entry_id, entry_hash, count, genuine)


def write(services: Services, entry_id: int, entry_hash: str, count: int) -> None:
    path = services.paths.audit_head
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        tmp.write_text(json.dumps({"id": entry_id, "hash": entry_hash, "count": count,
                                   "mac": _mac(services, entry_id, entry_hash, count)}),
                       encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:  # the change is committed; a head left behind is not tampering
        log.warning("the audit trail's head could not be written: %s", exc)
        tmp.unlink(missing_ok=True)


def forget(services: Services) -> None:
    """A restored database has its own trail: its head is taken at the next login."""
    services.paths.audit_head.unlink(missing_ok=True)


def continues(head: Head | None, last: AuditEntry | None, at_head: str | None) -> bool:
    """Whether the chain in the database still reaches the head (so new entries may be
    chained onto it): `last` is the chain's last chained entry, `at_head` the hash the
    database holds for the entry the head names."""
    if head is None:
        return True  # a trail from before heads were kept, or just restored: taken as it is
    if not head.genuine or last is None or last.id < head.id:
        return False
    return at_head == head.hash


def summary(services: Services) -> str:
    """One line for the end-of-day report."""
    head = read(services)
    if head is None or not head.genuine:
        return "Audit trail / ऑडिट ट्रेल: no head recorded"
    return (f"Audit trail / ऑडिट ट्रेल: {head.count} entries, the last no. {head.id}, "
            f"{head.hash[:16]}")


def stamp(session: Session) -> str:
    """The trail's end as a batch manifest carries it: "entry id:entries:hash" ("" for an
    empty trail). A copy outside the laptop, signed with the batch: `audit verify --against`
    shows a trail cut or rewritten before it (services/audit_copies.py)."""
    last = session.scalar(select(AuditEntry).where(AuditEntry.entry_hash.is_not(None))
                          .order_by(AuditEntry.id.desc()).limit(1))
    if last is None:
        return ""
    count = session.scalar(select(func.count()).select_from(AuditEntry)
                           .where(AuditEntry.id <= last.id)) or 0
    return f"{last.id}:{count}:{last.entry_hash}"


def parse_stamp(text: object) -> tuple[int, int, str] | None:
    parts = str(text or "").split(":")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit() or \
            len(parts[2]) != 64:
        return None
    return int(parts[0]), int(parts[1]), parts[2]
