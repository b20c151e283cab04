"""Every Delhi scheme at its boundaries, and what happens when facts are missing.

Each case builds a family in the JSON shape the registration service returns, screens it for one
scheme, and looks at the subject member's verdict (or the family's, for family schemes).
"""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

import pytest

from power_desktop.core.eligibility import Verdict, screen
from power_desktop.schemes import default_pack_dir, load_pack

TODAY = date(2026, 11, 27)
NEXT_31_MARCH = date(2027, 3, 31)
PACK = {s.code: s for s in load_pack(default_pack_dir("delhi"))}


def born(age: int, on: date = TODAY, days_before_birthday: int = 0) -> str:
    """A date of birth giving exactly `age` on `on`; with days_before_birthday=1, the person
    turns `age` the day after (so is `age - 1` on `on`)."""
    return (on.replace(year=on.year - age) + timedelta(days=days_before_birthday)).isoformat()


BASE_FAMILY: dict[str, Any] = {
    "address": {"state": "DL", "district": "South"},
    "annual_income": 60000, "social_category": "GEN", "minority": False, "years_in_state": 10,
    "ration_card": {"category": "NONE"}, "extra": {},
}
HEAD: dict[str, Any] = {"member_no": 1, "name": "Head", "relation": "head", "gender": "M",
                        "dob": born(40), "marital_status": "married", "occupation": "other",
                        "income_tax_payer": False, "extra": {}}


def check(code: str, member: dict[str, Any] | None = None, family: dict[str, Any] | None = None,
          others: list[dict[str, Any]] | None = None) -> Verdict:
    data = copy.deepcopy(BASE_FAMILY) | (family or {})
    data["members"] = [copy.deepcopy(HEAD)]
    if member is not None:
        subject = {"member_no": 2, "name": "Subject", "relation": "spouse", "gender": "F",
                   "dob": born(35), "extra": {}} | member
        data["members"].append(subject)
    for n, other in enumerate(others or [], start=3):
        data["members"].append({"member_no": n, "name": f"Other {n}", "extra": {}} | other)
    result = screen([PACK[code]], data, TODAY)
    wanted = None if PACK[code].level == "family" else (2 if member is not None else 1)
    return next(v for v in result.verdicts if v.member_no == wanted)


E, N, Q = "eligible", "not_eligible", "needs_info"
PENSION_OK = {"extra": {"gets_other_pension": False}}


@pytest.mark.parametrize(("member", "family", "status"), [
    ({"dob": born(60), **PENSION_OK}, {}, E),
    ({"dob": born(60, days_before_birthday=1), **PENSION_OK}, {}, N),  # 59, a day short of 60
    ({"dob": born(75), **PENSION_OK}, {"annual_income": 99999}, E),
    ({"dob": born(65), **PENSION_OK}, {"annual_income": 100000}, N),  # limit: below 1,00,000
    ({"dob": born(65), **PENSION_OK}, {"years_in_state": 4}, N),
    ({"dob": born(65), **PENSION_OK}, {"years_in_state": 5}, E),
    ({"dob": born(65), "extra": {"gets_other_pension": True}}, {}, N),
    ({"dob": born(65)}, {}, Q),
    ({"dob": born(65), **PENSION_OK}, {"annual_income": None}, Q),
])
def test_old_age_pension(member: dict[str, Any], family: dict[str, Any], status: str) -> None:
    assert check("DL-OAP", member, family).status == status


@pytest.mark.parametrize(("age", "family", "monthly"), [
    (60, {}, 2000), (69, {}, 2000), (70, {}, 2500), (65, {"social_category": "SC"}, 2500),
    (69, {"social_category": "ST"}, 2500), (60, {"minority": True}, 2500),
    # The Rs 500 addition is for ages 60-69 only: at 70+ everyone gets Rs 2,500.
    (70, {"social_category": "SC"}, 2500), (71, {"social_category": "SC"}, 2500),
    (72, {"minority": True}, 2500), (65, {"social_category": "OBC"}, 2000)])
def test_old_age_pension_amount(age: int, family: dict[str, Any], monthly: int) -> None:
    verdict = check("DL-OAP", {"dob": born(age), **PENSION_OK}, family)
    assert verdict.status == E and verdict.annual_value == monthly * 12


