"""The match score: a Fellegi-Sunter model over the comparison levels, and its reasons.

Each level of each comparison has m (how often a same-person pair shows it) and u (how often a
pair of different people found by the same blocking rules shows it); its match weight is
log2(m/u). The weights add up with the prior odds to a match weight, shown as a percentage.
m and u are estimated from labelled pairs and the camp's own records (`fit.py`) and kept in
`weights.json` beside this file, with the figures they were fitted on. A given name shared by
many people counts for less (term-frequency adjustment, as Splink does): its u is the share of
people who have it, when the camp's records say so.

Same Aadhaar is the same person and different Aadhaar numbers are different people, whatever
the names say: those two are rules, not weights.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .compare import Person, best_names, levels
from .explain import explain

WEIGHTS = Path(__file__).with_name("weights.json")
TF_CAP = 4.0  # a rare or common given name moves the weight by at most this many bits


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
    prior: float                                   # log2 prior odds
    weights: dict[str, dict[str, float]]           # comparison -> level -> log2(m/u)
    u_given: dict[str, float]                      # u of the given-name agreement levels
    threshold: float                               # match weight at which a pair is shown

    def weight(self, lv: dict[str, str], tf: float | None = None) -> float:
        total = self.prior
        for comparison, level in lv.items():
            total += self.weights.get(comparison, {}).get(level, 0.0)
        if tf is not None and lv["given"] in self.u_given:
            u = self.u_given[lv["given"]]
            total += max(-TF_CAP, min(TF_CAP, math.log2(u / max(tf, 1e-6))))
        return total


@lru_cache(maxsize=1)
def model() -> Model:
    return from_json(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def from_json(data: dict[str, Any]) -> Model:
    weights = {c: {lv: math.log2(p["m"] / p["u"]) for lv, p in levels_.items()}
               for c, levels_ in data["comparisons"].items()}
    u_given = {lv: data["comparisons"]["given"][lv]["u"] for lv in data.get("tf_levels", [])}
    return Model(math.log2(data["prior_odds"]), weights, u_given, data["threshold"])


def percent(weight: float) -> int:
    """A match weight as the probability of one person, 0-99."""
    p = 1.0 / (1.0 + 2.0 ** -weight)
    return max(0, min(99, int(p * 100)))


TermFrequency = Callable[[Person], float | None]


def compare(a: Person, b: Person, tf: TermFrequency | None = None,
            m: Model | None = None) -> Match:
    """How likely a and b are one person (0-100), and why, in words an operator reads.
    `tf` gives the share of registered people with a's given name (None: not known)."""
    if a.aadhaar_token and b.aadhaar_token:
        if a.aadhaar_token == b.aadhaar_token:
            return Match(100, ("same Aadhaar",), (), ("वही आधार",), (), 99.0, True)
        return NOT_SAME
    mdl = m or model()
    lv = levels(a, b)
    weight = mdl.weight(lv, tf(a) if tf else None)
    names = best_names(a, b)
    why = explain(a, b, lv, names)
    return Match(percent(weight), why.reasons, why.against, why.reasons_hi, why.against_hi,
                 weight, weight >= mdl.threshold)
