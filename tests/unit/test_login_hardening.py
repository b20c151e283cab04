"""Logging in tells nothing to someone without the password: an unknown name costs the same
argon2 work as a known one, a disabled account says so only to its own password, and
look-alike account names (hidden characters, full-width letters) are not new accounts."""

from __future__ import annotations

import pytest

from power_desktop.services import Services, accounts
from power_desktop.services.errors import LoginFailed, ServiceError

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def _count_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = accounts.password_matches

    def counted(stored: str, password: str) -> bool:
        calls.append(1)
        return real(stored, password)

    monkeypatch.setattr(accounts, "password_matches", counted)
    return calls


def test_an_unknown_name_costs_a_password_check(services: Services,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_checks(monkeypatch)
    with pytest.raises(LoginFailed, match="Name or password is wrong"):
        services.accounts.login("Nobody", "some-password")
    assert len(calls) == 1
    with pytest.raises(LoginFailed, match="Name or password is wrong"):
        services.accounts.login("Asha", "some-password")
    assert len(calls) == 2


def test_a_disabled_account_says_so_only_to_its_password(services: Services) -> None:
    services.accounts.add("Ravi", "ravi-pass-2026", "operator", "ravi-pass-2026")
    services.accounts.set_active("Ravi", False)
    with pytest.raises(LoginFailed) as wrong:
        services.accounts.login("Ravi", "guess-guess")
    assert str(wrong.value) == "Name or password is wrong."
    with pytest.raises(LoginFailed, match="disabled"):
        services.accounts.login("Ravi", "ravi-pass-2026")


@pytest.mark.parametrize("look_alike", ["ａｓｈａ", "ASHA", " asha "])
def test_look_alike_names_are_the_same_account(services: Services, look_alike: str) -> None:
    with pytest.raises(ServiceError, match="already an account named"):
        services.accounts.add(look_alike, "other-pass-2026", "operator", "other-pass-2026")


@pytest.mark.parametrize("hidden", ["as\u200bha", "as\u200dha", "as\u00adha", "asha\u202e",
                                    "as\x1bha"])
def test_names_with_hidden_characters_are_refused(services: Services, hidden: str) -> None:
    with pytest.raises(ServiceError, match="hidden or control character"):
        services.accounts.add(hidden, "other-pass-2026", "operator", "other-pass-2026")


def test_a_full_width_name_logs_into_the_same_account(services: Services) -> None:
    services.accounts.logout()
    assert services.accounts.login("ａｓｈａ", "camp-pass-2026").name == "Asha"
