"""Comparison levels: how two records agree, field by field (as Splink's comparisons do).

Each comparison gives one level, from the strongest agreement to disagreement; the model
(`model.py`) turns each level into a match weight estimated from labelled data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import JaroWinkler

from .names import NameParts, is_marker, parts, skeleton


@dataclass(frozen=True, slots=True)
class Person:
    """What the matcher knows of one registered or typed person."""
    name: str
    dob: date
    gender: str = ""
    name_hi: str = ""
    father: str = ""  # father's or husband's name
    dob_estimated: bool = False
    mobiles: tuple[str, ...] = ()
    locality: str = ""
    aadhaar_token: str | None = None
    relation: str = ""        # to the head of the family: daughter, spouse, mother...
    marital_status: str = ""


# --- names -----------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)  # a check asks of the same word pairs many times; ~10 MB at most
def word_level(a: str, b: str) -> str:
    """exact / alike / fuzzy / initial / differ for two folded words."""
    if a == b:
        return "exact"
    if len(a) == 1 or len(b) == 1:
        return "initial" if a[0] == b[0] else "differ"
    if a[0] != b[0] and not (a[0] in _VOWELS and b[0] in _VOWELS):
        return "differ"  # spellings keep the first sound; rhyming names (Reena, Meena) differ
    if skeleton(a) == skeleton(b):
        return "alike"
    sim = JaroWinkler.similarity(a, b)
    if sim >= 0.90:
        return "alike"
    if sim >= 0.82:
        return "fuzzy"
    return "differ"


_VOWELS = set("aeiou")
_RANK = {"exact": 0, "alike": 1, "fuzzy": 2, "initial": 3, "differ": 4}


def _agrees(a: str, b: str) -> bool:
    return word_level(a, b) in ("exact", "alike", "initial")


def _merge_joined(these: tuple[str, ...], others: tuple[str, ...]) -> tuple[str, ...]:
    """Join neighbouring words that the other name writes as one (om prakas ~ omprakas)."""
    out = list(these)
    lengths = {len(o) for o in others}
    i = 0
    while i < len(out) - 1:
        merged = out[i] + out[i + 1]
        if len(out[i]) > 1 and len(out[i + 1]) > 1 and \
                any(abs(len(merged) - n) <= 2 for n in lengths) and any(
                word_level(merged, o) in ("exact", "alike") for o in others) and not any(
                _agrees(out[i], o) for o in others):
            out[i:i + 2] = [merged]
        else:
            i += 1
    return tuple(out)


def _core(merged: tuple[str, ...]) -> tuple[str, ...]:
    """The words that say who it is, once joined forms are merged (Ram Kumar -> ramkumar)."""
    return tuple(w for w in merged if not is_marker(w)) or merged[:1]


@dataclass(frozen=True)
class NameAgreement:
    given: str   # exact / alike / fuzzy / initial / differ / missing
    rest: str    # agree / extra / one_empty / both_empty / differ
    given_a: str = ""  # the folded given names compared (for the reasons shown)
    given_b: str = ""


@lru_cache(maxsize=65536)
def compare_names(a: str, b: str) -> NameAgreement:
    pa, pb = parts(a), parts(b)
    if not pa.core or not pb.core:
        return NameAgreement("missing", "both_empty")
    ca = _core(_merge_joined(pa.every, pb.every))
    cb = _core(_merge_joined(pb.every, pa.every))
    # The given name: the first word, or the word the other name has first (order swapped).
    best = (word_level(ca[0], cb[0]), 0, 0)
    if _RANK[best[0]] > 1:
        for i, wa in enumerate(ca):
            for j, wb in enumerate(cb):
                level = word_level(wa, wb)
                if level in ("exact", "alike") and (i == 0 or j == 0) and len(wa) > 1:
                    best = min(best, (level, i, j), key=lambda t: _RANK[t[0]])
    given, i, j = best
    rest_a = ca[:i] + ca[i + 1:]
    rest_b = cb[:j] + cb[j + 1:]
    return NameAgreement(given, _rest_level(rest_a, rest_b, pa, pb), ca[i], cb[j])


def _rest_level(ra: tuple[str, ...], rb: tuple[str, ...], pa: NameParts,
                pb: NameParts) -> str:
    if not ra and not rb:
        return "both_empty"
    # An initial may stand for a marker word the other name writes out (R K Gupta: K = Kumar).
    ra = tuple(w for w in ra if not (len(w) == 1 and any(m[0] == w for m in pb.markers)))
    rb = tuple(w for w in rb if not (len(w) == 1 and any(m[0] == w for m in pa.markers)))
    if not ra or not rb:
        return "one_empty" if (ra or rb) else "agree"
    short, long_ = (ra, rb) if len(ra) <= len(rb) else (rb, ra)
    unmatched = list(long_)
    for w in short:
        hit = next((o for o in unmatched if _agrees(w, o)), None)
        if hit is None:
            hit = next((o for o in unmatched if word_level(w, o) == "fuzzy"), None)
        if hit is None:
            return "differ"
        unmatched.remove(hit)
    return "extra" if unmatched else "agree"


def best_names(a: Person, b: Person) -> NameAgreement:
    """The best agreement over the scripts each record has (Latin, Devanagari): the same
    script where both have it, across scripts only where one record has one script alone."""
    first = compare_names(a.name, b.name)
    if first.given == "exact" and first.rest in ("agree", "both_empty"):
        return first  # nothing can agree better
    options = []
    if a.name_hi and b.name_hi:
        options.append((a.name_hi, b.name_hi))
    elif b.name_hi:
        options.append((a.name, b.name_hi))
    elif a.name_hi:
        options.append((a.name_hi, b.name))
    found = [first] + [compare_names(x, y) for x, y in options]
    return min(found, key=lambda n: (_RANK.get(n.given, 5), _REST_RANK[n.rest]))


_REST_RANK = {"agree": 0, "both_empty": 1, "extra": 2, "one_empty": 3, "differ": 4}


_UNMARRIED_RELATIONS = {"daughter", "son"}
_MARRIED_RELATIONS = {"spouse", "daughter_in_law", "son_in_law", "mother", "mother_in_law",
                      "father", "father_in_law"}


def _married(p: Person) -> bool | None:
    if p.marital_status:
        return p.marital_status != "never_married"
    if p.relation in _MARRIED_RELATIONS:
        return True
    return None


def married_since(a: Person, b: Person) -> bool:
    """One record from before a woman's marriage, the other after: her father's name on one,
    her husband's on the other."""
    if "M" in (a.gender, b.gender):
        return False
    states = (_married(a), _married(b))
    return False in states and True in states


