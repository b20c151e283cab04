"""The search index on PostgreSQL (a camp server): ordinary tables of the same tokens that
search_index writes into SQLite's FTS5 tables, under B-tree indexes, so that the same queries
find the same members on both engines (a test compares them on the same data).

One row per member and token:
- member_search_tok (token, col, member_id): col is name, father, ids or place;
- member_prefix_tok (pre, col, member_id): the first one to four letters of each token of the
  name, father and place columns, as FTS5's prefix indexes keep them (prefix='1 2 3 4'), so
  that a half-typed word's members are read in member id order and the reading stops at the
  limit (search_plan_pg);
- member_block_tok (token, member_id): the duplicate check's blocking tokens;
- member_phone_tok (token, member_id): the endings of 4+ digits of the mobiles;
- member_doc (member_id, doc): all of one member's search, prefix and phone rows as one
  tsvector of tagged lexemes (lexeme()), with longer prefixes too (DOC_PREFIX_MAX), under a
  GIN index: a query that few members match is answered by GIN's own intersection of its
  lexemes' member lists (search_plan_pg).
Each token table is indexed by its key in that order (a token's members in id order) and by
member (a member's own tokens, for checking one member against a query). Tokens are kept in the "C"
collation, so that a prefix query (`token LIKE 'ra%'`) is a range scan of the index.

Tokens are split as FTS5's unicode61 tokenizer splits (letters and digits are token
characters, case and Latin accents folded). search_plan_pg answers the queries.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection, text

if TYPE_CHECKING:
    import psycopg

SEARCH = "member_search_tok"
PREFIX = "member_prefix_tok"
BLOCK = "member_block_tok"
PHONE = "member_phone_tok"
DOC = "member_doc"
TABLES = (SEARCH, PREFIX, BLOCK, PHONE, DOC)
SEARCH_COLUMNS = ("name", "father", "ids", "place")
PREFIX_COLUMNS = ("name", "father", "place")  # the columns searched by half-typed words
PREFIX_MAX = 4
# The doc keeps the prefixes of a name, father or place token up to this long as lexemes of
# their own ("p|sangam"), not only the first PREFIX_MAX letters: GIN reads a whole lexeme's
# member list lazily, skipping what the query's rarer words rule out, but a prefix lexeme
# ('P|sangam':*) is read whole into a bitmap first (7 ms for a locality word at a million
# members, even where the query matches nobody). A longer typed prefix is asked as 'P|...':*.
DOC_PREFIX_MAX = 16

# Each table's columns, and its indexes: (name, unique, what follows ON table).
_SHAPES: dict[str, tuple[str, tuple[tuple[str, bool, str], ...]]] = {
    SEARCH: ("token text COLLATE \"C\" NOT NULL, col text NOT NULL, member_id integer NOT NULL",
             (("key", True, "(token, col, member_id)"),
              ("by_member", False, "(member_id, col, token)"))),
    PREFIX: ("pre text COLLATE \"C\" NOT NULL, col text NOT NULL, member_id integer NOT NULL",
             (("key", True, "(pre, col, member_id)"), ("by_member", False, "(member_id)"))),
    BLOCK: ("token text COLLATE \"C\" NOT NULL, member_id integer NOT NULL",
            (("key", True, "(token, member_id)"), ("by_member", False, "(member_id, token)"))),
    PHONE: ("token text COLLATE \"C\" NOT NULL, member_id integer NOT NULL",
            (("key", True, "(token, member_id)"), ("by_member", False, "(member_id, token)"))),
    # A small pending list: new members wait there (read by every search) until merged into
    # the index, which a save then does for at most this many kilobytes.
    DOC: ("member_id integer NOT NULL, doc tsvector NOT NULL",
          (("key", True, "(member_id)"),
           ("gin", False, "USING gin (doc) WITH (gin_pending_list_limit = 256)"))),
}
# How many of the doc column's lexemes ANALYZE counts (the planner's estimate of how many
# members a query matches, which chooses between GIN and the ordered plan): at PostgreSQL's
# default, 1,000, a camp's given names are mostly not among them and every estimate is alike.
DOC_STATISTICS = 10000


def is_index_table(name: str) -> bool:
    return name in TABLES


def create(conn: Connection) -> None:
    """The tables and their indexes, those missing (so also after a bulk load cut short)."""
    for table, (columns, indexes) in _SHAPES.items():
        conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
        for name, unique, keys in indexes:
            conn.exec_driver_sql(f"CREATE {'UNIQUE ' if unique else ''}INDEX IF NOT EXISTS "
                                 f"{table}_{name} ON {table} {keys}")
    conn.exec_driver_sql(f"ALTER TABLE {DOC} ALTER doc SET STATISTICS {DOC_STATISTICS}")


def heal(conn: Connection) -> None:
    """Make what a bulk load cut short left out; nothing to do (and no lock taken) when every
    index is there."""
    names = {f"{table}_{name}" for table, (_c, indexes) in _SHAPES.items()
             for name, _u, _k in indexes}
    have = {r[0] for r in conn.execute(text(
        "SELECT indexname FROM pg_indexes WHERE indexname = ANY(:names)"),
        {"names": sorted(names)})}
    if have != names:
        create(conn)


def drop(conn: Connection) -> None:
    for table in TABLES:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def bulk_load(conn: Connection, on: bool) -> None:
    """A bulk load (demo families) writes the tables without their indexes, which are made
    again at its end: sorting a million members' tokens once is many times quicker than
    keeping four B-trees in order row by row. Searches on other laptops are slow meanwhile."""
    if on:
        for table, (_columns, indexes) in _SHAPES.items():
            for name, _unique, _keys in indexes:
                conn.exec_driver_sql(f"DROP INDEX IF EXISTS {table}_{name}")
    else:
        create(conn)
        for table in TABLES:
            conn.exec_driver_sql(f"ANALYZE {table}")


_ASCII_TOKEN = re.compile(r"[A-Za-z0-9]+")


def tokens(value: str) -> list[str]:
    """The tokens FTS5's unicode61 tokenizer makes of `value`: runs of letters, digits and
    private-use characters (everything else, combining marks included, separates), folded to
    lower case and, for Latin letters, without their accents."""
    if value.isascii():  # most values (keys, IDs, years, phone digits): the quick way
        return [t.lower() for t in _ASCII_TOKEN.findall(value)]
    return list(_unicode_tokens(value))


@lru_cache(maxsize=65536)
def _unicode_tokens(value: str) -> tuple[str, ...]:
    out: list[str] = []
    current: list[str] = []
    for ch in value:
        folded = _fold_char(ch)
        if folded is not None:
            current.append(folded)
        elif current:
            out.append("".join(current))
            current = []
    if current:
        out.append("".join(current))
    return tuple(t for t in out if t)  # a run of accents alone is no token


_fts5: sqlite3.Connection | None = None
_fts5_lock = threading.Lock()


@cache
def _fold_char(ch: str) -> str | None:
    """One character as unicode61 keeps it (None for a separator, '' for an accent it drops
    from the word), asked of FTS5 itself: its folding tables (which accents go, which letters
    fold to which) are its own, and a laptop's database and the server's index must split a
    name alike. unicode61 treats each character on its own, so a few hundred questions, once
    each, cover every name ever typed."""
    if ch.isascii():
        return ch.lower() if ch.isalnum() else None
    if ch == "\x00" or 0xD800 <= ord(ch) < 0xE000:
        return None
    alone = _fts5_terms(ch)
    if alone:
        return alone[0]
    return "" if _fts5_terms(f"a{ch}a") == ["aa"] else None


def _fts5_terms(value: str) -> list[str]:
    global _fts5
    with _fts5_lock:
        if _fts5 is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
            conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
            _fts5 = conn
        _fts5.execute("DELETE FROM t")
        _fts5.execute("INSERT INTO t (x) VALUES (?)", (value,))
        return [r[0] for r in _fts5.execute("SELECT term FROM v ORDER BY offset")]


def replace_rows(conn: Connection, old_rows: Sequence[dict[str, Any]],
                 rows: Sequence[dict[str, Any]]) -> None:
    """Drop the old members' rows, then write the new ones (by member id: these tables keep
    their tokens, so the old text is not needed, unlike FTS5's contentless tables)."""
    old_ids = sorted({int(r["rowid"]) for r in old_rows})
    wanted = _wanted(rows)
    if old_ids or sum(map(len, wanted.values())) <= ONE_STATEMENT:
        _in_one_statement(conn, old_ids, wanted)  # its prefixes made on the server
        return
    _add_docs(_add_prefixes(wanted))
    raw = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    with raw.cursor() as cursor:  # COPY: at a million members, row-by-row INSERTs add up
        for table in TABLES:
            if wanted[table]:
                with cursor.copy(f"COPY {table} ({_names(table)}) FROM STDIN") as copy:
                    copy.write("".join(_line(r) for r in wanted[table]))


