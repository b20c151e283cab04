"""Laptop-wide settings kept in the database, each with its allowed values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from power_desktop.store.models import Setting

from .audit import record
from .errors import ServiceError
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services


@dataclass(frozen=True)
class Rule:
    default: str
    allowed: tuple[str, ...] | None = None  # a fixed choice
    low: int | None = None  # or a whole number in [low, high]
    high: int | None = None
    label: str = ""


RULES: dict[str, Rule] = {
    "idle_lock_minutes": Rule("15", low=1, high=240,
                              label="Lock the screen after this many idle minutes"),
    "slip_paper": Rule("a5", allowed=("a5", "a4", "roll80"), label="Family slip paper size"),
    "language": Rule("en", allowed=("en", "hi"), label="Language"),
}


class SettingsService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def get(self, key: str) -> str:
        rule = RULES[key]
        with self.s.sessions() as session:
            row = session.get(Setting, key)
            return row.value if row is not None else rule.default

    def get_int(self, key: str) -> int:
        return int(self.get(key))

    def all(self) -> dict[str, str]:
        with self.s.sessions() as session:
            stored = {r.key: r.value for r in session.scalars(select(Setting))}
        return {k: stored.get(k, rule.default) for k, rule in RULES.items()}

    def set(self, key: str, value: str | int) -> None:
        self.s.require("settings")
        if key not in RULES:
            raise ServiceError(f"There is no setting called {key}.",
                               hi=f"{key} नाम की कोई सेटिंग नहीं है।")
        rule, text = RULES[key], str(value).strip()
        if rule.allowed is not None and text not in rule.allowed:
            raise ServiceError(f"{rule.label}: choose one of {', '.join(rule.allowed)}.",
                               hi=f"{rule.label}: इनमें से एक चुनें: {', '.join(rule.allowed)}।")
        if rule.low is not None and (
                not text.isdigit() or not rule.low <= int(text) <= (rule.high or int(text))):
            raise ServiceError(f"{rule.label}: give a whole number from {rule.low} to "
                               f"{rule.high}.",
                               hi=f"{rule.label}: {rule.low} से {rule.high} तक की पूर्ण संख्या "
                                  "दें।")
        with transaction(self.s.sessions) as session:
            row = session.get(Setting, key)
            old = row.value if row is not None else rule.default
            if row is None:
                session.add(Setting(key=key, value=text))
            else:
                row.value = text
            record(self.s, session, "setting.change", key, old=old, new=text)