@pytest.mark.parametrize(("member", "family", "status"), [
    ({"marital_status": "widowed", **PENSION_OK}, {}, E),
    ({"marital_status": "abandoned", **PENSION_OK}, {}, E),
    ({"marital_status": "married", **PENSION_OK}, {}, N),
    ({"marital_status": "widowed", "gender": "M", **PENSION_OK}, {}, N),
    ({"marital_status": "widowed", "dob": born(18), **PENSION_OK}, {}, E),
    ({"marital_status": "widowed", "dob": born(18, days_before_birthday=1), **PENSION_OK}, {},
     N),
    ({"marital_status": "widowed", **PENSION_OK}, {"annual_income": 100000}, N),
    ({"marital_status": "divorced"}, {}, Q),
    ({"marital_status": "separated", **PENSION_OK}, {}, E),
    # Destitute women are covered too: a woman who never married is asked, once.
    ({"marital_status": "never_married", "extra": {"destitute": True,
                                                   "gets_other_pension": False}}, {}, E),
    ({"marital_status": "never_married", "extra": {"destitute": False,
                                                   "gets_other_pension": False}}, {}, N),
    ({"marital_status": "never_married", **PENSION_OK}, {}, Q),
    ({"marital_status": "married", "extra": {"destitute": True,
                                             "gets_other_pension": False}}, {}, N),
])
def test_women_in_distress(member: dict[str, Any], family: dict[str, Any], status: str) -> None:
    assert check("DL-WDP", member, family).status == status


DISABLED = {"disability_percent": 40, "extra": {"has_disability_certificate": True,
                                               "gets_other_pension": False}}


@pytest.mark.parametrize(("member", "family", "status"), [
    (DISABLED, {}, E),
    (DISABLED | {"disability_percent": 39}, {}, N),
    (DISABLED, {"annual_income": 75001}, E),  # the old Rs 75,000 limit is outdated
    (DISABLED, {"annual_income": 100000}, E),
    (DISABLED, {"annual_income": 100001}, N),
    (DISABLED | {"extra": {"gets_other_pension": False}}, {}, Q),
    ({}, {}, N),  # no disability recorded: none
])
def test_disability_pension(member: dict[str, Any], family: dict[str, Any], status: str) -> None:
    assert check("DL-DISP", member, family).status == status


def test_one_pension_per_person_in_the_total() -> None:
    data = copy.deepcopy(BASE_FAMILY)
    data["members"] = [copy.deepcopy(HEAD), {
        "member_no": 2, "name": "Widow", "relation": "mother", "gender": "F", "dob": born(72),
        "marital_status": "widowed", "extra": {"gets_other_pension": False}}]
    result = screen([PACK["DL-OAP"], PACK["DL-WDP"]], data, TODAY)
    assert {v.code for v in result.eligible} == {"DL-OAP", "DL-WDP"}
    assert result.total_annual_value == 2500 * 12  # the larger, not both


def rte_child(age_on_31_march: int, school_class: str | None, **more: Any) -> dict[str, Any]:
    member = {"relation": "son", "gender": "M", "dob": born(age_on_31_march, NEXT_31_MARCH)}
    if school_class:
        member["school_class"] = school_class
    return member | more


@pytest.mark.parametrize(("member", "family", "status"), [
    (rte_child(3, "nursery"), {}, E),
    (rte_child(4, "nursery"), {}, E),
    (rte_child(5, "nursery"), {}, N),
    (rte_child(2, "nursery"), {}, N),
    (rte_child(4, "kg"), {}, E),
    (rte_child(6, "kg"), {}, N),
    (rte_child(5, "1"), {}, E),
    (rte_child(6, "1"), {}, E),
    (rte_child(7, "1"), {}, N),
    # CWSN: Nursery 3-7, KG 4-8, Class 1 5-9 on 31 March (DoE circular, 3 January 2025).
    (rte_child(5, "nursery", disability_percent=40), {}, E),
    (rte_child(6, "nursery", disability_percent=40), {}, E),
    (rte_child(7, "nursery", disability_percent=40), {}, N),
    (rte_child(7, "kg", disability_percent=40), {}, E),
    (rte_child(8, "kg", disability_percent=40), {}, N),
    (rte_child(7, "1", disability_percent=50), {}, E),
    (rte_child(8, "1", disability_percent=40), {}, E),
    (rte_child(9, "1", disability_percent=40), {}, N),
    (rte_child(8, "1", disability_percent=39), {}, N),
    (rte_child(2, "nursery", disability_percent=40), {}, N),
    (rte_child(6, "2"), {}, N),
    (rte_child(4, None), {}, Q),
    (rte_child(4, "nursery"), {"annual_income": 500000}, N),
    (rte_child(4, "nursery"), {"annual_income": 499999}, E),
    (rte_child(4, "nursery"), {"annual_income": 900000, "social_category": "SC"}, E),
    (rte_child(4, "nursery"), {"annual_income": 900000, "ration_category": "PHH"}, E),
    (rte_child(4, "nursery"), {"annual_income": None}, Q),
])
def test_rte(member: dict[str, Any], family: dict[str, Any], status: str) -> None:
    family = dict(family)
    if "ration_category" in family:
        family["ration_card"] = {"category": family.pop("ration_category")}
    assert check("DL-RTE", member, family).status == status


