"""Eligibility figures: screening one family, and the supervisor's preview over every family.

Each is printed next to a baseline measured in the same run:
- screening: core.screen() of a family of five for all Delhi schemes, against bare CEL
  evaluation of the same criteria with ready-made facts (the floor for any CEL engine);
  goal: under 5 ms;
- preview: counting one scheme over every family, against reading the same rows with plain
  sqlite3 (the floor for any count that reads the records); goal: under 10 s at 200,000.

    python benchmarks/eligibility.py [--data-dir DIR] [--families 200000]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import camp_with_families  # noqa: E402

from power_desktop.core.eligibility import context_for, screen  # noqa: E402
from power_desktop.core.facts import family_facts, member_facts  # noqa: E402


def median_ms(fn: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", help="reuse a data folder (filled if smaller)")
    parser.add_argument("--families", type=int, default=200_000)
    parser.add_argument("--schemes", default="DL-OAP,DL-RTE,DL-NFSA")
    args = parser.parse_args()
    services = camp_with_families(args.data_dir, args.families, seed=3)
    schemes = services.eligibility.schemes()
    rows = services.registration.page(limit=50)
    family = max((services.registration.get(r.family_id) for r in rows),
                 key=lambda f: len(f.members)).to_json()
    today = services.clock.today()

    def engine() -> None:
        screen(schemes, family, today)

    members = [member_facts(m, today) for m in family["members"]]
    ffacts = family_facts(family, today, members)
    contexts = [(c.program, context_for(s, m, ffacts, c)) for s in schemes for m in members
                for c in s.criteria]

    def bare() -> None:
        for program, context in contexts:
            try:  # noqa: SIM105 - a with-block would add its own cost to the baseline
                program.execute(context)
            except KeyError:
                pass

    e, b = median_ms(engine, 200), median_ms(bare, 200)
    print(f"screening a family of {len(family['members'])} for {len(schemes)} schemes "
          "(median of 200)")
    print(f"  bare CEL, same criteria, facts ready : {b:6.2f} ms")
    print(f"  core.screen (facts, reasons, values) : {e:6.2f} ms   ratio {e / b:5.2f}"
          "   (goal: under 5 ms)")
    with_db = median_ms(lambda: services.eligibility.screen(rows[0].family_id), 50)
    print(f"  EligibilityService.screen (with the database read): {with_db:6.2f} ms")

    total = services.registration.count()
    start = time.perf_counter()
    conn = sqlite3.connect(services.paths.database)
    conn.execute("SELECT f.id, f.annual_income, f.years_in_state, m.dob, m.gender, m.relation, "
                 "m.occupation FROM family f JOIN member m ON m.family_id = f.id").fetchall()
    conn.close()
    floor = time.perf_counter() - start
    print(f"preview over {total:,} families")
    print(f"  bare sqlite3 read of the same rows : {floor:6.2f} s")
    for code in args.schemes.split(","):
        start = time.perf_counter()
        result = services.eligibility.preview(code)
        took = time.perf_counter() - start
        print(f"  {code:<9} {took:6.2f} s   ratio {took / floor:5.2f}   (goal: under 10 s)   "
              f"{result.eligible_families:,} families eligible, {result.needs_info:,} "
              "members need answers")
    services.close()


if __name__ == "__main__":
    main()
