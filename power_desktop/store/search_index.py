"""The search index: an SQLite FTS5 table of name keys, phone-number pieces and IDs.

SQLite-only SQL lives here so another database can bring its own index. Each member has one
row (rowid = member.id):
- name:   skeleton keys of the member's name in both scripts (core.names), and its words as
          spelt (in Latin letters), so that a half-typed word finds them by prefix
- father: skeleton keys of the father's or husband's name
- phone:  every ending of 4+ digits of the member's and the family's mobile, so a prefix query
          finds any 4 or more digits typed from anywhere in the number
- ids:    the family's lookup key, the member's ID without dashes, "a" + Aadhaar's last four
- born:   each name key joined to the year of birth ("kml1981"): the duplicate check asks for a
          name near a year, and such tokens are rare, so the question is answered at once
- place:  the family's locality as one folded token ("sangamvihar")
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, text

from power_desktop.core import ids as idcodes
from power_desktop.core.names import fold, keys, words

TABLE = "member_search"


def is_index_table(name: str) -> bool:
    """The index and SQLite's own tables behind it (kept out of schema comparisons)."""
    return name == TABLE or name.startswith(TABLE + "_")


def create(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    # Prefix indexes for 1-4 characters: as-you-type queries are short prefixes ("ra*"),
    # which FTS5 otherwise answers by walking every term that starts so (100+ ms at a million).
    conn.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
                      "name, father, phone, ids, born, place, tokenize='unicode61', "
                      "prefix='1 2 3 4')"))


def phone_pieces(*numbers: str | None) -> str:
    pieces: list[str] = []
    for number in numbers:
        if number:
            pieces.extend(number[i:] for i in range(len(number) - 3))
    return " ".join(dict.fromkeys(pieces))


def place_token(locality: str | None) -> str:
    return "".join(fold(w) for w in words(locality or ""))


def row_for(member_id: int, family_code: str, member_no: int, name: str, name_hi: str | None,
            father: str | None, mobile: str | None, family_mobile: str | None,
            last4: str | None, dob: Any = None, locality: str | None = None) -> dict[str, Any]:
    name_keys = keys(name, optional=True) + keys(name_hi or "", optional=True) + \
        words(name) + words(name_hi or "")
    member_code = idcodes.member_id(family_code, member_no).replace("-", "")
    return {
        "rowid": member_id,
        "name": " ".join(dict.fromkeys(name_keys)),
        "father": " ".join(dict.fromkeys(keys(father or "", optional=True))),
        "phone": phone_pieces(mobile, family_mobile),
        "ids": " ".join(filter(None, [family_code.replace("-", ""), member_code,
                                      f"a{last4}" if last4 else ""])),
        "born": " ".join(dict.fromkeys(f"{k}{str(dob)[:4]}" for k in keys(name) + keys(
            name_hi or "")) if dob else ""),
        "place": place_token(locality),
    }


def replace_rows(conn: Connection, member_ids: Iterable[int],
                 rows: Sequence[dict[str, Any]]) -> None:
    """Drop the index rows of these members, then write the new ones."""
    if conn.dialect.name != "sqlite":
        return
    gone = [{"rowid": m} for m in member_ids]
    if gone:
        conn.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :rowid"), gone)
    if rows:  # plain driver rows: at a million members the ORM's parameter work adds up
        conn.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, name, father, phone, ids, born, place) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(r["rowid"], r["name"], r["father"], r["phone"], r["ids"], r["born"], r["place"])
             for r in rows])


def rebuild(conn: Connection) -> int:
    """Index every member again (used when the index is first made on an existing database)."""
    if conn.dialect.name != "sqlite":
        return 0
    conn.execute(text(f"DELETE FROM {TABLE}"))
    result = conn.execute(text(
        "SELECT m.id, f.family_code, m.member_no, m.name, m.name_hi, "
        "m.father_or_husband_name, m.mobile, f.mobile, m.aadhaar_last4, m.dob, f.locality "
        "FROM member m JOIN family f ON f.id = m.family_id"))
    count = 0
    while True:
        batch = result.fetchmany(5000)
        if not batch:
            break
        replace_rows(conn, [], [row_for(*r) for r in batch])
        count += len(batch)
    return count


# FTS5 merges its segments a little on every write ("automerge", 4 by default). A bulk load
# (demo families) turns that off, then merges everything once at the end: half the index's
# write cost, and the index ends fully merged (queries at their fastest).
AUTOMERGE_DEFAULT = 4


def bulk_load(conn: Connection, on: bool) -> None:
    """Start (True) or finish (False) a bulk load; finishing merges the whole index."""
    if conn.dialect.name != "sqlite":
        return
    setting = 0 if on else AUTOMERGE_DEFAULT
    conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('automerge', {setting})")
    if not on:
        conn.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES('optimize')")


def heal(conn: Connection) -> None:
    """A bulk load cut short (a power cut) left merging off: put it back."""
    if conn.dialect.name != "sqlite":
        return
    try:
        value = conn.exec_driver_sql(
            f"SELECT v FROM {TABLE}_config WHERE k = 'automerge'").scalar()
    except Exception:  # no index yet (a new database before its migrations)
        return
    if value is not None and int(value) != AUTOMERGE_DEFAULT:
        conn.exec_driver_sql(
            f"INSERT INTO {TABLE}({TABLE}, rank) VALUES('automerge', {AUTOMERGE_DEFAULT})")


def match(conn: Connection, query: str, limit: int) -> list[int]:
    """Member ids whose index rows match an FTS5 query (in index order: ranking by FTS's own
    rank costs 100 ms on a common name, so callers rank the few they show)."""
    rows = conn.execute(text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q "
                             "LIMIT :limit"), {"q": query, "limit": limit})
    return [r[0] for r in rows]
