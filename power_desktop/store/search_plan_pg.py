"""Search queries on PostgreSQL: the FTS5 query language read, and answered as FTS5 answers it,
at FTS5's speed.

search_index builds FTS5 query strings ("{name father} : kml* AND place : sangam*"); this module
reads the same small language (terms, a trailing * for a prefix, column filters, AND, OR and
parentheses), each term split into tokens as FTS5's unicode61 tokenizer splits, and finds the
members that FTS5 would: the first `limit` in member id order (FTS5's order, rowid ascending).

FTS5 keeps each token's members as a list in rowid order and walks the lists a query names
side by side, stopping at the limit. A query made of SQL set operations (INTERSECT, UNION) reads
every member each term matches instead: at a million members, a half-typed "k" matches a
third of them. So a query is answered in two parts:
- the *drivers*: index scans that give members in member id order, merged and stopped at the
  limit: a whole token (search_index_pg's token table, ordered by token, column, member), a
  prefix of up to four letters (its prefix table, likewise), or a longer prefix that matches
  few index rows (read whole and sorted: it is small). An AND is driven by its most selective
  part, an OR by all of its parts. A long prefix matching many rows is driven by its first
  four letters;
- the *check*: when the drivers can give members that do not match (an AND, or a long prefix
  driven by its first letters), each member they give is checked against the whole query by
  index lookups of that member's own tokens.
A query with an AND may instead be answered by the doc table (each member's index rows as
one tsvector): by GIN, when few members match it, or by reading the first docs in id order,
when many do (_by_doc, chosen by the planner's estimate, search_stats_pg).
The answers are the same members in the same order; a test compares them with SQLite's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from .search_index_pg import (
    DOC,
    DOC_PREFIX_MAX,
    PHONE,
    PREFIX,
    PREFIX_COLUMNS,
    PREFIX_MAX,
    SEARCH,
    SEARCH_COLUMNS,
    lexeme,
    tokens,
)
from .search_stats_pg import DocStats, all_of, any_of, doc_stats

# Each term's index rows are counted up to this many (a fraction of a millisecond): a long
# prefix matching fewer is read whole and sorted; one matching more is driven by its first
# letters. Between terms, the fewer rows drive an AND.
SMALL = 1000


@dataclass(frozen=True)
class _Term:
    word: str
    prefix: bool
    columns: tuple[str, ...] | None  # None: any column
    table: str = SEARCH


@dataclass(frozen=True)
class _Op:
    op: str  # "AND" or "OR"
    parts: tuple[_Term | _Op, ...]


_Node = _Term | _Op

_LEX = re.compile(r"\s*(\(|\)|\{|\}|:|\*|\"[^\"]*\"|[^\s(){}:*\"]+)")


class QueryError(ValueError):
    """The query is not one this module reads (a bug in its maker: FTS5 would refuse it too)."""


class _Parser:
    def __init__(self, query: str, table: str) -> None:
        self.items = [m.group(1) for m in _LEX.finditer(query)]
        self.pos = 0
        self.table = table

    def peek(self) -> str | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def take(self) -> str:
        item = self.peek()
        if item is None:
            raise QueryError("query ends too soon")
        self.pos += 1
        return item

    def parse(self) -> _Node:
        node = self.or_expr(None)
        if self.peek() is not None:
            raise QueryError(f"unexpected {self.peek()!r}")
        return node

    def or_expr(self, cols: tuple[str, ...] | None) -> _Node:
        parts = [self.and_expr(cols)]
        while self.peek() == "OR":
            self.take()
            parts.append(self.and_expr(cols))
        return parts[0] if len(parts) == 1 else _Op("OR", tuple(parts))

    def and_expr(self, cols: tuple[str, ...] | None) -> _Node:
        parts = [self.unary(cols)]
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
            parts.append(self.unary(cols))  # FTS5: two terms side by side are an AND
        return parts[0] if len(parts) == 1 else _Op("AND", tuple(parts))

    def unary(self, cols: tuple[str, ...] | None) -> _Node:
        item = self.take()
        if item == "(":
            node = self.or_expr(cols)
            if self.take() != ")":
                raise QueryError("missing )")
            return node
        if item == "{":
            names: list[str] = []
            while (name := self.take()) != "}":
                names.append(name)
            if self.take() != ":":
                raise QueryError("a column list needs a :")
            return self.unary(self._within(cols, names))
        if self.peek() == ":":
            self.take()
            return self.unary(self._within(cols, [item]))
        word = item[1:-1] if item.startswith('"') else item
        prefix = self.peek() == "*"
        if prefix:
            self.take()
        pieces = tokens(word)
        if not pieces:
            raise QueryError(f"no token in {item!r}")
        if len(pieces) > 1:  # FTS5 makes a phrase of it, which detail=column cannot ask
            raise QueryError(f"{item!r} is more than one token")
        return _Term(pieces[0], prefix, cols if self.table == SEARCH else None, self.table)

    @staticmethod
    def _within(cols: tuple[str, ...] | None, names: Iterable[str]) -> tuple[str, ...]:
        wanted = tuple(n for n in names)
        return wanted if cols is None else tuple(c for c in wanted if c in cols)


def parse(query: str, table: str = SEARCH) -> _Node:
    return _Parser(query, table).parse()


# --- the plan ---------------------------------------------------------------------------------
class _Sql:
    """Parameters shared by the parts of one statement."""

    def __init__(self) -> None:
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"


def _like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"


def _columns(term: _Term) -> tuple[str | None, ...]:
    if term.table != SEARCH:
        return (None,)
    return term.columns if term.columns is not None else SEARCH_COLUMNS


def _long(term: _Term) -> bool:
    """A prefix the prefix table cannot answer alone."""
    return term.prefix and (len(term.word) > PREFIX_MAX or term.table != SEARCH or any(
        c not in PREFIX_COLUMNS for c in _columns(term)))


def _token_where(term: _Term, sql: _Sql, column: str | None, alias: str = "") -> str:
    where = [f"{alias}token LIKE {sql.bind(_like(term.word))}" if term.prefix
             else f"{alias}token = {sql.bind(term.word)}"]
    if column is not None:
        where.append(f"{alias}col = {sql.bind(column)}")
    return " AND ".join(where)


@dataclass(frozen=True)
class _Arm:
    sql: str  # a SELECT of member_id, in member id order (or a small set, sorted)
    check: _Node | None  # what each member it gives must also match (None: nothing)


@dataclass(frozen=True)
class _Drive:
    arms: tuple[_Arm, ...]
    cost: float  # how many members they may give, roughly: the least drives an AND


def _drive(node: _Node, sql: _Sql, counts: dict[_Term, int]) -> _Drive:
    if isinstance(node, _Op):
        drives = [_drive(p, sql, counts) for p in node.parts]
        if node.op == "OR":  # each part's members, each checked as that part needs
            return _Drive(tuple(a for d in drives for a in d.arms), sum(d.cost for d in drives))
        # The rarest part gives the members; the other parts (and what that part's own arm
        # leaves to check) are asked of each.
        at = min(range(len(drives)), key=lambda i: drives[i].cost)
        others = [p for i, p in enumerate(node.parts) if i != at]
        return _Drive(tuple(_Arm(a.sql, _all([*others, *([a.check] if a.check else [])]))
                            for a in drives[at].arms), drives[at].cost)
    arms = []
    count, cost = counts[node], _cost(node, counts)
    for column in _columns(node):
        if not node.prefix:
            arms.append(_Arm(f"SELECT member_id FROM {node.table} WHERE "
                             f"{_token_where(node, sql, column)}", None))
        elif not _long(node):
            arms.append(_Arm(f"SELECT member_id FROM {PREFIX} WHERE pre = {sql.bind(node.word)} "
                             f"AND col = {sql.bind(column)}", None))
        elif count < SMALL or column not in PREFIX_COLUMNS:  # DISTINCT: tokens alike share it
            arms.append(_Arm(f"SELECT DISTINCT member_id FROM {node.table} WHERE "
                             f"{_token_where(node, sql, column)}", None))
        else:  # a common long prefix: its first letters give, the check sorts them out
            arms.append(_Arm(f"SELECT member_id FROM {PREFIX} WHERE pre = "
                             f"{sql.bind(node.word[:PREFIX_MAX])} AND col = {sql.bind(column)}",
                             node))
    return _Drive(tuple(arms), cost)


def _cost(node: _Node, counts: dict[_Term, int]) -> float:
    """How many members a node may give, roughly (terms are counted up to SMALL; past it, a
    longer prefix is likely the rarer)."""
    if isinstance(node, _Op):
        costs = [_cost(p, counts) for p in node.parts]
        return sum(costs) if node.op == "OR" else min(costs)
    count = counts[node]
    if count < SMALL:
        return count
    return SMALL + (10.0 ** (PREFIX_MAX + 1 - min(len(node.word), PREFIX_MAX))
                    if node.prefix else 0)


def _all(parts: list[_Node]) -> _Node:
    return parts[0] if len(parts) == 1 else _Op("AND", tuple(parts))


def _check(node: _Node, sql: _Sql) -> str:
    """The whole query asked of one member (d.member_id) by lookups of its own tokens: one
    lookup for a term, or for an OR of terms in one table (its conditions side by side)."""
    if isinstance(node, _Op):
        tables = {p.table for p in node.parts if isinstance(p, _Term)}
        if node.op == "OR" and len(tables) == 1 and all(isinstance(p, _Term)
                                                        for p in node.parts):
            terms = [p for p in node.parts if isinstance(p, _Term)]
            return _lookup(terms[0].table, " OR ".join(_condition(t, sql) for t in terms))
        joiner = " AND " if node.op == "AND" else " OR "
        return "(" + joiner.join(_check(p, sql) for p in node.parts) + ")"
    return _lookup(node.table, _condition(node, sql))


def _condition(term: _Term, sql: _Sql) -> str:
    # A prefix as the first letters, not a range: the lookup then goes by the member's own
    # tokens (a few), never by the prefix's range (PostgreSQL may guess that cheaper, and at a
    # million members a range is a millisecond per member).
    where = [f"left(x.token, {len(term.word)}) = {sql.bind(term.word)}" if term.prefix
             else f"x.token = {sql.bind(term.word)}"]
    if term.table == SEARCH and term.columns is not None:
        where.append(f"x.col = ANY({sql.bind(list(term.columns))})")
    return "(" + " AND ".join(where) + ")"


def _lookup(table: str, condition: str) -> str:
    # OFFSET 0: PostgreSQL then looks the member up (an index probe per member given, in
    # order) instead of reading every member the term matches into a hash first.
    return (f"EXISTS (SELECT 1 FROM {table} x WHERE x.member_id = d.member_id AND "
            f"({condition}) OFFSET 0)")


def _terms(node: _Node) -> list[_Term]:
    if isinstance(node, _Term):
        return [node]
    return [t for p in node.parts for t in _terms(p)]


def _counts(conn: Connection, terms: Sequence[_Term]) -> dict[_Term, int]:
    """How many index rows each term matches, counted up to SMALL: which part of an AND is the
    rarest, and whether a long prefix is read whole. One statement for all."""
    wanted = list(dict.fromkeys(terms))
    sql = _Sql()
    counts = []
    for term in wanted:
        columns = [c for c in _columns(term) if c is not None]
        if term.prefix and not _long(term):
            where = f"pre = {sql.bind(term.word)}"
            table = PREFIX
        else:
            where = _token_where(term, sql, None)
            table = term.table
        if columns:
            where += f" AND col = ANY({sql.bind(columns)})"
        counts.append(f"(SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {where} "
                      f"LIMIT {SMALL}) AS c)")
    row = conn.execute(text("SELECT " + ", ".join(counts)), sql.params).one()
    return {term: int(n) for term, n in zip(wanted, row, strict=True)}


def _estimated(terms: Sequence[_Term], stats: DocStats) -> dict[_Term, int]:
    """As _counts, from the doc column's statistics, without asking the server: each term's
    members in each of its columns, summed, up to SMALL (a member's doc holds a lexeme once
    where the index may hold a few rows, one per token sharing a prefix; near enough to
    choose by)."""
    return {term: min(SMALL, round(stats.members * sum(
        stats.share(value) for value, _partial in _lexemes(term))))
        for term in dict.fromkeys(terms)}


def match(conn: Connection, limit: int, query: str | None, phone: str | None,
          or_query: str | None) -> list[int]:
    """As search_index.match: the first `limit` members (by id) matching `query`, and whose
    phone pieces match `phone` (or whose record matches `or_query` instead)."""
    parts: list[_Node] = []
    if query:
        parts.append(parse(query))
    if phone:
        by_phone = parse(phone, PHONE)
        parts.append(_Op("OR", (by_phone, parse(or_query))) if or_query else by_phone)
    if not parts:
        return []
    node = parts[0] if len(parts) == 1 else _Op("AND", tuple(parts))
    stats = doc_stats(conn)
    by_doc = _by_doc(conn, node, limit, stats)
    if by_doc is not None:
        return by_doc
    sql = _Sql()
    counts = _counts(conn, _terms(node)) if stats is None else _estimated(_terms(node), stats)
    drive = _drive(node, sql, counts)
    cut = sql.bind(limit)
    # Each arm ordered and cut on its own (an index scan read to its `limit`-th member, the
    # check asked of each member read), then the few they give merged: the first `limit`
    # members of all the arms are among the first `limit` of each, since an arm gives a member
    # once (a key's members are unique; a range of tokens is read DISTINCT). PostgreSQL 15
    # does not merge UNION ALL arms in order by itself: it would read and sort every member a
    # broad term matches. A checked arm is looked up member by member for its first SCAN
    # members only, and says how many it read.
    selects = []
    for n, arm in enumerate(drive.arms):
        if arm.check is None:
            selects.append(f"(SELECT {n} AS arm, d.member_id, 0 AS read FROM ({arm.sql}) AS d "
                         f"ORDER BY d.member_id LIMIT {cut})")
            continue
        selects.append(f"(SELECT {n} AS arm, d.member_id, 0 AS read FROM (SELECT a.member_id "
                     f"FROM ({arm.sql}) AS a ORDER BY a.member_id LIMIT {SCAN}) AS d "
                     f"WHERE ({_check(arm.check, sql)}) IS TRUE ORDER BY d.member_id "
                     f"LIMIT {cut})")
        selects.append(f"(SELECT {-1 - n} AS arm, max(a.member_id), count(*)::int FROM "
                     f"(SELECT a.member_id FROM ({arm.sql}) AS a ORDER BY a.member_id "
                     f"LIMIT {SCAN}) AS a)")
    found: dict[int, list[int]] = {}
    read: dict[int, tuple[int, int]] = {}
    for n, member, count in conn.execute(text(" UNION ALL ".join(selects)), sql.params):
        if n >= 0:
            found.setdefault(n, []).append(member)
        else:
            read[-1 - n] = (member or 0, count)
    members = {m for got in found.values() for m in got}
    # A checked arm that read SCAN members and found fewer than `limit` may find more further
    # on. Where what it found says the rest is near, it reads on member by member; where it
    # found none or few (two words that rarely meet), its AND is asked as sets instead (each
    # part's members read whole and joined by hashing: what the parts match, not a lookup per
    # member).
    # Only members before the `limit`-th found so far can still change the answer.
    so_far = sorted(members)
    bound = so_far[limit - 1] if len(so_far) >= limit else None
    on, as_sets = [], []
    for n, arm in enumerate(drive.arms):
        got = len(found.get(n, []))
        last, count = read.get(n, (0, 0))
        if arm.check is None or got >= limit or count < SCAN or (bound and last >= bound):
            continue
        if got and (limit - got) * SCAN / got <= READ_ON * SCAN:
            on.append((arm, last, limit - got))
        else:
            as_sets.append(arm)
    if on:
        members.update(_read_on(conn, on, sql, bound))
    if as_sets:
        members.update(_as_sets(conn, as_sets, limit, sql, bound, counts))
    return sorted(members)[:limit]


# How a query with an AND is answered, chosen by how many members PostgreSQL's statistics
# say it matches (search_stats_pg: the planner's estimate, without the planner). Measured at a
# million members on every labelled query typed letter by letter, thresholds chosen on half of
# them and reported on the other half (index p95 11.3 -> 9.5 ms, mean 3.9 -> 3.4 against
# asking EXPLAIN and choosing by matches alone):
# - a query whose `limit`-th match is expected among the first WALK_WITHIN members (one
#   member in a hundred matches: "s. k. go", "r. s. na") is asked of the docs themselves in
#   member id order, WALK_ROWS of them at most (a few milliseconds), where GIN would read
#   long member lists and the ordered plan check many members one by one. If the walk finds
#   fewer than `limit`, what it found replaces the estimate ("saif qu": PostgreSQL expects
#   12,829 matches, the walk finds 10 in 20,000: GIN, 7 ms, not the ordered plan, 49 ms);
# - the ordered plan, when it is expected to check no more than ORDERED_CHECKS members of its
#   rarest part ("sunita d": Sunita's members, nearly every one a match, 4 ms; GIN reads the
#   long list of names starting d, 12 ms);
# - else GIN when fewer than GIN_ROWS members match (each match is read and sorted: a few
#   milliseconds for a few thousand), the ordered plan when more (a half-typed "ra": ordered
#   7 ms, GIN 340).
WALK_WITHIN = 14000
WALK_ROWS = 20000
ORDERED_CHECKS = 300
GIN_ROWS = 10000


def _by_doc(conn: Connection, node: _Node, limit: int,
            stats: DocStats | None) -> list[int] | None:
    """The first `limit` members matching `node`, found by the doc table (its first members
    in id order, or its GIN index) where that is the quicker (None: the ordered plan is)."""
    # Not analyzed yet (a new camp, small); or no AND, which the ordered plan answers reading
    # no more than it gives; or a column list that left a term none: the ordered plan.
    if stats is None or not _has_and(node) or not all(_columns(t) for t in _terms(node)):
        return None
    members = stats.members
    matches = share(node, stats) * members
    query = {"q": tsquery(node), "n": limit}
    where = "doc @@ CAST(:q AS tsquery)"
    if matches * WALK_WITHIN >= limit * members:
        walked = [r[0] for r in conn.execute(text(
            f"SELECT member_id FROM (SELECT member_id, doc FROM {DOC} ORDER BY member_id "
            f"LIMIT :walk) AS d WHERE {where} ORDER BY member_id LIMIT :n"),
            {**query, "walk": WALK_ROWS})]
        if len(walked) == limit:
            return walked
        if members > WALK_ROWS:  # what the walk found says more than the estimate
            matches = len(walked) * members / WALK_ROWS
    driven = _driven(node, stats)
    checks = min(driven, limit * driven / matches) if matches > 0 else driven
    if checks <= ORDERED_CHECKS or matches >= GIN_ROWS:
        return None
    # + 0: not the member id order of the primary key (read until `limit` members match,
    # which for few matches is the whole table), but the matches, then sorted.
    return [r[0] for r in conn.execute(
        text(f"SELECT member_id FROM {DOC} WHERE {where} ORDER BY member_id + 0 LIMIT :n"),
        query)]


def _driven(node: _Node, stats: DocStats) -> float:
    """How many members the ordered plan would read to answer `node`, expected: an AND driven
    by its rarest part, an OR by all of its parts (as _drive)."""
    if isinstance(node, _Op):
        driven = [_driven(p, stats) for p in node.parts]
        return sum(driven) if node.op == "OR" else min(driven)
    return share(node, stats) * stats.members


def _has_and(node: _Node) -> bool:
    return isinstance(node, _Op) and (node.op == "AND" or any(map(_has_and, node.parts)))


def tsquery(node: _Node) -> str:
    """`node` as a tsquery of the doc table's lexemes (search_index_pg.lexeme)."""
    if isinstance(node, _Op):
        joiner = " & " if node.op == "AND" else " | "
        return "(" + joiner.join(tsquery(p) for p in node.parts) + ")"
    arms = [_lexeme(value, partial) for value, partial in _lexemes(node)]
    return arms[0] if len(arms) == 1 else "(" + " | ".join(arms) + ")"