def father_level(a: Person, b: Person) -> str:
    """exact / alike / partial / differ / switch / missing for the fathers' or husbands'
    names; "switch" when they differ and one record is from before a marriage."""
    if not parts(a.father).core or not parts(b.father).core:
        return "missing"
    n = compare_names(a.father, b.father)
    if n.given == "exact" and n.rest in ("agree", "both_empty"):
        return "exact"
    if n.given in ("exact", "alike", "initial") and n.rest != "differ":
        return "alike"
    if married_since(a, b):
        return "switch"
    if "F" in (a.gender, b.gender):
        return "other_man"  # a woman's father on one record, her husband on the other?
    if n.given in ("exact", "alike", "fuzzy") or n.rest in ("agree",):
        return "partial"
    return "differ"


def kin_level(a: Person, b: Person) -> str:
    """"parent" when one record's father's name is the other's own name (father and son of
    one name, or a mother and the son whose name she gave as her husband's)."""
    for x, y in ((a, b), (b, a)):
        if not x.father:
            continue
        fc, yc = parts(x.father).core, parts(y.name).core
        if fc and yc and fc[0][:1] == yc[0][:1]:
            n = compare_names(x.father, y.name)
            if n.given in ("exact", "alike") and n.rest in ("agree", "both_empty", "extra"):
                return "parent"
    return "none"


# --- dates, and the rest ---------------------------------------------------------------------

def _digits_slip(x: int, y: int) -> bool:
    sx, sy = f"{x:04d}", f"{y:04d}"
    diff = [i for i in range(4) if sx[i] != sy[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and sx[diff[0]] == sy[diff[1]] and \
        sx[diff[1]] == sy[diff[0]]


def dob_level(a: Person, b: Person) -> str:
    years = abs((a.dob - b.dob).days) / 365.25
    if a.dob_estimated or b.dob_estimated:
        for limit, level in ((1.6, "est_1"), (5.6, "est_5"), (10.6, "est_10")):
            if years <= limit:
                return level
        return "differ"
    if a.dob == b.dob:
        return "exact"
    da, db = a.dob, b.dob
    same = (da.year == db.year) + (da.month == db.month) + (da.day == db.day)
    swapped = da.year == db.year and da.day == db.month and da.month == db.day
    if swapped or (same == 2 and (da.year == db.year or _digits_slip(da.year, db.year))):
        return "typo"
    if years <= 1.05:
        return "within1"
    if years <= 5.05:
        return "within5"
    return "differ"


def simple_level(a: str, b: str) -> str:
    if not a or not b:
        return "missing"
    return "same" if a == b else "differ"


def mobile_level(a: Person, b: Person) -> str:
    if not a.mobiles or not b.mobiles:
        return "missing"
    return "same" if set(a.mobiles) & set(b.mobiles) else "differ"


def place_key(locality: str) -> str:
    return "".join(parts(locality).every)


def plain_levels(a: Person, b: Person) -> dict[str, str]:
    """The comparisons that need no name compared: cheap, so the check works them out first."""
    return {"dob": dob_level(a, b), "gender": simple_level(a.gender, b.gender),
            "mobile": mobile_level(a, b),
            "place": simple_level(place_key(a.locality), place_key(b.locality))}


def rest_level(a: Person, b: Person, names: NameAgreement) -> str:
    if names.rest in ("differ", "one_empty", "extra") and married_since(a, b):
        return "switch"  # her surname changed with the marriage
    return names.rest


def twin_level(given: str, dob: str, father: str) -> str:
    """Twins: different given names, one birth date, one father. The fields agree together
    far more often than their separate weights say, so the pattern has its own weight."""
    return "yes" if given == "differ" and dob in ("exact", "typo") and \
        father in ("exact", "alike") else "no"


def levels(a: Person, b: Person) -> dict[str, str]:
    """Every comparison's level for a pair."""
    names = best_names(a, b)
    plain = plain_levels(a, b)
    father = father_level(a, b)
    return in_order(names.given, rest_level(a, b, names), father,
                    twin_level(names.given, plain["dob"], father), plain, kin_level(a, b))


def in_order(given: str, rest: str, father: str, twin: str, plain: dict[str, str],
             kin: str) -> dict[str, str]:
    """The levels in one order wherever they are worked out (the weights add up in it)."""
    return {"given": given, "rest": rest, "father": father, "dob": plain["dob"], "twin": twin,
            "gender": plain["gender"], "mobile": plain["mobile"], "place": plain["place"],
            "kin": kin}
