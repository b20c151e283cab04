"""The search index: SQLite FTS5 tables of name keys and IDs, blocking tokens, and phone-number
pieces. Contentless (they keep the index, not the text), so removing a row needs the text it
was written with: `replace_rows` takes the old rows, made from the records before a change.

SQLite's SQL lives here; PostgreSQL (a camp server) has its own index of the same tokens in
search_index_pg, which each function here hands over to. Each member has one
row (rowid = member.id) in each table:
- member_search (typing a search): name (skeleton keys of the name in both scripts, joined
  neighbouring words, and its words as spelt in Latin letters, so that a half-typed word
  finds them by prefix), father (keys of the father's or husband's name), ids ("a" +
  Aadhaar's last four; family and member IDs are found by the family table), place (the
  locality, folded, word by word and joined: "sangam vihar sangamvihar");
- member_block (the duplicate check): the blocking tokens of core.linkage.blocking, a name key
  joined to the year of birth ("kml1981"), to a father's name key ("kml0srs"), to the locality
  ("kml9sangamvihar"), and a father's key to the year ("srs81981"); such tokens are rare, so
  the check's questions are answered at once;
- member_phone, if the member or the family has a mobile: every ending of 4+ digits of the
  member's and the family's mobile, so that a prefix query finds any 4 or more digits typed
  from anywhere in the number.
The last two have no prefix indexes, positions or column sizes: their queries need none.

If the tokens a record is indexed by change, a migration makes the index again (`rebuild`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, text

from power_desktop.core.linkage.blocking import index_tokens
from power_desktop.core.linkage.compare import Person
from power_desktop.core.linkage.names import block_keys, fold, keys, words

from . import search_index_pg as pg
from . import search_plan_pg

log = logging.getLogger("power.store")

TABLE = "member_search"
PHONE_TABLE = "member_phone"
BLOCK_TABLE = "member_block"
VOCAB = "member_search_vocab"


def is_index_table(name: str) -> bool:
    """The index and SQLite's own tables behind it (kept out of schema comparisons)."""
    return pg.is_index_table(name) or any(
        name == t or name.startswith(t + "_") for t in (TABLE, PHONE_TABLE, BLOCK_TABLE))


def _on_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def create(conn: Connection) -> None:
    if _on_postgresql(conn):
        pg.create(conn)
        return
    if conn.dialect.name != "sqlite":
        return
    # Contentless (content=''): queries return rowids, and every shown value is read from the
    # member and family tables, so a copy of the tokens would be paid for and never read.
    # Prefix indexes for 1-4 characters: as-you-type queries are short prefixes ("ra*"),
    # which FTS5 otherwise answers by walking every term that starts so (100+ ms at a million).
    # detail=column: column filters, no positions (no phrase queries are asked).
    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
                      "name, father, ids, place, tokenize='unicode61', prefix='1 2 3 4', "
                      "content='', detail=column, columnsize=0)"))
    # How many people have a name key: the duplicate check's term-frequency adjustment.
    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} USING fts5vocab("
                      f"{TABLE}, 'col')"))
    # Only whole-term (block) and prefix (phone) queries: no positions, no column sizes.
    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {BLOCK_TABLE} USING fts5("
                      "tokens, tokenize='unicode61', content='', detail=none, columnsize=0)"))
    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {PHONE_TABLE} USING fts5("
                      "phone, tokenize='unicode61', content='', detail=none, columnsize=0)"))


def drop(conn: Connection) -> None:
    if _on_postgresql(conn):
        pg.drop(conn)
        return
    for table in (VOCAB, TABLE, BLOCK_TABLE, PHONE_TABLE):
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


@lru_cache(maxsize=1024)  # a family's members share its mobile
def phone_pieces(*numbers: str | None) -> str:
    pieces: list[str] = []
    for number in numbers:
        if number:
            pieces.extend(number[i:] for i in range(len(number) - 3))
    return " ".join(dict.fromkeys(pieces))


@lru_cache(maxsize=1024)
def place_token(locality: str | None) -> str:
    """The locality's folded words, and all of them joined ("sangam vihar sangamvihar")."""
    folded = [fold(w) for w in words(locality or "")]
    return " ".join(dict.fromkeys(folded + (["".join(folded)] if len(folded) > 1 else [])))


