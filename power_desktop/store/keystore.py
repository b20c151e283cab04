"""The operating system's keystore: a secret that stays with this laptop (and its user).

A key slot wrapped under a password alone opens wherever the database file goes: a copied disk
or a lost backup drive can be attacked offline, one password guess at a time. Slots that are
also bound to a secret kept by the operating system open only where that secret is: on
Windows the Credential Manager (encrypted with DPAPI under the Windows account's login), on
Linux the Secret Service (GNOME Keyring, KWallet; encrypted under the desktop login), on macOS
the Keychain. `keyring` speaks to all of them; docs/security.md says what this answers and what
it does not.

A laptop without any of these (a Linux session with no Secret Service running) has no
keystore: slots are then bound to the password alone, and the program says so.
"""

from __future__ import annotations

import base64
import logging
import os
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger("power.keystore")

SERVICE = "PoWER Desktop"
# The backends kept by the operating system; a plain-text or "null" backend is not a keystore.
_REAL = ("keyring.backends.SecretService", "keyring.backends.Windows",
         "keyring.backends.macOS", "keyring.backends.kwallet", "keyring.backends.libsecret")


class KeystoreUnavailable(RuntimeError):
    """The keystore did not answer (locked and not unlocked, refused, gone)."""


class Keystore(Protocol):
    name: str

    def get(self, ident: str) -> bytes | None: ...

    def put(self, ident: str, secret: bytes) -> None: ...

    def delete(self, ident: str) -> None: ...


@dataclass
class OsKeystore:
    """Secrets kept through `keyring`'s backend for this platform."""

    backend: object
    name: str

    def get(self, ident: str) -> bytes | None:
        try:
            value = self.backend.get_password(SERVICE, ident)  # type: ignore[attr-defined]
        except Exception as exc:  # keyring's errors, D-Bus errors: the store did not answer
            raise KeystoreUnavailable(str(exc)) from None
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            log.warning("the keystore's entry %s is not ours; ignored", ident)
            return None

    def put(self, ident: str, secret: bytes) -> None:
        try:
            self.backend.set_password(  # type: ignore[attr-defined]
                SERVICE, ident, base64.b64encode(secret).decode())
        except Exception as exc:
            raise KeystoreUnavailable(str(exc)) from None

    def delete(self, ident: str) -> None:
        try:
            self.backend.delete_password(SERVICE, ident)  # type: ignore[attr-defined]
        except Exception as exc:
            log.info("the keystore's entry %s was not deleted: %s", ident, exc)


def system() -> Keystore | None:
    """This platform's keystore, or None when it has none that answers.

    POWER_DESKTOP_KEYSTORE=none turns binding off (a laptop whose keystore is known to be
    wiped at every login, such as a kiosk account)."""
    if os.environ.get("POWER_DESKTOP_KEYSTORE", "").lower() == "none":
        return None
    try:
        import keyring
        from keyring.backends import chainer
    except ImportError:  # pragma: no cover - a dependency of the program
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        log.info("no keystore: %s", exc)
        return None
    if isinstance(backend, chainer.ChainerBackend):
        backends = [b for b in backend.backends if _real(b)]
        backend = backends[0] if backends else backend
    if not _real(backend):
        return None
    return OsKeystore(backend, type(backend).__module__.rsplit(".", 1)[-1])


def _real(backend: object) -> bool:
    if not type(backend).__module__.startswith(_REAL):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except Exception:  # a backend whose service is absent says so by raising here
        return False
