"""Accounts: the first supervisor, login with lockout, roles enforced in the services, the
vault opened only by a password or the recovery code."""

from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.accounts import normalise_code
from power_desktop.services.audit import verify
from power_desktop.services.backup import BackupService
from power_desktop.services.camp import CampSetup
from power_desktop.services.errors import LoginFailed, NotAllowed, NotLoggedIn, ServiceError
from power_desktop.store.models import AuditEntry, KeySlot
from power_desktop.store.vault import Vault

from ..helpers import EXAMPLE_AADHAAR, PASSWORD, FixedClock, example_family, raw_database_bytes

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


class MovableClock(FixedClock):
    def __init__(self) -> None:
        super().__init__()
        self.offset = timedelta()

    def now(self) -> datetime:
        return super().now() + self.offset


def fresh(folder: Path, clock: FixedClock | None = None) -> Services:
    return Services.open(Paths(folder), clock=clock or FixedClock())


@pytest.fixture
def camp(data_dir: Path) -> Services:
    """A supervisor (Asha) with a camp and one operator (Ravi), logged out."""
    s = fresh(data_dir, MovableClock())
    s.accounts.setup_first("Asha", PASSWORD, PASSWORD)
    s.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))
    s.accounts.add("Ravi", "ravi-pass-1", "operator")
    s.accounts.logout()
    return s


