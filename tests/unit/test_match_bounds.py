"""The check's shortcut (compare(shown_only=True)) shows exactly the pairs the full comparison
shows, with the same scores and reasons: tried on every pairing of the people in the
independent evaluation set's families, at name shares from rare to common."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from power_desktop.core.family import parse_family
from power_desktop.core.linkage.compare import Person
from power_desktop.core.linkage.model import UNLIKELY, compare

EVAL = Path(__file__).resolve().parents[1] / "data" / "dedup_eval" / "pairs.json"


def _people(data: dict[str, Any], today: date) -> list[Person]:
    family = parse_family(data, today).family
    assert family is not None
    return [Person(name=m.name, name_hi=m.name_hi, gender=m.gender, dob=m.dob,
                   dob_estimated=m.dob_estimated, father=m.father_or_husband_name,
                   mobiles=tuple(x for x in (m.mobile, family.mobile) if x),
                   locality=family.address.locality, relation=m.relation,
                   marital_status=m.marital_status or "") for m in family.members]


@pytest.fixture(scope="module")
def pairings() -> list[tuple[Person, Person]]:
    data = json.loads(EVAL.read_text(encoding="utf-8"))
    today = date.fromisoformat(data["today"])
    families = [(_people(p["a"], today), _people(p["b"], today)) for p in data["pairs"]]
    out = []
    for n, (a, b) in enumerate(families):
        neighbour = families[(n + 1) % len(families)][0]  # people who merely look alike
        out += [(x, y) for x in b for y in a + neighbour]
    return out


@pytest.mark.parametrize("share", [None, 1e-5, 0.004, 0.05, 0.4])
def test_the_shortcut_shows_what_the_full_comparison_shows(
        pairings: list[tuple[Person, Person]], share: float | None) -> None:
    shown = left_early = 0
    for a, b in pairings:
        full = compare(a, b, lambda _: share)
        quick = compare(a, b, lambda _: share, shown_only=True)
        if full.likely:
            assert quick == full, (a.name, b.name)
            shown += 1
        else:
            assert quick == UNLIKELY, (a.name, b.name)
            left_early += full.weight < -8  # far below: the kind the bounds leave early
    # The pairings hold both kinds in number, so the comparison means something.
    assert shown > 600 and left_early > 5000, (shown, left_early)
