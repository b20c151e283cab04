"""The laptop's batch-signing key: Ed25519 (python-cryptography), made once, its private half
kept sealed under the vault's data key (so it signs only while someone is logged in), its
public half recorded in the audit trail at camp set-up and in every batch's manifest, for the
central system and consolidation to check who wrote a batch."""

from __future__ import annotations

import base64
import binascii

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy.orm import Session

from power_desktop.store.models import Setting
from power_desktop.store.vault import Vault

PRIVATE, PUBLIC = "batch-signing-key", "batch-signing-public"
_OWNER = "batch-signing"


def _private(session: Session, vault: Vault) -> Ed25519PrivateKey:
    row = session.get(Setting, PRIVATE)
    if row is None:
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes_raw()
        session.add(Setting(key=PRIVATE, value=base64.b64encode(vault.seal(raw, _OWNER))
                            .decode()))
        session.add(Setting(key=PUBLIC, value=public_text(key.public_key())))
        session.flush()
        return key
    return Ed25519PrivateKey.from_private_bytes(
        vault.open(base64.b64decode(row.value), _OWNER))


def public_text(key: Ed25519PublicKey) -> str:
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def laptop_public_key(session: Session, vault: Vault) -> str:
    """This laptop's public key (made now if it has none yet)."""
    return public_text(_private(session, vault).public_key())


def sign(session: Session, vault: Vault, message: bytes) -> str:
    return base64.b64encode(_private(session, vault).sign(message)).decode()


def verify(public: str, signature: str, message: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
