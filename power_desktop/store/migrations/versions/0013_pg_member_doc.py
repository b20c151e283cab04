"""a camp server (PostgreSQL): each member's index rows also as one tsvector under GIN

A query that few members match ("deepak rawat", three words of which one half-typed) was
answered by walking its rarest word's members in order and checking each: at a million
members, 50-130 ms where FTS5 takes 5. member_doc keeps each member's search, prefix and phone
rows as one tsvector of tagged lexemes, and GIN intersects their member lists
(store/search_plan_pg chooses by PostgreSQL's estimate). SQLite: nothing changes.

Revision ID: 0013
Revises: 0012
"""
from alembic import op

from power_desktop.store import search_index_pg as pg

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    pg.create(conn)
    pg.fill_docs(conn)
    conn.exec_driver_sql(f"ANALYZE {pg.DOC}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {pg.DOC}")
