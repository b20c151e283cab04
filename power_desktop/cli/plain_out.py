"""What the command line prints shows hidden characters as codes.

Names, addresses and answers are checked when typed (core/validate.py refuses control,
format and private-use characters), but a record saved by an older release, or written into
the database by other means, may still hold an escape sequence, a NUL or a direction override.
Printed as it is, that clears or retitles the operator's terminal or hides what a name really
is; so every line the command line prints goes through here, with such characters shown as
`\\u001b` (newlines and tabs kept)."""

from __future__ import annotations

import contextlib
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any, TextIO

_HIDDEN = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
_KEPT = {"\n", "\t", "\u200c", "\u200d"}  # ZWNJ/ZWJ: how Devanagari is written


def plain(text: str) -> str:
    if text.isascii() and text.replace("\n", "").replace("\t", "").isprintable():
        return text  # the common case, at once
    return "".join(c if c in _KEPT or unicodedata.category(c) not in _HIDDEN
                   else f"\\u{ord(c):04x}" for c in text)


class PlainStream:
    """A text stream whose writes are passed through `plain`."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(plain(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextlib.contextmanager
def plain_output() -> Iterator[None]:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = PlainStream(out), PlainStream(err)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
