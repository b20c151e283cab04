"""The demo loader's pipeline: rows made in worker processes and in this one, written in order."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from power_desktop.services import demo
from power_desktop.store.models import AuditEntry, Family

from ..helpers import open_services

MAIN = os.getpid()


def slow_in_workers(job: int) -> tuple[int, int]:
    """A stand-in for _make_rows: slow in a worker, quick here, so this process must help."""
    if multiprocessing.parent_process() is not None:  # a worker (forked or spawned)
        time.sleep(0.15)
    return job, os.getpid()


def test_rows_come_in_order_and_this_process_makes_some_while_it_waits(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "_make_rows", slow_in_workers)
    monkeypatch.setattr(demo, "_cores", lambda: 2)  # one worker, as on a two-core laptop
    made: list[Any] = list(demo._run(list(range(12))))
    assert [job for job, _ in made] == list(range(12))
    makers = {pid for _, pid in made}
    assert MAIN in makers and len(makers) == 2  # the worker made some, this process others


def test_a_single_core_makes_everything_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "_make_rows", slow_in_workers)
    monkeypatch.setattr(demo, "_cores", lambda: 1)
    made: list[Any] = list(demo._run([1, 2, 3, 4]))
    assert made == [(n, MAIN) for n in (1, 2, 3, 4)]


def test_a_large_load_numbers_families_in_order_and_commits_in_groups(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(demo, "CHUNK", 40)  # small chunks: the same path as 200,000, quickly
    monkeypatch.setattr(demo, "CHUNKS_PER_COMMIT", 3)
    services = open_services(tmp_path)
    seen: list[int] = []
    total = demo.CHUNK * demo.CHUNKS_PER_COMMIT + 2 * demo.CHUNK + 7  # 2 commits, 6 chunks
    assert demo.generate(services, total, seed=5, progress=seen.append) == total
    assert seen == [demo.CHUNK * demo.CHUNKS_PER_COMMIT, total]
    with services.sessions() as session:
        codes = session.scalars(select(Family.family_code).order_by(Family.id)).all()
        loads = session.scalars(select(AuditEntry.id).where(
            AuditEntry.action == "demo.generate")).all()
    assert len(codes) == total
    assert [int(code.split("-")[4]) for code in codes] == list(range(1, total + 1))
    assert len(loads) == 2
    services.close()


def test_no_two_members_of_a_demo_family_share_an_aadhaar_number(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Ten million demo numbers repeat within a million-member load: a family drawn with the
    same number twice gets a new one, so the load never stops on it."""
    import random
    from datetime import date

    from power_desktop.core import demo_data
    draws = iter(["999900000018"] * 6 + [f"99990000{n:03d}8" for n in range(10, 400)])
    real = demo_data.demo_aadhaar
    monkeypatch.setattr(demo_data, "demo_aadhaar", lambda rng: next(draws, None) or real(rng))
    for seed in range(20):
        family = demo_data.demo_family(random.Random(seed), date(2026, 12, 1))
        numbers = [m["aadhaar"] for m in family["members"] if "aadhaar" in m]
        assert len(numbers) == len(set(numbers))
