"""A full disk or a read-only database: a clear message, the change rolled back, nothing saved
before lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from power_desktop.services import Services
from power_desktop.services.errors import StorageProblem
from power_desktop.store import db

from ..helpers import example_family


def _swap_engine(services: Services, url: str, on_connect: Any = None) -> None:
    services.engine.dispose()
    services.engine = db.make_engine(url)
    if on_connect is not None:
        event.listen(services.engine, "connect", on_connect)
    services.sessions = db.session_factory(services.engine)


def _integrity(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / "power.sqlite3")
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def test_full_disk_refuses_the_save_and_keeps_the_rest(services: Services,
                                                       data_dir: Path) -> None:
    kept = services.registration.register(example_family()).family_id
    url = str(services.paths.database)

    def no_room(dbapi: Any, _record: Any) -> None:  # the database may not grow by one page
        pages = dbapi.execute("PRAGMA page_count").fetchone()[0]
        dbapi.execute(f"PRAGMA max_page_count = {pages}")

    _swap_engine(services, url, no_room)
    saved = 1
    with pytest.raises(StorageProblem, match="The disk is full: this change was not saved"):
        for n in range(100):  # until the free room in the last pages runs out
            services.registration.register(example_family(n + 1), duplicate_decision="test")
            saved += 1
    _swap_engine(services, url)
    assert services.registration.count() == saved and services.registration.get(kept)
    assert _integrity(data_dir) == "ok"


def test_read_only_database_says_so(services: Services, data_dir: Path) -> None:
    kept = services.registration.register(example_family()).family_id
    path = services.paths.database
    _swap_engine(services, f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StorageProblem, match="read-only"):
        services.registration.register(example_family(1), duplicate_decision="test")
    assert services.registration.get(kept).family_id == kept  # reading still works
    _swap_engine(services, str(path))
    assert services.registration.count() == 1 and _integrity(data_dir) == "ok"
