"""Key slots tied to the laptop's keystore as well as to a password (issue 17, item 7): a
copied disk or backup cannot be opened by guessing a password; the recovery code still opens
the data on another laptop, where new passwords are then tied to that laptop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from power_desktop.paths import Paths
from power_desktop.services import Services, key_binding
from power_desktop.services.accounts import RECOVERY_SLOT
from power_desktop.services.camp import CampSetup
from power_desktop.services.errors import LoginFailed
from power_desktop.store import keystore
from power_desktop.store import vault as keys
from power_desktop.store.models import AuditEntry, KeySlot
from power_desktop.store.vault import Vault, VaultError

from ..helpers import PASSWORD, FixedClock


class MemoryKeystore:
    """A keystore of the test's own (the system's is turned off for every test)."""

    name = "memory"

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}
        self.silent = False

    def get(self, ident: str) -> bytes | None:
        if self.silent:
            raise keystore.KeystoreUnavailable("locked")
        return self.secrets.get(ident)

    def put(self, ident: str, secret: bytes) -> None:
        if self.silent:
            raise keystore.KeystoreUnavailable("locked")
        self.secrets[ident] = secret

    def delete(self, ident: str) -> None:
        self.secrets.pop(ident, None)


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> MemoryKeystore:
    memory = MemoryKeystore()
    monkeypatch.setattr(keystore, "system", lambda: memory)
    return memory


def camp(folder: Path) -> tuple[Services, str]:
    s = Services.open(Paths(folder), clock=FixedClock())
    code = s.accounts.setup_first("Asha", PASSWORD, PASSWORD)
    s.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))
    s.accounts.add("Ravi", "ravi-pass-1", "operator")
    s.accounts.logout()
    return s, code


def slots(s: Services) -> dict[str, KeySlot]:
    with s.sessions() as session:
        return {slot.label: slot for slot in session.scalars(select(KeySlot))}


def actions(s: Services) -> list[str]:
    with s.sessions() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_account_slots_are_tied_to_the_keystore_and_the_recovery_slot_is_not(
        data_dir: Path, store: MemoryKeystore) -> None:
    s, _code = camp(data_dir)
    found = slots(s)
    accounts = [label for label in found if label != RECOVERY_SLOT]
    assert len(accounts) == 2
    for label in accounts:
        slot = found[label]
        bind = key_binding.bound_to(slot.kdf)
        assert bind is not None and bind in store.secrets
        # The password alone, as a thief with the disk has it, does not open the slot.
        kek = keys.derive_kek(PASSWORD if label.endswith(":1") else "ravi-pass-1",
                              slot.salt, keys.KdfCost.from_json(slot.kdf))
        with pytest.raises(VaultError):
            Vault.unwrap(kek, label, slot.wrapped)
        Vault.unwrap(keys.bind_kek(kek, store.secrets[bind]), label, slot.wrapped)
    assert key_binding.bound_to(found[RECOVERY_SLOT].kdf) is None
    assert len(store.secrets) == 1  # one entry for the data folder, not one per account
    assert s.accounts.login("Ravi", "ravi-pass-1").name == "Ravi"


def test_on_another_laptop_the_password_is_refused_with_the_reason_and_the_code_opens(
        data_dir: Path, store: MemoryKeystore) -> None:
    s, code = camp(data_dir)
    store.secrets.clear()  # the same database where the keystore has none of it
    with pytest.raises(LoginFailed) as refused:
        s.accounts.login("Asha", PASSWORD)
    assert "recovery code" in str(refused.value) and refused.value.hi
    with pytest.raises(LoginFailed, match="Name or password is wrong"):
        s.accounts.login("Asha", "not-the-password-9")  # a wrong one learns nothing more
    assert actions(s)[-2:] == ["login.failed", "login.failed"]

    s.accounts.recover(code, "Asha", "new-camp-pass-77", "new-camp-pass-77")
    s.accounts.logout()
    assert s.accounts.login("Asha", "new-camp-pass-77").name == "Asha"
    with pytest.raises(LoginFailed, match="recovery code"):  # not reset yet
        s.accounts.login("Ravi", "ravi-pass-1")
    s.accounts.login("Asha", "new-camp-pass-77")
    s.accounts.reset_password("Ravi", "ravi-pass-22", "ravi-pass-22")
    s.accounts.logout()
    assert s.accounts.login("Ravi", "ravi-pass-22").name == "Ravi"
    assert len(store.secrets) == 1


def test_a_slot_made_without_a_keystore_is_tied_at_its_next_login(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s, _code = camp(data_dir)  # no keystore (the tests' default)
    assert all(key_binding.bound_to(slot.kdf) is None for slot in slots(s).values())
    memory = MemoryKeystore()
    monkeypatch.setattr(keystore, "system", lambda: memory)
    s.accounts.login("Ravi", "ravi-pass-1")
    s.accounts.logout()
    assert actions(s)[-2:] == ["account.key_bound", "logout"]
    bound = {label: key_binding.bound_to(slot.kdf) for label, slot in slots(s).items()}
    assert bound["account:2"] in memory.secrets and bound["account:1"] is None
    assert s.accounts.login("Ravi", "ravi-pass-1").name == "Ravi"
    s.accounts.logout()
    monkeypatch.setattr(keystore, "system", lambda: None)  # the keystore gone again
    with pytest.raises(LoginFailed, match="recovery code"):
        s.accounts.login("Ravi", "ravi-pass-1")
    assert s.accounts.login("Asha", PASSWORD).name == "Asha"  # still unbound: opens


def test_a_keystore_that_does_not_answer_is_said_so(data_dir: Path,
                                                    store: MemoryKeystore) -> None:
    s, _code = camp(data_dir)
    store.silent = True
    with pytest.raises(LoginFailed, match="did not answer"):
        s.accounts.login("Asha", PASSWORD)
    store.silent = False
    assert s.accounts.login("Asha", PASSWORD).name == "Asha"


def test_a_silent_keystore_at_set_up_leaves_slots_on_the_password(
        data_dir: Path, store: MemoryKeystore) -> None:
    store.silent = True
    s, _code = camp(data_dir)
    assert all(key_binding.bound_to(slot.kdf) is None for slot in slots(s).values())
    store.silent = False
    assert s.accounts.login("Asha", PASSWORD).name == "Asha"


def test_slot_description_round_trips() -> None:
    cost = keys.KdfCost(3, 65536, 4)
    kdf = key_binding.slot_kdf(cost.to_json(), "keys-" + "a" * 32)
    assert json.loads(kdf)["bind"] == "keys-" + "a" * 32 and len(kdf) <= 120
    assert keys.KdfCost.from_json(kdf) == cost
    assert key_binding.bound_to(cost.to_json()) is None
    assert key_binding.bound_to("not json") is None


def _forge_failed_login(data_dir: Path) -> None:
    """A row such as the program writes before a login, inserted with the data file alone."""
    import sqlite3
    with sqlite3.connect(data_dir / "power.sqlite3") as db:
        db.execute("INSERT INTO audit (at, operator, device, action, subject, detail) VALUES "
                   "('2026-12-01 10:00:00.000000', 'Ravi', 'DL-SO-C07-L2', 'login.failed', "
                   "'Ravi', '{\"reason\": \"Name or password is wrong.\"}')")


def test_entries_before_a_login_are_sealed_and_a_forged_one_is_never_chained(
        data_dir: Path, store: MemoryKeystore) -> None:
    from power_desktop.services.audit import verify
    s, _code = camp(data_dir)
    with pytest.raises(LoginFailed):
        s.accounts.login("Ravi", "a-wrong-guess-1")
    with s.sessions() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last is not None and last.action == "login.failed" and last.entry_hash is None
        assert "_seal" in (last.detail or "")
    s.accounts.login("Asha", PASSWORD)
    assert verify(s).intact  # the real failed login was chained
    s.accounts.logout()
    s.close()
    _forge_failed_login(data_dir)
    s = Services.open(Paths(data_dir), clock=FixedClock())
    s.accounts.login("Asha", PASSWORD)
    result = verify(s)
    assert not result.intact and "without this laptop's seal" in result.message
    s.close()


def test_without_a_keystore_entries_before_a_login_cannot_be_told_apart(
        data_dir: Path) -> None:
    """What remains where no keystore exists (docs/security.md): the forged row is chained."""
    from power_desktop.services.audit import verify
    s, _code = camp(data_dir)
    s.close()
    _forge_failed_login(data_dir)
    s = Services.open(Paths(data_dir), clock=FixedClock())
    s.accounts.login("Asha", PASSWORD)
    assert verify(s).intact
    s.close()
