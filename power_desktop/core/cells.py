"""Cell values for files that spreadsheets open (CSV, xlsx): never something a spreadsheet runs.

A value starting with = + - @ (or a tab, carriage return or other control character) would be
taken as a formula by Excel or LibreOffice ("CSV injection"); such a value gets a leading
single quote, which spreadsheets show as text and never run.
"""

from __future__ import annotations

import re

_TRIGGERS = "=+-@"
_HARMLESS = re.compile(r"-|[+-]?\d+(\.\d+)?")  # a lone dash, or a plain signed number


def is_risky(text: str) -> bool:
    return bool(text) and (text[0] in _TRIGGERS or ord(text[0]) < 32) \
        and not _HARMLESS.fullmatch(text)


def inert(value: object) -> object:
    """`value` unchanged unless it is text a spreadsheet would run; then the same text, inert."""
    if isinstance(value, str) and is_risky(value):
        return "'" + value
    return value