def share(node: _Node, stats: DocStats) -> float:
    """The share of members PostgreSQL would expect `node` (as tsquery()) to match."""
    if isinstance(node, _Op):
        shares = [share(p, stats) for p in node.parts]
        return all_of(shares) if node.op == "AND" else any_of(shares)
    return any_of([stats.share(value) for value, _partial in _lexemes(node)])


def _lexemes(term: _Term) -> list[tuple[str, bool]]:
    """The doc lexemes any of which a term asks for, each whole or as a prefix (partial)."""
    if term.table == PHONE:
        return [(lexeme(PHONE, None, term.word), term.prefix)]
    out = []
    for column in _columns(term):
        assert column is not None
        if term.prefix and column in PREFIX_COLUMNS and len(term.word) <= DOC_PREFIX_MAX:
            out.append((lexeme(PREFIX, column, term.word), False))
        else:  # a whole token, or a prefix longer than the doc's prefix lexemes
            out.append((lexeme(SEARCH, column, term.word), term.prefix))
    return out


def _lexeme(value: str, prefix: bool) -> str:
    quoted = "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"
    return quoted + (":*" if prefix else "")


def _read_on(conn: Connection, arms: Sequence[tuple[_Arm, int, int]], sql: _Sql,
             bound: int | None) -> list[int]:
    """Checked arms read on member by member past the `last` they read, to `need` more (and
    no further than `bound`)."""
    parts = []
    for arm, last, need in arms:
        assert arm.check is not None
        upto = "" if bound is None else f"AND a.member_id <= {sql.bind(bound)} "
        parts.append(f"(SELECT d.member_id FROM (SELECT a.member_id FROM ({arm.sql}) AS a "
                     f"WHERE a.member_id > {sql.bind(last)} {upto}ORDER BY a.member_id) AS d "
                     f"WHERE ({_check(arm.check, sql)}) IS TRUE ORDER BY d.member_id "
                     f"LIMIT {sql.bind(need)})")
    return [r[0] for r in conn.execute(text(" UNION ALL ".join(parts)), sql.params)]


