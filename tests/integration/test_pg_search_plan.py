"""The camp server answers the search index's queries as FTS5 does: the same members, in the
same order, cut at the same limit, for queries made at random from the index's own words,
their first letters and words it does not hold, in columns, joined by AND and OR, with and
without phone digits (store/search_plan_pg.py drives each query by its most selective part and
checks what that gives; this is what shows the shortcut never changes an answer)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from power_desktop.paths import Paths
from power_desktop.services import Services, demo
from power_desktop.services.camp import CampSetup
from power_desktop.store import search_index
from power_desktop.store import search_index_pg as pg
from power_desktop.store import search_plan_pg as plan
from power_desktop.store import search_stats_pg as stats

from .. import engines

pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")


def _camp(folder: Path, url: str | None) -> Services:
    services = Services.open(Paths(folder), database_url=url)
    services.accounts.setup_first("Plan", "plan-password-1")
    services.camp.setup(CampSetup("DL", "South", "C07", "L1", "Plan"))
    demo.generate(services, 600, seed=11)
    return services


@pytest.fixture(scope="module")
def camps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Services,
                                                                      list[str]]]:
    url = engines.new_database()
    lite = _camp(tmp_path_factory.mktemp("sqlite"), None)
    server = _camp(tmp_path_factory.mktemp("pg"), url)
    stats.forget()
    with server.engine.connect() as conn:
        words = sorted(r[0] for r in conn.exec_driver_sql(
            f"SELECT DISTINCT token FROM {pg.SEARCH} WHERE col <> 'ids'"))
        assert stats.doc_stats(conn) is not None  # else the doc table is never asked
    yield lite, server, words
    lite.close()
    server.close()
    engines.drop(url)


def _query(words: list[str]) -> st.SearchStrategy[str]:
    word = st.one_of(st.sampled_from(words),
                     st.sampled_from(words).flatmap(
                         lambda w: st.integers(1, len(w)).map(lambda n: w[:n])),
                     st.text(st.sampled_from("abdkmrstuz"), min_size=1, max_size=5))
    columns = st.sampled_from(["", "{name father} : ", "name : ", "father : ", "place : ",
                               "{name place} : "])
    term = st.builds(lambda c, w, star: f"{c}{w}{'*' if star else ''}", columns, word,
                     st.booleans())

    def joined(parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.tuples(st.lists(parts, min_size=2, max_size=3),
                         st.sampled_from([" AND ", " OR "])).map(
            lambda p: "(" + p[1].join(p[0]) + ")")

    return st.recursive(term, joined, max_leaves=6)


@contextmanager
def _knobs(**values: object) -> Iterator[None]:
    """The plan's thresholds set for a while (the plan each query takes)."""
    kept = {name: getattr(plan, name) for name in values}
    for name, value in values.items():
        setattr(plan, name, value)
    try:
        yield
    finally:
        for name, value in kept.items():
            setattr(plan, name, value)


# The ways a query may be answered: with no statistics (its terms counted; the ordered plan),
# and with them: never by the doc table (the ordered plan, its terms estimated), by GIN, by a
# walk of the doc table's first members that finds the limit (every member walked) or may fail
# to (60: then GIN or the ordered plan).
def _no_stats(conn: object) -> None:
    return None


_DOC_KNOBS: list[dict[str, object]] = [
    {"doc_stats": _no_stats},  # not analyzed yet: terms counted, the ordered plan
    {"GIN_ROWS": 0, "WALK_WITHIN": 0},
    {"GIN_ROWS": 10**9, "WALK_WITHIN": 0, "ORDERED_CHECKS": -1},
    {"GIN_ROWS": 0, "WALK_WITHIN": 10**12, "WALK_ROWS": 10**9},
    {"GIN_ROWS": 0, "WALK_WITHIN": 10**12, "WALK_ROWS": 60},
    {"GIN_ROWS": 10**9, "WALK_WITHIN": 10**12, "WALK_ROWS": 60, "ORDERED_CHECKS": -1}]
_DOC_PLANS = st.sampled_from(_DOC_KNOBS)


