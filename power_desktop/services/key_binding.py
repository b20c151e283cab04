"""Account key slots tied to this laptop as well as to a password (issue 17, item 7).

Each account's slot is wrapped under a key derived from its password (argon2id). Where the
operating system offers a keystore (store/keystore.py), that key is also mixed with a random
secret the keystore keeps for this data folder, so the slot opens only on this laptop, under
this system account: a copied disk or a lost backup drive cannot be attacked by guessing a
weak password. The recovery code's slot stays bound to the code alone (100 random bits), so
a laptop that died can be replaced: restore its backup on another laptop, open the keys with
the recovery code, and set new passwords there.

A database on a camp server (PostgreSQL) is shared by laptops that each have their own
keystore: its slots are bound to passwords only, as on a laptop without a keystore.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from power_desktop.store import keystore
from power_desktop.store.models import Setting

from .errors import LoginFailed

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.keys")

BINDING = "keys.binding"  # the setting naming this data folder's entry in the keystore

NOT_HERE = (
    "This password is right, but the key it opens is tied to the laptop it was set on, and "
    "this laptop's key store does not hold it (another laptop, a restored backup, or a new "
    "system account). A supervisor can open the data with the recovery code and then set "
    "new passwords here.",
    "पासवर्ड सही है, पर इससे खुलने वाली चाबी उस लैपटॉप से बँधी है जिस पर पासवर्ड रखा गया था, "
    "और इस लैपटॉप के की-स्टोर में वह नहीं है (दूसरा लैपटॉप, बहाल किया गया बैकअप, या नया सिस्टम "
    "खाता)। पर्यवेक्षक रिकवरी कोड से डेटा खोलकर यहाँ नए पासवर्ड रख सकते हैं।")
SILENT = (
    "This laptop's key store did not answer (it may be locked): the data cannot be opened "
    "with a password now. Unlock the key store (log in to the laptop's desktop again) and "
    "try again, or use the recovery code.",
    "इस लैपटॉप के की-स्टोर ने जवाब नहीं दिया (शायद वह लॉक है): अभी पासवर्ड से डेटा नहीं खुल "
    "सकता। की-स्टोर खोलें (लैपटॉप के डेस्कटॉप पर फिर से लॉग इन करें) और फिर कोशिश करें, या "
    "रिकवरी कोड का उपयोग करें।")


def bound_to(kdf: str) -> str | None:
    """The keystore entry a slot needs (None: the password alone opens it)."""
    try:
        value = json.loads(kdf).get("bind")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, str) and value else None


def slot_kdf(cost_json: str, bind: str | None) -> str:
    data = json.loads(cost_json)
    if bind:
        data["bind"] = bind
    return json.dumps(data)


def applies(services: Services) -> bool:
    """Whether slots made now can be tied to this laptop (a keystore, a database of its own)."""
    return services.engine.dialect.name == "sqlite" and keystore.system() is not None


def machine_secret(bind: str) -> bytes:
    """The keystore's secret for a slot bound to `bind`; LoginFailed, saying why, without."""
    store = keystore.system()
    if store is None:
        raise LoginFailed(*NOT_HERE)
    try:
        secret = _kept(store, bind)
    except keystore.KeystoreUnavailable as exc:
        log.warning("the keystore did not answer: %s", exc)
        raise LoginFailed(*SILENT) from None
    if secret is None:
        raise LoginFailed(*NOT_HERE)
    return secret


def for_new_slot(services: Services, session: Session) -> tuple[str, bytes] | None:
    """The binding for a slot written now: this data folder's entry in the keystore (made
    when it has none, or when the one named is not in this laptop's keystore), or None
    when slots cannot be tied to this laptop."""
    if services.engine.dialect.name != "sqlite":
        return None
    store = keystore.system()
    if store is None:
        return None
    row = session.get(Setting, BINDING)
    try:
        if row is not None:
            secret = _kept(store, row.value)
            if secret is not None:
                return row.value, secret
        ident, secret = f"keys-{uuid.uuid4().hex}", os.urandom(32)
        store.put(ident, secret)
        if store.get(ident) != secret:  # a store that drops what it is given binds nothing
            log.warning("the keystore (%s) did not keep a secret; slots not bound", store.name)
            return None
    except keystore.KeystoreUnavailable as exc:
        log.warning("the keystore did not answer; this slot is bound to its password only: "
                    "%s", exc)
        return None
    if row is None:
        session.add(Setting(key=BINDING, value=ident))
    else:
        row.value = ident
    log.info("key slots tied to this laptop's keystore (%s)", store.name)
    return ident, secret


def before_login_key(services: Services, session: Session) -> bytes | None:
    """The key that seals audit entries written while nobody is logged in (failed logins,
    wrong recovery codes), from this laptop's keystore: someone with the data file alone
    cannot make one that the next login will chain. None without a keystore binding."""
    if services.engine.dialect.name != "sqlite":
        return None
    row = session.get(Setting, BINDING)
    store = keystore.system()
    if row is None or store is None:
        return None
    try:
        secret = _kept(store, row.value)
    except keystore.KeystoreUnavailable:
        return None
    if secret is None:
        return None
    from power_desktop.store.vault import derive_key
    return derive_key(secret, b"power-desktop audit entries before a login")


def _kept(store: keystore.Keystore, ident: str) -> bytes | None:
    """The keystore's secret named `ident`, if it is one of ours (32 bytes)."""
    secret = store.get(ident)
    return secret if secret is not None and len(secret) == 32 else None
