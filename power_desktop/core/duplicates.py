"""Is this the same person as one already registered? The rules and the score.

A likely duplicate is, as field teams put it:
- the same Aadhaar number (by its token), or
- the same mobile number with a similar name, or
- a similar name with a date of birth within a year (three, when either date was estimated from
  a declared age) and a similar father's/husband's name or the same locality.
Different Aadhaar numbers, or different genders, mean different people.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .names import folded_name, similarity

NAME_SIMILAR = 85
FATHER_SIMILAR = 80
MOBILE_NAME_SIMILAR = 80
LIKELY = 70  # scores at or above this are shown to the operator


@dataclass(frozen=True)
class Person:
    name: str
    dob: date
    gender: str = ""
    name_hi: str = ""
    father: str = ""
    dob_estimated: bool = False
    mobiles: tuple[str, ...] = ()
    locality: str = ""
    aadhaar_token: str | None = None


@dataclass(frozen=True)
class Match:
    score: int
    reasons: tuple[str, ...]

    @property
    def likely(self) -> bool:
        return self.score >= LIKELY


NOT_SAME = Match(0, ())


def compare(a: Person, b: Person) -> Match:
    """How likely a and b are one person (0-100), and why, in words an operator reads."""
    if a.aadhaar_token and b.aadhaar_token:
        if a.aadhaar_token == b.aadhaar_token:
            return Match(100, ("same Aadhaar",))
        return NOT_SAME
    if a.gender and b.gender and a.gender != b.gender:
        return NOT_SAME
    shared_mobile = bool(set(a.mobiles) & set(b.mobiles))
    years = abs((a.dob - b.dob).days) / 365.25
    window = 3.0 if (a.dob_estimated or b.dob_estimated) else 1.0
    close_dob = years <= window
    if not (close_dob or (shared_mobile and years <= 5)):
        return NOT_SAME  # neither rule can hold: skip the costlier name comparison
    name = max(similarity(a.name, b.name), similarity(a.name_hi or a.name, b.name_hi or b.name),
               similarity(a.name, b.name_hi) if b.name_hi else 0.0,
               similarity(a.name_hi, b.name) if a.name_hi else 0.0)
    if name < 70:
        return NOT_SAME
    reasons = [f"name {name:.0f}% alike"]
    father = similarity(a.father, b.father) if a.father and b.father else 0.0
    same_place = bool(a.locality) and folded_name(a.locality) == folded_name(b.locality)
    if shared_mobile:
        reasons.append("same mobile")
    if close_dob:
        months = max(1, round(years * 12))
        reasons.append("same date of birth" if years == 0 else
                       f"born within {months} month{'s' if months > 1 else ''}")
    if father >= FATHER_SIMILAR:
        reasons.append("similar father's/husband's name")
    if same_place:
        reasons.append("same locality")
    by_mobile = shared_mobile and name >= MOBILE_NAME_SIMILAR and (close_dob or years <= 5)
    by_person = name >= NAME_SIMILAR and close_dob and (father >= FATHER_SIMILAR or same_place)
    score = name * 0.5 + (25 if close_dob else -25 if years > 5 else 0) \
        + (15 if father >= FATHER_SIMILAR else 0) + (20 if shared_mobile else 0) \
        + (10 if same_place else 0)
    score = max(0, min(99, round(score)))
    score = max(score, LIKELY) if by_mobile or by_person else min(score, LIKELY - 1)
    return Match(score, tuple(reasons))
