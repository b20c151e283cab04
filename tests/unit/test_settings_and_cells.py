"""Settings keep to their allowed values; spreadsheet cells never run as formulas."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from power_desktop.core.cells import inert
from power_desktop.services import Services
from power_desktop.services.errors import NotAllowed, ServiceError

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def test_settings_defaults_checks_and_roles(services: Services) -> None:
    assert services.settings.get_int("idle_lock_minutes") == 15
    services.settings.set("idle_lock_minutes", 5)
    assert services.settings.get_int("idle_lock_minutes") == 5
    for bad in ("0", "abc", "999"):
        with pytest.raises(ServiceError, match="idle minutes: give a whole number from 1"):
            services.settings.set("idle_lock_minutes", bad)
    with pytest.raises(ServiceError, match="choose one of a5, a4, roll80"):
        services.settings.set("slip_paper", "letter")
    services.accounts.add("Ravi", "ravi-pass-1")
    services.accounts.logout()
    services.accounts.login("Ravi", "ravi-pass-1")
    with pytest.raises(NotAllowed):
        services.settings.set("idle_lock_minutes", 30)
    assert services.settings.all()["idle_lock_minutes"] == "5"


@given(st.text())
def test_inert_text_never_starts_a_formula(text: str) -> None:
    out = inert(text)
    assert isinstance(out, str) and out in (text, "'" + text)
    if out and (out[0] in "=+-@" or ord(out[0]) < 32):  # kept only if it cannot compute
        assert re.fullmatch(r"-|[+-]?\d+(\.\d+)?", out)


def test_inert_examples() -> None:
    assert inert('=HYPERLINK("http://x","y")') == '\'=HYPERLINK("http://x","y")'
    assert inert("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0"
    assert inert("@SUM(A1)") == "'@SUM(A1)" and inert("\tx") == "'\tx"
    assert inert("-") == "-" and inert("-12.5") == "-12.5" and inert("+91") == "+91"


def test_inert_leaves_numbers_and_plain_text() -> None:
    assert inert(-5) == -5 and inert("Kamla Devi") == "Kamla Devi" and inert("") == ""
