"""Key slots tied to a real Secret Service (GNOME Keyring on its own D-Bus session), through
the command line: the data folder copied to another laptop (another keyring) does not open
with the password; the recovery code opens it there and ties the new password to that
laptop. Skipped where gnome-keyring and dbus-daemon are not installed (CI installs both)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..helpers import PASSWORD, SUPERVISOR, example_family
from .test_cli import ROOT

pytestmark = pytest.mark.skipif(
    not (shutil.which("gnome-keyring-daemon") and shutil.which("dbus-daemon")),
    reason="no Secret Service here (gnome-keyring, dbus-daemon not installed)")


class Laptop:
    """One system account's desktop session: a D-Bus session bus and an unlocked keyring."""

    def __init__(self, home: Path) -> None:
        home.mkdir(parents=True)
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("POWER_DESKTOP_KEYSTORE", "DBUS_SESSION_BUS_ADDRESS")}
        self.env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home), PYTHONPATH=str(ROOT),
                        XDG_DATA_HOME=str(home / "share"))
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                              "--print-pid=1"], capture_output=True, text=True, check=True,
                             env=self.env)
        address, pid = bus.stdout.split()
        self.pids = [int(pid)]
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring = subprocess.run(["gnome-keyring-daemon", "--unlock", "--components=secrets"],
                                 input="desktop-login", capture_output=True, text=True,
                                 check=True, env=self.env, timeout=30)
        for line in keyring.stdout.splitlines():
            if line.startswith("GNOME_KEYRING_PID="):
                self.pids.append(int(line.split("=", 1)[1]))

    def run(self, data: Path, *args: str, stdin: str | None = None,
            password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
        env = {**self.env, "POWER_DESKTOP_OPERATOR": SUPERVISOR,
               "POWER_DESKTOP_PASSWORD": password}
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(data),
                               *args], input=stdin, capture_output=True, text=True, env=env,
                              timeout=120, check=False)

    def stop(self) -> None:
        for pid in self.pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    first, second = Laptop(tmp_path / "home-1"), Laptop(tmp_path / "home-2")
    yield first, second
    first.stop()
    second.stop()


def bindings(data: Path) -> list[str]:
    with sqlite3.connect(data / "power.sqlite3") as db:
        return [kdf for (kdf,) in db.execute("select kdf from key_slot where label != "
                                             "'recovery' order by label")]


def test_a_copied_data_folder_opens_only_with_the_recovery_code(
        tmp_path: Path, laptops: tuple[Laptop, Laptop]) -> None:
    first, second = laptops
    data = tmp_path / "camp"
    done = first.run(data, "init", "--state", "DL", "--district", "South", "--camp", "C07",
                     "--device", "L2", "--operator", SUPERVISOR, "--password-stdin",
                     stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    code = done.stdout.split("Recovery code: ", 1)[1].split()[0]
    assert all('"bind"' in kdf for kdf in bindings(data))
    family = tmp_path / "family.json"
    family.write_text(json.dumps([example_family()]), encoding="utf-8")
    assert first.run(data, "register", "--json", str(family)).returncode == 0

    copy = tmp_path / "copied"
    shutil.copytree(data, copy)
    # Another laptop's keyring, and no keystore at all (the disk read elsewhere): the right
    # password is refused, saying why, and nothing opens.
    plain = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
             "POWER_DESKTOP_PASSWORD": PASSWORD, "POWER_DESKTOP_KEYSTORE": "none"}
    for refused in (second.run(copy, "families"),
                    subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir",
                                    str(copy), "families"], capture_output=True, text=True,
                                   timeout=120, check=False, env=plain)):
        assert refused.returncode == 2, refused.stdout
        assert "tied to the laptop" in refused.stderr and "Traceback" not in refused.stderr

    new_password = "second-laptop-pass-5"
    done = second.run(copy, "recover", "--operator", SUPERVISOR, "--stdin",
                      stdin=f"{code}\n{new_password}\n{new_password}\n")
    assert done.returncode == 0, done.stderr
    listed = second.run(copy, "families", password=new_password)
    assert listed.returncode == 0 and "Kamla Devi" in listed.stdout
    # The first laptop still opens its own folder; the copy's new password is tied to the
    # second laptop's keyring, not the first's.
    assert first.run(data, "families").returncode == 0
    refused = first.run(copy, "families", password=new_password)
    assert refused.returncode == 2 and "tied to the laptop" in refused.stderr
