"""What a decoded Aadhaar QR fills in the registration form, in the family JSON's terms.

Member: name, date of birth, gender, and the father's or husband's name from the care-of line
("S/O", "D/O", "W/O", "C/O" + name), with a marital-status hint where the relation word gives
one (W/O: married). Household: address line, locality, PIN and the district, mapped onto the
state's district list; a district that does not map (another state, a district merged away)
is left for the operator, with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .aadhaar_qr import AadhaarQr
from .codes import STATES
from .devanagari import to_devanagari
from .districts import find_district, legacy_district

# The relation words of the care-of line: whose name follows, and what it says of the holder.
RELATION_WORDS = {
    "S/O": "father",  # son of
    "D/O": "father",  # daughter of
    "W/O": "husband",  # wife of
    "H/O": "wife",  # husband of: not a father's or husband's name
    "C/O": "care_of",  # care of: newer cards use it for everyone (father, husband, guardian)
}
_CARE_OF = re.compile(r"^\s*([SDWHC])\s*/\s*O\b\s*[:.\-]?\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class CareOf:
    word: str | None  # "S/O", "W/O", ... or None when the line has no relation word
    name: str


def care_of(text: str) -> CareOf:
    match = _CARE_OF.match(text)
    if not match:
        return CareOf(None, " ".join(text.split()))
    return CareOf(f"{match.group(1).upper()}/O", " ".join(match.group(2).split()))


@dataclass(frozen=True)
class MemberFill:
    name: str
    name_hi_offer: str  # a transliteration for the operator to confirm, never filled unasked
    dob: str  # DD/MM/YYYY, or "" when the code has only a year
    birth_year: str  # the year when only that is known
    gender: str
    father_or_husband_name: str  # "" when the care-of line does not give one
    relation_word: str | None
    care_of_unsure: bool  # "C/O": could be a father, a husband or a guardian
    marital_hint: str | None  # "married" for W/O


def member_fill(qr: AadhaarQr) -> MemberFill:
    c = care_of(qr.care_of)
    kind = RELATION_WORDS.get(c.word or "", "care_of")
    father = c.name if kind in ("father", "husband", "care_of") else ""
    born = qr.birth_date
    return MemberFill(
        name=qr.name, name_hi_offer=to_devanagari(qr.name),
        dob=born.strftime("%d/%m/%Y") if born else "",
        birth_year="" if born else qr.dob[-4:], gender=qr.gender,
        father_or_husband_name=father, relation_word=c.word,
        care_of_unsure=bool(father) and kind == "care_of",
        marital_hint="married" if kind == "husband" else None)


@dataclass(frozen=True)
class HouseholdFill:
    line1: str
    locality: str
    pin: str
    district: str | None  # one of the state's districts, or None (see district_refusal)
    district_read_as: bool  # the QR's name differed and was mapped (e.g. East Delhi -> East)
    district_refusal: tuple[str, str] | None  # (English, Hindi) why it was not filled


def _join(*parts: str) -> str:
    seen: list[str] = []
    for part in parts:
        text = " ".join(part.split())
        if text and text.casefold() not in (s.casefold() for s in seen):
            seen.append(text)
    return ", ".join(seen)


def household_fill(qr: AadhaarQr, state: str) -> HouseholdFill:
    district, mapped, refusal = map_district(state, qr.district, qr.state)
    return HouseholdFill(
        line1=_join(qr.house, qr.street, qr.landmark),
        locality=_join(qr.location, qr.vtc) or _join(qr.post_office, qr.sub_district),
        pin=qr.pin, district=district, district_read_as=mapped, district_refusal=refusal)


def _same_state(state: str, qr_state: str) -> bool:
    code = STATES.get(state)
    if code is None:
        return False
    text = re.sub(r"^(nct of|national capital territory of)\s+", "", qr_state.strip().casefold())
    return text in (code.en.casefold(), code.code.casefold(), code.hi)


def map_district(state: str, qr_district: str,
                 qr_state: str) -> tuple[str | None, bool, tuple[str, str] | None]:
    """(district, whether the name was read as another, refusal in English and Hindi)."""
    label = STATES[state].en if state in STATES else state
    label_hi = STATES[state].hi if state in STATES else state
    if not _same_state(state, qr_state):
        return None, False, (
            f"District not filled: the card's address is in {qr_district}, {qr_state}, not in "
            f"{label}. Choose the district where the family lives now.",
            f"ज़िला नहीं भरा गया: कार्ड का पता {qr_district}, {qr_state} का है, {label_hi} का "
            "नहीं। परिवार अभी जहाँ रहता है वह ज़िला चुनें।")
    found = find_district(state, qr_district)
    if found is not None:
        return found.name, False, None
    short = re.sub(r"\s+(delhi|dilli)$", "", qr_district.strip(), flags=re.IGNORECASE)
    found = find_district(state, short) if short != qr_district.strip() else None
    if found is not None:
        return found.name, True, None
    old = legacy_district(state, short)
    if old is not None:
        return None, False, (
            f"District not filled: {qr_district} on the card was merged in the 2026 "
            "reorganisation. Choose the district the address is in now.",
            f"ज़िला नहीं भरा गया: कार्ड पर लिखा {qr_district} 2026 के पुनर्गठन में मिला दिया "
            "गया। पता अभी जिस ज़िले में है वह चुनें।")
    return None, False, (
        f"District not filled: '{qr_district}' on the card is not one of {label}'s districts. "
        "Choose it from the list.",
        f"ज़िला नहीं भरा गया: कार्ड पर लिखा '{qr_district}' {label_hi} के ज़िलों में नहीं है। "
        "सूची से चुनें।")
