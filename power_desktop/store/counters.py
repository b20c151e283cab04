"""The laptop's own numbering (families, applications), taken inside the writing transaction.

A number is taken by one UPDATE ... RETURNING on the camp's counter row, never by reading the
counter (or a max()) first and writing it back: the UPDATE locks the row until the transaction
ends (PostgreSQL) or runs under the write lock the transaction already holds (SQLite, BEGIN
IMMEDIATE), so two writers, on one laptop or on a camp server, never take the same number. The
number is used in the same transaction; if it rolls back, so does the counter.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import text, update
from sqlalchemy.orm import Session, sessionmaker

from .models import Camp

Counter = Literal["family", "application"]

_COLUMNS = {"family": Camp.next_family_seq, "application": Camp.next_application_seq}


def take(session: Session, camp_id: int, counter: Counter, count: int = 1) -> int:
    """The first of `count` consecutive numbers of the camp's `counter`, now taken."""
    column = _COLUMNS[counter]
    after = session.execute(
        update(Camp).where(Camp.id == camp_id).values({column: column + count})
        .returning(column).execution_options(synchronize_session="fetch")).scalar_one()
    return int(after) - count


def take_apart(factory: sessionmaker[Session], camp_id: int, counter: Counter) -> int:
    """One number taken and committed at once, in one statement (no transaction around it):
    like a sequence's, a number a failed change then leaves unused is never given again."""
    name = _COLUMNS[counter].key
    with factory() as session:  # the statement as text: a number costs one round trip, and
        # (on a camp server, once per save) no ORM update to build and synchronise
        conn = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        after = conn.execute(text(f"UPDATE camp SET {name} = {name} + 1 WHERE id = :id "
                                  f"RETURNING {name}"), {"id": camp_id}).scalar_one()
        return int(after) - 1
