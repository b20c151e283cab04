"""`sync`: a laptop that worked on its own database while the camp server was out of reach
pushes what it registered: 100 families offline, 5 of which another laptop registered on the
server meanwhile: 95 pushed, 5 listed as likely duplicates; again: nothing changes; killed
(SIGKILL) in the middle: nothing lost, nothing doubled, the next run finishes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from power_desktop.core.demo_data import demo_family
from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup

from .. import engines
from ..helpers import PASSWORD, SUPERVISOR, FixedClock
from .test_camp_server import run, server  # noqa: F401  (the fixture)
from .test_cli import ROOT

pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")
OFFLINE, SHARED = 100, 5


def _families(n: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    return [demo_family(rng, date(2026, 11, 27)) for _ in range(n)]


def _camp_families(url: str) -> dict[str, int]:
    """The server's families of L3's offline database (L3B), with their member counts."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {code: int(n) for code, n in conn.execute(text(
                "SELECT f.family_code, count(m.id) FROM family f JOIN member m "
                "ON m.family_id = f.id WHERE f.family_code LIKE '%-L3B-%' "
                "GROUP BY f.family_code"))}
    finally:
        engine.dispose()


def _offline_laptop(server: str, tmp_path: Path) -> tuple[Path, dict[str, int]]:  # noqa: F811
    """L1 on the server registers 5 families; L3 joined, then registered 100 on its own
    database (the 5 among them) while the LAN was down."""
    l1, l3 = tmp_path / "laptop1", tmp_path / "laptop3"
    assert run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
               "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n").returncode == 0
    assert run(l3, "--database", server, "join", "--device", "L3").returncode == 0
    shared = _families(SHARED, 1)
    one = Services.open(Paths(l1), clock=FixedClock())
    one.accounts.login(SUPERVISOR, PASSWORD)
    for family in shared:
        one.registration.register(family, confirm_warnings=True, duplicate_decision="test")
    one.close()
    local = Services.open(Paths(l3), clock=FixedClock(), database_url="local")
    assert not local.on_server
    local.accounts.setup_first(SUPERVISOR, PASSWORD)
    local.camp.setup(CampSetup("DL", "South", "C07", "L3B", SUPERVISOR))  # its own code
    members = {}
    for family in _families(OFFLINE - SHARED, 2) + shared:
        done = local.registration.register(family, confirm_warnings=True,
                                           duplicate_decision="test")
        members[done.family_id] = len(done.member_ids)
    local.close()
    return l3, members


def _sync(l3: Path) -> subprocess.CompletedProcess[str]:
    return run(l3, "sync")


def test_offline_families_pushed_once_duplicates_listed(server: str,  # noqa: F811
                                                        tmp_path: Path) -> None:
    l3, members = _offline_laptop(server, tmp_path)
    first = _sync(l3)
    assert first.returncode == 1, first.stderr  # some listed for a supervisor
    pushed = first.stdout.split()
    assert len(pushed) == OFFLINE - SHARED
    assert f"likely duplicates listed {SHARED}" in first.stderr
    assert first.stderr.count("not pushed, looks already registered") == SHARED
    on_server = _camp_families(server)
    assert sorted(on_server) == sorted(pushed)
    assert all(on_server[code] == members[code] for code in pushed)  # every member came
    again = _sync(l3)
    assert again.stdout.split() == []
    assert f"already on the server {OFFLINE - SHARED}" in again.stderr
    assert _camp_families(server) == on_server  # nothing changed
    # The pushed families are the camp's now: found from another laptop, Aadhaar included.
    found = run(tmp_path / "laptop1", "search", pushed[0])
    assert pushed[0] in found.stdout


def test_a_sync_killed_midway_loses_and_doubles_nothing(server: str,  # noqa: F811
                                                        tmp_path: Path) -> None:
    l3, members = _offline_laptop(server, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
           "POWER_DESKTOP_PASSWORD": PASSWORD}
    sync = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(l3),
                             "sync"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=env)
    deadline = time.monotonic() + 120
    while len(_camp_families(server)) < 20 and time.monotonic() < deadline:
        time.sleep(0.02)
    sync.send_signal(signal.SIGKILL)
    sync.wait()
    cut = _camp_families(server)
    assert 0 < len(cut) < OFFLINE - SHARED  # killed in the middle
    assert all(cut[code] == members[code] for code in cut)  # whole families only
    rest = _sync(l3)
    assert rest.returncode == 1, rest.stderr
    assert len(rest.stdout.split()) == OFFLINE - SHARED - len(cut)
    done = _camp_families(server)
    assert len(done) == OFFLINE - SHARED and all(done[c] == members[c] for c in done)
    assert set(cut) <= set(done)
    audit = run(tmp_path / "laptop1", "audit", "verify")
    assert audit.returncode == 0, audit.stdout + audit.stderr
