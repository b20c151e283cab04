"""member photos from the Aadhaar QR (sealed)

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'member_photo',
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('cipher', sa.LargeBinary(), nullable=False),
        sa.Column('source', sa.String(length=20), nullable=False),
        sa.Column('signature', sa.String(length=20), nullable=False),
        sa.Column('added_by', sa.String(length=100), nullable=False),
        sa.Column('added_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('member_id'),
    )


def downgrade() -> None:
    op.drop_table('member_photo')
