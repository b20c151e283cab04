"""Filling a camp with synthetic families for demos, training and benchmarks."""

from __future__ import annotations

import os
import random
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select

from power_desktop.core import ids
from power_desktop.core.demo_data import demo_family
from power_desktop.core.family import parse_family
from power_desktop.store import search_index
from power_desktop.store.models import Camp, Family, Member
from power_desktop.store.vault import Vault

from . import family_mapping as fm
from .audit import record
from .errors import NotSetUp, ServiceError
from .results import Change
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

CHUNK = 2000
# Every row carries the same keys, so the driver sends one statement for a whole chunk.
NO_AADHAAR = {"aadhaar_cipher": None, "aadhaar_token": None, "aadhaar_last4": None}
Rows = tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]


def _make_rows(job: tuple[Vault, dict[str, Any], int, int, int, date, datetime, str]) -> Rows:
    """Families seq .. seq+size-1 as table rows: runs in a worker process for large sets."""
    vault, camp, seq, size, seed, today, now, operator = job
    rng = random.Random(seed)
    family_rows, member_rows, search_rows = [], [], []
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
            row = {"uuid": member_uuid, "member_no": no, "family_uuid": family_uuid,
                   **NO_AADHAAR, **fm.member_columns(member, member_uuid, vault)}
            member_rows.append(row)
            search_rows.append(search_index.row_for(
                0, code, no, row["name"], row["name_hi"], row["father_or_husband_name"],
                row["mobile"], family_rows[-1]["mobile"], row["aadhaar_last4"], row["dob"],
                family_rows[-1]["locality"]))
    return family_rows, member_rows, search_rows


def generate(services: Services, families: int, seed: int | None = None,
             progress: Callable[[int], None] | None = None) -> int:
    """Register `families` synthetic families in the current camp, in bulk. Returns the count.

    Each family is checked by the same parser as a typed one. Rows are made in worker processes
    (one per core) while this process inserts them with Core bulk inserts, a chunk per
    transaction, so an interruption keeps whole chunks (and leaves a gap in the numbering).
    """
    services.require("demo")
    if families < 1:
        raise ServiceError("The number of demo families must be at least 1.",
                           hi="डेमो परिवारों की संख्या कम से कम 1 हो।")
    base_seed = seed if seed is not None else random.randrange(2**32)
    with transaction(services.sessions) as session:
        camp = session.scalar(select(Camp).where(Camp.is_current.is_(True)))
        if camp is None:
            raise NotSetUp()
        first_seq = camp.next_family_seq
        camp.next_family_seq = first_seq + families  # reserve the numbers up front
        camp_info = {k: getattr(camp, k) for k in
                     ("id", "state", "district_code", "camp_code", "device_code")}
    today, now, operator = services.clock.today(), services.clock.now(), services.operator
    jobs = [(services.vault, camp_info, first_seq + start, min(CHUNK, families - start),
             base_seed + start, today, now, operator) for start in range(0, families, CHUNK)]
    made = 0
    for family_rows, member_rows, search_rows in _run(jobs):
        with transaction(services.sessions) as session:
            # Ids given here, not returned by the database: the chunk's transaction holds the
            # write lock, and one plain bulk insert per table is the fastest SQLite offers.
            next_family = (session.scalar(select(func.max(Family.id))) or 0) + 1
            next_member = (session.scalar(select(func.max(Member.id))) or 0) + 1
            family_pk = {}
            for offset, row in enumerate(family_rows):
                row["id"] = family_pk[row["uuid"]] = next_family + offset
            for offset, (row, search) in enumerate(zip(member_rows, search_rows, strict=True)):
                row["id"] = search["rowid"] = next_member + offset
                row["family_id"] = family_pk[row.pop("family_uuid")]
            conn = session.connection()
            conn.execute(insert(cast(Table, Family.__table__)), family_rows)
            conn.execute(insert(cast(Table, Member.__table__)), member_rows)
            search_index.replace_rows(conn, [], search_rows)
            record(services, session, "demo.generate", None, families=len(family_rows))
        made += len(family_rows)
        if progress:
            progress(made)
    services.notify(Change("family", (), "demo"))
    return made


def _run(jobs: list[Any]) -> Iterator[Rows]:
    if len(jobs) < 3 or (os.cpu_count() or 1) < 2:
        yield from map(_make_rows, jobs)
        return
    workers = os.cpu_count() or 2
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # A few chunks in flight, not all: made rows wait in memory until they are written.
        ahead = deque(pool.submit(_make_rows, job) for job in jobs[:workers * 2])
        for job in jobs[workers * 2:]:
            done = ahead.popleft().result()
            ahead.append(pool.submit(_make_rows, job))
            yield done
        while ahead:
            yield ahead.popleft().result()
