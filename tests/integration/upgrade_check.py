"""Upgrading a laptop from release 0.1 keeps every record: shared by the source test and the
frozen build's test (each gives its own way of running `power-desktop`).

tests/data/release-0.1 is a data folder made by release 0.1 (commit 04986d4, schema 0004: no
accounts, the vault key in a clear file): 41 families with 167 members and 14 applications,
made with that release's `init`, `register`, `demo --families 40 --seed 3` and `apply`.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

RELEASE_01 = Path(__file__).parents[1] / "data" / "release-0.1"
PASSWORD = "meena-pass-2026"
Run = Callable[..., subprocess.CompletedProcess[str]]


QUERIES = {
    "families": "SELECT uuid, family_code, version FROM family",
    "members": "SELECT uuid, name, dob, aadhaar_cipher, aadhaar_token, aadhaar_last4 FROM member",
    "applications": "SELECT uuid, app_code, scheme_code, status FROM application",
}


def _facts(database: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(database) as db:
        return {kind: sorted(db.execute(query).fetchall()) for kind, query in QUERIES.items()}


def _names(listing: str) -> list[str]:
    """The names in `search`'s listing (member ID, two spaces, the name, two spaces...)."""
    return [m.group(1) for m in re.finditer(r"^\S+  (.+?)  ", listing, re.MULTILINE)]


def check_upgrade(tmp_path: Path, run: Run) -> Path:
    """`run(data_dir, *args, stdin=None)` runs the app's command line as Meena."""
    data = tmp_path / "laptop"
    shutil.copytree(RELEASE_01, data)
    before = _facts(data / "power.sqlite3")
    assert len(before["families"]) == 41 and len(before["members"]) == 167

    done = run(data, "init", "--operator", "Meena", "--password-stdin",
               stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert "carries on" in done.stdout and "Recovery code: " in done.stdout
    assert not (data / "vault.key").exists()  # the clear key is wrapped, then removed
    kept = data / "backups" / "before-upgrade-from-0004.sqlite3"
    assert _facts(kept) == before  # the database as release 0.1 left it, copied first

    after = _facts(data / "power.sqlite3")
    assert after == before  # every family, member (Aadhaar token too) and application kept
    listed = run(data, "families")
    assert listed.returncode == 0 and listed.stdout.startswith("41 families")
    shown = run(data, "show", "DL-SO-C03-L1-000001-I")
    assert "Kamla Devi" in shown.stdout and "XXXX XXXX 2346" in shown.stdout
    assert "2341 2341 2346" not in shown.stdout
    # The search index is made again by the upgrade (0008: phone pieces in their own table).
    by_phone = run(data, "search", "83040")  # from the middle of the family's 8848304011
    assert {"Ganesh Pal", "Vandana Pal", "Rajesh Pal", "Anil Pal"} <= set(
        _names(by_phone.stdout)), by_phone.stdout
    by_name_and_phone = run(data, "search", "ganesh 4047")  # his own mobile's last four
    assert _names(by_name_and_phone.stdout)[:1] == ["Ganesh Pal"], by_name_and_phone.stdout
    verified = run(data, "audit", "verify")
    assert verified.returncode == 0, verified.stderr
    (tmp_path / "usb").mkdir()
    exported = run(data, "export", "--out", str(tmp_path / "usb"))
    assert exported.returncode == 0, exported.stderr
    assert "41 families, 167 members, 14 applications" in exported.stderr
    checked = run(data, "validate-batch", exported.stdout.strip())
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return data
