"""Audit entries, written in the same transaction as the change they record."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from power_desktop.store.models import AuditEntry

from .context import Services


def record(services: Services, session: Session, action: str, subject: str | None = None,
           device: str | None = None, **detail: Any) -> None:
    """Add one entry. `detail` must never hold a clear Aadhaar number (callers mask first)."""
    camp = services.camp.current(session)
    session.add(AuditEntry(
        at=services.clock.now(), operator=services.operator,
        device=device or (camp.label if camp else "-"), action=action, subject=subject,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else None,
    ))
