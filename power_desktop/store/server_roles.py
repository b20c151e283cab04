"""A database user of its own for each laptop on a camp server (PostgreSQL only).

`join` connects with the camp's own user (the one that owns the tables); this makes a login
user for the laptop that acts as that owner once connected (`ALTER ROLE ... SET role`), so
everything the program does is the same, yet a lost laptop is shut out by removing its user
alone (`ALTER ROLE name NOLOGIN`, or `DROP ROLE`), without changing the others' password.

The password is random, 32 bytes, and reaches the server only as a SCRAM-SHA-256 verifier
computed here (as psql's \\password does), so it is not in the server's statement log either.
It is then kept on the laptop sealed (store/server_config.py).

The server must let the camp's user make users and hand them its rights: on PostgreSQL 15 the
CREATEROLE attribute; on 16 and later, membership of the owning role with ADMIN OPTION
(docs/camp-server.md). Where it cannot, `make_user` says why and the laptop keeps the user
it joined with."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

SCRAM_ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)


def scram_verifier(password: str, salt: bytes | None = None,
                   iterations: int = SCRAM_ITERATIONS) -> str:
    """What PostgreSQL keeps for a SCRAM-SHA-256 password (RFC 5802, RFC 7677)."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(b: bytes) -> str:
        return base64.b64encode(b).decode()
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


@dataclass(frozen=True)
class LaptopUser:
    name: str
    password: str


class CannotMakeUser(RuntimeError):
    """The server does not let the camp's user make a user for the laptop (said why)."""


def _user_name(database: str, device: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", f"{database}_{device}".lower()).strip("_") or "laptop"
    return f"{base[:50]}_{secrets.token_hex(3)}"


def make_user(engine: Engine, device: str) -> LaptopUser:
    """A new login user for laptop `device`, acting as the role the engine works as, checked
    by connecting with it. Raises CannotMakeUser (nothing left behind) where the server
    refuses."""
    password = secrets.token_urlsafe(32)
    with engine.connect() as conn:
        owner, creator, database = conn.execute(text(
            "SELECT current_user, session_user, current_database()")).one()
    name = _user_name(str(database), device)
    # The new name and the verifier are of [a-z0-9_] and base64 only: safe as written.
    steps = [f'CREATE ROLE "{name}" LOGIN PASSWORD \'{scram_verifier(password)}\'',
             f'GRANT {_ident(owner)} TO "{name}"',
             f'ALTER ROLE "{name}" IN DATABASE {_ident(database)} SET role = {_ident(owner)}']
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        if creator != owner:
            conn.exec_driver_sql("SET ROLE NONE")  # CREATE ROLE is the login user's right
        made = False
        try:
            for step in steps:
                conn.exec_driver_sql(step)
                made = True
        except DBAPIError as exc:
            if made:  # made, but not given the owner's rights: taken away again
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
            raise CannotMakeUser(_why(exc, str(creator), str(owner))) from None
        finally:
            if creator != owner:
                conn.exec_driver_sql(f"SET ROLE {_ident(owner)}")
    try:
        _check(engine, name, password, str(owner))
    except CannotMakeUser:
        drop_user(engine, name)
        raise
    return LaptopUser(name, password)


def _ident(name: object) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def _why(exc: DBAPIError, creator: str, owner: str) -> str:
    diag = getattr(exc.orig, "diag", None)
    message = str(getattr(diag, "message_primary", None) or exc.orig).strip()
    return (f"the server's user {creator} may not make users and give them the rights of "
            f"{owner} ({message})")


def _check(engine: Engine, name: str, password: str, owner: str) -> None:
    """Connect as the new user, as the laptop will, and see it act as the owner."""
    from .db import make_engine
    probe = make_engine(engine.url.set(username=name, password=password)
                        .render_as_string(hide_password=False))
    try:
        with probe.connect() as conn:
            acting = conn.execute(text("SELECT current_user")).scalar()
    except DBAPIError as exc:
        raise CannotMakeUser(f"the new user {name} cannot log in to the server "
                             f"({str(exc.orig).strip()}); the server's pg_hba.conf may let in "
                             "only the camp's user: see docs/camp-server.md") from None
    finally:
        probe.dispose()
    if acting != owner:
        raise CannotMakeUser(f"the new user {name} works as {acting}, not as {owner}")


def drop_user(engine: Engine, name: str) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
