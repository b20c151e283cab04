"""A camp server under load, next to SQLite, in one run.

1. Saves: `--laptops` processes (default 10) on one PostgreSQL database, each a joined laptop
   registering its share of `--day` families (default 300; the issue's camp day is 2,000), every
   save timed (the duplicate check included, as on the command line), with the time spent
   waiting for another laptop's save (the writers' lock) timed apart. Twice:
   - a camp day compressed: each laptop saves at an operator's rhythm sped up, a save every
     `--pace` seconds on average (random gaps; default 0.5 s, so 10 laptops save a 2,000-family
     day in under two minutes, about 300 times a real day's rate of one family per laptop every
     two or three minutes). Real laptops each have their own processor; here ten simulated
     laptops and the server share this machine's, so the rhythm keeps the machine from being
     the bottleneck, and what is measured is the server and the laptops' turns at it.
   - back to back (stress): every laptop saving as fast as it can. On a 2-core machine this
     measures ten processes sharing two cores more than the server; printed for comparison.
   Baseline in the same run: one laptop alone on its own SQLite file saving the same number of
   families back to back. Also printed: one laptop alone on the server saving its share back to
   back, the server's own part of a save (the LAN's round trips) without the other simulated
   laptops' work competing for this machine's cores. Goal: save p95 under 50 ms on the server
   (the camp day).
2. Search-as-you-type and the duplicate check at scale: the same demo families (`--families`,
   default 5,000; the issue's figure is about 230,000 families, 1,000,000 members) loaded into
   both engines, then the labelled search queries typed letter by letter and the labelled
   duplicate checks run on each, timed. Goal: PostgreSQL within 2x of SQLite.

The server is POWER_TEST_POSTGRES or --server (a database there is made and dropped); without
one: `bash scripts/with-postgres.sh .venv/bin/python benchmarks/camp_server.py`.

    python benchmarks/camp_server.py [--server URL] [--laptops 10] [--day 300] [--pace 0.5]
                                     [--families 5000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from power_desktop.core.demo_data import demo_family  # noqa: E402
from power_desktop.paths import Paths  # noqa: E402
from power_desktop.services import Services, demo  # noqa: E402
from power_desktop.services.camp import CampSetup  # noqa: E402
from power_desktop.store import db, vault  # noqa: E402

USER, PASSWORD = "Bench", "bench-password-1"
EVAL = ROOT / "tests" / "data" / "dedup_eval"


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def _admin(server: str, sql: str) -> None:
    engine = create_engine(db.engine_url(server), isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(sql))
    engine.dispose()


def _database(server: str, name: str) -> str:
    _admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    _admin(server, f"CREATE DATABASE {name}")
    return db.engine_url(server).rpartition("/")[0] + f"/{name}"


def _families(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` demo families, no Aadhaar number twice among them: demo numbers are drawn from ten
    million, and a repeat is refused as the same person (a camp's real event, not a save)."""
    from power_desktop.core.demo_data import demo_aadhaar
    rng = random.Random(seed)
    seen: set[str] = set()
    families = [demo_family(rng, date.today()) for _ in range(n)]
    for member in (m for f in families for m in f["members"]):
        while member.get("aadhaar") in seen:
            member["aadhaar"] = demo_aadhaar(rng)
        if "aadhaar" in member:
            seen.add(member["aadhaar"])
    return families


