"""Accounts: the first supervisor, logins with lockout, operators, and the keys they unwrap.

Each account's password is stored only as an argon2id hash. The vault's keys are wrapped once
per account (and once under the supervisor's recovery code) with a key derived from that secret,
so logging in is what opens the vault; docs/security.md has the design.
"""

from __future__ import annotations

import logging
import os
import secrets
import unicodedata
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from power_desktop.core import roles
from power_desktop.core.validate import Invalid, clean_text, text
from power_desktop.store import vault as keys
from power_desktop.store.models import Account, KeySlot
from power_desktop.store.vault import Vault, VaultError

from . import account_seal, key_binding
from .audit import record
from .errors import LoginFailed, NotFound, ServiceError
from .results import AccountInfo, User
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.accounts")

MIN_PASSWORD = 8
MAX_PASSWORD = 200
MIN_STRENGTH = 3  # zxcvbn's score 0-4; 3: about 10^8 guesses, "safely unguessable" online
MAX_FAILED = 5
LOCK_MINUTES = 5
RECOVERY_SLOT = "recovery"
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


WRONG = ("Name or password is wrong.", "नाम या पासवर्ड ग़लत है।")
ALTERED = ("This account's record was changed outside PoWER Desktop (its role or state no "
           "longer matches its seal): it cannot log in. A supervisor should check the audit "
           "trail.",
           "इस खाते का रिकॉर्ड PoWER डेस्कटॉप के बाहर बदला गया है (उसकी भूमिका या स्थिति उसकी "
           "मुहर से मेल नहीं खाती): इससे लॉग इन नहीं हो सकता। पर्यवेक्षक ऑडिट ट्रेल जाँचें।")

def hash_password(password: str) -> str:
    from argon2 import PasswordHasher
    cost = keys.DEFAULT_COST
    hasher = PasswordHasher(time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                            parallelism=cost.parallelism)
    return hasher.hash(password)


