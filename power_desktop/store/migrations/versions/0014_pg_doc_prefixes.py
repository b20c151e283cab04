"""a camp server (PostgreSQL): the doc's prefix lexemes up to 16 letters, not 4

A half-typed or locality word longer than four letters was asked of GIN as a prefix
('P|sangam':*), which GIN reads whole into a bitmap before intersecting: 7 ms or more for a
locality word at a million members, even for a query that matches nobody. Each doc now keeps
the prefixes of its name, father and place tokens up to search_index_pg.DOC_PREFIX_MAX letters
as lexemes of their own. The docs are made again (GIN index dropped meanwhile and built
once at the end). SQLite: nothing changes.

Revision ID: 0014
Revises: 0013
"""
from alembic import op

from power_desktop.store import search_index_pg as pg

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    pg.remake_docs(conn)


def downgrade() -> None:
    # The longer prefixes do no harm to 0013's queries; nothing to take away.
    pass
