"""Quality of the duplicate check on the labelled evaluation set (tests/data/duplicate_pairs.json).

Prints recall (same-person pairs flagged) and precision (flagged pairs that are the same
person), overall and by kind of pair, and the pairs it gets wrong. Goal: recall at least 0.95
at precision at least 0.90.

    python benchmarks/duplicates.py [--show 10]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from power_desktop.core.duplicates import Person, compare  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "duplicate_pairs.json"


def person(d: dict[str, Any]) -> Person:
    return Person(name=d["name"], name_hi=d.get("name_hi", ""), gender=d["gender"],
                  dob=date.fromisoformat(d["dob"]), dob_estimated=d.get("dob_estimated", False),
                  father=d.get("father", ""), locality=d.get("locality", ""),
                  mobiles=(d["mobile"],) if d.get("mobile") else ())


def evaluate(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    tp = fp = fn = tn = 0
    misses: Counter[str] = Counter()
    wrong = []
    for pair in pairs:
        flagged = compare(person(pair["a"]), person(pair["b"])).likely
        if pair["same"] and flagged:
            tp += 1
        elif pair["same"]:
            fn += 1
            misses[pair["how"]] += 1
            wrong.append(pair)
        elif flagged:
            fp += 1
            misses[pair["how"]] += 1
            wrong.append(pair)
        else:
            tn += 1
    return {"tp": tp, "fp": fp, "fn": fn, "tn": tn, "recall": tp / max(1, tp + fn),
            "precision": tp / max(1, tp + fp), "misses": misses, "wrong": wrong}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show", type=int, default=5, help="wrong pairs to print")
    args = parser.parse_args()
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    r = evaluate(pairs)
    same = sum(1 for p in pairs if p["same"])
    print(f"duplicate check on {len(pairs)} labelled pairs ({same} same person, "
          f"{len(pairs) - same} different people who look alike)")
    print(f"  recall    {r['recall']:.3f}  (goal at least 0.95)   missed {r['fn']}")
    print(f"  precision {r['precision']:.3f}  (goal at least 0.90)   false alarms {r['fp']}")
    print(f"  errors by kind: {dict(r['misses'])}")
    for pair in r["wrong"][:args.show]:
        a, b = pair["a"], pair["b"]
        print(f"    {'missed' if pair['same'] else 'false alarm'} ({pair['how']}): "
              f"{a['name']} {a['dob']} f:{a.get('father')} | {b['name']} {b['dob']} "
              f"f:{b.get('father')} -> {compare(person(a), person(b))}")


if __name__ == "__main__":
    main()