# Up to this many rows (a family's few hundred) are written by one statement: a save on a
# camp server waits for the LAN once for its search index, not twice per table as COPY does.
ONE_STATEMENT = 5000


def _in_one_statement(conn: Connection, old_ids: list[int],
                      wanted: dict[str, set[tuple[Any, ...]]]) -> None:
    """The old members' rows deleted (one statement), then the new ones inserted (another):
    the steps of one statement see one snapshot, so a member's rows deleted and inserted
    again in the same statement would clash on the unique keys."""
    if old_ids:
        conn.execute(_DELETE, {"old": _packed(old_ids)})
    params: dict[str, str] = {}
    for table in (SEARCH, BLOCK, PHONE):  # the prefixes are made of the search rows there
        names = _names(table).split(", ")
        columns = list(zip(*wanted[table], strict=True)) or [()] * len(names)
        for name, values in zip(names, columns, strict=True):
            params[f"{table}_{name}"] = _packed(values)
    if any(params.values()):
        conn.execute(_INSERT, params)


def _packed(values: Iterable[Any]) -> str:
    """Values as one text, space between, which string_to_array(..., ' ') parts again: one
    string costs a laptop far less to send than psycopg's dumping of a list item by item (a
    family's save sends a few thousand tokens). An index token holds no space (a separator
    to unicode61), a column name or member id neither."""
    return " ".join(map(str, values))


