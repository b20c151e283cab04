"""Estimating the model's weights from labelled pairs, and choosing its threshold.

`logistic` is what the shipped weights come from; `estimate` (m and u level by level, the
textbook Fellegi-Sunter way) is kept for comparison, and printed by the benchmark.

m(level) is the share of same-person pairs at that level; u(level) the share of pairs of
different people found by the blocking rules (the labelled look-alikes and the people the
check retrieves from the camp's other records). Both are smoothed (half a pair per level) so
a level never seen gets a finite weight. The threshold is the lowest match weight at which
the flagged pairs of the fitting data still reach the precision asked for.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import Any

LEVELS: dict[str, tuple[str, ...]] = {
    "given": ("exact", "alike", "fuzzy", "initial", "differ", "missing"),
    "rest": ("agree", "extra", "one_empty", "both_empty", "differ", "switch"),
    "father": ("exact", "alike", "partial", "differ", "other_man", "switch", "missing"),
    "dob": ("exact", "typo", "within1", "within5", "differ", "est_1", "est_5", "est_10"),
    "gender": ("same", "differ", "missing"),
    "mobile": ("same", "differ", "missing"),
    "place": ("same", "differ", "missing"),
    "kin": ("parent", "none"),
    "twin": ("yes", "no"),
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
        comparisons[comparison] = {}
        for lv in names:
            m = (m_count[lv] + SMOOTH) / m_total
            u = (u_count.get(lv, 0.0) + SMOOTH) / u_total
            if not m_count[lv] and not u_count.get(lv):
                m = u = 1.0  # never seen: no evidence either way
            comparisons[comparison][lv] = {"weight": round(math.log2(m / u), 4),
                                           "m": round(m, 6), "u": round(u, 6)}
    return {"comparisons": comparisons, "tf_levels": list(TF_LEVELS), "tf_weight": 1.0,
            "tf_reference": TF_REFERENCE,
            "prior": round(math.log2(len(same) / max(1.0, sum(wdiff))), 4)}


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


def tf_feature(level: str, share: float | None) -> float:
    """How much rarer than one person in a hundred the given name is, in bits (clipped):
    a rare name agreeing says more than a common one."""
    if share is None or level not in TF_LEVELS:
        return 0.0
    return max(-TF_CLIP, min(TF_CLIP, math.log2(TF_REFERENCE / max(share, 1e-6))))


TF_REFERENCE = 0.01
TF_CLIP = 4.0


def logistic(samples: Sequence[tuple[dict[str, str], float]], labels: Sequence[bool],
             weights: Sequence[float], l2: float = 1.0, rounds: int = 25) -> dict[str, Any]:
    """Match weights by regularised logistic regression over the one-hot levels (and the
    term-frequency feature), fitted by Newton's method. The result has the Fellegi-Sunter
    form, a weight in bits per level added up, but correlated evidence (a twin's shared
    father, date and phone) is not counted twice, as estimating m and u level by level
    would count it."""
    names = [(c, lv) for c, levels_ in LEVELS.items() for lv in levels_]
    index = {f: i for i, f in enumerate(names)}
    size = len(names) + 2  # + intercept, + term frequency
    rows = []
    for found, tf in samples:
        active = [index[(c, found[c])] for c in LEVELS if (c, found[c]) in index]
        rows.append((active, tf))
    beta = [0.0] * size
    for _ in range(rounds):
        grad = [0.0] * size
        hess = [[0.0] * size for _ in range(size)]
        for (active, tf), y, w in zip(rows, labels, weights, strict=True):
            x = {i: 1.0 for i in active}
            x[size - 2] = 1.0
            if tf:
                x[size - 1] = tf
            z = sum(beta[i] * v for i, v in x.items())
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = w * (p - float(y))
            h = w * p * (1.0 - p)
            items = list(x.items())
            for i, vi in items:
                grad[i] += g * vi
                row = hess[i]
                for j, vj in items:
                    row[j] += h * vi * vj
        for i in range(size - 1):  # no penalty on the intercept
            if i == size - 2:
                continue
            grad[i] += l2 * beta[i]
            hess[i][i] += l2
        hess[size - 1][size - 1] += l2
        grad[size - 1] += l2 * beta[size - 1]
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    bits = 1.0 / math.log(2.0)
    counts_same: Counter[tuple[str, str]] = Counter()
    counts_diff: Counter[tuple[str, str]] = Counter()
    for (seen, _), y in zip(samples, labels, strict=True):
        for c in LEVELS:
            (counts_same if y else counts_diff)[(c, seen[c])] += 1
    comparisons: dict[str, dict[str, dict[str, float]]] = {}
    for (c, level), i in index.items():
        comparisons.setdefault(c, {})[level] = {
            "weight": round(beta[i] * bits, 4), "same_pairs": counts_same[(c, level)],
            "different_pairs": counts_diff[(c, level)]}
    return {"comparisons": comparisons, "prior": round(beta[size - 2] * bits, 4),
            "tf_weight": round(beta[size - 1] * bits, 4), "tf_levels": list(TF_LEVELS),
            "tf_reference": TF_REFERENCE}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the system is small)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x