@lru_cache(maxsize=65536)  # names repeat (a camp has many Sunita Devis): made once each
def _name_tokens(name: str, name_hi: str) -> tuple[str, tuple[str, ...]]:
    """The name column's text, and the keys that are joined to a year of birth."""
    name_keys = keys(name, optional=True) + keys(name_hi, optional=True) + \
        list(block_keys(name)) + list(block_keys(name_hi)) + words(name) + words(name_hi)
    return " ".join(dict.fromkeys(name_keys)), tuple(dict.fromkeys(keys(name) + keys(name_hi)))


@lru_cache(maxsize=65536)
def _father_tokens(father: str) -> str:
    return " ".join(dict.fromkeys(keys(father, optional=True)))


def row_for(member_id: int, family_code: str, member_no: int, name: str, name_hi: str | None,
            father: str | None, mobile: str | None, family_mobile: str | None,
            last4: str | None, dob: Any = None, locality: str | None = None) -> dict[str, Any]:
    name_text, _ = _name_tokens(name, name_hi or "")
    born = ""
    if dob:
        born_on = dob if isinstance(dob, date) else date.fromisoformat(str(dob)[:10])
        born = " ".join(index_tokens(Person(name=name, dob=born_on, name_hi=name_hi or "",
                                            father=father or "", locality=locality or "")))
    return {
        "rowid": member_id,
        "name": name_text,
        "father": _father_tokens(father or ""),
        "phone": phone_pieces(mobile, family_mobile),
        "ids": f"a{last4}" if last4 else "",
        "born": born,
        "place": place_token(locality),
    }


def family_rows(family: Any) -> list[dict[str, Any]]:
    """The index rows of a family's members (an ORM Family with its members loaded)."""
    return [row_for(m.id, family.family_code, m.member_no, m.name, m.name_hi,
                    m.father_or_husband_name, m.mobile, family.mobile, m.aadhaar_last4, m.dob,
                    family.locality) for m in family.members]


_SEARCH_COLUMNS = ("name", "father", "ids", "place")


def replace_rows(conn: Connection, old_rows: Sequence[dict[str, Any]],
                 rows: Sequence[dict[str, Any]]) -> None:
    """Drop these index rows (as they were written: a contentless index forgets its rows'
    text, so removing one needs it again), then write the new ones."""
    if _on_postgresql(conn):
        pg.replace_rows(conn, old_rows, rows)
        return
    if conn.dialect.name != "sqlite":
        return
    cols = ", ".join(_SEARCH_COLUMNS)
    marks = ", ".join("?" * len(_SEARCH_COLUMNS))
    if old_rows:
        conn.exec_driver_sql(
            f"INSERT INTO {TABLE} ({TABLE}, rowid, {cols}) VALUES ('delete', ?, {marks})",
            [(r["rowid"], *(r[c] for c in _SEARCH_COLUMNS)) for r in old_rows])
        _delete(conn, BLOCK_TABLE, "tokens", [(r["rowid"], r["born"]) for r in old_rows])
        _delete(conn, PHONE_TABLE, "phone", [(r["rowid"], r["phone"]) for r in old_rows])
    if rows:  # plain driver rows: at a million members the ORM's parameter work adds up
        conn.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, {cols}) VALUES (?, {marks})",
            [(r["rowid"], *(r[c] for c in _SEARCH_COLUMNS)) for r in rows])
        _insert(conn, BLOCK_TABLE, "tokens", [(r["rowid"], r["born"]) for r in rows])
        _insert(conn, PHONE_TABLE, "phone", [(r["rowid"], r["phone"]) for r in rows])


def _delete(conn: Connection, table: str, column: str, rows: list[tuple[int, str]]) -> None:
    rows = [r for r in rows if r[1]]
    if rows:
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({table}, rowid, {column}) VALUES ('delete', ?, ?)", rows)


def _insert(conn: Connection, table: str, column: str, rows: list[tuple[int, str]]) -> None:
    rows = [r for r in rows if r[1]]
    if rows:
        conn.exec_driver_sql(f"INSERT INTO {table} (rowid, {column}) VALUES (?, ?)", rows)


