"""The front door: one object holding the database, the vault and the services built on them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from power_desktop.paths import Paths
from power_desktop.store import db
from power_desktop.store.vault import Vault

from .results import Change

if TYPE_CHECKING:
    from .duplicates import DuplicateService
    from .eligibility import EligibilityService
    from .search import SearchService

log = logging.getLogger("power.services")

Listener = Callable[[Change], None]


class Clock:
    """Today's date and the time now; tests replace it to pin a date."""

    def now(self) -> datetime:
        """Naive UTC, as stored."""
        return datetime.now(UTC).replace(tzinfo=None)

    def today(self) -> date:
        return datetime.now().date()


class Services:
    def __init__(self, paths: Paths, engine: Engine, vault: Vault, clock: Clock | None = None,
                 operator: str | None = None) -> None:
        self.paths = paths
        self.engine = engine
        self.sessions: sessionmaker[Session] = db.session_factory(engine)
        self.vault = vault
        self.clock = clock or Clock()
        self._operator = operator
        self._listeners: list[Listener] = []
        from .camp import CampService
        from .drafts import DraftService
        from .registration import RegistrationService
        self.camp = CampService(self)
        self.registration = RegistrationService(self)
        self.drafts = DraftService(self)
        self._eligibility: EligibilityService | None = None
        self._search: SearchService | None = None
        self._duplicates: DuplicateService | None = None

    @classmethod
    def open(cls, paths: Paths, clock: Clock | None = None, operator: str | None = None,
             database_url: str | None = None) -> Services:
        """Open (creating if needed) the data folder's database, migrated to the newest schema."""
        paths.ensure()
        engine = db.make_engine(database_url or paths.database)
        db.migrate(engine)
        vault = Vault.open_or_create(paths.vault_key)
        log.info("opened database (%s)", engine.dialect.name)
        return cls(paths, engine, vault, clock, operator)

    @property
    def duplicates(self) -> DuplicateService:
        if self._duplicates is None:
            from .duplicates import DuplicateService
            self._duplicates = DuplicateService(self)
        return self._duplicates

    @property
    def search(self) -> SearchService:
        if self._search is None:
            from .search import SearchService
            self._search = SearchService(self)
        return self._search

    @property
    def eligibility(self) -> EligibilityService:
        """Made on first use: it loads the rules engine, which start-up does not need."""
        if self._eligibility is None:
            from .eligibility import EligibilityService
            self._eligibility = EligibilityService(self)
        return self._eligibility

    def close(self) -> None:
        self.engine.dispose()

    # --- who is working --------------------------------------------------------------------
    @property
    def operator(self) -> str:
        if self._operator:
            return self._operator
        camp = self.camp.current()
        return camp.operator_name if camp else "unknown"

    def set_operator(self, name: str) -> None:
        self._operator = name

    # --- the one change notice ---------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        for listener in list(self._listeners):
            try:
                listener(change)
            except Exception:  # a broken view must not undo a saved record
                log.exception("change listener failed")
