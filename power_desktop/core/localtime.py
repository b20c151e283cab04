"""Stored times and the times people see.

Every time is stored as naive UTC: one meaning on every laptop and in every batch, whatever
the laptop's clock zone. People see, and camp days are counted in, the laptop's local time
(India Standard Time at a Delhi camp): a family registered at 02:59 IST on 2 December was
registered on 2 December, although it was still 1 December in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta


def to_local(utc: datetime) -> datetime:
    """A stored (naive UTC) time as the laptop's local time, naive."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def to_utc(local: datetime) -> datetime:
    """A local (naive) time as stored: naive UTC."""
    return local.astimezone(UTC).replace(tzinfo=None)


def local_day(utc: datetime) -> date:
    """The local calendar day a stored time falls on."""
    return to_local(utc).date()


def day_range(day: date) -> tuple[datetime, datetime]:
    """The stored (naive UTC) times from the start of the local `day` to the next one's."""
    return (to_utc(datetime.combine(day, time.min)),
            to_utc(datetime.combine(day + timedelta(days=1), time.min)))


def shown(utc: datetime | None, seconds: bool = False, empty: str = "-") -> str:
    """A stored time as people read it: DD/MM/YYYY HH:MM, local."""
    if utc is None:
        return empty
    return to_local(utc).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")
