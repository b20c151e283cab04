"""print records

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'print_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('copy_no', sa.Integer(), nullable=False),
        sa.Column('printer', sa.String(length=200), nullable=False),
        sa.Column('printed_by', sa.String(length=100), nullable=False),
        sa.Column('printed_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['application.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_print_record_application_id', 'print_record', ['application_id'])


def downgrade() -> None:
    op.drop_index('ix_print_record_application_id', table_name='print_record')
    op.drop_table('print_record')
