"""Plain bulk INSERTs with ids given by the caller (the demo load), on either engine.

The rows hold values as SQLite's driver takes them (dates and times as text, booleans as 0 and
1): on PostgreSQL booleans are cast back and dates and times are read from the text, and the
table's id sequence is moved past the ids given, so that the next ordinary insert (on any
laptop sharing the server) takes a new one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Boolean, Connection

from .models import Base


def insert(conn: Connection, table: str, columns: list[str],
           rows: Sequence[tuple[Any, ...]]) -> None:
    if conn.dialect.name != "postgresql":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                             list(rows))
        return
    kinds = Base.metadata.tables[table].columns
    marks = ", ".join("(%s)::int::boolean" if isinstance(kinds[c].type, Boolean) else "%s"
                      for c in columns)
    conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                         list(rows))
    if "id" in columns:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT max(id) FROM {table}), "
            f"(SELECT last_value FROM {table}_id_seq)))")