def actions(s: Services) -> list[str]:
    with s.sessions() as session:
        return [e.action for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_first_supervisor_once_with_a_recovery_code(data_dir: Path) -> None:
    s = fresh(data_dir)
    assert not s.accounts.has_accounts()
    with pytest.raises(ServiceError, match="at least 8"):
        s.accounts.setup_first("Asha", "short")
    with pytest.raises(ServiceError, match="not the same"):
        s.accounts.setup_first("Asha", PASSWORD, PASSWORD + "x")
    code = s.accounts.setup_first("Asha", PASSWORD, PASSWORD)
    assert len(normalise_code(code)) == 20 and s.user is not None and s.user.is_supervisor
    with pytest.raises(ServiceError, match="already has a supervisor"):
        s.accounts.setup_first("Someone", PASSWORD)
    s.close()


def test_nothing_works_before_login(camp: Services) -> None:
    with pytest.raises(NotLoggedIn):
        camp.registration.register(example_family())
    with pytest.raises(NotLoggedIn):
        camp.registration.page()
    with pytest.raises(NotLoggedIn):
        _ = camp.vault


def test_login_is_case_blind_and_wrong_passwords_lock_for_five_minutes(camp: Services) -> None:
    assert camp.accounts.login("  ravi ", "ravi-pass-1").name == "Ravi"
    camp.accounts.logout()
    for _ in range(4):
        with pytest.raises(LoginFailed, match="Name or password is wrong"):
            camp.accounts.login("Ravi", "guess")
    with pytest.raises(LoginFailed, match="locked for 5 minutes"):
        camp.accounts.login("Ravi", "guess")
    with pytest.raises(LoginFailed, match="locked; try again in 5 minutes"):
        camp.accounts.login("Ravi", "ravi-pass-1")  # even the right password, for now
    assert isinstance(camp.clock, MovableClock)
    camp.clock.offset = timedelta(minutes=5, seconds=1)
    assert camp.accounts.login("Ravi", "ravi-pass-1").role == "operator"
    assert actions(camp).count("login.failed") == 6
    with pytest.raises(LoginFailed, match="Name or password is wrong"):
        camp.accounts.login("Nobody", "whatever-pass")


def test_failed_logins_are_chained_once_someone_logs_in(camp: Services) -> None:
    with pytest.raises(LoginFailed):
        camp.accounts.login("Asha", "not the password")
    camp.accounts.login("Asha", PASSWORD)
    result = verify(camp)
    assert result.intact, result.message
    assert actions(camp)[-2:] == ["login.failed", "login"]


def test_operator_cannot_do_supervisor_work(camp: Services, tmp_path: Path) -> None:
    camp.accounts.login("Ravi", "ravi-pass-1")
    done = camp.registration.register(example_family())  # an operator's work
    assert camp.eligibility.screen(done.family_id).verdicts
    refusals = [
        lambda: BackupService(camp).backup(tmp_path / "usb"),
        lambda: BackupService(camp).restore(tmp_path / "x.sqlite3"),
        lambda: camp.accounts.add("Mohan", "mohan-pass-1"),
        lambda: camp.accounts.set_active("Asha", False),
        lambda: camp.accounts.reset_password("Asha", "new-pass-123"),
        lambda: camp.accounts.list(),
        lambda: camp.camp.setup(CampSetup("DL", "North", "C08", "L2", "Ravi")),
        lambda: verify(camp),
    ]
    for refused in refusals:
        with pytest.raises(NotAllowed, match="Only a supervisor can"):
            refused()
    assert not (tmp_path / "usb").exists()


def test_supervisor_manages_operators(camp: Services) -> None:
    camp.accounts.login("Asha", PASSWORD)
    with pytest.raises(ServiceError, match="already an account"):
        camp.accounts.add("RAVI", "another-pass-2026")
    camp.accounts.set_active("Ravi", False)
    with camp.sessions() as session:  # his password no longer opens the data
        assert "account:2" not in set(session.scalars(select(KeySlot.label)))
    with pytest.raises(ServiceError, match="your own account"):
        camp.accounts.set_active("Asha", False)
    with pytest.raises(ServiceError, match="key was deleted"):
        camp.accounts.set_active("Ravi", True)
    camp.accounts.logout()
    with pytest.raises(LoginFailed, match="disabled"):
        camp.accounts.login("Ravi", "ravi-pass-1")
    camp.accounts.login("Asha", PASSWORD)
    camp.accounts.reset_password("Ravi", "fresh-pass-2")  # a new password enables him again
    names = {a.name: (a.role, a.active) for a in camp.accounts.list()}
    assert names == {"Asha": ("supervisor", True), "Ravi": ("operator", True)}
    camp.accounts.logout()
    camp.accounts.login("Ravi", "fresh-pass-2")  # the new password opens the vault too
    assert camp.registration.register(example_family()).family_id


def test_change_own_password(camp: Services) -> None:
    camp.accounts.login("Ravi", "ravi-pass-1")
    with pytest.raises(LoginFailed, match="current password is wrong"):
        camp.accounts.change_own_password("nope", "ravi-pass-2", "ravi-pass-2")
    camp.accounts.change_own_password("ravi-pass-1", "ravi-pass-2", "ravi-pass-2")
    camp.accounts.logout()
    with pytest.raises(LoginFailed):
        camp.accounts.login("Ravi", "ravi-pass-1")
    camp.accounts.login("Ravi", "ravi-pass-2")


def test_recovery_code_resets_a_supervisor_password(data_dir: Path) -> None:
    s = fresh(data_dir)
    code = s.accounts.setup_first("Asha", PASSWORD)
    s.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))
    family = s.registration.register(example_family()).family_id
    s.accounts.logout()
    with pytest.raises(LoginFailed, match="recovery code is not right"):
        s.accounts.recover("AAAA-BBBB-CCCC-DDDD-EEEE", "Asha", "brand-new-pass")
    user = s.accounts.recover(code.lower().replace("-", " "), "Asha", "brand-new-pass")
    assert user.name == "Asha"
    assert s.search.search("2346").hits[0].family_id == family  # same token key
    s.accounts.logout()
    s.accounts.login("Asha", "brand-new-pass")
    s.close()


