"""A laptop that freezes in the middle of its turn (its power or LAN gone between two
statements of a save) does not hold up the camp: the server ends its transaction once it has
heard nothing for the turn's idle limit, another laptop's save then goes through, and the
frozen laptop, when it comes back, is told in plain words that its change was not saved."""

from __future__ import annotations

import json
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

from .. import engines
from ..helpers import PASSWORD, SUPERVISOR
from .test_camp_server import run, server  # noqa: F401  (the fixture)
from .test_cli import ROOT

pytestmark = [pytest.mark.skipif(engines.SERVER is None,
                                 reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)"),
              pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP (POSIX)")]
IDLE_LIMIT_S = 3.0

# Laptop L1: takes the writers' turn in a change of its own, says so, then waits for a line
# on its standard input (the test freezes it there), then goes on with its change.
FROZEN = r"""
import os, sys
from pathlib import Path
from sqlalchemy import text
from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.errors import ServerUnreachable
from power_desktop.services.audit import record
from power_desktop.store import db
db.TURN_IDLE_LIMIT_S = float(sys.argv[2])
services = Services.open(Paths(Path(sys.argv[1])))
services.accounts.login(os.environ["POWER_DESKTOP_OPERATOR"], os.environ["POWER_DESKTOP_PASSWORD"])
try:
    with db.transaction(services.sessions) as session:
        record(services, session, "frozen.test", "L1", step="before the freeze")
        session.flush()
        os.write(1, b"turn taken\n")
        sys.stdin.readline()
        record(services, session, "frozen.test", "L1", step="after the freeze")
        session.flush()
    os.write(1, b"committed\n")
except ServerUnreachable as exc:
    os.write(1, f"refused: {exc}\n".encode())
"""


def _turn_holders(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                "AND objid = :low"), {"low": 0x4F574552}).scalar() or 0)
    finally:
        engine.dispose()


def test_a_laptop_frozen_in_its_turn_holds_up_the_others_no_longer_than_the_limit(
        server: str, tmp_path: Path) -> None:  # noqa: F811
    l1, l2 = tmp_path / "laptop1", tmp_path / "laptop2"
    first = run(l1, "--database", server, "init", "--district", "South", "--camp", "C07",
                "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
                stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert first.returncode == 0, first.stderr
    joined = run(l2, "--database", server, "join", "--device", "L2")
    assert joined.returncode == 0, joined.stderr
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
           "POWER_DESKTOP_PASSWORD": PASSWORD}
    frozen = subprocess.Popen([sys.executable, "-c", FROZEN, str(l1), str(IDLE_LIMIT_S)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, text=True)
    try:
        assert frozen.stdout is not None and frozen.stdin is not None
        assert frozen.stdout.readline() == "turn taken\n", frozen.stderr
        frozen.send_signal(signal.SIGSTOP)
        assert _turn_holders(server) == 1  # L1 holds the turn, and stands still
        family = tmp_path / "family.json"
        family.write_text(json.dumps(demo_family(random.Random(5), date.today()),
                                     ensure_ascii=False), encoding="utf-8")
        started = time.monotonic()
        saved = run(l2, "register", "--allow-duplicate", "--accept-warnings", "--json",
                    str(family))  # waits behind L1's turn, then goes through
        waited = time.monotonic() - started
        assert saved.returncode == 0, saved.stderr
        assert "-L2-" in saved.stdout
        assert waited < 60, waited
        assert _turn_holders(server) == 0
        frozen.send_signal(signal.SIGCONT)
        out, err = frozen.communicate(input="go on\n", timeout=60)
    finally:
        frozen.send_signal(signal.SIGCONT)
        frozen.kill()
        frozen.wait()
    assert "Traceback" not in err, err
    assert out.startswith("refused: "), (out, err)
    assert "ended this laptop's unfinished change" in out and "Nothing was changed" in out
    engine = create_engine(server)
    try:
        with engine.connect() as conn:  # nothing of L1's change was kept
            kept = conn.execute(text("SELECT count(*) FROM audit WHERE action = "
                                     "'frozen.test'")).scalar()
    finally:
        engine.dispose()
    assert kept == 0
    verified = run(l2, "audit", "verify")
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stdout
