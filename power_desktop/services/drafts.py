"""Drafts: what is typed into the registration form, saved as it is typed and sealed.

A crash or power cut then loses at most the field being typed; the next start offers the draft
back. Drafts are encrypted because a half-typed form can hold an Aadhaar number.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from power_desktop.store.models import Draft
from power_desktop.store.vault import VaultError

from .tx import transaction

if TYPE_CHECKING:
    from .context import Services


class DraftService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def save(self, slot: str, content: dict[str, Any]) -> None:
        plain = json.dumps(content, ensure_ascii=False).encode()
        payload = self.s.vault.seal(plain, f"draft:{slot}")
        with transaction(self.s.sessions) as session:
            row = session.scalar(select(Draft).where(Draft.slot == slot))
            if row is None:
                session.add(Draft(slot=slot, updated_at=self.s.clock.now(), payload=payload))
            else:
                row.payload, row.updated_at = payload, self.s.clock.now()

    def load(self, slot: str) -> dict[str, Any] | None:
        with self.s.sessions() as session:
            row = session.scalar(select(Draft).where(Draft.slot == slot))
            if row is None:
                return None
            try:
                plain = self.s.vault.open(row.payload, f"draft:{slot}")
                content: dict[str, Any] = json.loads(plain)
            except (VaultError, ValueError):
                return None
            return content

    def discard(self, slot: str) -> None:
        with transaction(self.s.sessions) as session:
            session.execute(delete(Draft).where(Draft.slot == slot))