def _texts(param: str) -> str:
    """A _packed() parameter, as the array of text it packs."""
    return f"string_to_array(CAST(:{param} AS text), ' ')"


def _ints(param: str) -> str:
    return f"CAST({_texts(param)} AS integer[])"


def _unpacked(table: str, name: str) -> str:
    param = f"{table}_{name}"
    return _ints(param) if name == "member_id" else _texts(param)


_PREFIX_COLUMNS_SQL = ", ".join(repr(c) for c in PREFIX_COLUMNS)


def _docs_of(search: str, prefix: str, phone: str) -> str:
    """An INSERT of the doc rows of these search, prefix and phone rows, tagged as lexeme()
    tags them."""
    return (f"INSERT INTO {DOC} (member_id, doc) SELECT member_id, "
            "array_to_tsvector(array_agg(DISTINCT lex)) FROM ("
            f"SELECT member_id, upper(left(col, 1)) || '|' || token AS lex FROM {search} "
            f"UNION ALL SELECT member_id, left(col, 1) || '|' || pre FROM {prefix} "
            f"UNION ALL SELECT member_id, left(col, 1) || '|' || left(token, n) FROM {search} "
            f"CROSS JOIN LATERAL generate_series({PREFIX_MAX + 1}, least({DOC_PREFIX_MAX}, "
            f"length(token))) AS n WHERE col IN ({_PREFIX_COLUMNS_SQL}) "
            f"UNION ALL SELECT member_id, '{PHONE_TAG}|' || token FROM {phone}) AS l "
            "GROUP BY member_id")