def test_database_and_folder_reveal_no_aadhaar_and_no_key(data_dir: Path) -> None:
    s = fresh(data_dir)
    s.accounts.setup_first("Asha", PASSWORD)
    s.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))
    s.registration.register(example_family())
    keys = s.vault._data_key + s.vault._token_key
    s.close()
    everything = raw_database_bytes(data_dir) + b"".join(
        p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert EXAMPLE_AADHAAR.encode() not in everything
    for key in (keys[:32], keys[32:]):
        assert key not in everything and base64.b64encode(key) not in everything
    assert not (data_dir / "vault.key").exists()
    # Read without a password: the services open, but nothing can decrypt or match Aadhaar.
    thief = fresh(data_dir)
    with pytest.raises(NotLoggedIn):
        _ = thief.vault
    thief.close()


def test_legacy_clear_key_file_is_adopted_then_removed(data_dir: Path) -> None:
    Paths(data_dir).ensure()
    legacy = Vault.generate()
    (data_dir / "vault.key").write_text(json.dumps({
        "format": 1, "protection": "file",
        "data_key": base64.b64encode(legacy._data_key).decode(),
        "token_key": base64.b64encode(legacy._token_key).decode()}))
    s = fresh(data_dir)
    s.accounts.setup_first("Asha", PASSWORD)
    assert s.vault.same_keys(legacy)
    assert not (data_dir / "vault.key").exists()
    s.close()


def test_wrong_recovery_codes_are_recorded_and_a_re_enable_is_said(data_dir: Path) -> None:
    s = fresh(data_dir)
    code = s.accounts.setup_first("Asha", PASSWORD)
    s.accounts.add("Meena", "meena-pass-2026", "supervisor", "meena-pass-2026")
    s.accounts.logout()
    s.accounts.login("Meena", "meena-pass-2026")
    s.accounts.set_active("Asha", False)
    s.accounts.logout()
    for _ in range(7):
        with pytest.raises(LoginFailed, match="recovery code is not right"):
            s.accounts.recover("AAAA-BBBB-CCCC-DDDD-EEEE", "Asha", "brand-new-pass")
    assert actions(s).count("recovery.failed") == 7
    s.accounts.recover(code, "Asha", "brand-new-pass")
    assert actions(s)[-2:] == ["account.recovered", "account.enable"]
    from power_desktop.services.audit import verify
    assert verify(s).intact
    s.close()


def test_a_role_or_state_changed_in_the_database_is_refused_and_shown(
        camp: Services, data_dir: Path) -> None:
    import sqlite3

    from power_desktop.services.audit import verify
    camp.accounts.login("Asha", PASSWORD)
    assert verify(camp).intact
    conn = sqlite3.connect(data_dir / "power.sqlite3")
    conn.execute("UPDATE account SET role = 'supervisor' WHERE name = 'Ravi'")
    conn.commit()
    conn.close()
    result = verify(camp)
    assert not result.intact and "Ravi" in result.message and "outside the program" in \
        result.message
    camp.accounts.logout()
    with pytest.raises(LoginFailed, match="changed outside PoWER Desktop"):
        camp.accounts.login("Ravi", "ravi-pass-1")
    assert actions(camp)[-1] == "login.failed"
    conn = sqlite3.connect(data_dir / "power.sqlite3")
    conn.execute("UPDATE account SET role = 'operator' WHERE name = 'Ravi'")
    conn.execute("DELETE FROM setting WHERE key LIKE 'account-seal:%'")  # and the seals gone
    conn.commit()
    conn.close()
    with pytest.raises(LoginFailed, match="changed outside PoWER Desktop"):
        camp.accounts.login("Ravi", "ravi-pass-1")


def test_a_database_from_before_seals_is_sealed_at_its_first_login(camp: Services,
                                                                  data_dir: Path) -> None:
    import sqlite3
    conn = sqlite3.connect(data_dir / "power.sqlite3")
    conn.execute("DELETE FROM setting WHERE key LIKE 'account-seal:%'")
    conn.execute("DELETE FROM audit WHERE action = 'accounts.sealed'")
    conn.commit()
    conn.close()
    camp.accounts.login("Ravi", "ravi-pass-1")  # an upgraded laptop: sealed now, and said
    assert actions(camp)[-1] == "accounts.sealed"


@pytest.mark.parametrize("weak", ["aaaaaaaa", "12345678", "password", "asha12345",
                                  "qwertyuiop", "mohan2026"])
def test_weak_passwords_are_refused(camp: Services, weak: str) -> None:
    camp.accounts.login("Asha", PASSWORD)
    with pytest.raises(ServiceError, match="too easy to guess"):
        camp.accounts.add("Mohan", weak, "operator", weak)
    with pytest.raises(ServiceError, match="too easy to guess"):
        camp.accounts.reset_password("Asha", weak, weak)
