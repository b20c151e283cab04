"""An exporting process killed at random moments: each time, either a complete batch with its
records marked, or no batch and nothing marked; never a file that looks complete without its
batch recorded."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.batch_check import validate
from power_desktop.store.models import Batch, Family

ROOT = Path(__file__).resolve().parents[2]
KILLS = 6

CHILD = r"""
import os, sys, random
from pathlib import Path
from datetime import date
from power_desktop.paths import Paths
from power_desktop.services import Services, demo
services = Services.open(Paths(Path(sys.argv[1])))
services.accounts.login("Asha", "camp-pass-2026")
out = Path(sys.argv[2])
while True:
    demo.generate(services, 400, seed=random.randrange(10**6))
    info = services.export.export(out)
    os.write(1, f"{info.code}\n".encode())  # one write: a kill cannot cut the line
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_export_killed_at_random_moments(tmp_path: Path) -> None:
    data, out = tmp_path / "camp", tmp_path / "usb"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": "Asha",
           "POWER_DESKTOP_PASSWORD": "camp-pass-2026"}
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data), "init",
                    "--district", "South", "--camp", "C07", "--device", "L2", "--operator",
                    "Asha", "--password-stdin"], input=b"camp-pass-2026\ncamp-pass-2026\n",
                   check=True, capture_output=True, env=env)
    rng = random.Random(7)
    reported: set[str] = set()
    batches_seen = 0
    for _kill in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(data), str(out)],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                                 text=True)
        time.sleep(rng.uniform(3.0, 9.0))  # start-up, then a few demo+export rounds
        child.send_signal(signal.SIGKILL)
        stdout, _ = child.communicate()
        reported |= set(stdout.split())
        services = Services.open(Paths(data))
        services.accounts.login("Asha", "camp-pass-2026")
        with services.sessions() as session:
            batches = list(session.scalars(select(Batch)))
            marked = {f.id: f.exported_version for f in session.scalars(
                select(Family).where(Family.exported_version > 0))}
        carried: dict[int, int] = {}
        for batch in batches:
            assert batch.status == "complete"
            for family_id, version in json.loads(batch.items)["families"]:
                carried[family_id] = max(version, carried.get(family_id, 0))
        assert marked == carried, "records marked without a batch, or a batch not marked"
        assert reported <= {b.code for b in batches}  # every reported batch is recorded
        on_disk = {p.stem for p in out.glob("*.xlsx")} if out.exists() else set()
        assert on_disk <= {b.code for b in batches}, "a batch file with no batch recorded"
        services.export.recover()
        for batch in batches:
            assert Path(batch.target).exists(), f"{batch.code}: the file is missing"
        assert not list(out.glob(".*.part")) if out.exists() else True
        batches_seen = len(batches)
        services.close()
    assert batches_seen > 0, "no export finished between kills: the test proved nothing"
    last = sorted(out.glob("*.xlsx"))[-1]
    assert validate(last) == []
    print(f"\nexport crash test: {KILLS} kills, {batches_seen} batches checked, records "
          f"marked without their batch: 0, batch files without their batch: 0")
