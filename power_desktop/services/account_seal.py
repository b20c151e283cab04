"""Account rows sealed with a keyed hash: a role or an enabled flag changed in the database
(`update account set role='supervisor'`) is refused at login and named by `audit verify`.

The hash covers the account's id, name, role and whether it is enabled, under a key derived
from the vault's, which exists only while someone is logged in; it is kept in the settings
table. Every change the program makes to those fields seals the row again. A database made
before rows were sealed is sealed at its first login, which the audit trail records: a seal
missing after that is tampering."""

from __future__ import annotations

import hmac
import json
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from power_desktop.store.models import Account, AuditEntry, Setting
from power_desktop.store.vault import Vault

SEALED = "accounts.sealed"
Verdict = Literal["sound", "unsealed", "altered"]


def _key(account: Account) -> str:
    return f"account-seal:{account.id}"


def _mac(vault: Vault, account: Account) -> str:
    return vault.chain_hash("account", json.dumps(
        [account.id, account.name_key, account.role, bool(account.active)]))


def seal(session: Session, vault: Vault, account: Account) -> None:
    row = session.get(Setting, _key(account))
    if row is None:
        session.add(Setting(key=_key(account), value=_mac(vault, account)))
    else:
        row.value = _mac(vault, account)


def seal_all(session: Session, vault: Vault) -> None:
    for account in session.scalars(select(Account)):
        seal(session, vault, account)


def judge(session: Session, vault: Vault, account: Account) -> Verdict:
    """`sound`: sealed as the program left it; `unsealed`: a database from before seals (seal
    it now); `altered`: changed outside the program, or its seal removed."""
    row = session.get(Setting, _key(account))
    if row is not None:
        return "sound" if hmac.compare_digest(row.value, _mac(vault, account)) else "altered"
    sealed_before = session.scalar(select(AuditEntry.id).where(AuditEntry.action == SEALED)
                                   .limit(1))
    return "altered" if sealed_before is not None else "unsealed"


def altered(session: Session, vault: Vault) -> list[str]:
    """Names of accounts whose row does not match its seal."""
    return [a.name for a in session.scalars(select(Account).order_by(Account.id))
            if judge(session, vault, a) == "altered"]
