"""`audit verify --against` and `restore --above` from the command line: the trail cut at its
end, head file and all, shows against the day's batch; a new laptop restoring the dead one's
backup continues above the numbers in its batch."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from ..helpers import numbered_family
from .test_cli import init, run


def _register(data: Path, tmp_path: Path, n: int) -> str:
    families = tmp_path / f"family-{n}.json"
    families.write_text(json.dumps([numbered_family(n)]), encoding="utf-8")
    done = run(data, "register", "--allow-duplicate", "--json", str(families))
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_verify_against_a_batch_and_restore_above_it(tmp_path: Path) -> None:
    data, usb = tmp_path / "camp", tmp_path / "usb"
    usb.mkdir()
    init(data)
    _register(data, tmp_path, 1)
    made = run(data, "backup", "--out", str(usb))
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    given = {_register(data, tmp_path, n) for n in (2, 3, 4)}
    made = run(data, "export", "--out", str(usb))
    assert made.returncode == 0, made.stderr
    batch = next(usb.glob("*.xlsx"))
    checked = run(data, "audit", "verify", "--against", str(batch), str(backup))
    assert checked.returncode == 0 and batch.name in checked.stdout, checked.stderr

    with sqlite3.connect(data / "power.sqlite3") as db:
        db.execute("DELETE FROM audit WHERE id > 3")
    (data / "audit-head.json").unlink()
    assert run(data, "audit", "verify").returncode == 0  # the folder alone cannot tell
    cut = run(data, "audit", "verify", "--against", str(batch))
    assert cut.returncode == 1 and batch.name in cut.stderr and "removed" in cut.stderr

    new = tmp_path / "new-laptop"
    init(new)
    done = run(new, "restore", str(backup), "--move-here", "--above", str(batch), "--yes")
    assert done.returncode == 0, done.stderr
    assert "numbering continues above them" in done.stdout
    later = _register(new, tmp_path, 9)
    assert later not in given and int(later.split("-")[4]) > 4
    refused = run(new, "audit", "verify", "--against", str(tmp_path / "family-1.json"))
    assert refused.returncode == 2 and "neither a batch" in refused.stderr
    assert "Traceback" not in refused.stderr
