"""Counting who qualifies for one scheme across every registered family, quickly.

The screen for one family collects every reason; a count over 200,000 families needs only the
verdict. Each criterion reads a fact or two, and its result is remembered for each distinct
value of those facts (an age, an income, a count of years), so CEL runs a few thousand times
rather than once per member and criterion; large databases are split between worker
processes, one per core.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from power_desktop.core.eligibility import Scheme, context_for
from power_desktop.core.facts import family_facts, member_facts
from power_desktop.store.models import Family

if TYPE_CHECKING:
    from .context import Services
    from .eligibility import Preview

CHUNK = 5000
PARALLEL_FROM = 20_000  # families; below this, worker start-up costs more than it saves
Counts = tuple[int, int, int, int]  # families, eligible families, eligible members, needs info
MEMBER_COLUMNS = ("family_id", "member_no", "name", "relation", "gender", "dob",
                  "marital_status", "disability_percent", "occupation",
                  "construction_days_last_year", "income_tax_payer", "pregnant", "lactating",
                  "school_class", "aadhaar_last4", "bank_account", "extra")
FAMILY_COLUMNS = ("id", "state", "district", "annual_income", "social_category", "minority",
                  "years_in_state", "ration_category", "extra")


def count_eligible(services: Services, scheme: Scheme, pack: str,
                   progress: Callable[[int, int], bool] | None = None) -> Preview:
    from .eligibility import Preview
    today = services.clock.today()
    with services.sessions() as session:
        low = session.scalar(select(func.min(Family.id))) or 0
        high = session.scalar(select(func.max(Family.id))) or 0
        count = session.scalar(select(func.count()).select_from(Family)) or 0
    totals = [0, 0, 0, 0]
    workers = os.cpu_count() or 1
    if count < PARALLEL_FROM or workers < 2 or services.engine.dialect.name != "sqlite":
        with services.sessions() as session:
            _add(totals, _count(session, scheme, today, low, high, progress, high))
        return Preview(scheme.code, *totals)
    step = max(CHUNK, (high - low + 1) // (workers * 8))
    ranges = [(start, min(start + step - 1, high)) for start in range(low, high + 1, step)]
    database = str(services.paths.database)
    spawn = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    with ProcessPoolExecutor(max_workers=workers, mp_context=spawn) as pool:
        pending: set[Future[Counts]] = {
            pool.submit(_count_in_worker, database, pack, scheme.code, scheme.params, today,
                        first, last) for first, last in ranges}
        done_ids = 0
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                _add(totals, future.result())
                done_ids += step
            if progress is not None and progress(min(done_ids, high), high) is False:
                for future in pending:
                    future.cancel()
                break
    return Preview(scheme.code, *totals)


def _add(totals: list[int], counts: Counts) -> None:
    for i, n in enumerate(counts):
        totals[i] += n


_WORKER: dict[Any, Any] = {}  # per worker process: the pack and the engine, made once


def _count_in_worker(database: str, pack: str, code: str, params: dict[str, Any], today: date,
                     first: int, last: int) -> Counts:
    from power_desktop.schemes import default_pack_dir, load_pack
    from power_desktop.store.db import make_engine
    if ("pack", pack) not in _WORKER:
        _WORKER["pack", pack] = load_pack(default_pack_dir(pack))
    if ("engine", database) not in _WORKER:
        _WORKER["engine", database] = make_engine(Path(database))
    scheme = next(s for s in _WORKER["pack", pack] if s.code == code)
    scheme = replace(scheme, params=params)
    engine: Engine = _WORKER["engine", database]
    with Session(engine) as session:
        return _count(session, scheme, today, first, last, None, last)


def _count(session: Session, scheme: Scheme, today: date, first: int, last: int,
           progress: Callable[[int, int], bool] | None, total: int) -> Counts:
    on = scheme.age_date(today)
    memo: dict[Any, bool | None] = {}
    families = eligible_families = eligible_members = needs_info = 0
    # Plain SQL (standard, any dialect) read as plain tuples: at a million members, turning
    # each row into typed objects is most of the work. Dates stay ISO text, which the facts
    # read as is; SQLite's 0/1 become booleans in _family_json.
    conn = session.connection()
    family_sql = text(f"SELECT {', '.join(FAMILY_COLUMNS)} FROM family "
                      f"WHERE id > :after AND id <= :last ORDER BY id LIMIT {CHUNK}")
    member_sql = text(f"SELECT {', '.join(MEMBER_COLUMNS)} FROM member "
                      "WHERE family_id BETWEEN :low AND :high ORDER BY family_id, member_no")
    cursor = first - 1
    while cursor < last:
        frows = conn.execute(family_sql, {"after": cursor, "last": last}).fetchall()
        if not frows:
            break
        low, cursor = frows[0][0], frows[-1][0]
        by_family: dict[int, list[Any]] = {}
        for m in conn.execute(member_sql, {"low": low, "high": cursor}):
            by_family.setdefault(m[0], []).append(m)
        for f in frows:
            members = by_family.get(f[0])
            if not members:
                continue
            families += 1
            verdicts = _verdicts(scheme, _family_json(f, members), on, memo)
            if True in verdicts:
                eligible_families += 1
                eligible_members += verdicts.count(True)
            needs_info += verdicts.count(None)
        if progress is not None and progress(cursor, total) is False:
            break
    return families, eligible_families, eligible_members, needs_info


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _family_json(f: Any, members: list[Any]) -> dict[str, Any]:
    """A family in the FamilyView JSON shape the facts are built from, straight from rows
    (columns in the order of FAMILY_COLUMNS and MEMBER_COLUMNS)."""
    (_, state, district, income, category, minority, years, ration, extra) = f
    return {
        "address": {"state": state, "district": district},
        "annual_income": income, "social_category": category, "minority": _bool(minority),
        "years_in_state": years, "ration_card": {"category": ration},
        "extra": json.loads(extra) if extra else {},
        "members": [{
            "member_no": m[1], "name": m[2], "relation": m[3], "gender": m[4], "dob": m[5],
            "marital_status": m[6], "disability_percent": m[7], "occupation": m[8],
            "construction_days_last_year": m[9], "income_tax_payer": _bool(m[10]),
            "pregnant": _bool(m[11]), "lactating": _bool(m[12]), "school_class": m[13],
            "aadhaar": m[14], "bank": {"account": m[15]},
            "extra": json.loads(m[16]) if m[16] else {},
        } for m in members],
    }


def _verdicts(scheme: Scheme, family: dict[str, Any], on: date,
              memo: dict[Any, bool | None]) -> list[bool | None]:
    """True (eligible), False (not) or None (needs information) for each member, as screen()
    would decide: any failed criterion decides; otherwise any undecided one leaves it open."""
    members = [member_facts(m, on) for m in family["members"]]
    ffacts = family_facts(family, on, members)
    if scheme.level == "family":
        members = [next((m for m in members if m["relation"] == "head"), members[0])]
    out: list[bool | None] = []
    for m in members:
        verdict: bool | None = True
        for index, criterion in enumerate(scheme.criteria):
            result = _criterion(index, criterion, scheme, m, ffacts, memo)
            if result is False:
                verdict = False
                break
            if result is None:
                verdict = None
        out.append(verdict)
    return out


def _criterion(index: int, criterion: Any, scheme: Scheme, member: dict[str, Any],
               family: dict[str, Any], memo: dict[Any, bool | None]) -> bool | None:
    values: list[Any] = []
    hashable = True
    for path in criterion.fields:
        level, _, name = path.partition(".")
        value = (member if level == "member" else family).get(name, _MISSING)
        if isinstance(value, list | dict):
            hashable = False
            break
        values.append(value)
    key = (index, tuple(values)) if hashable else None
    if key is not None and key in memo:
        return memo[key]
    try:
        result: bool | None = criterion.program.execute(
            context_for(scheme, member, family, criterion)) is True
    except KeyError:
        result = None
    if key is not None:
        memo[key] = result
    return result


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()
