"""search index (SQLite FTS5) over names, phone numbers and IDs

Revision ID: 0003
Revises: 0002
"""
from alembic import op

from power_desktop.store import search_index

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search_index.create(conn)
    search_index.rebuild(conn)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {search_index.TABLE}")
