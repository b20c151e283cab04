"""The Aadhaar vault: AES-GCM encryption and keyed tokens for exact matching.

Three things are kept for each Aadhaar number, never the number itself:
- a ciphertext (AES-256-GCM under the data key, bound to the member's UUID), decrypted only where
  a legal form needs the full number;
- a token, HMAC-SHA256 under a separate token key, so that "same Aadhaar" can be found by an index
  lookup without decrypting anything;
- the last four digits, for display (`XXXX XXXX 1234`).

The keys are never on disk in clear: each account's password (and the supervisor's recovery
code) derives, with argon2id, a key that wraps them (`key_slot` table). Logging in unwraps them
into memory. docs/security.md gives the threat model.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_CIPHER_PREFIX = b"\x01"


class VaultError(RuntimeError):
    """A key is missing, damaged, or does not fit the data."""


@dataclass(frozen=True)
class SealedAadhaar:
    cipher: bytes
    token: str
    last4: str


class Vault:
    def __init__(self, data_key: bytes, token_key: bytes) -> None:
        if len(data_key) != 32 or len(token_key) != 32:
            raise VaultError("vault keys must be 32 bytes")
        self._data_key = data_key
        self._aead = AESGCM(data_key)
        self._token_key = token_key

    def __reduce__(self) -> tuple[type[Vault], tuple[bytes, bytes]]:
        """Pickled only to hand the keys to a worker process of this application."""
        return (Vault, (self._data_key, self._token_key))

    def __repr__(self) -> str:  # never show keys
        return "Vault(<keys hidden>)"

    # --- Aadhaar -------------------------------------------------------------------------
    def token(self, digits: str) -> str:
        return hmac.digest(self._token_key, digits.encode(), "sha256").hex()  # C's one-shot

    def seal_aadhaar(self, digits: str, owner: str) -> SealedAadhaar:
        return SealedAadhaar(self.seal(digits.encode(), owner), self.token(digits), digits[-4:])

    def open_aadhaar(self, cipher: bytes, owner: str) -> str:
        return self.open(cipher, owner).decode()

    def chain_hash(self, previous: str, content: str) -> str:
        """One link of the audit chain: keyed, so that a rewritten trail cannot be re-chained
        without the vault's key."""
        key = hmac.new(self._token_key, b"audit-chain", hashlib.sha256).digest()
        return hmac.new(key, (previous + "\n" + content).encode(), hashlib.sha256).hexdigest()

    # --- any small secret (drafts hold typed Aadhaar numbers too) --------------------------
    def seal(self, plain: bytes, owner: str) -> bytes:
        nonce = os.urandom(12)
        return _CIPHER_PREFIX + nonce + self._aead.encrypt(nonce, plain, owner.encode())

    def open(self, cipher: bytes, owner: str) -> bytes:
        if not cipher.startswith(_CIPHER_PREFIX) or len(cipher) < 29:
            raise VaultError("not a vault ciphertext")
        try:
            return self._aead.decrypt(cipher[1:13], cipher[13:], owner.encode())
        except InvalidTag:
            raise VaultError("ciphertext does not open with this key") from None

    # --- keeping the keys: wrapped, never in clear on disk ----------------------------------
    @classmethod
    def generate(cls) -> Vault:
        return cls(AESGCM.generate_key(256), os.urandom(32))

    def wrap(self, kek: bytes, label: str) -> bytes:
        """Both keys sealed under a key-encryption key (from a password or the recovery code)."""
        nonce = os.urandom(12)
        secret = self._data_key + self._token_key
        return _CIPHER_PREFIX + nonce + AESGCM(kek).encrypt(nonce, secret, label.encode())

    @classmethod
    def unwrap(cls, kek: bytes, label: str, wrapped: bytes) -> Vault:
        """Raises VaultError when the key (so the password or code) is not the right one."""
        try:
            secret = AESGCM(kek).decrypt(wrapped[1:13], wrapped[13:], label.encode())
        except (InvalidTag, ValueError):
            raise VaultError("the key slot does not open with this password") from None
        return cls(secret[:32], secret[32:])

    def same_keys(self, other: Vault) -> bool:
        return hmac.compare_digest(self._data_key + self._token_key,
                                   other._data_key + other._token_key)

    @classmethod
    def load_legacy(cls, path: Path) -> Vault:
        """The clear key file of release 0.1 (before accounts), read once to wrap its keys."""
        try:
            payload = json.loads(path.read_bytes())
            data_key = base64.b64decode(payload["data_key"])
            return cls(data_key, base64.b64decode(payload["token_key"]))
        except FileNotFoundError:
            raise VaultError(f"The key file {path} is missing.") from None
        except (ValueError, KeyError, TypeError):
            raise VaultError(f"The key file {path} is damaged.") from None


# --- key-encryption keys from passwords (argon2id) ------------------------------------------
@dataclass(frozen=True)
class KdfCost:
    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> str:
        return json.dumps({"alg": "argon2id", "t": self.time_cost, "m": self.memory_kib,
                           "p": self.parallelism})

    @classmethod
    def from_json(cls, text: str) -> KdfCost:
        raw = json.loads(text)
        if raw.get("alg") != "argon2id":
            raise VaultError(f"unknown key derivation {raw.get('alg')!r}")
        return cls(int(raw["t"]), int(raw["m"]), int(raw["p"]))


# RFC 9106's second recommendation (64 MiB, 3 passes): about 0.2 s on a camp laptop.
DEFAULT_COST = KdfCost(time_cost=3, memory_kib=65536, parallelism=4)


def derive_kek(secret: str, salt: bytes, cost: KdfCost) -> bytes:
    from argon2.low_level import Type, hash_secret_raw
    return hash_secret_raw(secret.encode(), salt, cost.time_cost, cost.memory_kib,
                           cost.parallelism, 32, Type.ID)


def derive_key(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    """A 256-bit key for one purpose (`info`) from another key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF
    return HKDF(hashes.SHA256(), 32, salt=salt, info=info).derive(key)


def bind_kek(kek: bytes, machine_secret: bytes) -> bytes:
    """A password's key-encryption key tied also to a secret this laptop's keystore keeps
    (store/keystore.py): the slot then opens only with both."""
    return derive_key(kek, b"power-desktop key slot bound to a laptop", machine_secret)
