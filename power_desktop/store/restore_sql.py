"""SQLite statements of a restore: comparing a backup with the database it would replace,
and carrying over, into the restored database, what the replaced one knew was exported.

Both work on the files through the driver (ATTACH, which SQLite refuses inside a transaction,
so not through a session)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Losses:
    """What the database has that the backup has not (lost by restoring it)."""

    families: tuple[str, ...]
    applications: tuple[str, ...]
    accounts: tuple[str, ...]
    edited: int  # families in both, changed here since the backup


def _ro(path: Path) -> str:
    return f"file:{path.resolve()}?mode=ro"


def _tables(conn: sqlite3.Connection, schema: str) -> set[str]:
    return {r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master "
                                       "WHERE type = 'table'")}


def losses(database: Path, backup: Path) -> Losses:
    conn = sqlite3.connect(_ro(database), uri=True)
    try:
        conn.execute("ATTACH DATABASE ? AS b", (_ro(backup),))
        here, there = _tables(conn, "main"), _tables(conn, "b")

        def missing(table: str, key: str, shown: str) -> tuple[str, ...]:
            if table not in here:
                return ()
            if table not in there:
                return tuple(r[0] for r in conn.execute(
                    f"SELECT {shown} FROM main.{table} ORDER BY id"))
            return tuple(r[0] for r in conn.execute(
                f"SELECT {shown} FROM main.{table} WHERE {key} NOT IN "
                f"(SELECT {key} FROM b.{table}) ORDER BY id"))

        edited = 0
        if "family" in there:
            edited = conn.execute("SELECT count(*) FROM main.family f JOIN b.family o "
                                  "ON o.uuid = f.uuid WHERE f.version > o.version").fetchone()[0]
        return Losses(missing("family", "uuid", "family_code"),
                      missing("application", "uuid", "app_code"),
                      missing("account", "name_key", "name"), int(edited))
    finally:
        conn.close()


def table_names(path: Path) -> set[str]:
    """Every table, index and trigger a database file has (the search index's too)."""
    conn = sqlite3.connect(_ro(path), uri=True)
    try:
        return {f"{r[0]} {r[1]}" for r in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()


def carry_over_exports(database: Path, replaced: Path) -> tuple[int, int]:
    """In the restored `database`: records the replaced database had exported count as
    exported (up to the version restored), and the batches it wrote that the backup does not
    know are added, so that nothing is sent twice and no batch number is given twice. Returns
    (records marked, batches added)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("ATTACH DATABASE ? AS old", (_ro(replaced),))
        if not {"family", "batch", "batch_content"} <= _tables(conn, "old"):
            return 0, 0
        conn.execute("BEGIN IMMEDIATE")
        marked = 0
        for table in ("family", "application"):
            marked += conn.execute(
                f"UPDATE main.{table} SET exported_version = min(version, "
                f"(SELECT o.exported_version FROM old.{table} o WHERE o.uuid = "
                f"main.{table}.uuid)) WHERE exported_version < min(version, "
                f"(SELECT o.exported_version FROM old.{table} o WHERE o.uuid = "
                f"main.{table}.uuid))").rowcount
        columns = ("code", "seq", "status", "period_from", "period_to", "exported_by",
                   "approved_by", "created_at", "target", "manifest", "items")
        new = [r[0] for r in conn.execute(
            "SELECT o.id FROM old.batch o JOIN old.camp oc ON oc.id = o.camp_id "
            "JOIN main.camp c ON c.state = oc.state AND c.district_code = oc.district_code "
            "AND c.camp_code = oc.camp_code AND c.device_code = oc.device_code "
            "WHERE o.status = 'complete' AND o.code NOT IN (SELECT code FROM main.batch) "
            "ORDER BY o.id")]
        cols = ", ".join(columns)
        for old_id in new:
            cursor = conn.execute(
                f"INSERT INTO main.batch (camp_id, {cols}) SELECT c.id, "
                f"{', '.join('o.' + c for c in columns)} FROM old.batch o "
                "JOIN old.camp oc ON oc.id = o.camp_id JOIN main.camp c ON "
                "c.state = oc.state AND c.district_code = oc.district_code AND "
                "c.camp_code = oc.camp_code AND c.device_code = oc.device_code "
                "WHERE o.id = ?", (old_id,))
            conn.execute("INSERT INTO main.batch_content (batch_id, piece, data) "
                         "SELECT ?, piece, data FROM old.batch_content WHERE batch_id = ?",
                         (cursor.lastrowid, old_id))
        conn.execute("COMMIT")
        return marked, len(new)
    finally:
        conn.close()
