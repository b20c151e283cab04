"""The facts eligibility rules can use, and the question that asks for each.

Rules in scheme packs are CEL expressions over two objects, `member` and `family`. A fact that
is not known for a family is left out of those objects, so a rule that needs it cannot decide
and the member's verdict becomes "needs information", with this module's question to ask.

A pack may declare further facts of its own (`[[questions]]` in the pack): they are kept in
the family's or member's `extra` answers and asked the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from .codes import (
    GENDERS,
    MARITAL_STATUSES,
    OCCUPATIONS,
    RATION_CATEGORIES,
    RELATIONS,
    SCHOOL_CLASSES,
    SOCIAL_CATEGORIES,
    Code,
)
from .validate import age_on

Level = Literal["member", "family"]
Kind = Literal["int", "bool", "code", "text", "list"]


@dataclass(frozen=True)
class Fact:
    level: Level
    name: str
    kind: Kind
    question_en: str
    question_hi: str
    codes: dict[str, Code] | None = None
    record_field: str | None = None  # the family-JSON key an answer is saved to (None: derived)

    @property
    def path(self) -> str:
        return f"{self.level}.{self.name}"

    def question(self, lang: str = "en") -> str:
        return self.question_hi if lang == "hi" else self.question_en


def _f(level: Level, name: str, kind: Kind, en: str, hi: str, codes: dict[str, Code] | None = None,
       record: str | None = "") -> Fact:
    return Fact(level, name, kind, en, hi, codes, name if record == "" else record)


FACTS: dict[str, Fact] = {f.path: f for f in (
    _f("member", "age", "int", "What is the person's date of birth or age?",
       "व्यक्ति की जन्म तिथि या आयु क्या है?", record="dob"),
    _f("member", "birth_date", "text", "What is the person's date of birth?",
       "व्यक्ति की जन्म तिथि क्या है?", record="dob"),
    _f("member", "gender", "code", "Gender?", "लिंग?", GENDERS),
    _f("member", "relation", "code", "Relation to the head of the family?", "मुखिया से संबंध?",
       RELATIONS),
    _f("member", "marital_status", "code", "Marital status?", "वैवाहिक स्थिति?",
       MARITAL_STATUSES),
    _f("member", "disability_percent", "int", "Disability, in per cent (0 if none)?",
       "विकलांगता प्रतिशत में (न हो तो 0)?"),
    _f("member", "occupation", "code", "What work does the person do?",
       "व्यक्ति क्या काम करता/करती है?", OCCUPATIONS),
    _f("member", "construction_days_last_year", "int",
       "Days of construction work in the last 12 months?",
       "पिछले 12 महीनों में निर्माण कार्य के कितने दिन?"),
    _f("member", "income_tax_payer", "bool", "Does the person pay income tax?",
       "क्या व्यक्ति आयकर देता/देती है?"),
    _f("member", "pregnant", "bool", "Is she pregnant?", "क्या वह गर्भवती है?"),
    _f("member", "lactating", "bool", "Is she breastfeeding a baby?",
       "क्या वह शिशु को स्तनपान कराती है?"),
    _f("member", "school_class", "code", "Which school class is the child in (or joining)?",
       "बच्चा किस कक्षा में है (या प्रवेश ले रहा है)?", SCHOOL_CLASSES),
    _f("member", "has_aadhaar", "bool", "Does the person have an Aadhaar number?",
       "क्या व्यक्ति के पास आधार नंबर है?", record=None),
    _f("member", "has_bank_account", "bool", "Does the person have a bank account?",
       "क्या व्यक्ति का बैंक खाता है?", record=None),
    _f("family", "annual_income", "int", "What is the family's total income in a year (Rs)?",
       "परिवार की कुल वार्षिक आय कितनी है (रुपये)?"),
    _f("family", "social_category", "code", "Social category (General, OBC, SC, ST)?",
       "सामाजिक वर्ग (सामान्य, OBC, SC, ST)?", SOCIAL_CATEGORIES),
    _f("family", "minority", "bool", "Does the family belong to a religious minority?",
       "क्या परिवार धार्मिक अल्पसंख्यक है?"),
    _f("family", "years_in_state", "int", "How many years has the family lived in the state?",
       "परिवार कितने वर्षों से राज्य में रह रहा है?"),
    _f("family", "ration_category", "code", "Which ration card does the family have?",
       "परिवार के पास कौन सा राशन कार्ड है?", RATION_CATEGORIES, record="ration_card.category"),
    _f("family", "state", "text", "State?", "राज्य?", record=None),
    _f("family", "district", "text", "District?", "ज़िला?", record=None),
    _f("family", "member_count", "int", "Members in the family?", "परिवार में सदस्य?", record=None),
    _f("family", "has_govt_employee", "bool", "Is anyone in the family a government employee?",
       "क्या परिवार में कोई सरकारी कर्मचारी है?", record=None),
    _f("family", "has_income_tax_payer", "bool", "Does anyone in the family pay income tax?",
       "क्या परिवार में कोई आयकर देता है?", record=None),
    _f("family", "daughters", "int", "Daughters in the family?", "परिवार में बेटियाँ?", record=None),
    _f("family", "members", "list", "Members of the family?", "परिवार के सदस्य?", record=None),
)}

# Member facts every family member list entry carries (for rules over `family.members`).
MEMBER_LIST_FACTS = ("age", "birth_date", "gender", "relation", "marital_status", "occupation")


def member_facts(member: dict[str, Any], on: date) -> dict[str, Any]:
    """CEL facts of one member (a FamilyView.to_json() member); unknown facts are left out."""
    born = member["dob"]
    born = date.fromisoformat(born) if isinstance(born, str) else born
    facts: dict[str, Any] = {
        "age": age_on(born, on), "birth_date": born.isoformat(),  # ISO text: sorts as dates
        "gender": member["gender"], "relation": member["relation"],
        "has_aadhaar": bool(member.get("aadhaar")),
        "has_bank_account": bool((member.get("bank") or {}).get("account")),
        "name": member["name"], "member_no": member.get("member_no"),
    }
    for key in ("marital_status", "disability_percent", "occupation",
                "construction_days_last_year", "income_tax_payer", "pregnant", "lactating",
                "school_class"):
        if member.get(key) is not None:
            facts[key] = member[key]
    # What the form leaves blank, where blank has a plain meaning, so that no question is asked
    # that nobody at a camp would ask: a blank disability is none; only women of child-bearing
    # age can be pregnant or breastfeeding.
    facts.setdefault("disability_percent", 0)
    if facts.get("gender") != "F" or not 14 <= facts["age"] <= 50:
        facts.setdefault("pregnant", False)
        facts.setdefault("lactating", False)
    if facts.get("occupation") and facts["occupation"] != "construction_worker":
        facts.setdefault("construction_days_last_year", 0)
    facts.update(member.get("extra") or {})
    return facts


def family_facts(family: dict[str, Any], on: date,
                 members: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """CEL facts of a family (FamilyView.to_json()); unknown facts are left out. `members`
    may pass the members' facts when the caller has them already."""
    if members is None:
        members = [member_facts(m, on) for m in family["members"]]
    facts: dict[str, Any] = {
        "state": family["address"]["state"], "district": family["address"]["district"],
        "member_count": len(members),
        "has_govt_employee": any(m.get("occupation") == "govt_employee" for m in members),
        "has_income_tax_payer": any(m.get("income_tax_payer") is True for m in members),
        "daughters": sum(1 for m in members if m["relation"] == "daughter"),
        "members": [{k: m[k] for k in MEMBER_LIST_FACTS if k in m} for m in members],
    }
    for key in ("annual_income", "social_category", "minority", "years_in_state"):
        if family.get(key) is not None:
            facts[key] = family[key]
    ration = (family.get("ration_card") or {}).get("category")
    if ration is not None:
        facts["ration_category"] = ration
    facts.update(family.get("extra") or {})
    return facts
