"""search index: the duplicate check's blocking tokens (core.linkage.blocking)

Names are now also found by neighbouring words joined (Om Prakash / Omprakash), and the
duplicate check asks for a name key near the year, with a father's or husband's name, or with
the locality, each on its own, so the index is made again from the member and family tables
(progress logged and shown on a terminal: under two minutes for 200,000 families).

Revision ID: 0009
Revises: 0008
"""
from alembic import op
from sqlalchemy import text

from power_desktop.store import search_index

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    search_index.drop(conn)  # contentless tables now, and the blocking tokens apart
    search_index.create(conn)
    search_index.rebuild(conn, progress=search_index.report_progress)


def downgrade() -> None:
    """Back to 0008's two tables, with content, filled by this code (its name-near-year
    tokens are 0008's, among others)."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    search_index.drop(conn)
    conn.execute(text(f"CREATE VIRTUAL TABLE {search_index.TABLE} USING fts5("
                      "name, father, ids, born, place, tokenize='unicode61', "
                      "prefix='1 2 3 4')"))
    conn.execute(text(f"CREATE VIRTUAL TABLE {search_index.PHONE_TABLE} USING fts5("
                      "phone, tokenize='unicode61', detail=none, columnsize=0)"))
    columns = ("rowid", "name", "father", "ids", "born", "place")
    for batch in search_index.every_member(conn):
        conn.exec_driver_sql(
            f"INSERT INTO {search_index.TABLE} ({', '.join(columns)}) VALUES (?{', ?' * 5})",
            [(r["rowid"], r["name"], r["father"], r["ids"], r["born"], r["place"])
             for r in batch])
        conn.exec_driver_sql(
            f"INSERT INTO {search_index.PHONE_TABLE} (rowid, phone) VALUES (?, ?)",
            [(r["rowid"], r["phone"]) for r in batch if r["phone"]])
