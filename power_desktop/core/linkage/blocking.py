"""Blocking: the tokens a registered person is indexed by, and the rules a typed person is
looked for by. Any one rule is enough to bring a candidate, so a person found by one is never
lost because another key differs (record-linkage tools call these blocking rules, and merge
what each finds). Each rule pairs two things, so that even the commonest name asks for a few
dozen people, not thousands:

- ``given``:  the given name's key with the year of birth (``snt1981``); the year within one
  either way, or with two digits swapped or one slipped (1979 / 1997), or within ten years
  for an age told now;
- ``joined``: the whole name written without spaces, with the year (``omprks1981``), so that
  "Om Prakash" meets "Omprakash" and "Ram Kumar" meets "Ramkumar";
- ``initial``: another word of the name with the given name's first letter and the year
  (``gpt6r1981``): "R. K. Gupta" meets "Rajesh Kumar Gupta", a given name spelt past
  recognition still meets its surname;
- ``pair``:   two words of the name, in either order, any year (``gt7srm``): "Sharma Geeta"
  meets "Geeta Sharma", and an age told ten years off does not hide the person;
- ``father``: the given name with a father's or husband's name key, any year (``snt0rms``);
- ``place``:  the given name with the locality, any year (``snt9sangamvihar``);
- ``parent_year``: a father's or husband's name key with the year (``rms81981``);
- and, outside these tokens, a shared mobile and the same Aadhaar token.

Tokens are plain letters and digits, so any full-text index (SQLite FTS5, PostgreSQL
tsvector) or a table of keys can hold them.
"""

from __future__ import annotations

from datetime import date
from itertools import combinations

from .compare import Person, place_key
from .names import parts, skeleton

MAX_FATHER_KEYS = 2


def _name_parts(person: Person) -> list[tuple[str, tuple[str, ...], str]]:
    """(given key, other words' keys, joined key) for each script the name is written in."""
    out = []
    for name in dict.fromkeys(n for n in (person.name, person.name_hi) if n):
        p = parts(name)
        if not p.core:
            continue
        given = p.core[0]
        others = tuple(dict.fromkeys(skeleton(w) for w in p.core[1:] if len(w) > 1))
        joined = skeleton("".join(p.every)) if len(p.every) > 1 else ""
        out.append((skeleton(given) if len(given) > 1 else "", others, joined))
    return out


def _keys_of(person: Person) -> tuple[set[str], set[str], set[str], set[str]]:
    givens: set[str] = set()
    others: set[str] = set()
    joined: set[str] = set()
    initials: set[str] = set()
    for given, rest, whole in _name_parts(person):
        if given:
            givens.add(given)
            initials.add(given[0])
        elif rest:
            initials.add(parts(person.name).core[0][:1])
        others.update(rest)
        if whole:
            joined.add(whole)
    return givens, others, joined, {i for i in initials if i}


def _fathers(person: Person) -> list[str]:
    p = parts(person.father)
    return list(dict.fromkeys(skeleton(w) for w in p.core if len(w) > 1))[:MAX_FATHER_KEYS]


def index_tokens(person: Person) -> list[str]:
    """What a registered person is found by."""
    year = person.dob.year
    givens, others, joined, initials = _keys_of(person)
    fathers = _fathers(person)
    place = place_key(person.locality)
    tokens = [f"{g}{year}" for g in givens]
    tokens += [f"{j}{year}" for j in joined]
    tokens += [f"{k}6{i}{year}" for k in others for i in initials]
    words = sorted(givens | others)
    tokens += [f"{a}7{b}" for a, b in combinations(words, 2)]
    tokens += [f"{g}0{f}" for g in givens for f in fathers]
    if place:
        tokens += [f"{g}9{place}" for g in givens]
    tokens += [f"{f}8{year}" for f in fathers]
    return list(dict.fromkeys(tokens))


def years(person: Person, today: date) -> list[int]:
    """The years of birth to look in: one either side (ten for an age told now), and the
    year with two neighbouring digits swapped or one digit slipped."""
    year = person.dob.year
    spread = 10 if person.dob_estimated else 1
    found = set(range(year - spread, year + spread + 1))
    s = f"{year:04d}"
    found.add(int(s[:2] + s[3] + s[2]))
    found.add(int(s[0] + s[2] + s[1] + s[3]))
    return sorted(y for y in found if 1850 <= y <= today.year)


def query_rules(person: Person, today: date) -> dict[str, list[str]]:
    """The tokens a typed person is looked for by, rule by rule (a shared mobile and Aadhaar
    aside), each rule asked on its own so that a broad one cannot crowd out the others."""
    near = years(person, today)
    close = [y for y in near if abs(y - person.dob.year) <= 1]
    givens, others, joined, initials = _keys_of(person)
    fathers = _fathers(person)
    place = place_key(person.locality)
    words = sorted(givens | others)
    rules = {
        "given": [f"{g}{y}" for g in givens for y in near],
        "joined": [f"{j}{y}" for j in joined for y in near],
        "initial": [f"{k}6{i}{y}" for k in others for i in initials for y in near],
        "pair": [f"{a}7{b}" for a, b in combinations(words, 2)],
        "father": [f"{g}0{f}" for g in givens for f in fathers],
        "place": [f"{g}9{place}" for g in givens] if place else [],
        "parent_year": [f"{f}8{y}" for f in fathers for y in close],
    }
    return {rule: list(dict.fromkeys(tokens)) for rule, tokens in rules.items() if tokens}
