"""Blocking: the tokens a registered person is indexed by, and the tokens a typed person is
looked for by. Any one rule is enough to bring a candidate, so a person found by one is never
lost because another key differs (record-linkage tools call these blocking rules, and merge
what each finds):

- any one name key near the year of birth (`kml1981`): a word of the name, or two neighbouring
  words joined, so "Om Prakash" meets "Omprakash"; the window widens for a told age, for an
  elderly person, and takes in years with two digits swapped (1979 / 1997);
- a name key with a father's or husband's name key, any year (`kml0srs`);
- a name key with the locality, any year (`kml9sangamvihar`);
- a father's or husband's name key near the year (`srs81981`): the person's own name spelt
  past recognition;
- and, outside these tokens, a shared mobile and the same Aadhaar token.

Tokens are plain letters and digits, so any full-text index (SQLite FTS5, PostgreSQL
tsvector) or a table of keys can hold them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from .compare import Person, place_key
from .names import block_keys

MAX_FATHER_KEYS = 2


def name_keys(person: Person) -> tuple[str, ...]:
    return tuple(dict.fromkeys(block_keys(person.name) + block_keys(person.name_hi)))


def _father_keys(person: Person) -> tuple[str, ...]:
    return block_keys(person.father)[:MAX_FATHER_KEYS]


def index_tokens(person: Person) -> list[str]:
    """What a registered person is found by."""
    year = person.dob.year
    own = name_keys(person)
    fathers = _father_keys(person)
    place = place_key(person.locality)
    tokens = [f"{k}{year}" for k in own]
    tokens += [f"{k}0{f}" for k in own for f in fathers]
    if place:
        tokens += [f"{k}9{place}" for k in own]
    tokens += [f"{f}8{year}" for f in fathers]
    return list(dict.fromkeys(tokens))


def years(person: Person, today: date) -> list[int]:
    """The years of birth to look in: one either side, five for an age near or past fifty
    (ages told are rounded and guessed), ten for an age told now; and the year with two
    neighbouring digits swapped or one digit slipped."""
    year = person.dob.year
    age = today.year - year
    spread = 10 if person.dob_estimated else 5 if age >= 45 else 1
    found = list(range(year - spread, year + spread + 1))
    s = f"{year:04d}"
    found += [int(s[:2] + s[3] + s[2]), int(s[:1] + s[2] + s[1] + s[3])]
    return sorted({y for y in found if 1850 <= y <= today.year})


def query_tokens(person: Person, today: date) -> list[str]:
    """What a typed person is looked for by (a shared mobile and Aadhaar aside)."""
    own = name_keys(person)
    fathers = _father_keys(person)
    place = place_key(person.locality)
    near = years(person, today)
    tokens = [f"{k}{y}" for k in own for y in near]
    tokens += [f"{k}0{f}" for k in own for f in fathers]
    if place:
        tokens += [f"{k}9{place}" for k in own]
    close = [y for y in near if abs(y - person.dob.year) <= 1]
    tokens += [f"{f}8{y}" for f in fathers for y in close]
    return list(dict.fromkeys(tokens))


def fts_any(tokens: Iterable[str]) -> str:
    """An FTS query matching any of the tokens (they are letters and digits only)."""
    return " OR ".join(tokens)
