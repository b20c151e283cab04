"""Drafts: what is typed into the registration form, saved as it is typed and sealed.

A crash or power cut then loses at most the field being typed; the next start offers the draft
back. Drafts are encrypted because a half-typed form can hold an Aadhaar number.

On a laptop's own database a draft is a row of it; on a camp server it is a sealed file in the
laptop's data folder: a draft belongs to the laptop it was typed on (another laptop must not be
offered it, nor overwrite it), and it is kept while the LAN is down.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from power_desktop.store.files import write_atomic
from power_desktop.store.models import Draft
from power_desktop.store.vault import VaultError

from .tx import transaction

if TYPE_CHECKING:
    from .context import Services


class DraftService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def _file(self, slot: str) -> Path | None:
        """Where the slot's draft is kept on a camp server (None: in the database)."""
        if not self.s.on_server:
            return None
        return self.s.paths.drafts / f"{slot}.sealed"

    def save(self, slot: str, content: dict[str, Any]) -> None:
        plain = json.dumps(content, ensure_ascii=False).encode()
        payload = self.s.vault.seal(plain, f"draft:{slot}")
        kept = self._file(slot)
        if kept is not None:
            kept.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(kept, payload, mode=0o600)
            return
        with transaction(self.s.sessions) as session:
            row = session.scalar(select(Draft).where(Draft.slot == slot))
            if row is None:
                session.add(Draft(slot=slot, updated_at=self.s.clock.now(), payload=payload))
            else:
                row.payload, row.updated_at = payload, self.s.clock.now()

    def load(self, slot: str) -> dict[str, Any] | None:
        kept = self._file(slot)
        if kept is not None:
            try:
                payload: bytes | None = kept.read_bytes()
            except OSError:
                payload = None
        else:
            with self.s.sessions() as session:
                payload = session.scalar(select(Draft.payload).where(Draft.slot == slot))
        if payload is None:
            return None
        try:
            plain = self.s.vault.open(payload, f"draft:{slot}")
            content: dict[str, Any] = json.loads(plain)
        except (VaultError, ValueError):
            return None
        return content

    def discard(self, slot: str) -> None:
        kept = self._file(slot)
        if kept is not None:
            kept.unlink(missing_ok=True)
            return
        with transaction(self.s.sessions) as session:
            session.execute(delete(Draft).where(Draft.slot == slot))
