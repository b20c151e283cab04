"""The Aadhaar vault: AES-GCM encryption and keyed tokens for exact matching.

Three things are kept for each Aadhaar number, never the number itself:
- a ciphertext (AES-256-GCM under the data key, bound to the member's UUID), decrypted only where
  a legal form needs the full number;
- a token, HMAC-SHA256 under a separate token key, so that "same Aadhaar" can be found by an index
  lookup without decrypting anything;
- the last four digits, for display (`XXXX XXXX 1234`).

The keys live in `vault.key` in the data directory (owner-only permissions). docs/security.md
explains why, and how a later release wraps the data key with a key derived from the supervisor's
password: only the key file changes then, never a stored ciphertext.
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

from .files import write_atomic

FORMAT_VERSION = 1
_CIPHER_PREFIX = b"\x01"


class VaultError(RuntimeError):
    """The key file is missing, damaged, or does not fit the data."""


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
        return hmac.new(self._token_key, digits.encode(), hashlib.sha256).hexdigest()

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

    # --- the key file ----------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path) -> Vault:
        if path.exists():
            raise VaultError(f"{path} exists already; refusing to replace keys")
        data_key, token_key = AESGCM.generate_key(256), os.urandom(32)
        payload = {
            "format": FORMAT_VERSION,
            "protection": "file",  # later: "password-wrapped"
            "data_key": base64.b64encode(data_key).decode(),
            "token_key": base64.b64encode(token_key).decode(),
        }
        write_atomic(path, json.dumps(payload).encode(), mode=0o600)
        return cls(data_key, token_key)

    @classmethod
    def load(cls, path: Path) -> Vault:
        try:
            payload = json.loads(path.read_bytes())
            data_key = base64.b64decode(payload["data_key"])
            return cls(data_key, base64.b64decode(payload["token_key"]))
        except FileNotFoundError:
            raise VaultError(f"The key file {path} is missing: Aadhaar numbers cannot be "
                             "read or matched. Restore it from the camp backup.") from None
        except (ValueError, KeyError, TypeError):
            raise VaultError(f"The key file {path} is damaged. Restore it from the camp "
                             "backup.") from None

    @classmethod
    def open_or_create(cls, path: Path) -> Vault:
        return cls.load(path) if path.exists() else cls.create(path)
