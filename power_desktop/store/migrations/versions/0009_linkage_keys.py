"""search index: the duplicate check's blocking tokens (core.linkage.blocking)

Names are now also found by neighbouring words joined (Om Prakash / Omprakash), and the
duplicate check asks for a name key near the year, with a father's or husband's name, or with
the locality, each on its own, so the index is made again from the member and family tables
(progress logged and shown on a terminal: under two minutes for 200,000 families).

Revision ID: 0009
Revises: 0008
"""
from alembic import op

from power_desktop.store import search_index

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    search_index.create(conn)  # adds the name-key counts (fts5vocab)
    search_index.rebuild(conn, progress=search_index.report_progress)


def downgrade() -> None:
    """0008's tables hold the same columns: the rows are made again by the code that runs."""
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    op.execute(f"DROP TABLE IF EXISTS {search_index.VOCAB}")
    search_index.rebuild(conn)