# A member's doc holds each search row as its column's initial in capitals, a bar and the
# token ("N|rvt": rvt in the name), each prefix row with the initial in small letters ("n|ra"),
# each mobile piece after PHONE_TAG; tokens hold neither bars nor capitals (unicode61 folds
# case), and each table's initials differ, so no two rows share a lexeme.
PHONE_TAG = "T"
_PHONE_ROWS = (f"unnest({_unpacked(PHONE, 'token')}, {_unpacked(PHONE, 'member_id')}) "
               "AS t(token, member_id)")


_DELETE = text("WITH " + ", ".join(
    f"d{n} AS (DELETE FROM {table} WHERE member_id = ANY({_ints('old')}))"
    for n, table in enumerate(TABLES)) + " SELECT 1")

# One statement of one shape for every save (so prepared once per connection): the search,
# blocking and mobile rows as packed arrays, and the prefix rows made on the server of the
# search rows of the prefix columns (the same rows as prefixes() makes: the first one to
# PREFIX_MAX characters of each token).
_INSERT = text(
    "WITH s AS (SELECT * FROM unnest("
    + ", ".join(_unpacked(SEARCH, n) for n in ("token", "col", "member_id"))
    + ") AS s(token, col, member_id)), "
    f"i0 AS (INSERT INTO {SEARCH} (token, col, member_id) SELECT * FROM s), "
    "p AS (SELECT DISTINCT left(s.token, n) AS pre, s.col, s.member_id FROM s CROSS JOIN "
    f"LATERAL generate_series(1, least({PREFIX_MAX}, length(s.token))) AS n "
    f"WHERE s.col IN ({_PREFIX_COLUMNS_SQL})), "
    f"i1 AS (INSERT INTO {PREFIX} (pre, col, member_id) SELECT * FROM p), "
    + ", ".join(
        f"i{n} AS (INSERT INTO {table} (token, member_id) SELECT * FROM unnest("
        f"{_unpacked(table, 'token')}, {_unpacked(table, 'member_id')}))"
        for n, table in ((2, BLOCK), (3, PHONE)))
    # The members' docs of the same rows.
    + f", i4 AS ({_docs_of('s', 'p', _PHONE_ROWS)})"
    + " SELECT 1")


def lexeme(table: str, col: str | None, token: str) -> str:
    if table == PHONE or col is None:
        return f"{PHONE_TAG}|{token}"
    return f"{col[0].upper() if table == SEARCH else col[0]}|{token}"


def _add_docs(wanted: dict[str, set[tuple[Any, ...]]]) -> dict[str, set[tuple[Any, ...]]]:
    """The doc table's rows (member, the doc in tsvector's text form) of the other tables'."""
    docs: dict[int, set[str]] = {}
    for token, col, member in wanted[SEARCH]:
        doc = docs.setdefault(member, set())
        doc.add(lexeme(SEARCH, col, token))
        if col in PREFIX_COLUMNS:
            doc.update(lexeme(PREFIX, col, p) for p in doc_prefixes(token))
    for pre, col, member in wanted[PREFIX]:
        docs.setdefault(member, set()).add(lexeme(PREFIX, col, pre))
    for token, member in wanted[PHONE]:
        docs.setdefault(member, set()).add(lexeme(PHONE, None, token))
    wanted[DOC].update((member, doc_text(lexemes)) for member, lexemes in docs.items())
    return wanted


def fill_docs(conn: Connection) -> None:
    """Every member's doc made of the other tables' rows (docs already there are kept)."""
    conn.exec_driver_sql(_docs_of(SEARCH, PREFIX, PHONE) + " ON CONFLICT DO NOTHING")


def remake_docs(conn: Connection) -> None:
    """Every member's doc made again of the other tables' rows: the GIN index dropped first
    and built once at the end (at a million members, far quicker than row by row)."""
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS {DOC}_gin")
    conn.exec_driver_sql(f"TRUNCATE {DOC}")
    fill_docs(conn)
    create(conn)
    conn.exec_driver_sql(f"ANALYZE {DOC}")


