"""A family as typed: the input dataclasses and the one parser that checks them.

The registration screen, `power-desktop register --json` and survey imports all build the same
JSON-shaped dictionary (docs/family-json.md) and call parse_family(); so a family is judged the
same way wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from . import validate as v
from .codes import (
    GENDERS,
    MARITAL_STATUSES,
    OCCUPATIONS,
    RATION_CATEGORIES,
    RELATIONS,
    SCHOOL_CLASSES,
    SOCIAL_CATEGORIES,
    STATES,
    Code,
)
from .districts import districts_of, find_district, legacy_district
from .messages import Problem

T = TypeVar("T")


@dataclass
class Address:
    line1: str = ""
    locality: str = ""
    district: str = ""
    state: str = "DL"
    pin: str = ""


@dataclass
class MemberInput:
    name: str
    relation: str
    gender: str
    father_or_husband_name: str
    dob: date
    dob_estimated: bool
    marital_status: str | None = None
    name_hi: str = ""
    # Clear digits: only ever held in memory, never stored, logged or shown as such.
    aadhaar: str | None = field(default=None, repr=False)
    mobile: str | None = None
    disability_percent: int | None = None
    occupation: str | None = None
    construction_days_last_year: int | None = None
    income_tax_payer: bool | None = None
    pregnant: bool | None = None
    lactating: bool | None = None
    delivery_date: date | None = None
    school_class: str | None = None
    bank_ifsc: str | None = None
    bank_account: str | None = None
    member_no: int | None = None  # set when editing an existing member
    # The Aadhaar QR scanned to fill this member (its digits; decoded and checked by the
    # registration service), and whether the person agrees to its photo on forms.
    aadhaar_qr: str | None = field(default=None, repr=False)
    photo_consent: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # answers to scheme-pack questions

    def age_on(self, on: date) -> int:
        return v.age_on(self.dob, on)


@dataclass
class FamilyInput:
    address: Address
    members: list[MemberInput]
    mobile: str | None = None
    annual_income: int | None = None
    social_category: str | None = None
    minority: bool | None = None
    years_in_state: int | None = None
    ration_card_number: str | None = None
    ration_category: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # answers to scheme-pack questions

    @property
    def head(self) -> MemberInput:
        return next(m for m in self.members if m.relation == "head")


@dataclass
class ParseResult:
    family: FamilyInput | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return self.family is not None and not self.errors


FAMILY_KEYS = {
    "mobile", "annual_income", "social_category", "minority", "years_in_state", "ration_card",
    "address", "members", "family_id", "extra",
}
ADDRESS_KEYS = {"line1", "locality", "district", "state", "pin"}
MEMBER_KEYS = {
    "name", "name_hi", "relation", "gender", "father_or_husband_name", "dob", "age", "aadhaar",
    "mobile", "marital_status", "occupation", "construction_days_last_year", "disability_percent",
    "income_tax_payer", "pregnant", "lactating", "delivery_date", "school_class", "bank",
    "member_no", "dob_estimated", "extra", "aadhaar_qr", "photo_consent",
}


class _Reader:
    """Reads fields out of one JSON object, collecting problems instead of stopping at the first."""

    def __init__(self, data: Mapping[str, Any], problems: list[Problem], prefix: str = "",
                 member: int | None = None) -> None:
        self.data = data
        self.problems = problems
        self.prefix = prefix
        self.member = member

    def problem(self, key: str, code: str, severity: str = "error", **params: object) -> None:
        self.problems.append(Problem(
            code, self.prefix + key, severity, self.member,  # type: ignore[arg-type]
            {k: str(val) for k, val in params.items()},
        ))

    def _present(self, key: str) -> bool:
        value = self.data.get(key)
        return value is not None and not (isinstance(value, str) and not value.strip())

    def get(self, key: str, check: Callable[[Any], T], required: bool = False) -> T | None:
        value = self.data.get(key)
        if value is None or (value.__class__ is str and not value.strip()):
            if required:
                self.problem(key, "required")
            return None
        try:
            return check(value)
        except v.Invalid as bad:
            self.problem(key, bad.code, **bad.params)
            return None

    def code(self, key: str, codes: Mapping[str, Code], required: bool = False) -> str | None:
        return self.get(key, _code_check(codes), required)

    def unknown_keys(self, known: set[str]) -> None:
        for key in self.data:
            if key not in known:
                self.problem(key, "unknown_key", value=key)


_CHECKS: dict[int, tuple[Mapping[str, Code], Callable[[Any], str]]] = {}


def _code_check(codes: Mapping[str, Code]) -> Callable[[Any], str]:
    """A check that reads one of a list's codes in any case (built once per list)."""
    kept = _CHECKS.get(id(codes))
    if kept is None or kept[0] is not codes:
        folded = {c.casefold(): c for c in codes}
        choices = ", ".join(codes)

        def check(value: Any) -> str:
            text = str(value).strip()
            found = folded.get(text.casefold())
            if found is None:
                raise v.Invalid("unknown_code", value=text, choices=choices)
            return found
        kept = _CHECKS[id(codes)] = (codes, check)
    return kept[1]


