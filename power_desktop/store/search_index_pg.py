"""The search index on PostgreSQL (a camp server): ordinary tables of the same tokens that
search_index writes into SQLite's FTS5 tables, under B-tree indexes, so that the same queries
find the same members on both engines (a test compares them on the same data).

One row per member and token:
- member_search_tok (member_id, col, token): col is name, father, ids or place;
- member_block_tok (member_id, token): the duplicate check's blocking tokens;
- member_phone_tok (member_id, token): the endings of 4+ digits of the mobiles.
Tokens are kept in the "C" collation, so that a prefix query (`token LIKE 'ra%'`) is a range
scan of the index, as FTS5's prefix query is.

search_index builds FTS5 query strings ("{name father} : kml* AND place : sangam*"); this module
reads the same small language (terms, a trailing * for a prefix, column filters, AND, OR and
parentheses) and asks it of the tables, as FTS5 would: each term split into tokens as FTS5's
unicode61 tokenizer splits (letters and digits are token characters, case and Latin accents
folded), and the members found in member id order (FTS5's order, rowid ascending).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    import psycopg

SEARCH = "member_search_tok"
BLOCK = "member_block_tok"
PHONE = "member_phone_tok"
TABLES = (SEARCH, BLOCK, PHONE)
SEARCH_COLUMNS = ("name", "father", "ids", "place")


def is_index_table(name: str) -> bool:
    return name in TABLES


def create(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"CREATE TABLE IF NOT EXISTS {SEARCH} (token text COLLATE \"C\" NOT NULL, "
        "col text NOT NULL, member_id integer NOT NULL, PRIMARY KEY (token, col, member_id))")
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {SEARCH}_member ON {SEARCH} (member_id)")
    for table in (BLOCK, PHONE):
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {table} (token text COLLATE \"C\" NOT NULL, "
            "member_id integer NOT NULL, PRIMARY KEY (token, member_id))")
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {table}_member ON {table} (member_id)")


def drop(conn: Connection) -> None:
    for table in TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


# --- tokens ---------------------------------------------------------------------------------
def _fold_char(ch: str) -> str:
    """One character as unicode61 keeps it: lower case, a Latin letter without its accent."""
    low = ch.lower()
    if len(low) == 1 and ord(low) < 0x250:  # Latin: remove_diacritics
        base = unicodedata.normalize("NFD", low)[0]
        return base
    return low


def tokens(value: str) -> list[str]:
    """The tokens FTS5's unicode61 tokenizer makes of `value`: runs of letters, digits and
    private-use characters (everything else, combining marks included, separates)."""
    out: list[str] = []
    current: list[str] = []
    for ch in value:
        category = unicodedata.category(ch)
        if category[0] in "LN" or category == "Co":
            current.append(_fold_char(ch))
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return out


def replace_rows(conn: Connection, old_rows: Sequence[dict[str, Any]],
                 rows: Sequence[dict[str, Any]]) -> None:
    """Drop the old members' rows, then write the new ones (by member id: these tables keep
    their tokens, so the old text is not needed, unlike FTS5's contentless tables)."""
    old_ids = sorted({int(r["rowid"]) for r in old_rows})
    if old_ids:
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table} WHERE member_id = ANY(:ids)"),
                         {"ids": old_ids})
    wanted = _wanted(rows)
    raw = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    with raw.cursor() as cursor:  # COPY: at a million members, row-by-row INSERTs add up
        for table, columns in ((SEARCH, "token, col, member_id"), (BLOCK, "token, member_id"),
                               (PHONE, "token, member_id")):
            if wanted[table]:
                with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in wanted[table]:
                        copy.write_row(row)


def _wanted(rows: Iterable[dict[str, Any]]) -> dict[str, set[tuple[Any, ...]]]:
    wanted: dict[str, set[tuple[Any, ...]]] = {SEARCH: set(), BLOCK: set(), PHONE: set()}
    for r in rows:
        member = int(r["rowid"])
        for col in SEARCH_COLUMNS:
            wanted[SEARCH].update((t, col, member) for t in tokens(r[col]))
        wanted[BLOCK].update((t, member) for t in tokens(r["born"]))
        wanted[PHONE].update((t, member) for t in tokens(r["phone"]))
    return wanted


def check(conn: Connection, rows: Iterable[dict[str, Any]]) -> list[str]:
    """What the tables hold that the members' records (`rows`, every member's index rows) do
    not give, and what they lack: nothing when the index is in step."""
    wanted = _wanted(rows)
    problems = []
    for table, columns in ((SEARCH, "token, col, member_id"), (BLOCK, "token, member_id"),
                           (PHONE, "token, member_id")):
        have = {tuple(r) for r in conn.exec_driver_sql(f"SELECT {columns} FROM {table}")}
        if have - wanted[table]:
            problems.append(f"{table}: {len(have - wanted[table])} stale rows")
        if wanted[table] - have:
            problems.append(f"{table}: {len(wanted[table] - have)} rows missing")
    return problems