def password_matches(stored: str, password: str) -> bool:
    from argon2 import PasswordHasher
    from argon2.exceptions import InvalidHashError, VerificationError
    try:
        return bool(PasswordHasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


def check_password(password: str, confirm: str | None = None, name: str = "") -> None:
    """Long enough, and hard enough to guess: a stolen disk is opened by guessing any one
    account's password, so zxcvbn (Dropbox's estimator: dictionaries, names, keyboard runs,
    dates, repeats) must put it at MIN_STRENGTH or above, the account name counted as known."""
    if len(password) < MIN_PASSWORD:
        raise ServiceError(f"Password: use at least {MIN_PASSWORD} characters.",
                           hi=f"पासवर्ड: कम से कम {MIN_PASSWORD} अक्षर रखें।")
    if password.strip() != password or not password.strip():
        raise ServiceError("Password: it must not start or end with a space.",
                           hi="पासवर्ड: शुरू या अंत में खाली जगह (स्पेस) न रखें।")
    if len(password) > MAX_PASSWORD:
        raise ServiceError(f"Password: use at most {MAX_PASSWORD} characters.",
                           hi=f"पासवर्ड: अधिकतम {MAX_PASSWORD} अक्षर रखें।")
    from zxcvbn import zxcvbn
    words = [w for w in (name.casefold(), *name.casefold().split()) if w]
    judged = zxcvbn(password, user_inputs=[*words, "power", "desktop", "camp", "delhi"])
    if judged["score"] < MIN_STRENGTH:
        hint = judged["feedback"].get("warning") or "It would be guessed quickly."
        raise ServiceError(f"Password: too easy to guess ({hint.rstrip('.')}). Use three or "
                           "four words that do not belong together, with a number, e.g. "
                           "neem-bus-kitab-47.",
                           hi="पासवर्ड: बहुत आसानी से अनुमान लगाया जा सकता है। आपस में न जुड़ने "
                              "वाले तीन-चार शब्द और एक अंक रखें, जैसे neem-bus-kitab-47।")
    if confirm is not None and confirm != password:
        raise ServiceError("Password: the two passwords typed are not the same.",
                           hi="पासवर्ड: लिखे गए दोनों पासवर्ड एक जैसे नहीं हैं।")


def new_recovery_code() -> str:
    """20 characters (100 bits) in groups of four, easy to write down and read back."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(20))
    return "-".join(raw[i:i + 4] for i in range(0, 20, 4))


def normalise_code(code: str) -> str:
    text = code.upper().replace("-", "").replace(" ", "")
    return text.translate(str.maketrans("OILU", "011V"))


def _name_key(name: str) -> str:
    """What makes two account names the same: compatibility forms folded (full-width ａｓｈａ
    is asha), case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def _account_name(typed: str) -> str:
    """An account name as typed, refused if it hides characters (as\u200bha would look like
    asha) or is not one."""
    try:
        name = text(typed, 100)
    except Invalid as bad:
        why = bad.params.get("value", "") if bad.code == "hidden_character" else ""
        raise ServiceError(f"Name: it holds a hidden or control character ({why}); type it "
                           "again." if why else "Name: use at most 100 letters.",
                           hi="नाम: इसमें छिपा या नियंत्रण अक्षर है; फिर से लिखें।" if why
                           else "नाम: अधिकतम 100 अक्षर रखें।") from None
    if not name:
        raise ServiceError("Name is required.", hi="नाम भरना ज़रूरी है।")
    return name


_DUMMY_HASH: list[str] = []


def _spend_a_check(password: str) -> None:
    """The same argon2 work as a real check, for a name with no account: the time a refusal
    takes must not tell whether an account name exists."""
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(hash_password(secrets.token_hex(16)))
    password_matches(_DUMMY_HASH[0], password)


def _slot_label(account_id: int) -> str:
    return f"account:{account_id}"


def _info(a: Account) -> AccountInfo:
    return AccountInfo(a.name, a.role, a.active, a.locked_until, a.created_by, a.created_at,
                       a.last_login_at)


class AccountService:
    def __init__(self, services: Services) -> None:
        self.s = services

    # --- reading ---------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        with self.s.sessions() as session:
            return bool(session.scalar(select(func.count()).select_from(Account)))

    def list(self) -> list[AccountInfo]:
        self.s.require("manage_operators")
        with self.s.sessions() as session:
            return [_info(a) for a in session.scalars(select(Account).order_by(Account.name))]

    # --- the first supervisor ---------------------------------------------------------------
    def setup_first(self, name: str, password: str, confirm: str | None = None) -> str:
        """Make the first supervisor, create (or adopt) the vault's keys, log them in; returns
        the recovery code, shown once, for the day every supervisor password is forgotten."""
        if not clean_text(name):
            raise ServiceError("Supervisor name is required.",
                               hi="पर्यवेक्षक का नाम भरना ज़रूरी है।")
        name = _account_name(name)
        check_password(password, confirm, name)
        legacy = self.s.paths.vault_key
        vault = Vault.load_legacy(legacy) if legacy.exists() else Vault.generate()
        code = new_recovery_code()
        with transaction(self.s.sessions) as session:
            if session.scalar(select(func.count()).select_from(Account)):
                raise ServiceError("This laptop already has a supervisor: log in instead.",
                                   hi="इस लैपटॉप पर पहले से पर्यवेक्षक है: लॉग इन करें।")
            account = self._new_account(session, name, roles.SUPERVISOR, password, vault, name)
            account.last_login_at = self.s.clock.now()
            self._put_slot(session, RECOVERY_SLOT, normalise_code(code), vault)
            self.s._vault = vault
            self.s.user = User(account.id, account.name, account.role)
            record(self.s, session, "account.create", name, role=roles.SUPERVISOR, first=True)
            record(self.s, session, account_seal.SEALED, name)
        if legacy.exists():  # its keys are wrapped now; a clear copy must not stay behind
            legacy.unlink()
            log.info("clear key file replaced by wrapped key slots")
        return code

    # --- logging in and out ------------------------------------------------------------------
    def login(self, name: str, password: str) -> User:
        now = self.s.clock.now()
        with transaction(self.s.sessions) as session:
            account = session.scalar(select(Account).where(Account.name_key == _name_key(name)))
            refusal = self._refusal(account, now)
            if account is None:
                _spend_a_check(password)
            elif not account.active:  # said only to someone who knows the password
                if not password_matches(account.password_hash, password):
                    refusal = WRONG
            elif refusal is None:
                vault = None
                if password_matches(account.password_hash, password):
                    try:
                        vault = self._unwrap(session, _slot_label(account.id), password)
                    except LoginFailed as exc:  # the keystore: said as it is, and recorded
                        refusal = (str(exc), exc.hi or str(exc))
                verdict = account_seal.judge(session, vault, account) if vault else "sound"
                if vault is not None and verdict == "altered":
                    refusal = ALTERED  # recorded below, with the transaction committed
                elif vault is not None:
                    account.failed_logins, account.locked_until = 0, None
                    account.last_login_at = now
                    self.s._vault = vault
                    self.s.user = User(account.id, account.name, account.role)
                    record(self.s, session, "login", account.name)
                    self._bind_here(session, account, password, vault)
                    if verdict == "unsealed":  # a database from before accounts were sealed
                        account_seal.seal_all(session, vault)
                        record(self.s, session, account_seal.SEALED, account.name)
                    return self.s.user
                elif refusal is None:
                    account.failed_logins += 1
                    refusal = WRONG
                    if account.failed_logins >= MAX_FAILED:
                        account.failed_logins = 0
                        account.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                        refusal = (f"Too many wrong passwords: {account.name} is locked for "
                                   f"{LOCK_MINUTES} minutes.",
                                   f"बहुत बार ग़लत पासवर्ड: {account.name} का खाता "
                                   f"{LOCK_MINUTES} मिनट के लिए लॉक है।")
            refusal = refusal or WRONG
            record(self.s, session, "login.failed", clean_text(name)[:60] or "-",
                   operator=clean_text(name)[:100] or "-", reason=refusal[0])
        raise LoginFailed(*refusal)

    def _refusal(self, account: Account | None, now: datetime) -> tuple[str, str] | None:
        """Why a login is refused, in English and Hindi; None when it may go on."""
        if account is None:
            return WRONG
        if not account.active:
            return (f"{account.name}'s account is disabled. Ask a supervisor.",
                    f"{account.name} का खाता बंद है। किसी पर्यवेक्षक से कहें।")
        if account.locked_until is not None and account.locked_until > now:
            left = account.locked_until - now
            minutes = max(1, -(-int(left.total_seconds()) // 60))
            return (f"Too many wrong passwords: {account.name} is locked; try again in "
                    f"{minutes} minute{'s' if minutes > 1 else ''}.",
                    f"बहुत बार ग़लत पासवर्ड: {account.name} का खाता लॉक है; {minutes} मिनट "
                    "बाद फिर कोशिश करें।")
        return None

    def unlock(self, password: str) -> User:
        """The idle lock: the same person types their password again."""
        if self.s.user is None:
            raise LoginFailed("Nobody is logged in.", hi="कोई लॉग इन नहीं है।")
        return self.login(self.s.user.name, password)

    def logout(self) -> None:
        if self.s.user is None:
            return
        with transaction(self.s.sessions) as session:
            record(self.s, session, "logout", self.s.user.name)
        self.s.user, self.s._vault = None, None

    # --- managing accounts (supervisors) -------------------------------------------------------
    def add(self, name: str, password: str, role: str = roles.OPERATOR,
            confirm: str | None = None) -> AccountInfo:
        self.s.require("manage_operators")
        name = _account_name(name)
        if role not in roles.ROLES:
            raise ServiceError(f"Role must be one of: {', '.join(roles.ROLES)}.",
                               hi=f"भूमिका इनमें से एक हो: {', '.join(roles.ROLES)}।")
        check_password(password, confirm, name)
        with transaction(self.s.sessions) as session:
            if session.scalar(select(Account).where(Account.name_key == _name_key(name))):
                raise ServiceError(f"There is already an account named {name}.",
                                   hi=f"{name} नाम का खाता पहले से है।")
            account = self._new_account(session, name, role, password, self.s.vault,
                                        self.s.operator)
            record(self.s, session, "account.create", name, role=role)
            return _info(account)

    def set_active(self, name: str, active: bool) -> AccountInfo:
        user = self.s.require("manage_operators")
        with transaction(self.s.sessions) as session:
            account = self._find(session, name)
            if not active:
                if account.id == user.id:
                    raise ServiceError("You cannot disable your own account.",
                                       hi="आप अपना ही खाता बंद नहीं कर सकते।")
                if account.role == roles.SUPERVISOR and self._active_supervisors(session) <= 1:
                    raise ServiceError("This is the last active supervisor; it cannot be "
                                       "disabled.", hi="यह आख़िरी चालू पर्यवेक्षक है; इसे "
                                                       "बंद नहीं किया जा सकता।")
            slot = session.scalar(select(KeySlot).where(
                KeySlot.label == _slot_label(account.id)))
            if active and slot is None:
                raise ServiceError(f"{account.name}'s key was deleted when the account was "
                                   "disabled: set a new password for it (reset password), "
                                   "which enables it.",
                                   hi=f"खाता बंद करते समय {account.name} की चाबी मिटा दी गई "
                                      "थी: उसका नया पासवर्ड रखें (पासवर्ड बदलें), इससे खाता "
                                      "चालू हो जाएगा।")
            if not active and slot is not None:  # its password no longer opens the data
                session.delete(slot)
            account.active = active
            account_seal.seal(session, self.s.vault, account)
            if active:
                account.failed_logins, account.locked_until = 0, None
            record(self.s, session, "account.enable" if active else "account.disable",
                   account.name)
            return _info(account)

    def reset_password(self, name: str, password: str, confirm: str | None = None) -> None:
        """A supervisor sets a new password for someone who forgot theirs (also unlocks)."""
        self.s.require("manage_operators")
        check_password(password, confirm, name)
        with transaction(self.s.sessions) as session:
            account = self._find(session, name)
            self._set_password(session, account, password, self.s.vault)
            if not account.active:  # a new password gives a disabled account its key back
                account.active = True
                account_seal.seal(session, self.s.vault, account)
                record(self.s, session, "account.enable", account.name, by="reset password")
            record(self.s, session, "account.reset_password", account.name)

    def change_own_password(self, old: str, new: str, confirm: str | None = None) -> None:
        if self.s.user is None:
            raise LoginFailed("Nobody is logged in.", hi="कोई लॉग इन नहीं है।")
        check_password(new, confirm, self.s.user.name)
        with transaction(self.s.sessions) as session:
            account = self._find(session, self.s.user.name)
            if not password_matches(account.password_hash, old):
                raise LoginFailed("The current password is wrong.",
                                  hi="मौजूदा पासवर्ड ग़लत है।")
            self._set_password(session, account, new, self.s.vault)
            record(self.s, session, "account.change_password", account.name)

    def recover(self, code: str, name: str, password: str, confirm: str | None = None) -> User:
        """Every supervisor password forgotten: the recovery code opens the keys and sets a new
        password for a supervisor account, which is then logged in."""
        check_password(password, confirm, name)
        with transaction(self.s.sessions) as session:
            try:
                vault = self._unwrap(session, RECOVERY_SLOT, normalise_code(code))
            except LoginFailed:
                vault = None
        if vault is None:  # recorded in its own transaction: the refusal must not undo it
            with transaction(self.s.sessions) as session:
                record(self.s, session, "recovery.failed", clean_text(name)[:60] or "-",
                       operator=clean_text(name)[:100] or "-")
            raise LoginFailed("That recovery code is not right. Check it letter by "
                              "letter against the paper copy.",
                              hi="यह रिकवरी कोड सही नहीं है। काग़ज़ वाली प्रति से एक-एक "
                                 "अक्षर मिलाएँ।")
        with transaction(self.s.sessions) as session:
            account = self._find(session, name)
            if account.role != roles.SUPERVISOR:
                raise ServiceError("The recovery code can only reset a supervisor's password.",
                                   hi="रिकवरी कोड से केवल पर्यवेक्षक का पासवर्ड बदला जा सकता "
                                      "है।")
            self._set_password(session, account, password, vault)
            if account_seal.judge(session, vault, account) == "altered":
                raise LoginFailed(*ALTERED)
            was_disabled = not account.active
            account.active = True
            account_seal.seal(session, vault, account)
            self.s._vault = vault
            self.s.user = User(account.id, account.name, account.role)
            record(self.s, session, "account.recovered", account.name,
                   re_enabled=was_disabled)
            if was_disabled:  # said, not done silently: a supervisor disabled this account
                record(self.s, session, "account.enable", account.name, by="recovery code")
            return self.s.user

    def new_recovery_code(self) -> str:
        """Replace the recovery code (the old one stops working); shown once."""
        self.s.require("manage_operators")
        code = new_recovery_code()
        with transaction(self.s.sessions) as session:
            self._put_slot(session, RECOVERY_SLOT, normalise_code(code), self.s.vault)
            record(self.s, session, "recovery.new_code", self.s.operator)
        return code

    # --- inside --------------------------------------------------------------------------------
    def _find(self, session: Session, name: str) -> Account:
        account = session.scalar(select(Account).where(Account.name_key == _name_key(name)))
        if account is None:
            raise NotFound(f"No account named {name}.", hi=f"{name} नाम का कोई खाता नहीं है।")
        return account

    def _active_supervisors(self, session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(Account).where(
            Account.role == roles.SUPERVISOR, Account.active.is_(True))) or 0)

    def _new_account(self, session: Session, name: str, role: str, password: str, vault: Vault,
                     created_by: str) -> Account:
        account = Account(name=name, name_key=_name_key(name), role=role,
                          password_hash=hash_password(password), active=True, failed_logins=0,
                          created_by=created_by, created_at=self.s.clock.now())
        session.add(account)
        session.flush()
        self._put_slot(session, _slot_label(account.id), password, vault)
        account_seal.seal(session, vault, account)
        return account

    def _set_password(self, session: Session, account: Account, password: str,
                      vault: Vault) -> None:
        account.password_hash = hash_password(password)
        account.failed_logins, account.locked_until = 0, None
        self._put_slot(session, _slot_label(account.id), password, vault)

    def _put_slot(self, session: Session, label: str, secret: str, vault: Vault) -> None:
        """The keys wrapped for one password (or the recovery code), and for an account's
        password also tied to this laptop's keystore where it has one (key_binding.py)."""
        cost, salt = keys.DEFAULT_COST, os.urandom(16)
        kek = keys.derive_kek(secret, salt, cost)
        binding = key_binding.for_new_slot(self.s, session) if label != RECOVERY_SLOT \
            else None
        if binding is not None:
            kek = keys.bind_kek(kek, binding[1])
        wrapped = vault.wrap(kek, label)
        kdf = key_binding.slot_kdf(cost.to_json(), binding[0] if binding else None)
        slot = session.scalar(select(KeySlot).where(KeySlot.label == label))
        if slot is None:
            session.add(KeySlot(label=label, kdf=kdf, salt=salt, wrapped=wrapped))
        else:
            slot.kdf, slot.salt, slot.wrapped = kdf, salt, wrapped

    def _bind_here(self, session: Session, account: Account, password: str,
                   vault: Vault) -> None:
        """A slot bound to its password alone (made before this laptop had a keystore, or
        before binding) is tied to the keystore at its owner's next login."""
        slot = session.scalar(select(KeySlot).where(KeySlot.label == _slot_label(account.id)))
        if slot is None or key_binding.bound_to(slot.kdf) or not key_binding.applies(self.s):
            return
        self._put_slot(session, _slot_label(account.id), password, vault)
        if key_binding.bound_to(slot.kdf):
            record(self.s, session, "account.key_bound", account.name)

    def _unwrap(self, session: Session, label: str, secret: str) -> Vault:
        slot = session.scalar(select(KeySlot).where(KeySlot.label == label))
        if slot is None:
            raise LoginFailed("This account has no key to the data. Ask a supervisor to "
                              "reset its password.",
                              hi="इस खाते के पास डेटा की चाबी नहीं है। किसी पर्यवेक्षक से "
                                 "इसका पासवर्ड फिर से सेट करवाएँ।")
        kek = keys.derive_kek(secret, slot.salt, keys.KdfCost.from_json(slot.kdf))
        bind = key_binding.bound_to(slot.kdf)
        if bind is not None:
            kek = keys.bind_kek(kek, key_binding.machine_secret(bind))
        try:
            vault = Vault.unwrap(kek, label, slot.wrapped)
        except VaultError:
            raise LoginFailed(*WRONG) from None
        if self.s._vault is not None and not self.s._vault.same_keys(vault):
            raise LoginFailed("This account's key does not fit this database.",
                              hi="इस खाते की चाबी इस डेटाबेस पर नहीं लगती।")
        return vault
