"""Shared test helpers: a pinned clock, example families, a set-up camp."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.services.context import Clock

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 11, 27)
EXAMPLE_AADHAAR = "234123412346"
SUPERVISOR, PASSWORD = "Asha", "camp-pass-2026"


class FixedClock(Clock):
    def __init__(self, today: date = TODAY) -> None:
        self._today = today
        self._tick = 0

    def now(self) -> datetime:
        self._tick += 1
        return datetime(self._today.year, self._today.month, self._today.day, 6, 0, 0,
                        self._tick)

    def today(self) -> date:
        return self._today


def example_family(copy_no: int = 0) -> dict[str, Any]:
    """The example family; copy_no > 0 gives the same family with an Aadhaar number of its
    own (one Aadhaar number is one person, so registering it twice needs another number)."""
    family = copy.deepcopy(json.loads((DATA / "family_example.json").read_text(
        encoding="utf-8")))
    if copy_no:
        family["members"][0]["aadhaar"] = aadhaar_number(copy_no)
    return family


def numbered_family(n: int) -> dict[str, Any]:
    """The example family as the n-th of many: its own family mobile, no Aadhaar numbers or
    members' mobiles (so many can be saved without looking like each other)."""
    family = example_family()
    family["mobile"] = f"98111{n:05d}"
    for m in family["members"]:
        m.pop("aadhaar", None)
        m.pop("mobile", None)
    return family


def aadhaar_number(n: int) -> str:
    """A Verhoeff-correct Aadhaar number of its own for each n (test data only)."""
    from stdnum import verhoeff
    body = f"8{n:010d}"
    return body + verhoeff.calc_check_digit(body)


def open_services(folder: Path, with_camp: bool = True,
                  database_url: str | None = None) -> Services:
    """The data folder's services, logged in as the supervisor (made on first use); on the
    data folder's SQLite file, or on the database at `database_url` (tests/engines.py)."""
    services = Services.open(Paths(folder), clock=FixedClock(), database_url=database_url)
    if services.accounts.has_accounts():
        services.accounts.login(SUPERVISOR, PASSWORD)
    else:
        services.accounts.setup_first(SUPERVISOR, PASSWORD)
    if with_camp:
        services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))
    return services


def raw_database_bytes(folder: Path) -> bytes:
    """Every byte the database has on disk: the main file, the WAL and any journal."""
    return b"".join(p.read_bytes() for p in sorted(folder.glob("power.sqlite3*")))


def usb(folder: Path) -> Path:
    """A folder to export or back up into, made first (as a mounted drive would be there)."""
    folder.mkdir(parents=True, exist_ok=True)
    return folder
