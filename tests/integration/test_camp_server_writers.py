"""Four laptops registering at the same moment on one camp server: 4 processes x 250 families,
every one saved with its own ID (each laptop numbering its own, none twice, none skipped), the
audit chain intact, and afterwards one laptop's duplicate check finds the others' families."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
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
              pytest.mark.slow]
LAPTOPS, FAMILIES = 4, 250


def test_four_laptops_x_250_families_at_once(server: str, tmp_path: Path) -> None:  # noqa: F811
    folders = [tmp_path / f"laptop{n}" for n in range(1, LAPTOPS + 1)]
    first = run(folders[0], "--database", server, "init", "--district", "South", "--camp",
                "C07", "--device", "L1", "--operator", SUPERVISOR, "--password-stdin",
                stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert first.returncode == 0, first.stderr
    for n, folder in enumerate(folders[1:], start=2):
        joined = run(folder, "--database", server, "join", "--device", f"L{n}")
        assert joined.returncode == 0, joined.stderr
    files = []
    for n in range(LAPTOPS):
        rng = random.Random(100 + n)
        path = tmp_path / f"families-{n + 1}.json"
        path.write_text(json.dumps([demo_family(rng, date.today()) for _ in range(FAMILIES)],
                                   ensure_ascii=False), encoding="utf-8")
        files.append(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
           "POWER_DESKTOP_PASSWORD": PASSWORD}
    writers = [subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--data-dir",
                                 str(folder), "register", "--allow-duplicate",
                                 "--accept-warnings", "--json", str(path)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                text=True) for folder, path in zip(folders, files, strict=True)]
    saved: dict[str, list[str]] = {}
    for n, writer in enumerate(writers, start=1):
        out, err = writer.communicate(timeout=900)
        assert writer.returncode == 0, err
        assert "Traceback" not in err
        saved[f"L{n}"] = out.split()
    every = [code for codes in saved.values() for code in codes]
    assert len(every) == len(set(every)) == LAPTOPS * FAMILIES
    engine = create_engine(server)
    try:
        with engine.connect() as conn:
            codes = {r[0] for r in conn.execute(text("SELECT family_code FROM family"))}
            assert codes == set(every)
            members = conn.execute(text("SELECT count(*), count(DISTINCT id) FROM member")).one()
            assert members[0] == members[1] > LAPTOPS * FAMILIES
    finally:
        engine.dispose()
    for laptop, codes in saved.items():  # each laptop's own numbers, one after another
        assert all(f"-{laptop}-" in c for c in codes)
        assert sorted(int(c.split("-")[4]) for c in codes) == list(range(1, FAMILIES + 1))
    verified = run(folders[2], "audit", "verify")
    assert verified.returncode == 0 and "intact" in verified.stdout, verified.stdout
    # L1 checks the families L3 registered: found, on L3's IDs.
    checked = run(folders[0], "check-duplicates", "--json", str(files[2]))
    assert checked.returncode in (0, 1), checked.stderr
    found = json.loads(checked.stdout)
    on_l3 = [f for f in found if any("-L3-" in c["member_id"] for c in f["candidates"])]
    assert len(on_l3) >= FAMILIES * 0.95
