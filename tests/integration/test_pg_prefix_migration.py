"""A camp server made before the prefix table (schema 0011: token tables under primary keys)
is brought up to date by migration 0012: the prefix table filled from the token table, and
the search answering as before, now by the prefix table; and back down again."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from power_desktop.paths import Paths
from power_desktop.services import Services, demo
from power_desktop.services.camp import CampSetup
from power_desktop.store import db, search_index, search_stats_pg
from power_desktop.store import search_index_pg as pg
from power_desktop.store import search_plan_pg as plan

from .. import engines

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")


def _camp(folder: Path, url: str, families: int, seed: int) -> Services:
    """A camp on the server at `url` with some demo families."""
    services = Services.open(Paths(folder), database_url=url)
    services.accounts.setup_first("Mig", "migration-password-1")
    services.camp.setup(CampSetup("DL", "South", "C07", "L1", "Mig"))
    demo.generate(services, families, seed=seed)
    return services


@pytest.fixture
def by_gin(monkeypatch: pytest.MonkeyPatch) -> None:
    """A query with an AND answered by the doc table's GIN index, whatever its estimate."""
    monkeypatch.setattr(plan, "WALK_WITHIN", 0)
    monkeypatch.setattr(plan, "ORDERED_CHECKS", -1)
    monkeypatch.setattr(plan, "GIN_ROWS", 10**9)
    search_stats_pg.forget()


def test_a_server_from_before_the_prefix_table_is_brought_up_to_date(
        tmp_path: Path, by_gin: None) -> None:
    url = engines.new_database()
    try:
        services = _camp(tmp_path, url, 150, seed=3)
        before = [h.member_id for h in services.search.search("su", limit=30).hits]
        assert before
        # Two words: an AND, answered by the doc table's GIN index (migration 0013).
        both = [h.member_id for h in services.search.search("sunita de", limit=30).hits]
        assert both
        # Down to 0011's tables (primary keys, an index by member, no prefix table).
        command.downgrade(db.alembic_config(services.engine), "0011")
        assert db.current_revision(services.engine) == "0011"
        db.migrate(services.engine)
        assert db.current_revision(services.engine) == db.SCHEMA_HEAD
        with services.engine.connect() as conn:
            assert search_index.check(conn) == []  # the prefix table holds every member's
            prefixes = conn.exec_driver_sql(f"SELECT count(*) FROM {pg.PREFIX}").scalar()
        assert prefixes and prefixes > 150
        assert [h.member_id for h in services.search.search("su", limit=30).hits] == before
        assert [h.member_id for h in services.search.search("sunita de", limit=30).hits] == both
        command.downgrade(db.alembic_config(services.engine), "0011")
        with services.engine.connect() as conn:
            assert conn.exec_driver_sql(
                f"SELECT to_regclass('{pg.PREFIX}')").scalar() is None
        db.migrate(services.engine)
        assert [h.member_id for h in services.search.search("su", limit=30).hits] == before
        services.close()
    finally:
        engines.drop(url)


def test_a_server_from_before_the_long_prefixes_has_its_docs_made_again(
        tmp_path: Path, by_gin: None) -> None:
    """Migration 0014: docs made by 0013 held prefixes of four letters at most; a locality
    word typed longer is asked of GIN as a lexeme of its own, which those docs lack."""
    url = engines.new_database()
    try:
        services = _camp(tmp_path, url, 150, seed=4)
        with services.engine.connect() as conn:
            name, place = conn.exec_driver_sql(
                "SELECT m.name, f.locality FROM member m JOIN family f ON f.id = m.family_id "
                "WHERE length(split_part(f.locality, ' ', 1)) > 6 ORDER BY m.id LIMIT 1").one()
        typed = f"{name.split()[0]} {place.split()[0][:6]}"
        found = [h.member_id for h in services.search.search(typed, limit=30).hits]
        assert found
        command.downgrade(db.alembic_config(services.engine), "0013")
        with services.engine.begin() as conn:  # the docs as 0013 made them
            conn.exec_driver_sql(
                f"UPDATE {pg.DOC} SET doc = array_to_tsvector(ARRAY(SELECT x FROM "
                "unnest(tsvector_to_array(doc)) AS x WHERE x !~ '^[nfp][|].{5}'))")
        with services.engine.connect() as conn:
            assert search_index.check(conn)  # the long prefixes are missing
        assert [h.member_id for h in services.search.search(typed, limit=30).hits] != found
        db.migrate(services.engine)
        with services.engine.connect() as conn:
            assert search_index.check(conn) == []
        assert [h.member_id for h in services.search.search(typed, limit=30).hits] == found
        services.close()
    finally:
        engines.drop(url)


def test_two_laptops_upgrading_the_server_at_once_take_turns(tmp_path: Path) -> None:
    """Two laptops started on a newer version at the same moment: the second waits for the
    first's migration and then finds the schema up to date, instead of remaking the docs again
    and failing on the version it expected."""
    url = engines.new_database()
    try:
        services = _camp(tmp_path, url, 60, seed=5)
        command.downgrade(db.alembic_config(services.engine), "0013")
        services.close()
        holder = create_engine(url)
        # Each laptop a process of its own (Alembic's context is one per process).
        start = ("import sys; from sqlalchemy import create_engine; "
                 "from power_desktop.store import db; db.migrate(create_engine(sys.argv[1]))")
        with holder.connect() as conn, conn.begin():
            # The first migration to reach its end waits here until both have started.
            conn.execute(text("SELECT version_num FROM alembic_version FOR UPDATE"))
            laptops = [subprocess.Popen([sys.executable, "-c", start, url], cwd=ROOT,
                                        stderr=subprocess.PIPE, text=True) for _ in range(2)]
            time.sleep(3)
        said = [laptop.communicate(timeout=120)[1] for laptop in laptops]
        holder.dispose()
        assert [laptop.returncode for laptop in laptops] == [0, 0], said
        engine = create_engine(url)
        assert db.current_revision(engine) == db.SCHEMA_HEAD
        with engine.connect() as conn:
            assert search_index.check(conn) == []
        engine.dispose()
    finally:
        engines.drop(url)
