"""Logging: one named logger per area, a rotating file in the data directory.

A filter masks anything that looks like an Aadhaar or mobile number, as a second line of defence:
no code should log one in the first place.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .paths import Paths

_AADHAAR = re.compile(r"(?<!\d)[2-9]\d{3}[ -]?\d{4}[ -]?(\d{4})(?!\d)")
_MOBILE = re.compile(r"(?<!\d)(?:\+91[ -]?|0)?[6-9]\d{5}(\d{4})(?!\d)")


def scrub(text: str) -> str:
    text = _AADHAAR.sub(lambda m: f"XXXX XXXX {m.group(1)}", text)
    return _MOBILE.sub(lambda m: f"XXXXXX{m.group(1)}", text)


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def setup(paths: Paths, level: int = logging.INFO, console: bool = False) -> None:
    import logging.handlers  # here, not at the top: it costs start-up time before the window
    paths.logs.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("power")
    root.setLevel(level)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handler = logging.handlers.RotatingFileHandler(
        paths.log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubFilter())
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream.addFilter(ScrubFilter())
        root.addHandler(stream)
