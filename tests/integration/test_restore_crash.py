"""A restore killed (SIGKILL) at each of its steps: the next start finds a whole database, the
one it had or the one restored, never an empty one, and the accounts still log in.

The child process counts the file operations the restore makes (copies, renames, deletions,
flushes, database connections) and kills itself just before the k-th, for k = 1, 2, ... until
a restore runs to its end; so every step, and every moment between two steps, is tried."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.backup import BackupService

from ..helpers import PASSWORD, SUPERVISOR, numbered_family, open_services, usb

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import os, shutil, signal, sqlite3, sys
from pathlib import Path
from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.backup import BackupService
data, backup, kill_at = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
services = Services.open(Paths(data))
services.accounts.login(sys.argv[4], sys.argv[5])
calls = 0
def counted(module, name):
    real = getattr(module, name)
    def wrapper(*args, **kwargs):
        global calls
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    setattr(module, name, wrapper)
for module, name in ((os, "replace"), (os, "rename"), (os, "unlink"), (os, "remove"),
                     (os, "fsync"), (os, "mkdir"), (os, "open"), (shutil, "copyfile"),
                     (shutil, "move"), (sqlite3, "connect")):
    counted(module, name)
BackupService(services).restore(backup, confirmed=True)
print("done", calls, flush=True)
"""


def _family(n: int) -> dict[str, object]:
    return numbered_family(n)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_restore_killed_at_each_step_leaves_a_whole_database(tmp_path: Path) -> None:
    template = tmp_path / "template"
    services = open_services(template)
    services.registration.register(_family(1), confirm_warnings=True, duplicate_decision="t")
    backup = BackupService(services).backup(usb(tmp_path / "usb")).path
    for n in (2, 3):
        services.registration.register(_family(n), confirm_warnings=True,
                                       duplicate_decision="t")
    services.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    outcomes: dict[int, int] = {}
    for kill_at in range(1, 200):
        data = tmp_path / f"run-{kill_at}"
        shutil.copytree(template, data)
        child = subprocess.run([sys.executable, "-c", CHILD, str(data), str(backup),
                                str(kill_at), SUPERVISOR, PASSWORD], capture_output=True,
                               text=True, env=env, timeout=120, check=False)
        finished = child.returncode == 0
        assert finished or child.returncode == -signal.SIGKILL, child.stderr
        again = Services.open(Paths(data))
        assert again.accounts.has_accounts(), f"killed at operation {kill_at}: no accounts"
        again.accounts.login(SUPERVISOR, PASSWORD)
        families = again.registration.count()
        assert families in (1, 3), f"killed at operation {kill_at}: {families} families"
        outcomes[families] = outcomes.get(families, 0) + 1
        conn = sqlite3.connect(data / "power.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert not (data / "restore-journal.json").exists()
        assert not (data / ".power-restoring.sqlite3").exists()
        again.close()
        shutil.rmtree(data)
        if finished:
            break
    else:
        pytest.fail("the restore never ran to its end")
    print("kill points:", kill_at, outcomes)
    # Kills before the rename kept the old database; kills after it, the restored one.
    assert outcomes.get(3, 0) >= 5 and outcomes.get(1, 0) >= 2, outcomes


def test_a_laptop_whose_database_was_moved_aside_by_an_earlier_release_gets_it_back(
        tmp_path: Path) -> None:
    """Release 0.2 moved the database aside before copying the backup in; a kill between the
    two left no database, and the next start made an empty one over the families."""
    data = tmp_path / "camp"
    services = open_services(data)
    services.registration.register(_family(1), confirm_warnings=True, duplicate_decision="t")
    services.close()
    aside = data / "replaced-20261127-100000"
    aside.mkdir()
    for part in data.glob("power.sqlite3*"):
        shutil.move(str(part), aside / part.name)
    again = Services.open(Paths(data))
    assert again.accounts.has_accounts()
    again.accounts.login(SUPERVISOR, PASSWORD)
    assert again.registration.count() == 1
    again.close()
