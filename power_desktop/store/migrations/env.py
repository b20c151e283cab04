"""Alembic environment: migrations run on the engine the application hands over."""

from alembic import context

from power_desktop.store.db import WRITE
from power_desktop.store.models import Base
from power_desktop.store.search_index import is_index_table

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    # A writing connection: two programs starting at once on an old database take turns.
    connection.execution_options(**{WRITE: True})
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
        include_name=lambda name, kind, _parent: not (kind == "table" and is_index_table(name)),
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