def report_progress(done: int, total: int) -> None:
    """Progress of a rebuild: logged, and shown on a terminal (an upgrade takes a minute)."""
    log.info("search index: %s of %s members", f"{done:,}", f"{total:,}")
    if sys.stderr is not None and sys.stderr.isatty():
        end = "\n" if done >= total else "\r"
        print(f"Making the search index: {done:,} of {total:,} members", end=end,
              file=sys.stderr, flush=True)


def rebuild(conn: Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Index every member again (used when the index is first made on an existing database,
    and when its tokens change)."""
    if _on_postgresql(conn):
        pg.clear(conn)
    elif conn.dialect.name != "sqlite":
        return 0
    else:
        for table in (TABLE, BLOCK_TABLE, PHONE_TABLE):
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('delete-all')")
    total = conn.execute(text("SELECT count(*) FROM member")).scalar() or 0
    bulk_load(conn, True)
    count = 0
    for batch in every_member(conn):
        replace_rows(conn, [], batch)
        count += len(batch)
        if progress is not None and (count % 50000 < len(batch) or count == total):
            progress(count, total)
    bulk_load(conn, False)
    return count


def check(conn: Connection) -> list[str]:
    """The index's own integrity check: what is wrong with it (nothing, when in step with the
    member and family tables): FTS5's own check on SQLite; on PostgreSQL, every row of the
    index compared with the rows the records give."""
    if _on_postgresql(conn):
        return pg.check(conn, (row for batch in every_member(conn) for row in batch))
    problems = []
    for table in (TABLE, BLOCK_TABLE, PHONE_TABLE):
        try:
            conn.exec_driver_sql(f"INSERT INTO {table}({table}, rank) "
                                 "VALUES('integrity-check', 0)")
        except Exception as exc:  # FTS5 says what is wrong in its error
            problems.append(f"{table}: {exc}")
    return problems


def every_member(conn: Connection, size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    """The index rows of every member, made from the member and family tables, in batches."""
    result = conn.execute(text(
        "SELECT m.id, f.family_code, m.member_no, m.name, m.name_hi, "
        "m.father_or_husband_name, m.mobile, f.mobile, m.aadhaar_last4, m.dob, f.locality "
        "FROM member m JOIN family f ON f.id = m.family_id"))
    while batch := result.fetchmany(size):
        yield [row_for(*r) for r in batch]


# FTS5 merges its segments a little on every write ("automerge", 4 by default). A bulk load
# (demo families) turns that off, then merges everything once at the end: half the index's
# write cost, and the index ends fully merged (queries at their fastest).
AUTOMERGE_DEFAULT = 4


def bulk_load(conn: Connection, on: bool) -> None:
    """Start (True) or finish (False) a bulk load; finishing merges the whole index (on
    PostgreSQL, makes its indexes again)."""
    if _on_postgresql(conn):
        pg.bulk_load(conn, on)
        return
    if conn.dialect.name != "sqlite":
        return
    setting = 0 if on else AUTOMERGE_DEFAULT
    for table in (TABLE, BLOCK_TABLE, PHONE_TABLE):
        conn.exec_driver_sql(
            f"INSERT INTO {table}({table}, rank) VALUES('automerge', {setting})")
        if not on:
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('optimize')")


def heal(conn: Connection) -> None:
    """A bulk load cut short (a power cut) left merging off, or on PostgreSQL the indexes
    dropped: put them back."""
    if _on_postgresql(conn):
        pg.heal(conn)
        return
    if conn.dialect.name != "sqlite":
        return
    for table in (TABLE, BLOCK_TABLE, PHONE_TABLE):
        try:
            value = conn.exec_driver_sql(
                f"SELECT v FROM {table}_config WHERE k = 'automerge'").scalar()
        except Exception:  # no index yet (a new database before its migrations)
            continue
        if value is not None and int(value) != AUTOMERGE_DEFAULT:
            conn.exec_driver_sql(
                f"INSERT INTO {table}({table}, rank) VALUES('automerge', {AUTOMERGE_DEFAULT})")


def match(conn: Connection, limit: int, query: str | None = None, phone: str | None = None,
          or_query: str | None = None) -> list[int]:
    """Member ids whose member_search row matches `query` (an FTS5 query over names and IDs)
    and whose phone pieces match `phone` (digits, a trailing * for a prefix; several joined by
    OR); a row matching `or_query` may stand in for the phone. Either may be left out.

    In index order: ranking by FTS's own rank costs 100 ms on a common name, so callers rank
    the few they show."""
    if _on_postgresql(conn):
        return search_plan_pg.match(conn, limit, query, phone, or_query)
    params: dict[str, Any] = {"limit": limit, "q": query, "p": phone, "o": or_query}
    by_phone = None
    if phone:
        by_phone = f"SELECT rowid FROM {PHONE_TABLE} WHERE {PHONE_TABLE} MATCH :p"
        if or_query:
            by_phone += f" UNION SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :o"
    if query and by_phone:
        sql = (f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q "
               f"AND rowid IN ({by_phone}) LIMIT :limit")
    elif query:
        sql = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q LIMIT :limit"
    elif by_phone:
        sql = f"{by_phone} LIMIT :limit"
    else:
        return []
    return [r[0] for r in conn.execute(text(sql), params)]


def member_total(conn: Connection) -> int:
    return conn.exec_driver_sql("SELECT count(*) FROM member").scalar() or 0


def name_counts(conn: Connection, name_keys: Sequence[str]) -> dict[str, int]:
    """How many members have each name key."""
    if _on_postgresql(conn) and name_keys:
        return pg.name_counts(conn, name_keys)
    if conn.dialect.name != "sqlite" or not name_keys:
        return {}
    marks = ", ".join("?" * len(name_keys))
    rows = conn.exec_driver_sql(
        f"SELECT term, doc FROM {VOCAB} WHERE col = 'name' AND term IN ({marks})",
        tuple(name_keys)).all()
    return {term: doc for term, doc in rows}


def blocked(conn: Connection, rules: Sequence[Sequence[str]], limit: int,
            per_rule: int = 1000) -> list[int]:
    """Member ids found by any of the blocking rules (each a list of tokens, any of which is
    enough), those found by more rules first: a duplicate agrees on several, and a rule as
    broad as a common name and a year cannot crowd out the people other rules found."""
    rules = [r for r in rules if r]
    if _on_postgresql(conn) and rules:
        return pg.blocked(conn, rules, limit, per_rule)
    if conn.dialect.name != "sqlite" or not rules:
        return []
    params: dict[str, Any] = {"limit": limit, "per": per_rule}
    parts = []
    for n, tokens in enumerate(rules):
        params[f"q{n}"] = " OR ".join(tokens)
        parts.append(f"SELECT * FROM (SELECT rowid AS id FROM {BLOCK_TABLE} "
                     f"WHERE {BLOCK_TABLE} MATCH :q{n} LIMIT :per)")
    sql = (f"SELECT id FROM ({' UNION ALL '.join(parts)}) GROUP BY id "
           "ORDER BY count(*) DESC, id DESC LIMIT :limit")
    return [r[0] for r in conn.execute(text(sql), params)]


def blocked_each(conn: Connection, people: Sequence[tuple[Sequence[Sequence[str]],
                                                          Sequence[str]]],
                 limit: int) -> list[set[int]]:
    """For each (blocking rules, mobiles) of several people: blocked() and same_phone()."""
    if _on_postgresql(conn):
        return pg.blocked_each(conn, [([r for r in rules if r], numbers)
                                      for rules, numbers in people], limit, 1000)
    return [set(blocked(conn, rules, limit)) | set(same_phone(conn, limit, numbers))
            for rules, numbers in people]


def same_phone(conn: Connection, limit: int, numbers: Sequence[str]) -> list[int]:
    """Member ids whose own or family mobile is one of these (whole numbers)."""
    if _on_postgresql(conn) and numbers:
        return pg.same_phone(conn, limit, numbers)
    if conn.dialect.name != "sqlite" or not numbers:
        return []
    sql = f"SELECT rowid FROM {PHONE_TABLE} WHERE {PHONE_TABLE} MATCH :p LIMIT :limit"
    return [r[0] for r in conn.execute(text(sql), {"p": " OR ".join(numbers), "limit": limit})]
