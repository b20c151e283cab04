"""Bulk inserts with ids given by the caller (the demo load), on either engine.

The rows hold values as SQLite's driver takes them (dates and times as text, booleans as 0 and
1): on PostgreSQL they go in by COPY, which reads them so, and the table's id sequence is
moved past the ids given, so that the next ordinary insert (on any
laptop sharing the server) takes a new one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Connection

if TYPE_CHECKING:
    import psycopg


def insert(conn: Connection, table: str, columns: list[str],
           rows: Sequence[tuple[Any, ...]]) -> None:
    if conn.dialect.name != "postgresql":
        marks = ", ".join("?" * len(columns))
        conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                             list(rows))
        return
    # COPY: one stream per table, several times faster than row-by-row INSERTs (a million
    # members' load). In COPY's text form a boolean reads "1" and "0", and a date or time its
    # ISO text, as the rows hold them.
    raw = cast("psycopg.Connection[Any]", conn.connection.dbapi_connection)
    with raw.cursor() as cursor, \
            cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    if "id" in columns:
        conn.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"GREATEST((SELECT max(id) FROM {table}), "
            f"(SELECT last_value FROM {table}_id_seq)))")
