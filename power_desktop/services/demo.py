"""Filling a camp with synthetic families for demos, training and benchmarks."""

from __future__ import annotations

import os
import random
import uuid
from collections.abc import Callable, Generator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from power_desktop.core import ids
from power_desktop.core.demo_data import demo_family
from power_desktop.core.family import parse_family
from power_desktop.store import bulk, counters, search_index
from power_desktop.store.models import Family, Member
from power_desktop.store.vault import Vault

from . import family_mapping as fm
from . import numbering
from .audit import record
from .camp import current_row
from .errors import NotSetUp, ServiceError
from .results import Change
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

CHUNK = 2000  # families a worker makes at a time
CHUNKS_PER_COMMIT = 5
LOAD_CACHE_KIB = 131072  # 128 MiB of page cache while loading, the default (2 MiB) after
# Every row carries the same keys, so the driver sends one statement for a whole chunk.
NO_AADHAAR = {"aadhaar_cipher": None, "aadhaar_token": None, "aadhaar_last4": None}


@dataclass
class Rows:
    """A chunk ready for the driver: each value already converted as SQLAlchemy would bind it
    (dates, booleans, JSON), in the workers, so the inserting process only adds the ids."""
    family_columns: list[str]
    families: list[tuple[Any, ...]]
    member_columns: list[str]
    members: list[tuple[Any, ...]]  # (index of its family in this chunk, *values)
    search: list[dict[str, Any]]


def _as_tuples(table: Table, rows: list[dict[str, Any]], skip: tuple[str, ...] = ()) -> tuple[
        list[str], list[tuple[Any, ...]]]:
    """Dict rows as tuples in one column order, each value through its type's bind processor
    (as Core's insert would do), with Python-side column defaults filled in."""
    from sqlalchemy.dialects import sqlite
    dialect = sqlite.dialect()
    given = [k for k in rows[0] if k not in skip]
    defaults = {c.name: getattr(c.default, "arg", None) for c in table.columns
                if c.default is not None and c.default.is_scalar and c.name not in rows[0]}
    columns = given + list(defaults)
    processors = [(i, p) for i, name in enumerate(columns)
                  if (p := table.columns[name].type.dialect_impl(dialect).bind_processor(
                      dialect)) is not None]  # dates, booleans: most columns have none
    tail = list(defaults.values())
    out = []
    for row in rows:
        values = [row[k] for k in given] + tail
        for i, process in processors:
            if values[i] is not None:
                values[i] = process(values[i])
        out.append(tuple(values))
    return columns, out


def _make_rows(job: tuple[Vault, dict[str, Any], int, int, int, date, datetime, str]) -> Rows:
    """Families seq .. seq+size-1 as table rows: runs in a worker process for large sets."""
    vault, camp, seq, size, seed, today, now, operator = job
    rng = random.Random(seed)
    family_rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    search_rows: list[dict[str, Any]] = []
    for n in range(size):
        parsed = parse_family(demo_family(rng, today), today)
        assert parsed.family is not None, parsed.problems
        code = ids.family_id(camp["state"], camp["district_code"], camp["camp_code"],
                             camp["device_code"], seq + n)
        family_uuid = str(uuid.uuid4())
        family_rows.append({
            "uuid": family_uuid, "family_code": code, "lookup_key": code.replace("-", ""),
            "camp_id": camp["id"], "created_by": operator, "created_at": now,
            "updated_by": operator, "updated_at": now, "version": 1,
            **fm.family_columns(parsed.family)})
        for no, member in enumerate(parsed.family.members, start=1):
            member_uuid = str(uuid.uuid4())
            row = {"uuid": member_uuid, "member_no": no, "family_index": n,
                   **NO_AADHAAR, **fm.member_columns(member, member_uuid, vault)}
            member_rows.append(row)
            search_rows.append(search_index.row_for(
                0, code, no, row["name"], row["name_hi"], row["father_or_husband_name"],
                row["mobile"], family_rows[-1]["mobile"], row["aadhaar_last4"], row["dob"],
                family_rows[-1]["locality"]))
    family_columns, families = _as_tuples(cast(Table, Family.__table__), family_rows)
    member_columns, members = _as_tuples(cast(Table, Member.__table__), member_rows,
                                         skip=("family_index",))
    return Rows(family_columns, families, member_columns,
                [(r["family_index"], *t) for r, t in zip(member_rows, members, strict=True)],
                search_rows)


