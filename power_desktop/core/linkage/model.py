"""The match score: a Fellegi-Sunter model over the comparison levels, and its reasons.

Each level of each comparison has a match weight in bits (log2 of how much likelier the level
is for one person than for two people found by the same blocking rules); the weights add up
with the prior to a match weight, shown as a percentage. They are fitted on labelled pairs
and the people the check retrieves from a camp's records (`fit.py`: regularised logistic
regression over the levels, so that evidence that goes together, as a twin's shared father,
date and phone, is not counted twice) and kept in `weights.json` beside this file, with the
counts they were fitted on. A given name shared by many people counts for less
(term-frequency adjustment, as Splink does): how rare the name is among the camp's people,
in bits, times a fitted weight.

Same Aadhaar is the same person and different Aadhaar numbers are different people, whatever
the names say: those two are rules, not weights.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .compare import (
    NameAgreement,
    Person,
    best_names,
    father_level,
    in_order,
    kin_level,
    levels,
    plain_levels,
    rest_level,
    twin_level,
)
from .explain import explain
from .fit import tf_feature

WEIGHTS = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Match:
    score: int                      # 0-100
    reasons: tuple[str, ...]        # evidence for, in English
    against: tuple[str, ...] = ()   # evidence against, in English
    reasons_hi: tuple[str, ...] = ()
    against_hi: tuple[str, ...] = ()
    weight: float = 0.0             # the match weight in bits
    likely: bool = False            # at or above the model's threshold: shown to the operator


NOT_SAME = Match(0, ())


@dataclass(frozen=True)
class Model:
    prior: float                                   # bits
    weights: dict[str, dict[str, float]]           # comparison -> level -> bits
    tf_weight: float                               # bits per bit of name rarity
    threshold: float                               # match weight at which a pair is shown

    def weight(self, lv: dict[str, str], tf: float | None = None) -> float:
        total = self.prior
        for comparison, level in lv.items():
            total += self.weights.get(comparison, {}).get(level, 0.0)
        return total + self.tf_weight * tf_feature(lv["given"], tf)


@lru_cache(maxsize=1)
def model() -> Model:
    return from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def from_json(data: dict[str, Any]) -> Model:
    weights = {c: {lv: float(p["weight"]) for lv, p in levels_.items()}
               for c, levels_ in data["comparisons"].items()}
    return Model(float(data["prior"]), weights, float(data.get("tf_weight", 0.0)),
                 float(data["threshold"]))


def percent(weight: float) -> int:
    """A match weight as the probability of one person, 0-99."""
    p = 1.0 / (1.0 + 2.0 ** -weight)
    return max(0, min(99, int(p * 100)))


TermFrequency = Callable[[Person], float | None]


def compare(a: Person, b: Person, tf: TermFrequency | None = None,
            m: Model | None = None, shown_only: bool = False) -> Match:
    """How likely a and b are one person (0-100), and why, in words an operator reads.
    `tf` gives the share of registered people with a's given name (None: not known).

    `shown_only`: the check shows only pairs at the threshold, so a pair that cannot reach
    it comes back as UNLIKELY, its score not worked out: after each step (the plain fields,
    the names, the father's name) the best the remaining comparisons could add is added to
    the weight so far, and below the threshold the pair is left there. Most people the
    blocking rules bring differ in their date of birth or given name, so most pairs end
    before the fathers' names are compared, and none that would be shown is left out."""
    if a.aadhaar_token and b.aadhaar_token:
        if a.aadhaar_token == b.aadhaar_token:
            return Match(100, ("same Aadhaar",), (), ("वही आधार",), (), 99.0, True)
        return NOT_SAME
    mdl = m or model()
    share = tf(a) if tf else None
    if shown_only:
        found = _levels_if_likely(a, b, mdl, share)
        if found is None:
            return UNLIKELY
        lv, names = found
    else:
        lv, names = levels(a, b), best_names(a, b)
    weight = mdl.weight(lv, share)
    if shown_only and weight < mdl.threshold:
        return UNLIKELY
    why = explain(a, b, lv, names)
    return Match(percent(weight), why.reasons, why.against, why.reasons_hi, why.against_hi,
                 weight, weight >= mdl.threshold)


UNLIKELY = Match(0, ())  # below the threshold; the score was not worked out
_SLACK = 1e-9  # the bounds add in another order than the weight: never cut on a rounding


def _levels_if_likely(a: Person, b: Person, mdl: Model, share: float | None) -> tuple[
        dict[str, str], NameAgreement] | None:
    w = mdl.weights

    def best(comparison: str) -> float:
        return max([0.0, *w.get(comparison, {}).values()])

    def of(comparison: str, level: str) -> float:
        return w.get(comparison, {}).get(level, 0.0)

    def given(level: str) -> float:
        return of("given", level) + mdl.tf_weight * tf_feature(level, share)

    floor = mdl.threshold - _SLACK
    plain = plain_levels(a, b)
    known = mdl.prior + sum(of(c, level) for c, level in plain.items())
    best_given = max([0.0, *(given(level) for level in w.get("given", {}))])
    if known + best_given + best("rest") + best("father") + best("twin") + best("kin") < floor:
        return None
    names = best_names(a, b)
    rest = rest_level(a, b, names)
    known += given(names.given) + of("rest", rest)
    twin_best = best("twin") if twin_level(names.given, plain["dob"], "exact") == "yes" else \
        of("twin", "no")
    if known + best("father") + twin_best + best("kin") < floor:
        return None
    father = father_level(a, b)
    twin = twin_level(names.given, plain["dob"], father)
    if known + of("father", father) + of("twin", twin) + best("kin") < floor:
        return None
    return in_order(names.given, rest, father, twin, plain, kin_level(a, b)), names
