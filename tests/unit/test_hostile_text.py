"""Hostile text in every free-text field: control characters, NUL, escape sequences,
direction overrides, zero-width characters and lone surrogates are refused naming the field
(Devanagari's joiners kept where they belong), and wrong types are not turned into text."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from power_desktop.core import validate as v
from power_desktop.core.family import parse_family

from ..helpers import TODAY, example_family

FIELDS = [("members", 0, "name"), ("members", 1, "name_hi"),
          ("members", 0, "father_or_husband_name"), ("address", "line1"),
          ("address", "locality"), ("ration_card", "number")]
HOSTILE = ["Kamla\x1b[2J", "Kamla\x1b]0;pwned\x07", "Kam\x00la", "Kamla\u202eived",
           "As\u200bha", "Kamla\ufeff", "Kam\u00adla", "Kamla\ud800", "Kamla\x7f",
           "Kamla\ue000"]


def _code(text: str) -> str:
    return next(f"U+{ord(c):04X}" for c in text if not c.isprintable())


def _set(family: dict[str, Any], where: tuple[Any, ...], value: Any) -> None:
    target: Any = family
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value


def _family() -> dict[str, Any]:
    family = example_family()
    family.setdefault("ration_card", {"number": "DL123", "category": "PHH"})
    return family


@pytest.mark.parametrize("where", FIELDS, ids=lambda w: ".".join(map(str, w)))
@pytest.mark.parametrize("hostile", HOSTILE, ids=_code)
def test_hostile_characters_are_refused_in_every_text_field(where: tuple[Any, ...],
                                                           hostile: str) -> None:
    family = _family()
    _set(family, where, hostile)
    errors = parse_family(family, TODAY).errors
    assert len(errors) == 1, errors
    assert errors[0].code == "hidden_character" and errors[0].field.endswith(where[-1])
    message = errors[0].message()
    assert all(c == " " or c.isprintable() for c in message)  # nothing echoed raw


@pytest.mark.parametrize("hostile", HOSTILE, ids=_code)
def test_hostile_characters_are_refused_in_answers(hostile: str) -> None:
    family = _family()
    family["extra"] = {"note": hostile}
    family["members"][0]["extra"] = {"note": hostile}
    errors = parse_family(family, TODAY).errors
    assert [e.code for e in errors] == ["answer_hidden_character"] * 2


@pytest.mark.parametrize("where", FIELDS, ids=lambda w: ".".join(map(str, w)))
@pytest.mark.parametrize("wrong", [42, 4.5, ["Kamla"], {"a": 1}, True])
def test_wrong_types_are_refused_naming_the_field(where: tuple[Any, ...], wrong: Any) -> None:
    family = _family()
    _set(family, where, wrong)
    errors = parse_family(family, TODAY).errors
    assert len(errors) == 1 and errors[0].code == "not_text", errors
    assert "must be text" in errors[0].message()


def test_line_breaks_of_any_kind_are_white_space() -> None:
    for typed in ("Kamla\u0085Devi", "Kamla\u2028Devi", "Kamla\nDevi", "Kamla\tDevi"):
        assert v.name(typed) == "Kamla Devi"


def test_devanagari_joiners_stay_where_they_belong() -> None:
    for word in ("क्\u200dष", "र्\u200dय", "क्\u200cष"):
        assert v.name(word) == word
    for misplaced in ("\u200dकमला", "कमला\u200c", "Kam\u200dla"):
        with pytest.raises(v.Invalid, match="hidden_character"):
            v.name(misplaced)


def test_a_lone_surrogate_from_json_is_refused_not_a_crash() -> None:
    family = json.loads(json.dumps(_family()).replace("Kamla", "\\ud800Kamla", 1))
    errors = parse_family(family, TODAY).errors
    assert [e.code for e in errors] == ["hidden_character"]


@given(st.text(max_size=40))
def test_text_kept_never_holds_a_hidden_character(typed: str) -> None:
    try:
        kept = v.text(typed, 100)
    except v.Invalid:
        return
    for i, ch in enumerate(kept):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            assert ch in "\u200c\u200d" and "\u0900" <= kept[i - 1] <= "\u097f"


@given(st.text())
def test_what_the_command_line_prints_holds_no_hidden_character(value: str) -> None:
    from power_desktop.cli.plain_out import plain
    shown = plain(value)
    for ch in shown:
        assert ch in "\n\t\u200c\u200d" or unicodedata.category(ch) not in {
            "Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
    if all(ch in "\n\t" or ch.isprintable() for ch in value):
        assert shown == value  # ordinary text, Hindi included, is printed as it is
