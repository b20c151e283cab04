"""A camp server's database copied whole into a SQLite file: `power-desktop backup` on a
laptop working on the server writes the same kind of backup file as a laptop on its own (the
schema migrated to the newest, the search index made again), which `restore` and any laptop
can open.

The rows are read in one REPEATABLE READ, READ ONLY transaction, so the copy is one moment of
the camp even while other laptops keep registering."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, insert, select

from . import db, search_index
from .models import Base

BATCH = 2000


def to_sqlite(source: Engine, target: Path) -> int:
    """Copy every table of `source` into a new SQLite file at `target`; returns the rows."""
    copy = db.make_engine(target)
    copied = 0
    try:
        db.migrate(copy)
        with source.connect() as read:
            read = read.execution_options(isolation_level="REPEATABLE READ",
                                          postgresql_readonly=True)
            with read.begin(), db.writing(copy) as write:
                for table in Base.metadata.sorted_tables:
                    result = read.execute(select(table))
                    while rows := result.fetchmany(BATCH):
                        write.execute(insert(table), [dict(r._mapping) for r in rows])
                        copied += len(rows)
                search_index.rebuild(write)
    finally:
        copy.dispose()
    return copied