FIRST = {"child_order": 1, "paid_maternity_leave": False}


def mother(**more: Any) -> dict[str, Any]:
    extra = FIRST | more.pop("extra", {})
    return {"pregnant": True, "occupation": "none", "extra": extra} | more


@pytest.mark.parametrize(("member", "family", "status"), [
    (mother(occupation="domestic_worker"), {}, E),
    (mother(pregnant=None, lactating=True), {}, E),
    (mother(pregnant=False, lactating=False), {}, N),
    (mother(occupation="govt_employee"), {}, N),
    (mother(extra={"pmmvy_other_need": False}), {"annual_income": 800000}, N),
    (mother(), {"annual_income": 800000}, Q),  # other ways to show need are asked
    (mother(), {"annual_income": 799999}, E),
    (mother(), {"annual_income": 900000, "social_category": "ST"}, E),
    ({"occupation": "none"}, {}, Q),
    ({"dob": born(55), "occupation": "none"}, {}, N),  # not asked: past child-bearing age
    # The first two living children, the second only if she is a girl.
    (mother(extra={"child_order": 2, "baby_sex": "girl"}, pregnant=False, lactating=True),
     {}, E),
    (mother(extra={"child_order": 2, "baby_sex": "boy"}, pregnant=False, lactating=True),
     {}, N),
    (mother(extra={"child_order": 2, "baby_sex": "not_born"}), {}, N),  # apply after birth
    (mother(extra={"child_order": 2}), {}, Q),  # the baby's sex decides
    (mother(extra={"child_order": 3, "baby_sex": "girl"}), {}, N),
    (mother(extra={"child_order": None}), {}, Q),
    # Not for women receiving similar benefits under any law (paid maternity leave).
    (mother(extra={"paid_maternity_leave": True}), {}, N),
    (mother(extra={"paid_maternity_leave": None}), {}, Q),
    # The longer need list: PM-JAY, e-Shram, MGNREGA, PM-KISAN, ASHA/Anganwadi.
    (mother(extra={"pmmvy_other_need": True}), {"annual_income": 900000}, E),
    (mother(extra={"pmmvy_other_need": False}), {"annual_income": 900000}, N),
    (mother(), {"annual_income": 900000}, Q),
    (mother(), {"annual_income": 900000, "ration_card": {"category": "PHH"}}, E),
])
def test_pmmvy(member: dict[str, Any], family: dict[str, Any], status: str) -> None:
    member = {k: v for k, v in member.items() if v is not None}
    member["extra"] = {k: v for k, v in member.get("extra", {}).items() if v is not None}
    assert check("PMMVY", member, family).status == status


@pytest.mark.parametrize(("extra", "amount"), [
    ({"child_order": 1}, 5000), ({"child_order": 2, "baby_sex": "girl"}, 6000)])
def test_pmmvy_amount(extra: dict[str, Any], amount: int) -> None:
    verdict = check("PMMVY", mother(extra=extra, pregnant=False, lactating=True))
    assert verdict.status == E and verdict.annual_value == amount


def test_pmmvy_questions_are_asked_once_in_both_languages() -> None:
    verdict = check("PMMVY", {"pregnant": True, "occupation": "none", "extra": {}})
    assert verdict.status == Q
    asked = {q.path: q for q in verdict.questions}
    # The baby's sex is asked with the order (it decides a second child; "not born yet" is an
    # answer), and once the first child is known, no longer.
    assert set(asked) == {"member.child_order", "member.baby_sex",
                          "member.paid_maternity_leave"}
    assert all(q.question_hi and q.question_en for q in asked.values())
    assert check("PMMVY", mother()).status == E
    second = check("PMMVY", mother(extra={"child_order": 2}))
    (sex,) = second.questions
    assert sex.path == "member.baby_sex" and sex.codes is not None
    assert sex.codes["girl"].hi == "बालिका"


