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


def _same_people(args: tuple[str, int, float]) -> list[str]:
    """One laptop registering the same families as another, at the same moment: what it saved
    and what it was refused."""
    import time as clock

    from power_desktop.paths import Paths
    from power_desktop.services import Services
    from power_desktop.services.duplicates import SameAadhaar
    from power_desktop.store import vault
    folder, count, start = args
    vault.DEFAULT_COST = vault.KdfCost(1, 1024, 1)
    services = Services.open(Paths(Path(folder)))
    services.accounts.login(SUPERVISOR, PASSWORD)
    rng = random.Random(77)  # both laptops: the same families, the same Aadhaar numbers
    families = [demo_family(rng, date.today()) for _ in range(count)]
    while clock.time() < start:
        clock.sleep(0.001)
    outcomes = []
    for family in families:
        try:
            services.registration.register(family, confirm_warnings=True,
                                           duplicate_decision="writers test")
            outcomes.append("saved")
        except SameAadhaar:
            outcomes.append("refused")
    services.close()
    return outcomes


def test_two_laptops_saving_one_person_at_the_same_moment_save_them_once(
        server: str, tmp_path: Path) -> None:  # noqa: F811
    """The Aadhaar check inside the save is the last word: two laptops racing with the same
    people (each save's own check before its transaction passes on both) save each once."""
    import multiprocessing
    import time as clock

    from power_desktop.paths import Paths
    from power_desktop.services import Services
    from power_desktop.services.camp import CampSetup
    from power_desktop.store import vault
    vault.DEFAULT_COST = vault.KdfCost(1, 1024, 1)
    folders = [tmp_path / "laptop1", tmp_path / "laptop2"]
    first = Services.open(Paths(folders[0]), database_url=server)
    first.accounts.setup_first(SUPERVISOR, PASSWORD)
    first.camp.setup(CampSetup("DL", "South", "C07", "L1", SUPERVISOR))
    first.remember_server()
    first.close()
    other = Services.open(Paths(folders[1]), database_url=server)
    other.accounts.login(SUPERVISOR, PASSWORD)
    other.camp.join("L2")
    other.remember_server()
    other.close()
    count = 40
    start = clock.time() + 2
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        l1, l2 = pool.map(_same_people, [(str(f), count, start) for f in folders])
    assert all(sorted((a, b)) == ["refused", "saved"] for a, b in zip(l1, l2, strict=True))
    engine = create_engine(server)
    try:
        with engine.connect() as conn:
            shared = conn.execute(text(
                "SELECT count(*) FROM (SELECT aadhaar_token FROM member WHERE aadhaar_token "
                "IS NOT NULL GROUP BY aadhaar_token HAVING count(*) > 1) AS twice")).scalar()
            families = conn.execute(text("SELECT count(*) FROM family")).scalar()
    finally:
        engine.dispose()
    assert shared == 0
    assert families == count