def _answers(services: Services, limit: int, query: str | None, phone: str | None,
             or_query: str | None) -> list[int]:
    with services.engine.connect() as conn:
        return search_index.match(conn, limit, query, phone, or_query)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@given(data=st.data())
def test_random_queries_find_the_same_members(data: st.DataObject,
                                              camps: tuple[Services, Services,
                                                           list[str]]) -> None:
    lite, server, words = camps
    query = data.draw(_query(words), label="query")
    limit = data.draw(st.sampled_from([1, 7, 40, 150, 5000]), label="limit")
    # As small as 1, every long prefix counts as common: driven by its first four letters and
    # checked (at this camp's size few are common enough otherwise).
    small = data.draw(st.sampled_from([1, plan.SMALL]), label="small")
    doc = data.draw(_DOC_PLANS, label="doc plan")
    want = _answers(lite, limit, query, None, None)
    with _knobs(SMALL=small, **doc):
        assert _answers(server, limit, query, None, None) == want


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_queries_with_phone_digits_find_the_same_members(
        data: st.DataObject, camps: tuple[Services, Services, list[str]]) -> None:
    lite, server, words = camps
    query = data.draw(st.one_of(st.none(), _query(words)), label="query")
    digits = data.draw(st.text(st.sampled_from("0123456789"), min_size=4, max_size=7),
                       label="digits")
    phone = data.draw(st.sampled_from([f"{digits}*", digits, f"{digits}* OR 9{digits}*"]),
                      label="phone")
    or_query = data.draw(st.sampled_from([None, f"ids : a{digits[:4]}"]), label="or")
    limit = data.draw(st.sampled_from([3, 150]), label="limit")
    doc = data.draw(_DOC_PLANS, label="doc plan")
    with _knobs(**doc):
        assert _answers(server, limit, query, phone, or_query) == \
            _answers(lite, limit, query, phone, or_query)


def test_broad_and_narrow_queries_alike(camps: tuple[Services, Services, list[str]]) -> None:
    """The shapes the search box makes (a letter, a half word, two words, a long common
    prefix), so that each way of driving a query is taken whatever hypothesis draws."""
    lite, server, _ = camps
    queries = ["{name father} : r* OR {name father} : ra* OR place : ra*",
               "({name father} : rm OR place : ram*) AND ({name father} : k* OR place : k*)",
               "{name father} : kumar* OR place : kumar*", "name : s* AND name : d*",
               "place : sangamvihar*", "(name : zzzz*)", "ids : a1234", "father : s*"]
    found = 0
    for query in queries:
        for limit in (1, 25, 150):
            want = _answers(lite, limit, query, None, None)
            found += len(want)
            for doc in _DOC_KNOBS:
                with _knobs(**doc):
                    assert _answers(server, limit, query, None, None) == want, (
                        query, limit, doc)
    assert found > 300  # most of them find people: the comparison means something


def test_estimates_are_postgresql_s_own(camps: tuple[Services, Services, list[str]]) -> None:
    """search_stats_pg's share of members for a query is the planner's (EXPLAIN's rows)."""
    _, server, words = camps
    queries = ["{name father} : r* AND place : ra*", "name : s* AND name : d*",
               "(name : zzzz* OR father : k*) AND place : sangam*", "ids : a1234",
               *(f"name : {w} AND {{name father}} : {w[:2]}*" for w in words[::40])]
    with server.engine.connect() as conn:
        doc = stats.doc_stats(conn)
        assert doc is not None and doc.freqs
        for query in queries:
            node = plan.parse(query)
            plan_rows = conn.execute(text(
                "EXPLAIN (FORMAT JSON) SELECT 1 FROM member_doc WHERE doc @@ CAST(:q AS "
                "tsquery)"), {"q": plan.tsquery(node)}).scalar()[0]["Plan"]["Plan Rows"]
            expected = plan.share(node, doc) * doc.members
            # The planner rounds to whole rows, and to one at least.
            assert abs(max(1.0, round(expected)) - plan_rows) <= 1, query