@pytest.mark.parametrize(("member", "status"), [
    ({"occupation": "construction_worker", "construction_days_last_year": 90}, E),
    ({"occupation": "construction_worker", "construction_days_last_year": 89}, N),
    ({"occupation": "construction_worker", "construction_days_last_year": 200,
      "dob": born(61)}, N),
    ({"occupation": "construction_worker", "construction_days_last_year": 200,
      "dob": born(60)}, N),  # 18 to under 60 (Social Security (Central) Rules 2026, r. 45)
    ({"occupation": "construction_worker", "construction_days_last_year": 200,
      "dob": born(60, days_before_birthday=1)}, E),  # 59, a day short of 60
    ({"occupation": "construction_worker", "construction_days_last_year": 200,
      "dob": born(18)}, E),
    ({"occupation": "construction_worker", "construction_days_last_year": 200,
      "dob": born(18, days_before_birthday=1)}, N),
    ({"occupation": "domestic_worker"}, N),
    ({"occupation": "construction_worker"}, Q),
])
def test_bocw(member: dict[str, Any], status: str) -> None:
    assert check("DL-BOCW", member).status == status


NFBS = {"extra": {"earner_died": True, "earner_age_at_death": 45}}


@pytest.mark.parametrize(("family", "status"), [
    (NFBS, E),
    ({"extra": {"earner_died": True, "earner_age_at_death": 60}}, E),
    ({"extra": {"earner_died": True, "earner_age_at_death": 61}}, N),
    ({"extra": {"earner_died": True, "earner_age_at_death": 17}}, N),
    ({"extra": {"earner_died": False}}, N),
    (NFBS | {"annual_income": 100000}, E),
    (NFBS | {"annual_income": 100001}, N),
    (NFBS | {"years_in_state": 4}, N),
    ({"extra": {"earner_died": True}}, Q),
    ({}, Q),
])
def test_family_benefit(family: dict[str, Any], status: str) -> None:
    verdict = check("DL-NFBS", family=family)
    assert verdict.status == status and verdict.member_no is None
    if status == E:
        assert verdict.annual_value == 20000


GIRL = {"relation": "daughter", "gender": "F", "school_class": "6", "dob": born(11),
        "extra": {"born_in_delhi": True}}


def daughter(age: int, days_before_birthday: int = 0) -> dict[str, Any]:
    return {"relation": "daughter", "gender": "F", "dob": born(age, TODAY, days_before_birthday)}


@pytest.mark.parametrize(("member", "family", "others", "status"), [
    (GIRL, {}, [], E),
    (GIRL | {"extra": {"born_in_delhi": False}}, {}, [], N),  # born outside Delhi
    (GIRL | {"extra": {}}, {}, [], Q),
    (GIRL | {"school_class": "7"}, {}, [], N),
    (GIRL | {"dob": (TODAY.replace(month=6)).isoformat(), "school_class": None}, {}, [], E),
    (GIRL | {"gender": "M", "relation": "son"}, {}, [], N),
    (GIRL, {"annual_income": 120000}, [], E),
    (GIRL, {"annual_income": 120001}, [], N),
    (GIRL, {"years_in_state": 2}, [], N),
    (GIRL, {}, [daughter(8)], E),
    (GIRL, {}, [daughter(14)], E),  # the second girl
    # Three daughters: the first two are registered, the third is not.
    (GIRL, {}, [daughter(8), daughter(9)], E),  # the eldest of three
    (GIRL, {}, [daughter(8), daughter(14)], E),  # the second of three
    (GIRL, {}, [daughter(13), daughter(14)], N),  # the third
    (GIRL, {}, [daughter(12, days_before_birthday=-1), daughter(14)], N),  # a day older
    (GIRL, {}, [daughter(11, days_before_birthday=1), daughter(14)], E),  # a day younger
    (GIRL, {}, [daughter(13), {"relation": "son", "gender": "M", "dob": born(14)}], E),
])
def test_lakhpati_bitiya(member: dict[str, Any], family: dict[str, Any],
                         others: list[dict[str, Any]], status: str) -> None:
    member = {k: v for k, v in member.items() if v is not None}
    assert check("DL-LBY", member, family, others).status == status


