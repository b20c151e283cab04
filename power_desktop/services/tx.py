"""The services' transaction: the store's, with the database's own failures (a full disk, a
read-only file, a pulled drive) turned into a message an operator can act on. The whole change
is rolled back, so nothing is half-saved and nothing saved before is touched."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from power_desktop.store import db

from .errors import OtherVersion, StorageProblem

_READ_ONLY = ("The database cannot be written (the file or its folder is read-only)",
              "डेटाबेस में लिखा नहीं जा सकता (फ़ाइल या उसका फ़ोल्डर केवल पढ़ने के लिए है)")
_CAUSES = (
    ("disk is full", ("The disk is full", "डिस्क भर गई है")),
    ("readonly", _READ_ONLY),
    ("read-only", _READ_ONLY),
    ("disk i/o error", ("The disk could not be written (was a drive removed?)",
                        "डिस्क में लिखा नहीं जा सका (क्या ड्राइव निकाली गई?)")),
    ("unable to open", ("The database file cannot be opened (was a drive removed?)",
                        "डेटाबेस फ़ाइल नहीं खुल सकी (क्या ड्राइव निकाली गई?)")),
    ("database is locked", ("The database is busy in another window or program",
                            "डेटाबेस किसी दूसरी खिड़की या प्रोग्राम में व्यस्त है")),
)


def plain_reason(exc: OperationalError) -> tuple[str, str] | None:
    """The cause in plain words (English, Hindi), or None for an error that is not the
    storage's fault."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    for needle, reason in _CAUSES:
        if needle in text:
            return reason
    return None


@contextmanager
def transaction(factory: sessionmaker[Session], turn: str = "now") -> Iterator[Session]:
    try:
        with db.transaction(factory, turn) as session:
            yield session
    except db.SchemaMismatch as exc:
        raise OtherVersion(exc.found, db.SCHEMA_HEAD, saving=True) from None
    except OperationalError as exc:
        reason = plain_reason(exc)
        if reason is None:
            raise
        raise StorageProblem(f"{reason[0]}: this change was not saved. Everything saved "
                             "before is safe. Fix the cause (free some space, check the drive) "
                             "and try again.",
                             hi=f"{reason[1]}: यह बदलाव सहेजा नहीं गया। पहले सहेजा गया सब "
                                "सुरक्षित है। कारण ठीक करें (जगह ख़ाली करें, ड्राइव जाँचें) "
                                "और फिर कोशिश करें।") from exc
