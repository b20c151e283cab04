"""SQLite and PostgreSQL give the same answers on the same data: every search-box query of the
labelled set and the duplicate check of a few hundred labelled pairs, over demo families and
the set's own, compared hit by hit (who, in which order, with what score and reasons).

The PostgreSQL index (store/search_index_pg.py) is a different structure reading the same
queries; this is what shows that it answers them as FTS5 does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from power_desktop.paths import Paths
from power_desktop.services import Services, demo
from power_desktop.services.camp import CampSetup
from power_desktop.services.context import Clock
from power_desktop.store import search_index

from .. import engines

pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")

EVAL = Path(__file__).parents[1] / "data" / "dedup_eval"
PAIRS = 240  # of the labelled pairs: their "a" registered, their "b" checked
DECISION = "engine comparison: labelled pair"


class _Clock(Clock):
    def __init__(self, today: date) -> None:
        self._today = today

    def now(self) -> datetime:
        return datetime(self._today.year, self._today.month, self._today.day, 6, 0)

    def today(self) -> date:
        return self._today


def _camp(folder: Path, url: str | None, today: date) -> Services:
    services = Services.open(Paths(folder), clock=_Clock(today), database_url=url)
    services.accounts.setup_first("Eval", "evaluation-password-1")
    services.camp.setup(CampSetup("DL", "South", "C07", "L1", "Eval"))
    demo.generate(services, 400, seed=7)
    return services


@pytest.fixture(scope="module")
def camps(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Services]]:
    queries = json.loads((EVAL / "search_queries.json").read_text(encoding="utf-8"))
    pairs = json.loads((EVAL / "pairs.json").read_text(encoding="utf-8"))["pairs"][:PAIRS]
    today = date.fromisoformat(queries["today"])
    url = engines.new_database()
    both = (_camp(tmp_path_factory.mktemp("sqlite"), None, today),
            _camp(tmp_path_factory.mktemp("pg"), url, today))
    for services in both:
        for family in queries["families"]:
            services.registration.register(family, confirm_warnings=True,
                                           duplicate_decision=DECISION)
        for pair in pairs:
            services.registration.register(pair["a"], confirm_warnings=True,
                                           duplicate_decision=DECISION)
    yield both
    for services in both:
        services.close()
    engines.drop(url)


def _hits(services: Services, text: str) -> list[tuple[Any, ...]]:
    return [(h.member_id, h.name, h.why, round(h.score, 6)) for h in
            services.search.search(text, limit=20).hits]


def test_the_engines_hold_the_same_families(camps: tuple[Services, Services]) -> None:
    lite, pg = camps
    assert lite.registration.count() == pg.registration.count() == 400 + 170 + PAIRS
    with lite.engine.connect() as a, pg.engine.connect() as b:
        assert search_index.check(b) == []
        assert search_index.member_total(a) == search_index.member_total(b)


def test_every_search_query_finds_the_same_people_in_the_same_order(
        camps: tuple[Services, Services]) -> None:
    lite, pg = camps
    queries = json.loads((EVAL / "search_queries.json").read_text(encoding="utf-8"))["queries"]
    typed = [q["text"] for q in queries]
    # As typed letter by letter too: half-typed words are prefix queries.
    typed += [q["text"][:n] for q in queries[:60] for n in range(2, len(q["text"]), 3)]
    typed += ["9811", "98111", "2346", "kamla 45", "सुनीता", "राम", "DL-SO-C07-L1-000001"]
    differ = [t for t in typed if _hits(lite, t) != _hits(pg, t)]
    found = sum(1 for t in typed if _hits(lite, t))
    assert found > len(typed) * 0.8  # the queries do find people: the comparison means something
    assert differ == []


def test_the_duplicate_check_finds_the_same_candidates(camps: tuple[Services, Services]) -> None:
    lite, pg = camps
    pairs = json.loads((EVAL / "pairs.json").read_text(encoding="utf-8"))["pairs"][:PAIRS]
    differ, shown = [], 0
    for pair in pairs:
        answers = []
        for services in camps:
            family = services.registration.check(pair["b"]).family
            assert family is not None
            answers.append([(c.member_index, c.member_id, c.score, c.reasons, c.against)
                            for c in services.duplicates.check_parsed(family)])
        shown += len(answers[0])
        if answers[0] != answers[1]:
            differ.append((pair["id"], answers))
    assert shown > PAIRS / 2
    assert differ == []
    # The index's own questions too, beside the check's use of them.
    with lite.engine.connect() as a, pg.engine.connect() as b:
        keys = ["snt", "gt", "rm", "kml", "mhmd", "nothere"]
        assert search_index.name_counts(a, keys) == search_index.name_counts(b, keys)
        rules = [["snt1975", "snt1976"], ["kml0srs"], ["gt9sangamvihar"]]
        assert search_index.blocked(a, rules, 50) == search_index.blocked(b, rules, 50)
        assert search_index.same_phone(a, 20, ["9811100001"]) == \
            search_index.same_phone(b, 20, ["9811100001"])
