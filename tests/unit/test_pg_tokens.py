"""The camp server's index splits text into the tokens SQLite's FTS5 (unicode61) makes of it:
otherwise a name found on a laptop's own database would be missed on the server. FTS5 itself
is the reference, asked through its vocabulary table."""

from __future__ import annotations

import sqlite3

from hypothesis import example, given, settings
from hypothesis import strategies as st

from power_desktop.store import search_index_pg as pg

_fts = sqlite3.connect(":memory:")
_fts.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61')")
_fts.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")


def fts5_tokens(value: str) -> list[str]:
    _fts.execute("DELETE FROM t")
    _fts.execute("INSERT INTO t (x) VALUES (?)", (value,))
    return [r[0] for r in _fts.execute("SELECT term FROM v ORDER BY offset")]


# What typed names, places and numbers are made of, and what could be pasted among them.
_chars = st.one_of(
    st.sampled_from("abcxyzABCXYZ0189 _-.,'/\t"),
    st.characters(min_codepoint=0xC0, max_codepoint=0x24F),   # Latin with accents
    st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),   # accents typed apart
    st.characters(min_codepoint=0x900, max_codepoint=0x97F),  # Devanagari, its signs too
    st.sampled_from("\u200c\u200d\u00a0\ue000\u0301\u2013\u0966\u096f"),
)


@settings(max_examples=400, deadline=None)
@given(st.text(_chars, max_size=30))
@example("Rām Kumār")
@example("सुनीता देवी ९८७")
@example("kml1981 a1234 DL-SO-C07")
def test_tokens_are_fts5s(value: str) -> None:
    assert pg.tokens(value) == fts5_tokens(value)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(max_codepoint=0x7F), max_size=40))
def test_the_quick_way_for_plain_letters_agrees(value: str) -> None:
    assert pg.tokens(value) == list(pg._unicode_tokens(value)) == fts5_tokens(value)


def test_prefixes_are_the_first_one_to_four_letters() -> None:
    assert pg.prefixes("sunita") == ("s", "su", "sun", "suni")
    assert pg.prefixes("rm") == ("r", "rm")
