"""Save latency of a family of five with many families already registered.

Registers `--saves` families of five through the same service the window uses, each timed from
the call to the return (the commit is on disk by then: synchronous=FULL), on a database already
holding `--families` demo families. The baseline, measured in the same run on the same file, is
a bare sqlite3 transaction that inserts the same number of rows (one family, five members, one
audit entry) and commits with the same durability: what the disk and SQLite cost on their own.
Goal: p95 under 30 ms at 200,000 families.

    python benchmarks/save_latency.py [--families 200000] [--saves 200]
"""

from __future__ import annotations

import argparse
import copy
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from power_desktop.paths import Paths  # noqa: E402
from power_desktop.services import Services, demo  # noqa: E402
from power_desktop.services.camp import CampSetup  # noqa: E402

FAMILY = {
    "mobile": "9811122233", "annual_income": 60000, "social_category": "SC",
    "address": {"line1": "H. No. 45, Gali 7", "locality": "Sangam Vihar", "district": "South",
                "pin": "110080"},
    "members": [
        {"name": "Kamla Devi", "name_hi": "कमला देवी", "relation": "head", "gender": "F",
         "dob": "1981-02-10", "aadhaar": "234123412346", "marital_status": "widowed"},
        {"name": "Ramesh Kumar", "relation": "son", "gender": "M", "age": 20},
        {"name": "Pooja Kumari", "relation": "daughter", "gender": "F", "age": 4},
        {"name": "Savitri Devi", "relation": "mother", "gender": "F", "age": 70},
        {"name": "Sonu", "relation": "son", "gender": "M", "age": 12},
    ],
}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def bare_sqlite(path: Path, saves: int) -> list[float]:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_family (id INTEGER PRIMARY KEY, uuid TEXT, "
                 "code TEXT UNIQUE, line TEXT, locality TEXT, pin TEXT, mobile TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_member (id INTEGER PRIMARY KEY, family INT, "
                 "no INT, uuid TEXT, name TEXT, relation TEXT, gender TEXT, dob TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_audit (id INTEGER PRIMARY KEY, at TEXT, "
                 "action TEXT, subject TEXT)")
    times = []
    for n in range(saves):
        start = time.perf_counter()
        conn.execute("BEGIN")
        cur = conn.execute("INSERT INTO bench_family (uuid, code, line, locality, pin, mobile) "
                           "VALUES (?, ?, ?, ?, ?, ?)", (str(uuid.uuid4()), f"B{n}", "H. No. 45",
                                                         "Sangam Vihar", "110080", "9811122233"))
        conn.executemany("INSERT INTO bench_member (family, no, uuid, name, relation, gender, "
                         "dob) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         [(cur.lastrowid, i, str(uuid.uuid4()), f"Name {i}", "son", "M",
                           "2000-01-01") for i in range(5)])
        conn.execute("INSERT INTO bench_audit (at, action, subject) VALUES (?, ?, ?)",
                     ("2026-11-27", "family.register", f"B{n}"))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    for table in ("bench_family", "bench_member", "bench_audit"):
        conn.execute(f"DROP TABLE {table}")
    conn.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--families", type=int, default=200_000)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        services = Services.open(Paths(Path(tmp)))
        services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Bench"))
        start = time.perf_counter()
        demo.generate(services, args.families, seed=1)
        filled = time.perf_counter() - start
        ours, bare = [], []
        for round_ in range(2):  # alternate, so a noisy moment hits both
            for n in range(args.saves // 2):
                family = copy.deepcopy(FAMILY)
                family["members"][0]["name"] = f"Kamla Devi {round_}-{n}"
                t = time.perf_counter()
                services.registration.register(family)
                ours.append(time.perf_counter() - t)
            bare.extend(bare_sqlite(Path(tmp) / "power.sqlite3", args.saves // 2))
        total = services.registration.count()
        services.close()
    p95, b95 = percentile(ours, 95), percentile(bare, 95)
    print(f"save of a family of five, {len(ours)} saves at {args.families:,} families "
          f"({total:,} after); demo data made in {filled:.1f} s")
    print(f"  bare sqlite3 transaction  p50 {statistics.median(bare) * 1000:6.2f} ms   "
          f"p95 {b95 * 1000:6.2f} ms")
    print(f"  PoWER Desktop register()  p50 {statistics.median(ours) * 1000:6.2f} ms   "
          f"p95 {p95 * 1000:6.2f} ms   (goal: p95 under 30 ms)")
    print(f"  ratio (p95)               {p95 / b95:6.2f}")


if __name__ == "__main__":
    main()
