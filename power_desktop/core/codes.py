"""Code lists shared by the forms, the JSON format, the database and the batch files.

Each code has an English and a Hindi label. Codes are what is stored and exchanged; labels are
only for people.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    en: str
    hi: str

    def label(self, lang: str) -> str:
        return self.hi if lang == "hi" else self.en


def _codes(*items: tuple[str, str, str]) -> dict[str, Code]:
    return {c: Code(c, en, hi) for c, en, hi in items}


# Relation to the head of the family, with the national household-survey code (DOMAIN.md).
RELATIONS = _codes(
    ("head", "Head", "मुखिया"),
    ("spouse", "Spouse", "पति/पत्नी"),
    ("son", "Son", "पुत्र"),
    ("daughter", "Daughter", "पुत्री"),
    ("son_in_law", "Son-in-law", "दामाद"),
    ("daughter_in_law", "Daughter-in-law", "बहू"),
    ("grandchild", "Grandchild", "पोता/पोती"),
    ("father", "Father", "पिता"),
    ("mother", "Mother", "माता"),
    ("father_in_law", "Father-in-law", "ससुर"),
    ("mother_in_law", "Mother-in-law", "सास"),
    ("brother", "Brother", "भाई"),
    ("sister", "Sister", "बहन"),
    ("other_relative", "Other relative", "अन्य संबंधी"),
    ("non_relative", "Not related", "असंबंधित"),
)

# Survey code for each relation. Sons and daughters are 3 (married child) or 5 (unmarried child)
# depending on marital status; see survey_relation_code().
_SURVEY_CODES = {
    "head": 1, "spouse": 2, "son_in_law": 4, "daughter_in_law": 4, "grandchild": 6,
    "father": 7, "mother": 7, "father_in_law": 7, "mother_in_law": 7,
    "brother": 8, "sister": 8, "other_relative": 8, "non_relative": 9,
}


def survey_relation_code(relation: str, marital_status: str | None) -> int:
    """The household-survey relationship code (1 head ... 9 non-relative) for a member."""
    if relation in ("son", "daughter"):
        return 5 if marital_status in (None, "never_married") else 3
    return _SURVEY_CODES[relation]


GENDERS = _codes(("F", "Female", "महिला"), ("M", "Male", "पुरुष"), ("T", "Transgender", "ट्रांसजेंडर"))

MARITAL_STATUSES = _codes(
    ("never_married", "Never married", "अविवाहित"),
    ("married", "Married", "विवाहित"),
    ("widowed", "Widowed", "विधवा/विधुर"),
    ("divorced", "Divorced", "तलाकशुदा"),
    ("separated", "Separated", "अलग रह रहे"),
    ("abandoned", "Abandoned", "परित्यक्त"),
)

SOCIAL_CATEGORIES = _codes(
    ("GEN", "General", "सामान्य"),
    ("OBC", "OBC", "अन्य पिछड़ा वर्ग"),
    ("SC", "SC", "अनुसूचित जाति"),
    ("ST", "ST", "अनुसूचित जनजाति"),
)

RATION_CATEGORIES = _codes(
    ("AAY", "AAY (Antyodaya)", "अंत्योदय"),
    ("PHH", "PHH (Priority)", "प्राथमिकता"),
    ("NONE", "No ration card", "राशन कार्ड नहीं"),
)

OCCUPATIONS = _codes(
    ("construction_worker", "Construction worker", "निर्माण श्रमिक"),
    ("domestic_worker", "Domestic worker", "घरेलू कामगार"),
    ("farmer", "Farmer", "किसान"),
    ("street_vendor", "Street vendor", "रेहड़ी-पटरी विक्रेता"),
    ("student", "Student", "विद्यार्थी"),
    ("govt_employee", "Government employee", "सरकारी कर्मचारी"),
    ("other", "Other work", "अन्य काम"),
    ("none", "No work", "कोई काम नहीं"),
)

SCHOOL_CLASSES = _codes(
    ("nursery", "Nursery", "नर्सरी"),
    ("kg", "KG", "केजी"),
    *((str(n), f"Class {n}", f"कक्षा {n}") for n in range(1, 13)),
)

STATES = _codes(("DL", "Delhi", "दिल्ली"))


def indian_grouping(number: int) -> str:
    """1234567 -> '12,34,567': thousands, then lakhs and crores, as Indian readers expect."""
    sign, digits = ("-", str(-number)) if number < 0 else ("", str(number))
    if len(digits) <= 3:
        return sign + digits
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    if head:
        groups.insert(0, head)
    return sign + ",".join([*groups, tail])