def clear(conn: Connection) -> None:
    for table in TABLES:
        conn.exec_driver_sql(f"TRUNCATE {table}")


# --- the query language ---------------------------------------------------------------------
@dataclass(frozen=True)
class _Term:
    word: str
    prefix: bool
    columns: tuple[str, ...] | None  # None: any column


@dataclass(frozen=True)
class _Op:
    op: str  # "AND" or "OR"
    parts: tuple[_Term | _Op, ...]


_Node = _Term | _Op

_LEX = re.compile(r"\s*(\(|\)|\{|\}|:|\*|\"[^\"]*\"|[^\s(){}:*\"]+)")


class QueryError(ValueError):
    """The query is not one this module reads (a bug in its maker: FTS5 would refuse it too)."""


class _Parser:
    def __init__(self, query: str) -> None:
        self.items = [m.group(1) for m in _LEX.finditer(query)]
        self.pos = 0

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
        return _Term(pieces[0], prefix, cols)

    @staticmethod
    def _within(cols: tuple[str, ...] | None, names: Iterable[str]) -> tuple[str, ...]:
        wanted = tuple(n for n in names)
        return wanted if cols is None else tuple(c for c in wanted if c in cols)


def _sql(node: _Node, table: str, params: dict[str, Any]) -> str:
    if isinstance(node, _Op):
        joiner = " INTERSECT " if node.op == "AND" else " UNION "
        return "(" + joiner.join(_sql(p, table, params) for p in node.parts) + ")"
    n = len(params)
    where = []
    if node.prefix:
        params[f"t{n}"] = node.word.replace("\\", "\\\\").replace("%", r"\%") \
            .replace("_", r"\_") + "%"
        where.append(f"token LIKE :t{n}")
    else:
        params[f"t{n}"] = node.word
        where.append(f"token = :t{n}")
    if node.columns is not None and table == SEARCH:
        params[f"c{n}"] = list(node.columns)
        where.append(f"col = ANY(:c{n})")
    return f"(SELECT member_id FROM {table} WHERE {' AND '.join(where)})"


def query_sql(query: str, table: str, params: dict[str, Any]) -> str:
    """A SELECT of the member ids matching an FTS5-style `query` in `table` (no order)."""
    return _sql(_Parser(query).parse(), table, params)


# --- the questions search_index asks --------------------------------------------------------
def match(conn: Connection, limit: int, query: str | None, phone: str | None,
          or_query: str | None) -> list[int]:
    params: dict[str, Any] = {"limit": limit}
    by_phone = None
    if phone:
        by_phone = query_sql(phone, PHONE, params)
        if or_query:
            by_phone = f"({by_phone} UNION {query_sql(or_query, SEARCH, params)})"
    if query and by_phone:
        sql = f"({query_sql(query, SEARCH, params)} INTERSECT {by_phone})"
    elif query:
        sql = query_sql(query, SEARCH, params)
    elif by_phone:
        sql = by_phone
    else:
        return []
    return [r[0] for r in conn.execute(
        text(f"SELECT member_id FROM {sql} AS found ORDER BY member_id LIMIT :limit"), params)]


def name_counts(conn: Connection, name_keys: Sequence[str]) -> dict[str, int]:
    rows = conn.execute(text(
        f"SELECT token, count(*) FROM {SEARCH} WHERE col = 'name' AND token = ANY(:keys) "
        "GROUP BY token"), {"keys": list(name_keys)}).all()
    return {token: int(n) for token, n in rows}


def blocked(conn: Connection, rules: Sequence[Sequence[str]], limit: int,
            per_rule: int) -> list[int]:
    params: dict[str, Any] = {"limit": limit, "per": per_rule}
    parts = []
    for n, rule in enumerate(rules):
        params[f"r{n}"] = sorted({t for token in rule for t in tokens(token)})
        parts.append(f"(SELECT DISTINCT member_id AS id FROM {BLOCK} WHERE token = ANY(:r{n}) "
                     "ORDER BY member_id LIMIT :per)")
    sql = (f"SELECT id FROM ({' UNION ALL '.join(parts)}) AS found GROUP BY id "
           "ORDER BY count(*) DESC, id DESC LIMIT :limit")
    return [r[0] for r in conn.execute(text(sql), params)]


def same_phone(conn: Connection, limit: int, numbers: Sequence[str]) -> list[int]:
    wanted = sorted({t for number in numbers for t in tokens(number)})
    return [r[0] for r in conn.execute(text(
        f"SELECT DISTINCT member_id FROM {PHONE} WHERE token = ANY(:p) "
        "ORDER BY member_id LIMIT :limit"), {"p": wanted, "limit": limit})]
