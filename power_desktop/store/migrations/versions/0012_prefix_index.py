"""a camp server (PostgreSQL): the search index keeps half-typed words' members in order

A half-typed word ("k", "sun") was a range of the token table, read whole and sorted before
the first answer: at a million members, hundreds of milliseconds. The prefix table keeps the
first one to four letters of each token with its members in id order, as FTS5's prefix
indexes do (store/search_plan_pg). The token tables' keys become unique indexes (a bulk load
drops and makes them again) and each gets an index by member. SQLite: nothing changes.

Revision ID: 0012
Revises: 0011
"""
from alembic import op

from power_desktop.store import search_index_pg as pg

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for table in (pg.SEARCH, pg.BLOCK, pg.PHONE):
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {table}_pkey")
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {table}_member")
    pg.create(conn)
    columns = ", ".join(f"'{c}'" for c in pg.PREFIX_COLUMNS)
    for length in range(1, pg.PREFIX_MAX + 1):
        conn.exec_driver_sql(
            f"INSERT INTO {pg.PREFIX} (pre, col, member_id) "
            f"SELECT DISTINCT left(token, {length}), col, member_id FROM {pg.SEARCH} "
            f"WHERE col IN ({columns}) AND char_length(token) >= {length} "
            "ON CONFLICT DO NOTHING")
    conn.exec_driver_sql(f"ANALYZE {pg.PREFIX}")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {pg.PREFIX}")
    for table, key in ((pg.SEARCH, "token, col, member_id"), (pg.BLOCK, "token, member_id"),
                       (pg.PHONE, "token, member_id")):
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {table}_key")
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {table}_by_member")
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD PRIMARY KEY ({key})")
        conn.exec_driver_sql(f"CREATE INDEX {table}_member ON {table} (member_id)")
