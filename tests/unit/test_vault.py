"""The Aadhaar vault: sealing, tokens, keys wrapped under a password-derived key."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from power_desktop.store import vault as keys
from power_desktop.store.vault import Vault, VaultError

CHEAP = keys.KdfCost(1, 1024, 1)


def test_seal_open_bound_to_owner() -> None:
    vault = Vault.generate()
    sealed = vault.seal_aadhaar("234123412346", "member-1")
    assert sealed.last4 == "2346"
    assert b"234123412346" not in sealed.cipher
    assert vault.open_aadhaar(sealed.cipher, "member-1") == "234123412346"
    with pytest.raises(VaultError):
        vault.open_aadhaar(sealed.cipher, "member-2")  # moved to another member: refused


def test_tokens_equal_for_equal_numbers_only() -> None:
    vault = Vault.generate()
    assert vault.token("234123412346") == vault.token("234123412346")
    assert vault.token("234123412346") != vault.token("234123412347")
    assert Vault.generate().token("234123412346") != vault.token("234123412346")


def test_wrapped_keys_open_only_with_the_same_secret_and_label() -> None:
    vault = Vault.generate()
    cipher = vault.seal(b"secret", "x")
    salt = os.urandom(16)
    wrapped = vault.wrap(keys.derive_kek("right password", salt, CHEAP), "account:1")
    again = Vault.unwrap(keys.derive_kek("right password", salt, CHEAP), "account:1", wrapped)
    assert again.open(cipher, "x") == b"secret" and again.same_keys(vault)
    with pytest.raises(VaultError):
        Vault.unwrap(keys.derive_kek("wrong password", salt, CHEAP), "account:1", wrapped)
    with pytest.raises(VaultError):  # a slot copied onto another account does not open
        Vault.unwrap(keys.derive_kek("right password", salt, CHEAP), "account:2", wrapped)
    assert vault.seal(b"secret", "x") != cipher  # a fresh nonce each time


def test_kdf_cost_round_trip_and_unknown_algorithm() -> None:
    assert keys.KdfCost.from_json(CHEAP.to_json()) == CHEAP
    with pytest.raises(VaultError, match="unknown key derivation"):
        keys.KdfCost.from_json(json.dumps({"alg": "md5", "t": 1, "m": 1, "p": 1}))


def test_legacy_key_file_missing_or_damaged_explained(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="missing"):
        Vault.load_legacy(tmp_path / "nope.key")
    (tmp_path / "bad.key").write_text("{not json")
    with pytest.raises(VaultError, match="damaged"):
        Vault.load_legacy(tmp_path / "bad.key")


def test_repr_hides_keys() -> None:
    assert "hidden" in repr(Vault.generate())
