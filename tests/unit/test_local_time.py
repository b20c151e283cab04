"""Camp days and shown times are local (India here); stored times stay UTC.

The laptop's zone is pinned to Asia/Kolkata (UTC+5:30) and the clock to 21:29 UTC on
1 December 2026, which is 02:59 IST on 2 December."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from power_desktop.core import localtime
from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.services.context import Clock

from ..helpers import PASSWORD, SUPERVISOR, example_family

INSTANT = datetime(2026, 12, 1, 21, 29, 30)  # naive UTC, as stored
LOCAL_DAY = date(2026, 12, 2)


@pytest.fixture
def india(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Kolkata")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


class NightClock(Clock):
    """02:59 IST on 2 December; its today is the laptop's local day."""

    def now(self) -> datetime:
        return INSTANT

    def today(self) -> date:
        return localtime.local_day(INSTANT)


@pytest.fixture
def night(india: None, tmp_path: Path) -> Iterator[Services]:
    services = Services.open(Paths(tmp_path / "data"), clock=NightClock())
    services.accounts.setup_first(SUPERVISOR, PASSWORD)
    services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))
    yield services
    services.close()


def test_conversions_in_india(india: None) -> None:
    assert localtime.to_local(INSTANT) == datetime(2026, 12, 2, 2, 59, 30)
    assert localtime.local_day(INSTANT) == LOCAL_DAY
    assert localtime.day_range(LOCAL_DAY) == (datetime(2026, 12, 1, 18, 30),
                                               datetime(2026, 12, 2, 18, 30))
    assert localtime.shown(INSTANT) == "02/12/2026 02:59"
    assert localtime.shown(INSTANT, seconds=True) == "02/12/2026 02:59:30"
    assert localtime.shown(None) == "-"


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)))
def test_local_and_back_is_the_same_instant(utc: datetime) -> None:
    assert localtime.to_utc(localtime.to_local(utc)) == utc
    start, end = localtime.day_range(localtime.local_day(utc))
    assert start <= utc < end


def test_a_family_registered_at_02_59_ist_counts_on_that_day(night: Services) -> None:
    done = night.registration.register(example_family(), confirm_warnings=True)
    figures = night.dashboard.day()
    assert figures.day == LOCAL_DAY
    assert figures.families_today == 1 and figures.members_today >= 1
    assert night.dashboard.day(date(2026, 12, 1)).families_today == 0
    # The stored time is still the UTC instant.
    assert night.registration.get(done.family_id) is not None
    from power_desktop.services import audit
    rows = audit.browse(night, since=LOCAL_DAY, until=LOCAL_DAY)
    assert rows and all(r.at == INSTANT for r in rows)
    assert audit.browse(night, since=date(2026, 12, 1), until=date(2026, 12, 1)) == []


def test_day_report_prints_local_time(night: Services, tmp_path: Path) -> None:
    night.registration.register(example_family(), confirm_warnings=True)
    pdf = night.dashboard.report(None, tmp_path / "report.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "02/12/2026 02:59" in text and "UTC" not in text
    assert "21:29" not in text


def test_history_shows_local_time(night: Services, capsys: pytest.CaptureFixture[str]) -> None:
    done = night.registration.register(example_family(), confirm_warnings=True)
    family = example_family()
    family["mobile"] = "9999988888"
    night.registration.update(done.family_id, family, 1, confirm_warnings=True)
    from power_desktop.cli import families
    entry = night.registration.history(done.family_id)[0]
    assert entry.changed_at == INSTANT
    families.cmd_history(night, type("Args", (), {"family_id": done.family_id})())
    out = capsys.readouterr().out
    assert "02/12/2026 02:59" in out and "UTC" not in out


def test_stored_times_are_utc(night: Services) -> None:
    done = night.registration.register(example_family(), confirm_warnings=True)
    from power_desktop.services import audit
    row = next(r for r in audit.browse(night) if r.subject == done.family_id)
    assert row.at == INSTANT  # what the database holds: naive UTC
