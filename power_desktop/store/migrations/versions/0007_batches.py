"""batches, acknowledgements

Revision ID: 0007
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exported_version', sa.Integer(), server_default='0',
                                      nullable=False))
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('exported_version', sa.Integer(), server_default='0',
                                      nullable=False))
        batch_op.add_column(sa.Column('central_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('central_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('central_reference', sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column('central_at', sa.DateTime(), nullable=True))
    op.create_table(
        'batch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('camp_id', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('period_from', sa.DateTime(), nullable=True),
        sa.Column('period_to', sa.DateTime(), nullable=False),
        sa.Column('exported_by', sa.String(length=100), nullable=False),
        sa.Column('approved_by', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('target', sa.Text(), nullable=False),
        sa.Column('manifest', sa.Text(), nullable=False),
        sa.Column('items', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['camp_id'], ['camp.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('code'),
        sa.UniqueConstraint('camp_id', 'seq'),
    )
    op.create_table(
        'batch_content',
        sa.Column('batch_id', sa.Integer(), nullable=False),
        sa.Column('piece', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['batch_id'], ['batch.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('batch_id', 'piece'),
    )
    op.create_table(
        'ack_import',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('file_name', sa.Text(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('imported_by', sa.String(length=100), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.Column('applied', sa.Integer(), nullable=False),
        sa.Column('unchanged', sa.Integer(), nullable=False),
        sa.Column('set_aside', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_ack_import_sha256', 'ack_import', ['sha256'])


def downgrade() -> None:
    op.drop_index('ix_ack_import_sha256', table_name='ack_import')
    op.drop_table('ack_import')
    op.drop_table('batch_content')
    op.drop_table('batch')
    with op.batch_alter_table('application', schema=None) as batch_op:
        for name in ('central_at', 'central_reference', 'central_reason', 'central_status',
                     'exported_version'):
            batch_op.drop_column(name)
    with op.batch_alter_table('family', schema=None) as batch_op:
        batch_op.drop_column('exported_version')