def doc_text(lexemes: Iterable[str]) -> str:
    """Lexemes as tsvector's text form (a token is letters and digits: nothing to escape)."""
    return " ".join(f"'{x}'" for x in sorted(lexemes))


def _line(row: tuple[Any, ...]) -> str:
    """A row in COPY's text form (tokens are letters and digits only: no tab, newline or
    backslash to escape)."""
    return "\t".join(map(str, row)) + "\n"


def _names(table: str) -> str:
    return ", ".join(c.split()[0] for c in _SHAPES[table][0].split(", "))


@lru_cache(maxsize=65536)
def prefixes(token: str) -> tuple[str, ...]:
    return tuple(token[:n] for n in range(1, min(PREFIX_MAX, len(token)) + 1))


@lru_cache(maxsize=65536)
def doc_prefixes(token: str) -> tuple[str, ...]:
    """The prefixes the doc keeps beyond the prefix table's."""
    return tuple(token[:n] for n in range(PREFIX_MAX + 1, min(DOC_PREFIX_MAX, len(token)) + 1))


def _wanted(rows: Iterable[dict[str, Any]]) -> dict[str, set[tuple[Any, ...]]]:
    """Each table's rows for these members, the prefix table's left empty (_add_prefixes)."""
    wanted: dict[str, set[tuple[Any, ...]]] = {t: set() for t in TABLES}
    search = wanted[SEARCH]
    for r in rows:
        member = int(r["rowid"])
        for col in SEARCH_COLUMNS:
            search.update((t, col, member) for t in tokens(r[col]))
        wanted[BLOCK].update((t, member) for t in tokens(r["born"]))
        wanted[PHONE].update((t, member) for t in tokens(r["phone"]))
    return wanted


def _add_prefixes(wanted: dict[str, set[tuple[Any, ...]]]) -> dict[str, set[tuple[Any, ...]]]:
    """The prefix table's rows, made of the search rows of the prefix columns (as the
    one-statement write makes them on the server)."""
    wanted[PREFIX].update((p, col, member) for token, col, member in wanted[SEARCH]
                          if col in PREFIX_COLUMNS for p in prefixes(token))
    return wanted


def check(conn: Connection, rows: Iterable[dict[str, Any]]) -> list[str]:
    """What the tables hold that the members' records (`rows`, every member's index rows) do
    not give, and what they lack: nothing when the index is in step."""
    wanted = _add_docs(_add_prefixes(_wanted(rows)))
    problems = []
    for table in TABLES:
        if table == DOC:
            have = {(m, doc_text(lexemes)) for m, lexemes in conn.exec_driver_sql(
                f"SELECT member_id, tsvector_to_array(doc) FROM {DOC}")}
        else:
            have = {tuple(r) for r in conn.exec_driver_sql(
                f"SELECT {_names(table)} FROM {table}")}
        if have - wanted[table]:
            problems.append(f"{table}: {len(have - wanted[table])} stale rows")
        if wanted[table] - have:
            problems.append(f"{table}: {len(wanted[table] - have)} rows missing")
    return problems


def clear(conn: Connection) -> None:
    for table in TABLES:
        conn.exec_driver_sql(f"TRUNCATE {table}")


def name_counts(conn: Connection, name_keys: Sequence[str]) -> dict[str, int]:
    rows = conn.execute(text(
        f"SELECT token, count(*) FROM {SEARCH} WHERE col = 'name' AND token = ANY(:keys) "
        "GROUP BY token"), {"keys": list(name_keys)}).all()
    return {token: int(n) for token, n in rows}


def blocked(conn: Connection, rules: Sequence[Sequence[str]], limit: int,
            per_rule: int) -> list[int]:
    params: dict[str, Any] = {"limit": limit, "per": per_rule}
    return [r[0] for r in conn.execute(text(_blocked_sql(rules, params)), params)]


