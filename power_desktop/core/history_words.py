"""A family's history in words: a changed field by its label (a scheme question's answer by
the question), a value as the form shows it (a relation as "Father-in-law", a yes/no answer as
"Yes"), never the stored code, "True" or "None"."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
from .facts import FACTS, Fact
from .messages import field_label

CODE_LISTS: dict[str, Mapping[str, Code]] = {
    "relation": RELATIONS, "gender": GENDERS, "marital_status": MARITAL_STATUSES,
    "social_category": SOCIAL_CATEGORIES, "ration_card.category": RATION_CATEGORIES,
    "occupation": OCCUPATIONS, "school_class": SCHOOL_CLASSES,
}
YES_NO = {True: ("Yes", "हाँ"), False: ("No", "नहीं")}


def _split(path: str) -> tuple[str | None, str]:
    """("2", "extra.gets_other_pension") for "member 2.extra.gets_other_pension"."""
    if path.startswith("member "):
        tag, _, rest = path.partition(".")
        return tag.split()[1], rest
    return None, path


def _fact(field: str, member: bool, questions: Mapping[str, Fact]) -> Fact | None:
    name = field.removeprefix("extra.")
    path = f"{'member' if member else 'family'}.{name}"
    return questions.get(path) or FACTS.get(path)


def change_label(path: str, lang: str, questions: Mapping[str, Fact]) -> str:
    member, field = _split(path)
    if field.startswith("extra."):
        fact = _fact(field, member is not None, questions)
        label = fact.question(lang).rstrip("?？") if fact is not None \
            else field_label("extra", lang)
    else:
        label = field_label(field, lang)
    if member is None:
        return label
    return f"{'सदस्य' if lang == 'hi' else 'Member'} {member}: {label}"


def change_value(path: str, value: Any, lang: str, questions: Mapping[str, Fact]) -> str:
    if value is None or value == "":
        return "—"
    hindi = lang == "hi"
    if isinstance(value, bool):
        return YES_NO[value][1 if hindi else 0]
    member, field = _split(path)
    codes: Mapping[str, Code] | None = CODE_LISTS.get(field)
    if codes is None and field.startswith("extra."):
        fact = _fact(field, member is not None, questions)
        codes = fact.codes if fact is not None else None
    if codes is not None and str(value) in codes:
        return codes[str(value)].label(lang)
    if isinstance(value, dict):
        return ", ".join(f"{change_label(k, lang, questions)}: "
                         f"{change_value(k, v, lang, questions)}" for k, v in value.items())
    return str(value)
