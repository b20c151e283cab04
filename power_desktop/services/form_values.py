"""The value printed in each form field, from the family and member as registered.

Coded answers print in both languages ("Female / महिला"), dates as DD/MM/YYYY, money in
Indian grouping. None means the family has not given it: the form prints an empty box.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from power_desktop.core import codes
from power_desktop.core.codes import indian_grouping
from power_desktop.core.districts import find_district

from .results import FamilyView, MemberView


def _code(table: dict[str, codes.Code], value: str | None) -> str | None:
    if not value:
        return None
    code = table.get(value)
    return f"{code.en} / {code.hi}" if code else value


def _yes_no(value: Any) -> str | None:
    if value is None:
        return None
    return "Yes / हाँ" if value else "No / नहीं"


def _plain(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return _yes_no(value)
    return str(value)


def _district(f: FamilyView) -> str | None:
    name = f.address.get("district") or ""
    found = find_district(f.address.get("state") or "DL", name)
    return f"{found.name} / {found.name_hi}" if found else (name or None)


def _ration(f: FamilyView) -> str | None:
    number = f.ration_card.get("number")
    if not number:
        return None
    category = _code(codes.RATION_CATEGORIES, f.ration_card.get("category"))
    return f"{number}, {category}" if category else number


def _address(f: FamilyView) -> str | None:
    parts = [f.address.get("line1"), f.address.get("locality")]
    text = ", ".join(p for p in parts if p)
    return text or None


def _dob(m: MemberView) -> str:
    return ("about " if m.dob_estimated else "") + m.dob.strftime("%d/%m/%Y")


FAMILY: dict[str, Callable[[FamilyView], str | None]] = {
    "family.id": lambda f: f.family_id,
    "family.head_name": lambda f: next((m.name for m in f.members if m.relation == "head"),
                                       None),
    "family.address": _address,
    "family.district": _district,
    "family.pin": lambda f: f.address.get("pin") or None,
    "family.mobile": lambda f: f.mobile,
    "family.annual_income": lambda f: None if f.annual_income is None
    else f"Rs {indian_grouping(f.annual_income)}",
    "family.social_category": lambda f: _code(codes.SOCIAL_CATEGORIES, f.social_category),
    "family.minority": lambda f: _yes_no(f.minority),
    "family.years_in_state": lambda f: _plain(f.years_in_state),
    "family.ration_card": _ration,
    "family.member_count": lambda f: str(len(f.members)),
}

MEMBER: dict[str, Callable[[MemberView], str | None]] = {
    "member.id": lambda m: m.member_id,
    "member.name": lambda m: m.name,
    "member.name_hi": lambda m: m.name_hi or None,
    "member.father_or_husband_name": lambda m: m.father_or_husband_name or None,
    "member.gender": lambda m: _code(codes.GENDERS, m.gender),
    "member.dob": _dob,
    "member.age": lambda m: str(m.age),
    "member.relation": lambda m: _code(codes.RELATIONS, m.relation),
    "member.marital_status": lambda m: _code(codes.MARITAL_STATUSES, m.marital_status),
    "member.mobile": lambda m: m.mobile,
    "member.disability_percent": lambda m: _plain(m.disability_percent),
    "member.occupation": lambda m: _code(codes.OCCUPATIONS, m.occupation),
    "member.construction_days_last_year": lambda m: _plain(m.construction_days_last_year),
    "member.school_class": lambda m: _code(codes.SCHOOL_CLASSES, m.school_class),
    "member.delivery_date": lambda m: m.delivery_date.strftime("%d/%m/%Y")
    if m.delivery_date else None,
    "member.bank_ifsc": lambda m: m.bank_ifsc,
    "member.bank_account": lambda m: m.bank_account,
}


def value(key: str, family: FamilyView, member: MemberView, aadhaar: str | None,
          choices: dict[str, codes.Code] | None = None) -> str | None:
    """`aadhaar` is what the form may show: the full number where the layout requires it, the
    masked one otherwise (the caller decides). `choices`: the pack's codes for an `extra.`
    question of kind code, so its answer prints in both languages."""
    if key == "member.aadhaar":
        return aadhaar
    if key in FAMILY:
        return FAMILY[key](family)
    if key in MEMBER:
        return MEMBER[key](member)
    if key.startswith("extra."):
        name = key[6:]
        answer = member.extra.get(name, family.extra.get(name))
        return _code(choices, answer) if choices and isinstance(answer, str) else _plain(answer)
    return None