def _split(values: Iterable[str]) -> list[str]:
    """The index tokens of a rule's tokens (or of mobiles), each once, in order."""
    return sorted({t for value in values for t in tokens(value)})


def _blocked_sql(rules: Sequence[Sequence[str]], params: dict[str, Any]) -> str:
    parts = []
    for n, rule in enumerate(rules):
        params[f"r{n}"] = _split(rule)
        parts.append(f"(SELECT DISTINCT member_id AS id FROM {BLOCK} WHERE token = "
                     f"ANY(:r{n}) ORDER BY member_id LIMIT :per)")
    return (f"SELECT id FROM ({' UNION ALL '.join(parts)}) AS found GROUP BY id "
            "ORDER BY count(*) DESC, id DESC LIMIT :limit")


def _phone_sql(numbers: Sequence[str], params: dict[str, Any]) -> str:
    params["p"] = _split(numbers)
    return (f"SELECT DISTINCT member_id FROM {PHONE} WHERE token = ANY(:p) "
            "ORDER BY member_id LIMIT :limit")


def blocked_each(conn: Connection, people: Sequence[tuple[Sequence[Sequence[str]],
                                                          Sequence[str]]],
                 limit: int, per_rule: int) -> list[set[int]]:
    """blocked() and same_phone() for each of several people, in one statement of one fixed
    shape (the people, rules and tokens passed as arrays): a family's duplicate check waits
    for the camp server once, not twice per member, and the statement is parsed and prepared
    once per connection, not planned anew for every family's count of members and rules."""
    ks: list[int] = []
    rs: list[int] = []
    ts: list[str] = []
    pks: list[int] = []
    pts: list[str] = []
    for k, (rules, numbers) in enumerate(people):
        for r, rule in enumerate(rules):
            for t in _split(rule):
                ks.append(k)
                rs.append(r)
                ts.append(t)
        for t in _split(numbers):
            pks.append(k)
            pts.append(t)
    found: list[set[int]] = [set() for _ in people]
    if ts or pts:
        params: dict[str, Any] = {"k": _packed(ks), "r": _packed(rs), "t": _packed(ts),
                                  "pk": _packed(pks), "pt": _packed(pts), "limit": limit,
                                  "per": per_rule}
        for k, member_id in conn.execute(_BLOCKED_EACH, params):
            found[k].add(member_id)
    return found


# Per person (k): each rule's first `per` members (in id order) of any of its tokens, those
# found by more rules first, up to `limit`; and the first `limit` members with any of the
# person's mobiles. The same as blocked() and same_phone() one person at a time.
_BLOCKED_EACH = text(f"""
WITH rules AS (
    SELECT k, r, array_agg(token) AS toks
    FROM unnest({_ints("k")}, {_ints("r")}, {_texts("t")}) AS q(k, r, token)
    GROUP BY k, r),
hits AS (
    SELECT rules.k, h.id FROM rules CROSS JOIN LATERAL (
        SELECT DISTINCT member_id AS id FROM {BLOCK} WHERE token = ANY(rules.toks)
        ORDER BY member_id LIMIT :per) AS h),
ranked AS (
    SELECT k, id, row_number() OVER (PARTITION BY k ORDER BY count(*) DESC, id DESC) AS n
    FROM hits GROUP BY k, id),
phones AS (
    SELECT k, array_agg(token) AS toks
    FROM unnest({_ints("pk")}, {_texts("pt")}) AS p(k, token) GROUP BY k)
SELECT k, id FROM ranked WHERE n <= :limit
UNION ALL
SELECT phones.k, h.id FROM phones CROSS JOIN LATERAL (
    SELECT DISTINCT member_id AS id FROM {PHONE} WHERE token = ANY(phones.toks)
    ORDER BY member_id LIMIT :limit) AS h""")


def same_phone(conn: Connection, limit: int, numbers: Sequence[str]) -> list[int]:
    params: dict[str, Any] = {"limit": limit}
    return [r[0] for r in conn.execute(text(_phone_sql(numbers, params)), params)]
