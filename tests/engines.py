"""The two database engines the tests run on: SQLite (a laptop's file) always, and PostgreSQL
(a camp server) when POWER_TEST_POSTGRES names a server (`make test` and .ci/run start one:
scripts/with-postgres.sh).

Each PostgreSQL test gets a database of its own, copied from a template migrated once per run
(CREATE DATABASE ... TEMPLATE: a fraction of a second, where migrating takes seconds)."""

from __future__ import annotations

import itertools
import os
import threading

from sqlalchemy import create_engine, text

from power_desktop.store import db

SERVER = os.environ.get("POWER_TEST_POSTGRES") or None
ENGINES = ("sqlite", "postgresql") if SERVER else ("sqlite",)

_TEMPLATE = f"power_tpl_{os.getpid()}"
_made_template = False
_lock = threading.Lock()
_numbers = itertools.count(1)
# Test databases made in this run, dropped at its end.
made: list[str] = []
ran_on_postgresql = 0


def _admin_url(database: str = "postgres") -> str:
    assert SERVER is not None
    base, _, _ = db.engine_url(SERVER).rpartition("/")
    return f"{base}/{database}"


def _admin(sql: str) -> None:
    engine = create_engine(_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def server_version() -> str:
    engine = create_engine(_admin_url())
    try:
        with engine.connect() as conn:
            return str(conn.execute(text("SHOW server_version")).scalar()).split()[0]
    finally:
        engine.dispose()


def new_database() -> str:
    """The URL of a new, migrated, empty PostgreSQL database."""
    global _made_template, ran_on_postgresql
    with _lock:
        if not _made_template:
            _admin(f"DROP DATABASE IF EXISTS {_TEMPLATE}")
            _admin(f"CREATE DATABASE {_TEMPLATE}")
            made.append(_TEMPLATE)
            engine = db.make_engine(_admin_url(_TEMPLATE))
            try:
                db.migrate(engine)
            finally:
                engine.dispose()
            _made_template = True
        name = f"power_t{os.getpid()}_{next(_numbers)}"
        _admin(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
        made.append(name)
        ran_on_postgresql += 1
    return _admin_url(name)


def drop(url: str) -> None:
    name = url.rpartition("/")[2]
    _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _drop_laptop_users(name)
    if name in made:
        made.remove(name)


def _drop_laptop_users(database: str) -> None:
    """The laptops' own database users made on `database` (store/server_roles.py names them
    after it): roles outlive the database they were made for."""
    engine = create_engine(_admin_url(), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for (role,) in conn.execute(text(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
                    {"prefix": f"{database}\\_%"}).all():
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
    finally:
        engine.dispose()


def drop_all() -> None:
    for name in list(made):
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        _drop_laptop_users(name)
    made.clear()
