"""An Aadhaar number typed into the wrong field is refused naming the field (or, for a bank
account that merely reads as one, asked about), and never echoed in full."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import verhoeff

from power_desktop.core import validate as v
from power_desktop.core.family import parse_family

from ..helpers import EXAMPLE_AADHAAR, TODAY, example_family

OTHER = "499118665246"  # a second valid number
WRITTEN = [EXAMPLE_AADHAAR, "2341 2341 2346", "2341-2341-2346", "२३४१ २३४१ २३४६"]
FIELDS = [("members", 0, "name"), ("members", 1, "name_hi"),
          ("members", 0, "father_or_husband_name"), ("address", "line1"),
          ("address", "locality"), ("ration_card", "number")]


def _family() -> dict[str, Any]:
    family = example_family()
    family["ration_card"] = {"number": "DL123", "category": "PHH"}
    return family


def _set(family: dict[str, Any], where: tuple[Any, ...], value: Any) -> None:
    target: Any = family
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value


@pytest.mark.parametrize("where", FIELDS, ids=lambda w: ".".join(map(str, w)))
@pytest.mark.parametrize("written", WRITTEN)
def test_an_aadhaar_in_a_free_text_field_is_refused(where: tuple[Any, ...],
                                                    written: str) -> None:
    family = _family()
    _set(family, where, f"{written}" if where[-1] == "number" else f"Kamla {written}")
    errors = parse_family(family, TODAY).errors
    assert [e.code for e in errors] == ["aadhaar_in_text"], errors
    assert errors[0].field.endswith(where[-1])
    message = errors[0].message() + errors[0].message("hi")
    assert "XXXX XXXX 2346" in message and EXAMPLE_AADHAAR not in message


@pytest.mark.parametrize("answer", [f"card {EXAMPLE_AADHAAR}", int(EXAMPLE_AADHAAR)])
def test_an_aadhaar_in_an_answer_is_refused(answer: Any) -> None:
    family = _family()
    family["extra"] = {"note": answer}
    family["members"][1]["extra"] = {"note": answer}
    errors = parse_family(family, TODAY).errors
    assert [e.code for e in errors] == ["answer_aadhaar"] * 2
    assert all(EXAMPLE_AADHAAR not in e.message() for e in errors)


def test_a_bank_account_that_is_an_aadhaar() -> None:
    own = _family()
    own["members"][0]["bank"] = {"ifsc": "SBIN0001234", "account": EXAMPLE_AADHAAR}
    errors = parse_family(own, TODAY).errors
    assert [(e.code, e.field) for e in errors] == [
        ("aadhaar_as_bank_account", "members[0].bank.account")]
    another = _family()
    another["members"][1]["aadhaar"] = OTHER
    another["members"][0]["bank"] = {"ifsc": "SBIN0001234", "account": OTHER}
    assert "aadhaar_as_bank_account" in [e.code for e in parse_family(another, TODAY).errors]
    looks = _family()
    looks["members"][0]["bank"] = {"ifsc": "SBIN0001234", "account": "388765432106"}
    assert verhoeff.is_valid("388765432106")
    result = parse_family(looks, TODAY)
    assert not result.errors
    assert [w.code for w in result.warnings] == ["bank_account_like_aadhaar"]


def test_numbers_that_are_not_aadhaar_pass() -> None:
    family = _family()
    family["address"]["line1"] = "H. No. 2341 2341 2345, Gali 9811122233"  # check digit off
    family["ration_card"]["number"] = "234123412346789"  # part of a longer number
    assert not parse_family(family, TODAY).errors


@given(st.integers(min_value=2 * 10**11, max_value=10**12 - 1))
def test_every_valid_number_in_text_is_found_and_masked(number: int) -> None:
    digits = str(number)
    found = v.aadhaar_in(f"near {digits} gate")
    valid = verhoeff.is_valid(digits) and digits != digits[::-1]
    assert (found == digits[-4:]) if valid else found is None
    assert (digits in v.mask_aadhaar_like(f"x {digits}")) is not valid