def parse_family(data: Mapping[str, Any], today: date) -> ParseResult:
    """Check and normalise one family given in the family JSON format."""
    problems: list[Problem] = []
    if not isinstance(data, Mapping):
        return ParseResult(None, [Problem("not_an_object", "family")])
    r = _Reader(data, problems)
    r.unknown_keys(FAMILY_KEYS)
    address = _parse_address(data.get("address"), problems)
    ration = data.get("ration_card") or {}
    ration_number = ration_category = None
    if not isinstance(ration, Mapping):
        r.problem("ration_card", "not_an_object")
    else:
        rr = _Reader(ration, problems, "ration_card.")
        ration_number = rr.get("number", lambda x: v.name(x, 30))
        ration_category = rr.code("category", RATION_CATEGORIES)
    family = FamilyInput(
        address=address,
        members=[],
        mobile=r.get("mobile", v.mobile),
        annual_income=r.get("annual_income", lambda x: v.whole_number(x, 100_000_000)),
        social_category=r.code("social_category", SOCIAL_CATEGORIES),
        minority=r.get("minority", v.yes_no),
        years_in_state=r.get("years_in_state", lambda x: v.whole_number(x, v.MAX_AGE)),
        ration_card_number=ration_number,
        ration_category=ration_category,
        extra=r.get("extra", v.answers) or {},
    )
    raw_members = data.get("members")
    if not isinstance(raw_members, list) or not raw_members:
        problems.append(Problem("no_members", "members"))
        raw_members = []
    for index, raw in enumerate(raw_members):
        member = _parse_member(raw, index, problems, today)
        if member is not None:
            family.members.append(member)
    if raw_members and len(family.members) == len(raw_members):
        _check_family(family, problems, today)
    has_errors = any(p.severity == "error" for p in problems)
    return ParseResult(None if has_errors else family, problems)


def _parse_address(raw: Any, problems: list[Problem]) -> Address:
    if not isinstance(raw, Mapping):
        problems.append(Problem("required", "address.line1"))
        return Address()
    r = _Reader(raw, problems, "address.")
    r.unknown_keys(ADDRESS_KEYS)
    state = r.code("state", STATES) or "DL"
    address = Address(
        line1=r.get("line1", lambda x: v.name(x, 200), required=True) or "",
        locality=r.get("locality", lambda x: v.name(x, 100), required=True) or "",
        state=state,
        pin=r.get("pin", v.pin, required=True) or "",
    )

    def district(value: Any) -> str:
        text = v.clean_text(value)
        found = find_district(state, text)
        if found is not None:
            return found.name
        old = legacy_district(state, text)
        if old is not None:  # kept as typed: never silently rewritten
            return old.name
        raise v.Invalid("unknown_code", value=text,
                        choices=", ".join(d.name for d in districts_of(state)))

    address.district = r.get("district", district, required=True) or ""
    if address.pin and state == "DL" and not v.is_delhi_pin(address.pin):
        r.problem("pin", "pin_not_delhi", "warning", value=address.pin)
    return address


def _parse_member(raw: Any, index: int, problems: list[Problem], today: date) -> MemberInput | None:
    prefix = f"members[{index}]."
    if not isinstance(raw, Mapping):
        problems.append(Problem("not_an_object", prefix.rstrip("."), member=index))
        return None
    before = len(problems)
    r = _Reader(raw, problems, prefix, index)
    r.unknown_keys(MEMBER_KEYS)
    name = r.get("name", v.name, required=True)
    relation = r.code("relation", RELATIONS, required=True)
    gender = r.code("gender", GENDERS, required=True)
    fh_name = r.get("father_or_husband_name", v.name)  # asked, but a form can take it by hand
    dob: date | None = None
    estimated = False
    if r._present("dob"):
        dob = r.get("dob", lambda x: v.date_of_birth(x, today))
        estimated = bool(r.get("dob_estimated", v.yes_no))
    elif r._present("age"):
        age = r.get("age", lambda x: v.whole_number(x, v.MAX_AGE))
        if age is not None:
            dob, estimated = v.estimated_dob(age, today), True
    else:
        r.problem("dob", "dob_or_age")
    bank = raw.get("bank") or {}
    ifsc = account = None
    if not isinstance(bank, Mapping):
        r.problem("bank", "not_an_object")
    else:
        br = _Reader(bank, problems, prefix + "bank.", index)
        ifsc = br.get("ifsc", v.ifsc)
        account = br.get("account", v.bank_account)
    # The optional fields, read in this order (so problems are listed in it); a field left
    # out or blank keeps MemberInput's default.
    given = {key: r.get(key, check) for key, check in _OPTIONAL_MEMBER_FIELDS if key in raw}
    member = MemberInput(
        name=name or "", relation=relation or "", gender=gender or "",
        father_or_husband_name=fh_name or "", dob=dob or today, dob_estimated=estimated,
        bank_ifsc=ifsc, bank_account=account,
        **{key: value for key, value in given.items() if value is not None})
    if any(p.severity == "error" for p in problems[before:]):
        return None
    _check_member(member, r, today)
    return member


