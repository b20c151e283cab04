"""Search and duplicate-check speed at a million members, next to bare SQLite FTS5.

Types real names from the database one keystroke at a time (as an operator does), timing every
search; then checks families made of registered people spelt differently for duplicates. The
baseline, in the same run on the same file, is a bare FTS5 prefix query on the index. Goals:
search p95 under 20 ms, duplicate check p95 under 50 ms. The index lives in the database
(no in-memory index: nothing to build at start-up); the process's memory growth is printed.

    python benchmarks/search.py [--data-dir DIR] [--families 200000] [--queries 200]
"""

from __future__ import annotations

import argparse
import random
import resource
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import camp_with_families  # noqa: E402

from power_desktop.core.linkage.names import keys  # noqa: E402


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir")
    parser.add_argument("--families", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=500)
    args = parser.parse_args()
    services = camp_with_families(args.data_dir, args.families, seed=5)
    rng = random.Random(1)
    conn = sqlite3.connect(services.paths.database)
    members = conn.execute("SELECT id FROM member").fetchall()
    total = len(members)
    picked = [r[0] for r in rng.sample(members, min(args.queries, total))]
    people = conn.execute(
        f"SELECT m.name, m.dob, m.gender, m.father_or_husband_name, f.locality, f.pin, "
        f"f.mobile FROM member m JOIN family f ON f.id = m.family_id WHERE m.id IN "
        f"({','.join(map(str, picked))})").fetchall()
    before = rss_mb()
    ours, bare = [], []
    for name, *_ in people:
        for end in range(3, len(name) + 1):  # every keystroke from the third letter on
            typed = name[:end]
            start = time.perf_counter()
            services.search.search(typed)
            ours.append(time.perf_counter() - start)
            word = typed.split()[-1]
            fts = " AND ".join(f"name : {k}*" for k in keys(word, optional=True)) or "name : a*"
            start = time.perf_counter()
            conn.execute("SELECT rowid FROM member_search WHERE member_search MATCH ? LIMIT 100",
                         (fts,)).fetchall()
            bare.append(time.perf_counter() - start)
    phones, phones_bare = [], []
    for *_, mobile in people[:100]:
        for end in range(4, 11):  # a mobile typed digit by digit, from the fourth on
            typed = mobile[:end] if end % 2 else mobile[-end:]  # from its start or its end
            start = time.perf_counter()
            services.search.search(typed)
            phones.append(time.perf_counter() - start)
            start = time.perf_counter()
            conn.execute("SELECT rowid FROM member_phone WHERE member_phone MATCH ? LIMIT 100",
                         (f"{typed}*",)).fetchall()
            phones_bare.append(time.perf_counter() - start)
    # Families of five made of registered people, spelt as another operator would, with
    # their own mobile numbers: every one asks the index, nothing is kept from a check before.
    checks, checks_bare = [], []
    spelt = [(n.replace("ee", "i").replace("sh", "s").replace("v", "w"), *rest)
             for n, *rest in people]
    for start_at in range(0, min(len(spelt), 500) - 4, 5):
        group = spelt[start_at:start_at + 5]
        family = {"address": {"line1": "H 1", "locality": group[0][4], "district": "South",
                              "pin": group[0][5]}, "mobile": group[0][6],
                  "members": [{"name": name, "relation": "head" if i == 0 else "other_relative",
                               "gender": gender, "dob": dob, "father_or_husband_name": father}
                              for i, (name, dob, gender, father, *_) in enumerate(group)]}
        start = time.perf_counter()
        try:
            services.duplicates.check(family)
        except Exception:  # a made-up family the parser refuses
            continue
        checks.append(time.perf_counter() - start)
        start = time.perf_counter()  # the floor: one bare index query for each member
        for name, dob, *_ in group:
            fts = " OR ".join(f"{k}{dob[:4]}" for k in keys(name)) or "x"
            conn.execute("SELECT rowid FROM member_block WHERE member_block MATCH ? LIMIT 100",
                         (fts,)).fetchall()
        checks_bare.append(time.perf_counter() - start)
    sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    index_mb = sum(v for k, v in sizes.items()
                   if k.startswith(("member_search", "member_block", "member_phone"))) / 1e6
    database_mb = sum(sizes.values()) / 1e6
    grown = rss_mb() - before
    print(f"search at {total:,} members ({services.registration.count():,} families), "
          f"{len(ours)} keystrokes")
    print(f"  bare FTS5 prefix query         p95 {p95(bare):6.2f} ms")
    print(f"  search as you type             p95 {p95(ours):6.2f} ms   ratio "
          f"{p95(ours) / max(p95(bare), 1e-6):5.1f}   (goal: under 20 ms)")
    print(f"  bare FTS5 mobile-digits query  p95 {p95(phones_bare):6.2f} ms")
    print(f"  search by mobile digits        p95 {p95(phones):6.2f} ms   ratio "
          f"{p95(phones) / max(p95(phones_bare), 1e-6):5.1f}   (goal: under 20 ms)")
    print(f"  bare FTS5 blocking queries, 5  p95 {p95(checks_bare):6.2f} ms")
    print(f"  duplicate check, family of 5   p95 {p95(checks):6.2f} ms   ratio "
          f"{p95(checks) / max(p95(checks_bare), 1e-6):5.1f}   (goal: under 50 ms; "
          f"{len(checks)} checks)")
    print(f"  search and duplicate index {index_mb:6.1f} MB of a {database_mb:6.1f} MB database "
          "(goal: under 200 MB at 1,000,000 members)")
    print(f"  memory grown while searching: {grown:.0f} MB (index is on disk; goal: under "
          "200 MB)")
    conn.close()
    services.close()


if __name__ == "__main__":
    main()
