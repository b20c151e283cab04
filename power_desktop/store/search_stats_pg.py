"""How many members a search query matches, as PostgreSQL's planner would estimate it, without
asking the planner for every keystroke.

search_plan_pg chooses how to answer a query by how many members it matches. An EXPLAIN
tells, but costs about 1.2 ms a query at a million members, nearly all of it spent reading the
doc column's statistics (some 47,000 lexeme frequencies, the column's statistics target being
10,000). The same statistics are read here once in a while instead (REFRESH), and a query's
share of the members is worked out as PostgreSQL 15 does (src/backend/tsearch/ts_selfuncs.c):
a lexeme's frequency where ANALYZE counted it, else half the least frequency it kept (or
0.005, whichever is less); an AND the product of its parts, an OR their union as if
independent. A test compares these estimates with EXPLAIN's.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from .search_index_pg import DOC

# Statistics are read again after this many seconds (autovacuum's ANALYZE runs as a camp
# grows; a query's plan only needs the shares roughly right).
REFRESH = 600.0
_DEFAULT_SELECTIVITY = 0.005  # DEFAULT_TS_MATCH_SEL


@dataclass(frozen=True)
class DocStats:
    members: float  # rows in the doc table, as the planner reckons them
    freqs: dict[str, float]  # lexeme -> share of members whose doc holds it
    rare: float  # the share of a lexeme ANALYZE did not keep

    def share(self, lexeme: str) -> float:
        return self.freqs.get(lexeme, self.rare)


def any_of(shares: Sequence[float]) -> float:
    out = 0.0
    for s in shares:
        out = out + s - out * s
    return min(1.0, max(0.0, out))


def all_of(shares: Sequence[float]) -> float:
    out = 1.0
    for s in shares:
        out *= s
    return min(1.0, max(0.0, out))


_cache: dict[str, tuple[float, DocStats | None]] = {}
_lock = threading.Lock()


def doc_stats(conn: Connection) -> DocStats | None:
    """The doc column's statistics (None before the table's first ANALYZE), read at most
    every REFRESH seconds per database."""
    key = str(conn.engine.url)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
    if cached is not None and now - cached[0] < REFRESH:
        return cached[1]
    stats = _read(conn)
    with _lock:
        _cache[key] = (now, stats)
    return stats


def forget() -> None:
    """Statistics read again at the next query (after an ANALYZE, in tests)."""
    with _lock:
        _cache.clear()


def _read(conn: Connection) -> DocStats | None:
    # The members now, as the planner counts them: the rows per page ANALYZE found, times the
    # pages the table has now (a camp grows between two ANALYZEs).
    row = conn.execute(text(
        "SELECT c.reltuples, c.relpages, pg_relation_size(c.oid) / "
        "current_setting('block_size')::int, s.most_common_elems::text::text[], "
        "s.most_common_elem_freqs "
        "FROM pg_class c LEFT JOIN pg_stats s ON s.schemaname = current_schema() "
        "AND s.tablename = :table AND s.attname = 'doc' "
        "WHERE c.oid = to_regclass(:table)"), {"table": DOC}).first()
    if row is None or row[0] is None or row[0] < 0:
        return None  # never analyzed
    rows, pages, now_pages, elems, numbers = row
    members = float(rows) / pages * now_pages if pages > 0 else float(rows)
    elems, numbers = elems or [], numbers or []
    if len(numbers) < len(elems) + 2:  # no lexeme counted (an empty table)
        return DocStats(members, {}, _DEFAULT_SELECTIVITY)
    # The numbers: each element's frequency, then the least and the greatest (ts_typanalyze).
    freqs = dict(zip(elems, map(float, numbers), strict=False))
    return DocStats(members, freqs, min(_DEFAULT_SELECTIVITY, float(numbers[-2]) / 2))
