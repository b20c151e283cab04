"""Estimating the model's m and u from labelled pairs, and choosing its threshold.

m(level) is the share of same-person pairs at that level; u(level) the share of pairs of
different people found by the blocking rules (the labelled look-alikes and the people the
check retrieves from the camp's other records). Both are smoothed (half a pair per level) so
a level never seen gets a finite weight. The threshold is the lowest match weight at which
the flagged pairs of the fitting data still reach the precision asked for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

LEVELS: dict[str, tuple[str, ...]] = {
    "given": ("exact", "alike", "fuzzy", "initial", "differ", "missing"),
    "rest": ("agree", "extra", "one_empty", "both_empty", "differ"),
    "father": ("exact", "alike", "partial", "differ", "missing"),
    "dob": ("exact", "typo", "within1", "within5", "differ", "est_1", "est_5", "est_10"),
    "gender": ("same", "differ", "missing"),
    "mobile": ("same", "differ", "missing"),
    "place": ("same", "differ", "missing"),
    "kin": ("parent", "none"),
}
TF_LEVELS = ("exact", "alike")
SMOOTH = 0.5


def estimate(same: Sequence[dict[str, str]], different: Sequence[dict[str, str]],
             different_weight: Sequence[float] | None = None) -> dict[str, Any]:
    """m and u of every level. `different_weight` weighs each different-people pair (the
    labelled look-alikes may count for more than the many easy ones retrieved)."""
    wdiff = list(different_weight) if different_weight is not None else [1.0] * len(different)
    comparisons: dict[str, dict[str, dict[str, float]]] = {}
    for comparison, names in LEVELS.items():
        m_count = Counter(p[comparison] for p in same)
        u_count: dict[str, float] = {}
        for p, w in zip(different, wdiff, strict=True):
            u_count[p[comparison]] = u_count.get(p[comparison], 0.0) + w
        m_total: float = len(same) + SMOOTH * len(names)
        u_total = sum(wdiff) + SMOOTH * len(names)
        comparisons[comparison] = {
            lv: {"m": round((m_count[lv] + SMOOTH) / m_total, 6),
                 "u": round((u_count.get(lv, 0.0) + SMOOTH) / u_total, 6)} for lv in names}
    return {"comparisons": comparisons, "tf_levels": list(TF_LEVELS),
            "prior_odds": round(len(same) / max(1.0, sum(wdiff)), 6)}


def choose_threshold(scored: Sequence[tuple[float, bool]], precision: float) -> float:
    """The lowest weight t such that pairs at t or above are same-person pairs at least
    `precision` of the time (scored: (weight, same) for every labelled pair)."""
    ranked = sorted(scored, key=lambda s: -s[0])
    best = ranked[0][0] if ranked else 0.0
    tp = fp = 0
    for i, (weight, same) in enumerate(ranked):
        tp += same
        fp += not same
        last_of_tie = i + 1 == len(ranked) or ranked[i + 1][0] < weight
        if last_of_tie and tp / (tp + fp) >= precision:
            best = weight
    return round(best, 3)
