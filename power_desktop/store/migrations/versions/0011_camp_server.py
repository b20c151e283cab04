"""a camp server (PostgreSQL): lengths that SQLite never enforced

PostgreSQL refuses a value longer than its column; SQLite keeps it. An audit entry's subject
holds a backup's or export's path, longer than 60 characters in most folders: now text.

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.alter_column('subject', existing_type=sa.String(length=60), type_=sa.Text(),
                              existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.alter_column('subject', existing_type=sa.Text(), type_=sa.String(length=60),
                              existing_nullable=True)
