"""Writers take turns: a writing transaction holds the write lock from its first statement, a
busy database is waited for and tried again, and numbers are taken inside the transaction."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from power_desktop.services import Services
from power_desktop.services.errors import StorageProblem
from power_desktop.store import db

from ..helpers import numbered_family, open_services

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def _hold_write_lock(database: Path, seconds: float, started: threading.Event) -> None:
    other = sqlite3.connect(database, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        other.execute("COMMIT")
    finally:
        other.close()


def _family(n: int) -> dict[str, object]:
    return numbered_family(n)


def test_a_busy_database_is_waited_for_past_sqlites_own_wait(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)  # SQLite gives up after 0.1 s a try
    services = open_services(tmp_path / "camp")
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock,
                              args=(services.paths.database, 1.0, started))
    holder.start()
    started.wait(5)
    begun = time.monotonic()
    done = services.registration.register(_family(1), confirm_warnings=True,
                                          duplicate_decision="test")
    holder.join()
    assert time.monotonic() - begun >= 0.8  # it waited for the other program, and then saved
    assert done.family_id.startswith("DL-SO-C07-L2-000001-")
    services.close()


def test_a_database_busy_too_long_is_a_plain_message_and_nothing_is_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(db, "WRITE_WAIT_S", 0.3)
    services = open_services(tmp_path / "camp")
    started = threading.Event()
    holder = threading.Thread(target=_hold_write_lock,
                              args=(services.paths.database, 1.5, started))
    holder.start()
    started.wait(5)
    with pytest.raises(StorageProblem, match="busy in another window or program"):
        services.registration.register(_family(1), confirm_warnings=True,
                                       duplicate_decision="test")
    holder.join()
    # The number was not used up by the refused save.
    done = services.registration.register(_family(2), confirm_warnings=True,
                                          duplicate_decision="test")
    assert done.family_id.startswith("DL-SO-C07-L2-000001-")
    services.close()


def test_what_a_writer_reads_is_read_under_the_write_lock(services: Services) -> None:
    """Another connection cannot write between a writer's read and its write."""
    from sqlalchemy import select

    from power_desktop.store.models import Camp
    with db.transaction(services.sessions) as session:
        seq = session.scalar(select(Camp.next_family_seq).where(Camp.is_current.is_(True)))
        if services.engine.dialect.name == "postgresql":  # every writer takes the lock first
            from sqlalchemy import text
            with services.engine.connect() as other_conn:
                assert other_conn.execute(text("SELECT pg_try_advisory_xact_lock(:k)"),
                                          {"k": db.WRITER_LOCK}).scalar() is False
        else:
            other = sqlite3.connect(services.paths.database, timeout=0.1)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("UPDATE camp SET next_family_seq = next_family_seq + 1")
            other.close()
        assert seq == session.scalar(select(Camp.next_family_seq)
                                     .where(Camp.is_current.is_(True)))
