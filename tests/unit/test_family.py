"""Checking a whole family: errors name the member and field, warnings ask for confirmation."""

from __future__ import annotations

from typing import Any

import pytest

from power_desktop.core.family import check_member, parse_family
from power_desktop.core.messages import Problem

from ..helpers import TODAY, example_family


def codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.code, p.field) for p in problems}


def test_issue_example_is_valid() -> None:
    result = parse_family(example_family(), TODAY)
    assert result.ok, result.problems
    family = result.family
    assert family is not None
    assert family.head.name == "Kamla Devi"
    assert family.members[0].aadhaar == "234123412346"
    assert family.members[1].dob_estimated and family.members[1].age_on(TODAY) == 4
    assert family.ration_category == "PHH" and family.address.pin == "110080"


def test_aadhaar_never_in_repr() -> None:
    family = parse_family(example_family(), TODAY).family
    assert "234123412346" not in repr(family)


def test_every_problem_named_with_member_and_field() -> None:
    data = example_family()
    data["mobile"] = "12345"
    data["address"]["pin"] = "11008"
    data["members"][1].update(gender="X", name="  ")
    data["members"][0]["aadhaar"] = "2341 2341 2345"
    result = parse_family(data, TODAY)
    assert not result.ok
    assert codes(result.errors) == {
        ("mobile_invalid", "mobile"), ("pin_invalid", "address.pin"),
        ("unknown_code", "members[1].gender"), ("required", "members[1].name"),
        ("aadhaar_checksum", "members[0].aadhaar")}
    by_field = {p.field: p for p in result.errors}
    assert by_field["members[0].aadhaar"].describe() == (
        "Member 1: Aadhaar number is not valid: a digit is mistyped (check digit does not match).")
    assert by_field["members[1].gender"].describe("hi").startswith("सदस्य 2: लिंग")


@pytest.mark.parametrize(("change", "code"), [
    ({"relation": "head"}, "many_heads"), ({"relation": "spouse"}, None)])
def test_exactly_one_head(change: dict[str, Any], code: str | None) -> None:
    data = example_family()
    data["members"][1].update(change)
    result = parse_family(data, TODAY)
    assert (code in {p.code for p in result.errors}) if code else not result.errors


def test_no_head() -> None:
    data = example_family()
    data["members"][0]["relation"] = "spouse"
    assert "no_head" in {p.code for p in parse_family(data, TODAY).errors}


def test_no_members() -> None:
    data = example_family()
    data["members"] = []
    assert "no_members" in {p.code for p in parse_family(data, TODAY).errors}


def test_young_spouse_is_a_warning_not_an_error() -> None:
    data = example_family()
    data["members"][1].update(relation="spouse", age=14, gender="M", marital_status="married")
    result = parse_family(data, TODAY)
    assert result.family is not None and not result.errors
    assert {p.code for p in result.warnings} == {"young_spouse", "married_minor"}


def test_child_older_than_head_and_young_parent_warn() -> None:
    data = example_family()
    data["members"].append({"name": "Ram Lal", "relation": "father", "gender": "M", "age": 50})
    data["members"].append({"name": "Sonu", "relation": "son", "gender": "M", "age": 60})
    warnings = {p.code for p in parse_family(data, TODAY).warnings}
    assert warnings == {"parent_younger_than_head", "child_older_than_parent"}


def test_delhi_pin_warning() -> None:
    data = example_family()
    data["address"]["pin"] = "201301"
    result = parse_family(data, TODAY)
    assert [p.code for p in result.warnings] == ["pin_not_delhi"]


def test_same_aadhaar_twice_in_a_family() -> None:
    data = example_family()
    data["members"][1]["aadhaar"] = data["members"][0]["aadhaar"]
    assert ("duplicate_aadhaar", "members[1].aadhaar") in codes(parse_family(data, TODAY).errors)


def test_pregnancy_only_for_women() -> None:
    problems = check_member({"name": "A", "relation": "head", "gender": "M", "age": 30,
                             "pregnant": True}, TODAY)
    assert [p.code for p in problems] == ["pregnant_not_female"]


def test_construction_days_only_for_construction_workers() -> None:
    member = {"name": "A", "relation": "head", "gender": "M", "age": 30,
              "occupation": "farmer", "construction_days_last_year": 100}
    assert [p.code for p in check_member(member, TODAY)] == ["construction_days_only"]
    member["occupation"] = "construction_worker"
    assert check_member(member, TODAY) == []


def test_unknown_keys_and_wrong_types_reported() -> None:
    data = example_family()
    data["colour"] = "blue"
    data["members"][0]["bank"] = "SBI"
    data["members"].append("not a member")
    result = parse_family(data, TODAY)
    assert {p.code for p in result.errors} >= {"unknown_key", "not_an_object"}


def test_not_an_object() -> None:
    assert parse_family([], TODAY).errors[0].code == "not_an_object"  # type: ignore[arg-type]


def test_legacy_district_kept_as_typed() -> None:
    data = example_family()
    data["address"]["district"] = "shahdara"
    family = parse_family(data, TODAY).family
    assert family is not None and family.address.district == "Shahdara"


def test_district_names_case_insensitive_and_unknown_listed() -> None:
    data = example_family()
    data["address"]["district"] = "  south   west "
    family = parse_family(data, TODAY).family
    assert family is not None and family.address.district == "South West"
    data["address"]["district"] = "Gurgaon"
    problem = parse_family(data, TODAY).errors[0]
    assert "Gurgaon" in problem.message() and "Old Delhi" in problem.message()


def test_dob_or_age_required() -> None:
    data = example_family()
    del data["members"][1]["age"]
    assert ("dob_or_age", "members[1].dob") in codes(parse_family(data, TODAY).errors)
