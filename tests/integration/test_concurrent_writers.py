"""Several programs writing to one data folder at once (the window and a command line, or two
windows): every family each one was given is saved, with its own ID, and nothing fails."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from power_desktop.core.demo_data import demo_family

from ..helpers import PASSWORD, SUPERVISOR
from .test_cli import ROOT, init

WRITERS, FAMILIES = 4, 100


def test_four_processes_registering_at_once_save_every_family(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
           "POWER_DESKTOP_PASSWORD": PASSWORD}
    files = []
    for writer in range(WRITERS):
        rng = random.Random(writer)
        path = tmp_path / f"families-{writer}.json"
        path.write_text(json.dumps([demo_family(rng, date.today()) for _ in range(FAMILIES)],
                                   ensure_ascii=False), encoding="utf-8")
        files.append(path)
    runs = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                              "register", "--allow-duplicate", "--accept-warnings", "--json",
                              str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=env, text=True) for path in files]
    saved: list[str] = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert "Traceback" not in err
        ids = out.split()
        assert len(ids) == FAMILIES
        saved += ids
    assert len(set(saved)) == WRITERS * FAMILIES
    db = sqlite3.connect(data / "power.sqlite3")
    try:
        assert db.execute("SELECT count(*) FROM family").fetchone()[0] == WRITERS * FAMILIES
        codes = {r[0] for r in db.execute("SELECT family_code FROM family")}
        assert codes == set(saved)
        # The numbers were handed out one after another, none twice and none skipped.
        seqs = sorted(int(c.split("-")[4]) for c in codes)
        assert seqs == list(range(1, WRITERS * FAMILIES + 1))
    finally:
        db.close()
    verified = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                               "audit", "verify"], capture_output=True, text=True, env=env,
                              check=False)
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stdout