# A checked arm's members looked up one by one at first; then read on if what it found says
# the rest is within READ_ON times as many, else its AND is asked as sets.
SCAN = 1500
READ_ON = 12


def _as_sets(conn: Connection, arms: Sequence[_Arm], limit: int, sql: _Sql,
             bound: int | None, counts: dict[_Term, int]) -> list[int]:
    """The first `limit` members of these checked arms (made with `sql`'s parameters): their
    check's rarest part asked as a set (its members up to `bound`, joined by hashing), and of
    the members that leaves, the rest asked one by one. Arms with one check share one reading
    of its set."""
    groups: dict[_Node, list[_Arm]] = {}
    for arm in arms:
        assert arm.check is not None
        groups.setdefault(arm.check, []).append(arm)
    cut = sql.bind(limit)
    upto = "" if bound is None else f" AND member_id <= {sql.bind(bound)}"
    parts = []
    for check, group in groups.items():
        within = list(check.parts) if isinstance(check, _Op) and check.op == "AND" else [check]
        first = min(within, key=lambda p: _cost(p, counts))
        rest = [p for p in within if p is not first]
        # OFFSET 0 keeps the join first: the lookups are asked only of the members it leaves.
        met = (f"SELECT DISTINCT s.member_id FROM ({' UNION ALL '.join(a.sql for a in group)})"
               f" AS s WHERE {_within(first, sql, upto)} OFFSET 0")
        then = f"WHERE ({_check(_all(rest), sql)}) IS TRUE " if rest else ""
        parts.append(f"(SELECT d.member_id FROM ({met}) AS d {then}"
                     f"ORDER BY d.member_id LIMIT {cut})")
    return [r[0] for r in conn.execute(text(" UNION ALL ".join(parts)), sql.params)]


def _within(node: _Node, sql: _Sql, upto: str) -> str:
    if isinstance(node, _Op):
        if node.op == "OR" and all(isinstance(p, _Term) for p in node.parts):
            terms = [p for p in node.parts if isinstance(p, _Term)]
            return f"s.member_id IN ({' UNION ALL '.join(_set(t, sql, upto) for t in terms)})"
        joiner = " AND " if node.op == "AND" else " OR "
        return "(" + joiner.join(_within(p, sql, upto) for p in node.parts) + ")"
    return f"s.member_id IN ({_set(node, sql, upto)})"


def _set(term: _Term, sql: _Sql, upto: str) -> str:
    """Every member a term matches (unordered, perhaps more than once)."""
    columns = [c for c in _columns(term) if c is not None]
    if term.prefix and not _long(term):
        where, table = f"pre = {sql.bind(term.word)}", PREFIX
    else:
        where, table = _token_where(term, sql, None), term.table
    if columns:
        where += f" AND col = ANY({sql.bind(columns)})"
    return f"SELECT member_id FROM {table} WHERE {where}{upto}"