def test_lakhpati_bitiya_registers_two_of_three_daughters() -> None:
    data = copy.deepcopy(BASE_FAMILY)
    data["members"] = [copy.deepcopy(HEAD)] + [
        {"member_no": n, "name": f"Girl {n}", "school_class": "6", "extra": {
            "born_in_delhi": True}} | daughter(age) for n, age in ((2, 11), (3, 11), (4, 12))]
    data["members"][2]["dob"] = born(11, days_before_birthday=-30)  # a month older than 2
    result = screen([PACK["DL-LBY"]], data, TODAY)
    status = {v.member_no: v.status for v in result.verdicts}
    assert status == {1: N, 2: N, 3: E, 4: E}


NO_ASSETS = {"owns_four_wheeler": False, "property_in_ae_colony": False,
             "electricity_over_2kw": False}


@pytest.mark.parametrize(("family", "others", "status"), [
    ({"extra": NO_ASSETS}, [], E),
    ({"extra": NO_ASSETS, "annual_income": 120000}, [], E),
    ({"extra": NO_ASSETS, "annual_income": 120001}, [], N),
    ({"extra": NO_ASSETS | {"owns_four_wheeler": True}}, [], N),
    ({"extra": NO_ASSETS | {"electricity_over_2kw": True}}, [], N),
    ({"extra": NO_ASSETS, "ration_card": {"category": "PHH"}}, [], N),
    ({"extra": NO_ASSETS}, [{"relation": "son", "gender": "M", "dob": born(25),
                             "occupation": "govt_employee"}], N),
    ({"extra": NO_ASSETS}, [{"relation": "son", "gender": "M", "dob": born(25),
                             "income_tax_payer": True}], N),
    ({}, [], Q),
])
def test_nfsa(family: dict[str, Any], others: list[dict[str, Any]], status: str) -> None:
    verdict = check("DL-NFSA", family=family, others=others)
    assert verdict.status == status
    if status == E:
        assert verdict.annual_value == (1 + len(others)) * 5 * 25 * 12


ESHRAM_OK = {"occupation": "street_vendor", "income_tax_payer": False,
             "extra": {"epfo_esic_member": False}}


@pytest.mark.parametrize(("member", "status"), [
    (ESHRAM_OK, E),
    (ESHRAM_OK | {"dob": born(16)}, E),
    (ESHRAM_OK | {"dob": born(16, days_before_birthday=1)}, N),
    (ESHRAM_OK | {"dob": born(59)}, E),
    (ESHRAM_OK | {"dob": born(60)}, N),
    (ESHRAM_OK | {"occupation": "govt_employee"}, N),
    (ESHRAM_OK | {"income_tax_payer": True}, N),
    (ESHRAM_OK | {"extra": {"epfo_esic_member": True}}, N),
    (ESHRAM_OK | {"extra": {}}, Q),
])
def test_eshram(member: dict[str, Any], status: str) -> None:
    assert check("ESHRAM", member).status == status


@pytest.mark.parametrize(("dob", "status"), [(born(70), E), (born(70, days_before_birthday=1), N),
                                             (born(95), E)])
def test_ayushman_70(dob: str, status: str) -> None:
    assert check("PMJAY-70", {"dob": dob}, {"annual_income": 5_000_000}).status == status


def test_needs_information_lists_the_questions_in_both_languages() -> None:
    verdict = check("DL-OAP", {"dob": born(65)}, {"annual_income": None})
    assert verdict.status == Q
    paths = [q.path for q in verdict.questions]
    assert paths == ["family.annual_income", "member.gets_other_pension"]
    assert verdict.questions[0].question("en") == \
        "What is the family's total income in a year (Rs)?"
    assert "आय" in verdict.questions[0].question("hi")


def test_a_failed_criterion_decides_even_with_facts_missing() -> None:
    verdict = check("DL-OAP", {"dob": born(30)}, {"annual_income": None})
    assert verdict.status == N
    assert [r.en for r in verdict.reasons] == ["Under 60 years of age"]


def test_every_scheme_has_both_languages_and_a_source() -> None:
    assert len(PACK) >= 11
    for scheme in PACK.values():
        assert scheme.name.en and scheme.name.hi and scheme.source
        assert scheme.checked_on.year >= 2026
        for c in scheme.criteria:
            assert c.passed.hi and c.failed.hi
            assert c.origin.source.en and c.origin.checked_on.year >= 2026, (scheme.code, c.id)
        assert scheme.benefit.origin.source.en and scheme.benefit.origin.checked_on.year >= 2026