_OPTIONAL_MEMBER_FIELDS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("marital_status", _code_check(MARITAL_STATUSES)),
    ("name_hi", v.name),
    ("aadhaar", v.aadhaar),
    ("mobile", v.mobile),
    ("disability_percent", lambda x: v.whole_number(x, 100)),
    ("occupation", _code_check(OCCUPATIONS)),
    ("construction_days_last_year", lambda x: v.whole_number(x, 366)),
    ("income_tax_payer", v.yes_no),
    ("pregnant", v.yes_no),
    ("lactating", v.yes_no),
    ("delivery_date", v.parse_date),
    ("school_class", _code_check(SCHOOL_CLASSES)),
    ("member_no", lambda x: v.whole_number(x, 999)),
    ("extra", v.answers),
    ("aadhaar_qr", v.qr_digits),
    ("photo_consent", v.yes_no),
)


def _check_member(m: MemberInput, r: _Reader, today: date) -> None:
    age = m.age_on(today)
    if (m.pregnant or m.lactating) and m.gender != "F":
        r.problem("pregnant", "pregnant_not_female")
    elif (m.pregnant or m.lactating) and not 14 <= age <= 50:
        r.problem("pregnant", "pregnant_age", "warning", age=age)
    if m.construction_days_last_year is not None and m.occupation != "construction_worker":
        r.problem("construction_days_last_year", "construction_days_only")
    if m.marital_status not in (None, "never_married") and age < 16:
        r.problem("marital_status", "married_minor", "warning", value=m.marital_status, age=age)
    if m.bank_account and v.aadhaar_in(m.bank_account):  # an Aadhaar typed in the wrong box?
        if m.bank_account == m.aadhaar:
            r.problem("bank.account", "aadhaar_as_bank_account", last4=m.bank_account[-4:])
        else:
            r.problem("bank.account", "bank_account_like_aadhaar", "warning",
                      last4=m.bank_account[-4:])


def _check_family(family: FamilyInput, problems: list[Problem], today: date) -> None:
    heads = [i for i, m in enumerate(family.members) if m.relation == "head"]
    if not heads:
        problems.append(Problem("no_head", "members"))
        return
    if len(heads) > 1:
        problems.append(Problem("many_heads", "members", params={"count": str(len(heads))}))
        return
    head = family.members[heads[0]]
    head_age = head.age_on(today)
    if head_age < 18:
        problems.append(Problem("young_head", f"members[{heads[0]}].dob", "warning", heads[0],
                                {"age": str(head_age)}))
    seen: dict[str, int] = {}
    for i, m in enumerate(family.members):
        age = m.age_on(today)
        where = f"members[{i}]."
        rel = RELATIONS[m.relation].en.lower()
        if m.relation == "spouse" and age < 18:
            problems.append(Problem("young_spouse", where + "dob", "warning", i, {"age": str(age)}))
        if m.relation in ("son", "daughter", "grandchild") and m.dob < head.dob:
            problems.append(Problem("child_older_than_parent", where + "dob", "warning", i,
                                    {"relation": rel}))
        if m.relation in ("father", "mother", "father_in_law", "mother_in_law") \
                and v.age_on(m.dob, head.dob) < 12:
            problems.append(Problem("parent_younger_than_head", where + "dob", "warning", i,
                                    {"relation": rel}))
        if m.bank_account and m.bank_account != m.aadhaar and m.bank_account in {
                o.aadhaar for o in family.members if o.aadhaar}:
            problems.append(Problem("aadhaar_as_bank_account", where + "bank.account", "error",
                                    i, {"last4": m.bank_account[-4:]}))
        if m.aadhaar:
            if m.aadhaar in seen:
                problems.append(Problem("duplicate_aadhaar", where + "aadhaar", "error", i,
                                        {"other": str(seen[m.aadhaar] + 1)}))
            else:
                seen[m.aadhaar] = i


def check_member(raw: Mapping[str, Any], today: date, index: int = 0) -> list[Problem]:
    """Problems with one member on their own (the family-wide checks come at save)."""
    problems: list[Problem] = []
    _parse_member(raw, index, problems, today)
    return problems
