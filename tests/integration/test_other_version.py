"""A laptop whose program is not the one that last upgraded the database: on a camp server
(another laptop upgraded first) its saves are refused and rolled back, and it does not open
the database; on a laptop's own SQLite file it does not open it either. Each time it says so
plainly, and nothing is changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.errors import OtherVersion
from power_desktop.store import db

from .. import engines
from ..helpers import FixedClock, example_family, numbered_family, open_services


def _counts(services: Services) -> tuple[int, ...]:
    with services.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() or 0
                     for table in ("family", "member", "audit", "family_version"))


def _set_revision(services: Services, revision: str) -> None:
    with services.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


@pytest.mark.skipif(engines.SERVER is None,
                    reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")
def test_a_laptop_behind_the_server_s_schema_saves_nothing(tmp_path: Path) -> None:
    url = engines.new_database()
    try:
        services = open_services(tmp_path / "l1", database_url=url)
        services.registration.register(example_family())
        before = _counts(services)
        _set_revision(services, "0099")  # another laptop's newer program upgraded the server
        with pytest.raises(OtherVersion) as refused:
            services.registration.register(numbered_family(1), confirm_warnings=True,
                                          duplicate_decision="different family")
        said = str(refused.value)
        assert "0099" in said and db.SCHEMA_HEAD in said and "not saved" in said
        assert "0099" in refused.value.say("hi") and "सहेजा नहीं गया" in refused.value.say("hi")
        assert _counts(services) == before  # nothing of the save stayed, its index neither
        with services.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM member_search_tok")).scalar() == \
                conn.execute(text("SELECT count(*) FROM member_search_tok WHERE member_id IN "
                                  "(SELECT id FROM member)")).scalar()
        services.close()
        with pytest.raises(OtherVersion) as not_opened:
            Services.open(Paths(tmp_path / "l2"), clock=FixedClock(), database_url=url)
        assert "0099" in str(not_opened.value) and "Nothing was changed" in str(not_opened.value)
        # The right program again (the server's schema this program's): saves as before.
        engine = create_engine(url)
        with engine.begin() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
                "0099"  # the laptop that was refused changed nothing there either
            conn.execute(text("UPDATE alembic_version SET version_num = :r"),
                         {"r": db.SCHEMA_HEAD})
        engine.dispose()
        again = open_services(tmp_path / "l1", with_camp=False, database_url=url)
        again.registration.register(numbered_family(2), confirm_warnings=True,
                                          duplicate_decision="different family")
        assert _counts(again)[0] == before[0] + 1
        again.close()
    finally:
        engines.drop(url)


def test_a_laptop_s_own_database_from_a_newer_program_is_not_opened(tmp_path: Path) -> None:
    services = open_services(tmp_path, with_camp=False)
    _set_revision(services, "0099")
    services.close()
    file_before = (tmp_path / "power.sqlite3").read_bytes()
    with pytest.raises(OtherVersion) as refused:
        Services.open(Paths(tmp_path), clock=FixedClock())
    assert "0099" in str(refused.value) and "power.sqlite3" in str(refused.value)
    assert (tmp_path / "power.sqlite3").read_bytes() == file_before