def _timing_turns(services: Services, marks: dict[str, float]) -> None:
    """Note when a save asks for the writers' lock (its turn) and when it gets it."""
    from sqlalchemy import event

    @event.listens_for(services.engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "pg_advisory_xact_lock" in statement:
            marks["asked"] = time.perf_counter()

    @event.listens_for(services.engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "pg_advisory_xact_lock" in statement:
            marks["got"] = time.perf_counter()


class Phases:
    """One laptop's saves: each save's time, split into before its turn, waiting for it
    (another laptop's save), and from getting it to the save's end; with the laptop's own
    processor time for the save."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.before: list[float] = []
        self.waits: list[float] = []
        self.holding: list[float] = []
        self.own: list[float] = []


def _laptop(args: tuple[str, list[dict[str, Any]], int, float, float]) -> Phases:
    folder, families, seed, start, pace = args
    vault.DEFAULT_COST = vault.KdfCost(1, 1024, 1)  # logging in is not what is measured
    services = Services.open(Paths(Path(folder)))
    services.accounts.login(USER, PASSWORD)
    rng = random.Random(seed)
    marks: dict[str, float] = {}
    _timing_turns(services, marks)
    due = start
    out = Phases()
    for family in families:
        while time.time() < due:  # every laptop starts at the same moment, then its rhythm
            time.sleep(min(0.005, max(0.0, due - time.time())))
        marks.clear()
        began, cpu = time.perf_counter(), time.process_time()
        services.registration.register(family, confirm_warnings=True,
                                       duplicate_decision="benchmark")
        ended = time.perf_counter()
        out.times.append(ended - began)
        out.own.append(time.process_time() - cpu)
        if "asked" in marks and "got" in marks:
            out.before.append(marks["asked"] - began)
            out.waits.append(marks["got"] - marks["asked"])
            out.holding.append(ended - marks["got"])
        due = max(due, time.time()) + (rng.expovariate(1 / pace) if pace else 0)
    services.close()
    return out


def _busy() -> tuple[int, int] | None:
    """This machine's processor time so far, busy and in all (Linux's /proc/stat)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def _join_laptops(url: str, folders: list[Path]) -> None:
    first = Services.open(Paths(folders[0]), database_url=url)
    first.accounts.setup_first(USER, PASSWORD)
    first.camp.setup(CampSetup("DL", "South", "C07", "L1", USER))
    first.remember_server()
    first.close()
    for n, folder in enumerate(folders[1:], start=2):
        other = Services.open(Paths(folder), database_url=url)
        other.accounts.login(USER, PASSWORD)
        other.camp.join(f"L{n}")
        other.remember_server()
        other.close()


class Saved:
    """One run's saves (Phases of every laptop together), and how busy this machine's
    processors were meanwhile."""

    def __init__(self, per: list[Phases], busy: float | None) -> None:
        self.times = [t for p in per for t in p.times]
        self.before = [t for p in per for t in p.before]
        self.waits = [t for p in per for t in p.waits]
        self.holding = [t for p in per for t in p.holding]
        self.own = [t for p in per for t in p.own]
        self.busy = busy


def saves(server: str, laptops: int, day: int, pace: float, work: Path) -> Saved:
    """Saves and lock waits of `laptops` laptops saving `day` families on a new camp."""
    url = _database(server, "power_bench_saves")
    folders = [work / f"pace{pace}" / f"laptop{n}" for n in range(1, laptops + 1)]
    _join_laptops(url, folders)
    share = max(1, day // laptops)
    start = time.time() + 3
    with multiprocessing.get_context("spawn").Pool(laptops) as pool:
        families = _families(share * laptops, 500)  # the camp's, each laptop a share
        runs = pool.map_async(_laptop, [(str(f), families[n * share:(n + 1) * share],
                                         500 + n, start, pace)
                                        for n, f in enumerate(folders)])
        while time.time() < start:
            time.sleep(0.01)
        before = _busy()
        per = runs.get(timeout=3600)
        after = _busy()
    _check_camp(folders[0], share * laptops)
    _admin(server, "DROP DATABASE IF EXISTS power_bench_saves WITH (FORCE)")
    busy = (after[0] - before[0]) / max(1, after[1] - before[1]) if before and after else None
    return Saved(per, busy)


def _check_camp(folder: Path, families: int) -> None:
    """What the laptops saved at once is whole: every family once, on an ID of its own, and
    the audit chain intact (a figure from a run that lost or doubled a save means nothing)."""
    from power_desktop.services import audit
    services = Services.open(Paths(folder))
    services.accounts.login(USER, PASSWORD)
    codes = [r.family_id for r in services.registration.page(limit=families + 10)]
    trail = audit.verify(services)
    services.close()
    if len(codes) != families or len(set(codes)) != families or not trail.intact:
        sys.exit(f"the camp is not whole after the saves: {len(codes)} families "
                 f"({len(set(codes))} IDs) of {families}; {trail.message}")
    print(f"   checked: {families} families, {len(set(codes))} IDs, {trail.message}",
          flush=True)


def alone(count: int, work: Path) -> list[float]:
    """The baseline: one laptop on its own SQLite file saving `count` families back to back."""
    services = Services.open(Paths(work / "alone"))
    services.accounts.setup_first(USER, PASSWORD)
    services.camp.setup(CampSetup("DL", "South", "C07", "L1", USER))
    baseline = []
    for family in _families(count, 900):
        began = time.perf_counter()
        services.registration.register(family, confirm_warnings=True,
                                       duplicate_decision="benchmark")
        baseline.append(time.perf_counter() - began)
    services.close()
    return baseline


def _camp(folder: Path, url: str | None, families: int) -> Services:
    services = Services.open(Paths(folder), database_url=url)
    services.accounts.setup_first(USER, PASSWORD)
    services.camp.setup(CampSetup("DL", "South", "C07", "L1", USER))
    demo.generate(services, families, seed=7)
    pairs = json.loads((EVAL / "pairs.json").read_text(encoding="utf-8"))["pairs"][:200]
    for pair in pairs:
        services.registration.register(pair["a"], confirm_warnings=True,
                                       duplicate_decision="benchmark")
    return services


def at_scale(server: str, families: int, work: Path) -> dict[str, dict[str, list[float]]]:
    url = _database(server, "power_bench_scale")
    queries = [q["text"] for q in json.loads(
        (EVAL / "search_queries.json").read_text(encoding="utf-8"))["queries"]]
    typed = [q[:n] for q in queries[:120] for n in range(2, len(q) + 1)]
    pairs = json.loads((EVAL / "pairs.json").read_text(encoding="utf-8"))["pairs"][:200]
    out: dict[str, dict[str, list[float]]] = {}
    for name, camp_url in (("sqlite", None), ("postgresql", url)):
        began = time.perf_counter()
        services = _camp(work / f"scale-{name}", camp_url, families)
        print(f"  {name}: {services.registration.count():,} families loaded in "
              f"{time.perf_counter() - began:.0f} s", flush=True)
        search, check = [], []
        for t in typed:
            began = time.perf_counter()
            services.search.search(t)
            search.append(time.perf_counter() - began)
        for pair in pairs:
            family = services.registration.check(pair["b"]).family
            assert family is not None
            began = time.perf_counter()
            services.duplicates.check_parsed(family)
            check.append(time.perf_counter() - began)
        out[name] = {"search": search, "check": check}
        services.close()
    _admin(server, "DROP DATABASE IF EXISTS power_bench_scale WITH (FORCE)")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", default=os.environ.get("POWER_TEST_POSTGRES"),
                        help="a PostgreSQL server URL (default: $POWER_TEST_POSTGRES)")
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--day", type=int, default=300, help="families saved in all")
    parser.add_argument("--pace", type=float, default=0.5,
                        help="mean seconds between one laptop's saves on the camp day")
    parser.add_argument("--families", type=int, default=5000,
                        help="demo families in each engine for the search part (0: skip it)")
    args = parser.parse_args()
    if not args.server:
        sys.exit("no server: give --server URL or run under scripts/with-postgres.sh")
    vault.DEFAULT_COST = vault.KdfCost(1, 1024, 1)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        share = max(1, args.day // args.laptops)
        print(f"1. {args.laptops} laptops saving {share * args.laptops} families on one server",
              flush=True)
        baseline = alone(share * args.laptops, work)
        print(f"   one laptop alone on SQLite, back to back (baseline): p50 "
              f"{_p(baseline, 0.5):.1f} ms, p95 {_p(baseline, 0.95):.1f} ms", flush=True)
        # One laptop alone on the server: the server's own cost of a save (the LAN's round
        # trips), without the other simulated laptops' work on this machine's cores.
        one = saves(args.server, 1, share, 0.0, work / "one")
        print(f"   one laptop alone on the server, back to back: p50 {_p(one.times, 0.5):.1f} "
              f"ms, p95 {_p(one.times, 0.95):.1f} ms; ratio p95 to the baseline "
              f"{_p(one.times, 0.95) / _p(baseline, 0.95):.2f}x; the laptop's own processor "
              f"time per save p50 {_p(one.own, 0.5):.1f} ms", flush=True)
        for pace, label in ((args.pace, f"a camp day, a save every {args.pace} s per laptop"),
                            (0.0, f"back to back (stress: {args.laptops} processes on "
                                  "this machine's cores)")):
            run = saves(args.server, args.laptops, args.day, pace, work)
            times, waits = run.times, run.waits
            # Real laptops each have their own processors; here they share this machine's
            # with each other and the server: how busy it was says how much of a save's
            # time was a turn at a processor.
            busy = f"; this machine's {os.cpu_count()} processors {run.busy:.0%} busy" \
                if run.busy is not None else ""
            print(f"   {label}: {len(times)} saves, p50 {_p(times, 0.5):.1f} ms, "
                  f"p95 {_p(times, 0.95):.1f} ms"
                  f"{' (goal under 50 ms)' if pace else ''}; ratio p95 to the baseline "
                  f"{_p(times, 0.95) / _p(baseline, 0.95):.2f}x; waiting for another "
                  f"laptop's save: p50 {_p(waits, 0.5):.1f} ms, p95 {_p(waits, 0.95):.1f} ms"
                  f"{busy}", flush=True)
            print(f"      a save's parts, p50 / p95: before its turn {_p(run.before, 0.5):.1f}"
                  f" / {_p(run.before, 0.95):.1f} ms, waiting for it {_p(waits, 0.5):.1f} / "
                  f"{_p(waits, 0.95):.1f} ms, from its turn to its end "
                  f"{_p(run.holding, 0.5):.1f} / {_p(run.holding, 0.95):.1f} ms; the laptop's "
                  f"own processor time {_p(run.own, 0.5):.1f} / {_p(run.own, 0.95):.1f} ms",
                  flush=True)
        if not args.families:
            return
        print(f"2. search and duplicate check over {args.families:,} demo families each",
              flush=True)
        scale = at_scale(args.server, args.families, work)
        for kind, label in (("search", "search as you type"), ("check", "duplicate check")):
            lite, pg = scale["sqlite"][kind], scale["postgresql"][kind]
            print(f"   {label}: SQLite p50 {_p(lite, 0.5):.1f} / p95 {_p(lite, 0.95):.1f} ms, "
                  f"PostgreSQL p50 {_p(pg, 0.5):.1f} / p95 {_p(pg, 0.95):.1f} ms, "
                  f"ratio p95 {_p(pg, 0.95) / _p(lite, 0.95):.2f}x, mean "
                  f"{statistics.mean(pg) / statistics.mean(lite):.2f}x (goal within 2x)")


if __name__ == "__main__":
    main()