def generate(services: Services, families: int, seed: int | None = None,
             progress: Callable[[int], None] | None = None) -> int:
    """Register `families` synthetic families in the current camp, in bulk. Returns the count.

    Each family is checked by the same parser as a typed one. Rows are made in worker processes
    (one per core but one) while this process inserts them with bulk inserts, 10,000 families per
    transaction, so an interruption keeps whole transactions (and leaves a gap in the
    numbering).
    """
    services.require("demo")
    if families < 1:
        raise ServiceError("The number of demo families must be at least 1.",
                           hi="डेमो परिवारों की संख्या कम से कम 1 हो।")
    base_seed = seed if seed is not None else random.randrange(2**32)
    with transaction(services.sessions) as session:
        camp = current_row(services, session)
        if camp is None:
            raise NotSetUp()
        first_seq = counters.take(session, camp.id, "family", families)  # reserved up front
        numbering.reserve(services, camp.label, "family", first_seq + families - 1)
        camp_info = {k: getattr(camp, k) for k in
                     ("id", "state", "district_code", "camp_code", "device_code")}
    today, now, operator = services.clock.today(), services.clock.now(), services.operator
    jobs = [(services.vault, camp_info, first_seq + start, min(CHUNK, families - start),
             base_seed + start, today, now, operator) for start in range(0, families, CHUNK)]
    made = 0
    with transaction(services.sessions) as session:
        search_index.bulk_load(session.connection(), True)
    try:
        made = _insert(services, jobs, progress)
    finally:
        with transaction(services.sessions) as session:
            search_index.bulk_load(session.connection(), False)
    services.notify(Change("family", (), "demo"))
    return made


def _insert(services: Services, jobs: list[Any], progress: Callable[[int], None] | None) -> int:
    """Every chunk on one connection whose commits skip the wait for the disk (WAL with
    synchronous=NORMAL: a power cut may lose the last chunks written, never leave one half
    written). Synthetic families are not worth a disk flush each; typed ones always are.
    A larger page cache for the load keeps the indexes' pages in memory between chunks."""
    with services.engine.connect() as conn:
        # On the driver's connection, outside any transaction (SQLite refuses it inside one).
        raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
        cache = -2000  # SQLite's default, in KiB
        if raw is not None:
            cache = int(raw.execute("PRAGMA cache_size").fetchone()[0])
            raw.execute("PRAGMA synchronous=NORMAL")
            raw.execute(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
        try:
            return _insert_chunks(services, partial(services.sessions, bind=conn), jobs,
                                  progress)
        finally:
            if raw is not None:
                conn.rollback()  # nothing is open after the last chunk; after an error, ends it
                raw.execute("PRAGMA synchronous=FULL")
                raw.execute(f"PRAGMA cache_size={cache}")


def _insert_chunks(services: Services, sessions: Callable[[], Session], jobs: list[Any],
                   progress: Callable[[int], None] | None) -> int:
    made = 0
    with closing(_run(jobs)) as made_rows:
        for first in made_rows:
            # Several chunks per transaction: each commit writes every page it touched (the
            # search index's most of all), so fewer, larger commits write far less. Each chunk
            # is inserted as it arrives, so the workers keep making the next ones meanwhile.
            families = 0
            with transaction(sessions) as session:  # type: ignore[arg-type]
                for rows in chain([first], islice(made_rows, CHUNKS_PER_COMMIT - 1)):
                    _insert_rows(session, rows)
                    families += len(rows.families)
                record(services, session, "demo.generate", None, families=families)
            made += families
            if progress:
                progress(made)
    return made


def _insert_rows(session: Session, rows: Rows) -> None:
    # Ids given here, not returned by the database: the transaction holds the write lock,
    # and one plain bulk insert per table is the fastest SQLite offers.
    next_family = (session.scalar(select(func.max(Family.id))) or 0) + 1
    next_member = (session.scalar(select(func.max(Member.id))) or 0) + 1
    for offset, search in enumerate(rows.search):
        search["rowid"] = next_member + offset
    conn = session.connection()
    bulk.insert(conn, "family", ["id", *rows.family_columns], [
        (next_family + i, *values) for i, values in enumerate(rows.families)])
    bulk.insert(conn, "member", ["id", "family_id", *rows.member_columns],
                [(next_member + i, next_family + family_index, *values)
                 for i, (family_index, *values) in enumerate(rows.members)])
    search_index.replace_rows(conn, [], rows.search)




def _cores() -> int:
    """Cores this process may run on (the machine may have more than it is given)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _run(jobs: list[Any]) -> Generator[Rows, None, None]:
    """The jobs' rows, in order. One worker process per core but the one this process needs
    to write; a third busy process on two cores was measured to cost every process half as
    much time again (each loses its caches at every switch) for no more work done. Whenever
    the next chunk is not ready, this process makes a later one itself instead of waiting."""
    workers = _cores() - 1
    if len(jobs) < 3 or workers < 1:
        yield from map(_make_rows, jobs)
        return
    in_flight = max(4, workers * 2)  # made rows wait in memory until written: a few, not all
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures: dict[int, Future[Rows]] = {}
        made_here: dict[int, Rows] = {}
        submitted = 0
        for index in range(len(jobs)):
            while submitted < min(len(jobs), index + in_flight):
                futures[submitted] = pool.submit(_make_rows, jobs[submitted])
                submitted += 1
            if index in made_here:
                yield made_here.pop(index)
                continue
            future = futures.pop(index)
            while not future.done():
                later = next((i for i, f in futures.items() if f.cancel()), None)
                if later is None:
                    break
                del futures[later]
                made_here[later] = _make_rows(jobs[later])
            yield future.result()
