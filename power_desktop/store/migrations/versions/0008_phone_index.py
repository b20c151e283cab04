"""search index: phone-number pieces in their own table (member_phone)

The pieces were a column of member_search, whose 1-4 character prefix indexes (kept for
half-typed names) multiplied them for no query's use. The index is made again from the
member and family tables: about a minute for 200,000 families, seconds for a camp's.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
from sqlalchemy import text

from power_desktop.store import search_index

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _drop_index() -> None:
    for table in (search_index.TABLE, search_index.PHONE_TABLE):
        op.execute(f"DROP TABLE IF EXISTS {table}")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    _drop_index()
    search_index.create(conn)
    search_index.rebuild(conn)


def downgrade() -> None:
    """Back to 0003's one table, the phone pieces in its phone column."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    _drop_index()
    conn.execute(text(f"CREATE VIRTUAL TABLE {search_index.TABLE} USING fts5(name, father, "
                      "phone, ids, born, place, tokenize='unicode61', prefix='1 2 3 4')"))
    columns = ("rowid", "name", "father", "phone", "ids", "born", "place")
    for batch in search_index.every_member(conn):
        conn.exec_driver_sql(
            f"INSERT INTO {search_index.TABLE} ({', '.join(columns)}) VALUES (?{', ?' * 6})",
            [tuple(row[c] for c in columns) for row in batch])
