"""The database: migrations build the models' schema; pragmas; nothing clear on disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from power_desktop.services import Services
from power_desktop.store import db
from power_desktop.store.models import Base
from power_desktop.store.search_index import is_index_table

from ..helpers import EXAMPLE_AADHAAR, example_family, open_services, raw_database_bytes


def test_migrations_from_empty_build_exactly_the_models(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "fresh.sqlite3")
    db.migrate(engine)
    assert db.current_revision(engine) == db.head_revision() == db.SCHEMA_HEAD
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": lambda name, kind, _p: (
            not (kind == "table" and is_index_table(name)))})
        diff = compare_metadata(context, Base.metadata)
        for table in ("member_search", "member_block", "member_phone"):  # contentless
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {table} "
                                        "MATCH 'a*'").scalar() == 0
    assert diff == []
    db.migrate(engine)  # a second start changes nothing
    engine.dispose()


def test_sqlite_pragmas(services: Services) -> None:
    with services.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_no_clear_aadhaar_anywhere_on_disk(services: Services, data_dir: Path) -> None:
    services.registration.register(example_family())
    services.drafts.save("registration", {"members": [{"aadhaar": "2341 2341 2346"}]})
    raw = raw_database_bytes(data_dir)
    assert raw, "the database file should exist"
    for form in (EXAMPLE_AADHAAR, "2341 2341 2346", "2341-2341-2346"):
        assert form.encode() not in raw
        assert form.encode("utf-16-le") not in raw
    log_text = (data_dir / "logs").glob("*.log")
    for log in log_text:
        assert EXAMPLE_AADHAAR not in log.read_text()


def test_aadhaar_columns_hold_cipher_token_last4(services: Services, data_dir: Path) -> None:
    services.registration.register(example_family())
    services.close()
    conn = sqlite3.connect(data_dir / "power.sqlite3")
    cipher, token, last4, uuid = conn.execute(
        "SELECT aadhaar_cipher, aadhaar_token, aadhaar_last4, uuid FROM member "
        "WHERE aadhaar_last4 IS NOT NULL").fetchone()
    conn.close()
    assert last4 == "2346" and len(token) == 64
    assert services.vault.open_aadhaar(cipher, uuid) == EXAMPLE_AADHAAR
    assert services.vault.token(EXAMPLE_AADHAAR) == token


def test_phone_index_migration_goes_down_and_up_keeping_search(tmp_path: Path) -> None:
    """0008 moved the phone pieces out of member_search; going back to 0007 puts them in its
    phone column again, and coming up again makes the index anew."""
    from alembic import command

    services = open_services(tmp_path)
    family = services.registration.register(example_family()).family_id
    services.close()
    engine = db.make_engine(tmp_path / "power.sqlite3")
    command.downgrade(db.alembic_config(engine), "0007")
    with engine.connect() as conn:
        old = conn.exec_driver_sql("SELECT rowid FROM member_search WHERE member_search "
                                   "MATCH 'phone : 22233*'").all()
    assert old  # Kamla's family mobile 9811122233, in 0.1's shape
    db.migrate(engine)
    engine.dispose()
    services = open_services(tmp_path)
    hits = services.search.search("22233").hits
    assert hits and {h.family_id for h in hits} == {family}
    services.close()


def test_linkage_index_migration_goes_down_and_up_keeping_search_and_checks(
        tmp_path: Path) -> None:
    """0009 made the index contentless with the blocking tokens apart; down to 0008 and up
    again, the family is still found by search and by the duplicate check."""
    from alembic import command

    services = open_services(tmp_path)
    family = services.registration.register(example_family()).family_id
    services.close()
    engine = db.make_engine(tmp_path / "power.sqlite3")
    command.downgrade(db.alembic_config(engine), "0008")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM member_search_content").scalar() == 2
    db.migrate(engine)
    engine.dispose()
    services = open_services(tmp_path)
    assert {h.family_id for h in services.search.search("kamla devi").hits} == {family}
    again = example_family()
    del again["members"][0]["aadhaar"]
    assert {c.family_id for c in services.duplicates.check(again)} == {family}
    services.close()
