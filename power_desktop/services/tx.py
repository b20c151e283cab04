"""The services' transaction: the store's, with the database's own failures (a full disk, a
read-only file, a pulled drive) turned into a message an operator can act on. The whole change
is rolled back, so nothing is half-saved and nothing saved before is touched."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from power_desktop.store import db

from .errors import StorageProblem

_CAUSES = (
    ("disk is full", "The disk is full"),
    ("readonly", "The database cannot be written (the file or its folder is read-only)"),
    ("read-only", "The database cannot be written (the file or its folder is read-only)"),
    ("disk i/o error", "The disk could not be written (was a drive removed?)"),
    ("unable to open", "The database file cannot be opened (was a drive removed?)"),
    ("database is locked", "The database is busy in another window or program"),
)


def plain_reason(exc: OperationalError) -> str | None:
    text = str(exc.orig if exc.orig is not None else exc).lower()
    for needle, reason in _CAUSES:
        if needle in text:
            return reason
    return None


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    try:
        with db.transaction(factory) as session:
            yield session
    except OperationalError as exc:
        reason = plain_reason(exc)
        if reason is None:
            raise
        raise StorageProblem(f"{reason}: this change was not saved. Everything saved before "
                             "is safe. Fix the cause (free some space, check the drive) and "
                             "try again.") from exc
