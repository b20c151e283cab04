"""The Aadhaar vault: sealing, tokens, the key file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from power_desktop.store.vault import Vault, VaultError


def test_seal_open_bound_to_owner(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "vault.key")
    sealed = vault.seal_aadhaar("234123412346", "member-1")
    assert sealed.last4 == "2346"
    assert b"234123412346" not in sealed.cipher
    assert vault.open_aadhaar(sealed.cipher, "member-1") == "234123412346"
    with pytest.raises(VaultError):
        vault.open_aadhaar(sealed.cipher, "member-2")  # moved to another member: refused


def test_tokens_equal_for_equal_numbers_only(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "vault.key")
    assert vault.token("234123412346") == vault.token("234123412346")
    assert vault.token("234123412346") != vault.token("234123412347")
    other = Vault.create(tmp_path / "other.key")
    assert other.token("234123412346") != vault.token("234123412346")


def test_key_file_reloads_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "vault.key"
    vault = Vault.create(path)
    cipher = vault.seal(b"secret", "x")
    assert Vault.load(path).open(cipher, "x") == b"secret"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(VaultError):
        Vault.create(path)  # never overwrite keys


def test_missing_or_damaged_key_file_explained(tmp_path: Path) -> None:
    with pytest.raises(VaultError, match="missing"):
        Vault.load(tmp_path / "nope.key")
    (tmp_path / "bad.key").write_text("{not json")
    with pytest.raises(VaultError, match="damaged"):
        Vault.load(tmp_path / "bad.key")


def test_repr_hides_keys(tmp_path: Path) -> None:
    assert "hidden" in repr(Vault.create(tmp_path / "vault.key"))
