"""Each laptop on a camp server logs in as a database user of its own, made at init and join
with the camp's user (store/server_roles.py); the camp's password is then kept on no laptop,
and a lost laptop is shut out alone. Set up as docs/camp-server.md says: the camp's user owns
the database, is no superuser, and may make users (CREATEROLE)."""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.store.server_roles import scram_verifier

from .. import engines
from ..helpers import PASSWORD, SUPERVISOR, example_family
from .test_camp_server import run

pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")


def _admin(sql: str, database: str = "postgres") -> list[tuple[object, ...]]:
    engine = create_engine(engines._admin_url(database), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            result = conn.execute(text(sql))
            return [tuple(r) for r in result.all()] if result.returns_rows else []
    finally:
        engine.dispose()


@pytest.fixture(params=["owner logs in", "owner is a group"])
def camp_owner(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(URL as the camp's user, the role that owns the tables): a database of its own, owned
    by no superuser. Both layouts of docs/camp-server.md: the camp's login user owns the
    database (PostgreSQL 15), or a group role owns it and the camp's login user works as that
    group, with ADMIN OPTION on it (what PostgreSQL 16 and later need)."""
    name = f"power_u{secrets.token_hex(4)}"
    login = f"{name}_camp"
    _admin(f'CREATE ROLE "{login}" LOGIN CREATEROLE PASSWORD \'camp-password\'')
    owner = login
    if request.param == "owner is a group":
        owner = f"{name}_owner"
        _admin(f'CREATE ROLE "{owner}" NOLOGIN')
        _admin(f'GRANT "{owner}" TO "{login}" WITH ADMIN OPTION')
        _admin(f'ALTER ROLE "{login}" SET role = "{owner}"')
    _admin(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    engines.made.append(name)
    url = make_url(engines._admin_url(name)).set(username=login, password="camp-password")
    yield url.render_as_string(hide_password=False), owner
    engines.drop(url.render_as_string(hide_password=False))  # and the laptops' users
    for role in (login, owner):
        _admin(f'DROP ROLE IF EXISTS "{role}"')


def _kept_user(data_dir: Path) -> str:
    settings = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    entry = settings["database"]
    assert "camp-password" not in json.dumps(settings)
    return str(make_url(entry["url"]).username)


def _init(data_dir: Path, url: str) -> None:
    done = run(data_dir, "--database", url, "init", "--district", "South", "--camp", "C07",
               "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr


def test_scram_verifier_is_the_one_postgresql_makes() -> None:
    """What is sent for the laptop's password is what the server would have made of it
    (compared with the server's own, same salt and iterations)."""
    role = f"power_scram_{secrets.token_hex(4)}"
    _admin(f"SET password_encryption = 'scram-sha-256'; "
           f"CREATE ROLE {role} PASSWORD 'Ünïcode pässword 42'")
    try:
        [(kept,)] = _admin(f"SELECT rolpassword FROM pg_authid WHERE rolname = '{role}'")
    finally:
        _admin(f"DROP ROLE {role}")
    method, rest = str(kept).split("$", 1)
    iterations, salt = rest.split("$")[0].split(":")
    assert method == "SCRAM-SHA-256"
    assert scram_verifier("Ünïcode pässword 42", base64.b64decode(salt),
                          int(iterations)) == kept
    assert scram_verifier("another password", base64.b64decode(salt), int(iterations)) != kept


def test_each_laptop_logs_in_as_its_own_user_and_a_lost_one_is_shut_out_alone(
        camp_owner: tuple[str, str], tmp_path: Path) -> None:
    url, owner = camp_owner
    l1, l2 = tmp_path / "laptop1", tmp_path / "laptop2"
    _init(l1, url)
    joined = run(l2, "--database", url, "join", "--device", "L2")
    assert joined.returncode == 0, joined.stderr
    assert "its own database user" in joined.stdout and "warning" not in joined.stderr
    u1, u2 = _kept_user(l1), _kept_user(l2)
    assert u1 != u2 and not {u1, u2} & {owner, str(make_url(url).username)}, (u1, u2)
    # Each works as the camp's user once in: tables stay the camp user's, and both laptops
    # see the one camp.
    family = tmp_path / "f.json"
    family.write_text(json.dumps(example_family(), ensure_ascii=False), encoding="utf-8")
    saved = run(l2, "register", "--json", str(family))
    assert saved.returncode == 0, saved.stderr
    assert saved.stdout.strip() in run(l1, "search", "kamla").stdout
    name = url.rpartition("/")[2]
    [(who,)] = _admin("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
                      name)
    assert who == owner
    # Named after the database and the laptop, and recorded in the audit trail, for the
    # supervisor to find the one to shut out.
    assert u1.startswith(f"{name}_l1_") and u2.startswith(f"{name}_l2_")
    services = Services.open(Paths(l1))
    try:
        with services.engine.connect() as conn:
            made = dict(conn.execute(text(
                "SELECT subject, device FROM audit WHERE action = 'server.user'")).all())
    finally:
        services.close()
    assert made == {u1: "DL-SO-C07-L1", u2: "DL-SO-C07-L2"}, made
    # L2 lost: its user shut out on the server; L2 is told so plainly, L1 carries on.
    _admin(f'ALTER ROLE "{u2}" NOLOGIN')
    refused = run(l2, "families")
    assert refused.returncode != 0
    assert "refuses this laptop" in refused.stderr and "shut out" in refused.stderr
    assert "Traceback" not in refused.stderr, refused.stderr
    assert run(l1, "families").stdout.startswith("1 famil")


def test_a_server_that_may_not_make_users_keeps_the_camps_user(
        camp_owner: tuple[str, str], tmp_path: Path) -> None:
    url, owner = camp_owner
    login = str(make_url(url).username)
    _admin(f'ALTER ROLE "{login}" NOCREATEROLE')
    l1 = tmp_path / "laptop1"
    done = run(l1, "--database", url, "init", "--district", "South", "--camp", "C07",
               "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert "keeps the camp's database user" in done.stderr
    assert "Traceback" not in done.stderr
    assert _kept_user(l1) == login
    assert run(l1, "families").returncode == 0
    name = url.rpartition("/")[2]
    assert _admin(f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{name}\\_%' "
                  f"AND rolname NOT IN ('{login}', '{owner}')") == []  # nothing half made
