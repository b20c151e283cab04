"""Alembic environment: migrations run on the engine the application hands over."""

from alembic import context
from sqlalchemy import text

from power_desktop.store.db import MIGRATE_LOCK, WRITE
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
        if connection.dialect.name == "postgresql":
            # Two laptops starting a newer version at once on a camp server take turns: the
            # second, once the first has committed, finds the schema already up to date
            # (without the turn, it would remake the search index again and then fail on
            # the version it expected to find). Not the writers' turn: a save waiting for it
            # while holding rows this migration must lock would wait for each other.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        context.run_migrations()
    connection.commit()
