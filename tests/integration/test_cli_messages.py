"""Input that used to end in a traceback gets a plain message and exit code 2 (1 where some
of the input was done), and nothing saved is lost."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from ..helpers import PASSWORD, SUPERVISOR, example_family
from .test_cli import ROOT, init, run


@pytest.fixture
def camp(tmp_path: Path) -> Path:
    data = tmp_path / "camp"
    init(data)
    assert run(data, "demo", "--families", "30", "--seed", "2").returncode == 0
    return data


def _plain(done: subprocess.CompletedProcess[str], code: int, needle: str) -> None:
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == code, (done.returncode, done.stderr)
    assert needle in done.stderr, done.stderr


def test_hostile_family_files(camp: Path, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    _plain(run(camp, "register", "--json", str(deep)), 2, "nested too deeply")
    empty = tmp_path / "empty.json"
    empty.write_text("[]")
    _plain(run(camp, "register", "--json", str(empty)), 2, "holds no families")
    _plain(run(camp, "register", "--json", str(tmp_path)), 2, "is a folder")
    income = example_family()
    income["annual_income"] = "9" * 5000
    hostile = example_family()
    hostile["members"][0]["name"] = "\ud800Kamla\x1b[2J"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([income, hostile]))
    done = run(camp, "register", "--json", str(path))
    _plain(done, 1, "Annual family income cannot be more than")
    assert "\x1b" not in done.stderr + done.stdout and "\\u001b" in done.stderr
    assert "lone surrogate" in done.stderr


def test_hostile_acknowledgement_files(camp: Path, tmp_path: Path) -> None:
    _plain(run(camp, "import-ack", str(tmp_path)), 2, "is a folder")
    big = tmp_path / "big.csv"
    big.write_text("application_id,status,reason,central_reference\n"
                   "DL-SO-C07-L2-A000001-X,rejected," + "x" * 10_000_000 + ",R1\n")
    _plain(run(camp, "import-ack", str(big)), 2, "field larger than field limit")
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["application_id", "status", "reason", "central_reference"])
    book.active.append(["DL-SO-C07-L2-A000001-X", "rejected", "y" * 30_000, "R1"])
    book.save(tmp_path / "long.xlsx")
    _plain(run(camp, "import-ack", str(tmp_path / "long.xlsx")), 1,
           "the reason is longer than 1,000 characters")


def test_consolidate_into_a_missing_or_unwritable_place(camp: Path, tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    drive.mkdir()
    batch = run(camp, "export", "--out", str(drive)).stdout.strip()
    _plain(run(camp, "consolidate", batch, "--out", str(tmp_path / "nowhere" / "c.xlsx")), 2,
           "does not exist")
    (tmp_path / "afile").write_text("x")
    _plain(run(camp, "consolidate", batch, "--out", str(tmp_path / "afile" / "c.xlsx")), 2,
           "is a file, not a folder")


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs POSIX limits")
def test_export_again_onto_a_full_disk(camp: Path, tmp_path: Path) -> None:
    assert run(camp, "demo", "--families", "400", "--seed", "3").returncode == 0
    drive = tmp_path / "usb"
    drive.mkdir()
    made = Path(run(camp, "export", "--out", str(drive)).stdout.strip())
    code = made.stem
    assert made.stat().st_size > 300_000
    full = tmp_path / "full"
    full.mkdir()

    def small_disk() -> None:  # files this process writes cannot grow past 200 KB
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
           "POWER_DESKTOP_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(camp),
                           "export", "--again", code, "--out", str(full)],
                          capture_output=True, text=True, env=env, preexec_fn=small_disk,
                          timeout=120, check=False)
    _plain(done, 2, "could not be written")
    assert list(full.iterdir()) == []  # no part-file left behind


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs POSIX limits")
def test_a_backup_onto_a_full_disk_leaves_nothing(camp: Path, tmp_path: Path) -> None:
    assert run(camp, "demo", "--families", "400", "--seed", "4").returncode == 0
    full = tmp_path / "full"
    full.mkdir()

    def small_disk() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": SUPERVISOR,
           "POWER_DESKTOP_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--data-dir", str(camp),
                           "backup", "--out", str(full)], capture_output=True, text=True,
                          env=env, preexec_fn=small_disk, timeout=120, check=False)
    _plain(done, 2, "The backup to")
    assert list(full.iterdir()) == []  # not even a hidden journal


def test_a_name_stored_with_control_characters_is_printed_with_codes(tmp_path: Path) -> None:
    """A record saved before input was checked (or written into the file by other means)
    never reaches the operator's terminal as an escape sequence or a direction override."""
    import sqlite3

    data = tmp_path / "camp"
    init(data)
    families = tmp_path / "f.json"
    families.write_text(json.dumps([example_family()], ensure_ascii=False), encoding="utf-8")
    family_id = run(data, "register", "--json", str(families)).stdout.strip()
    with sqlite3.connect(data / "power.sqlite3") as db:
        db.execute("UPDATE member SET name = ? WHERE name = 'Kamla Devi'",
                   ("Kamla\x1b]0;pwned\x07 Devi\u202e",))
    for args in (("show", family_id), ("show", family_id, "--json")):
        shown = run(data, *args)
        assert shown.returncode == 0, shown.stderr
        assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout
        assert "\u202e" not in shown.stdout
        assert "Kamla" in shown.stdout and "\\u001b" in shown.stdout.replace("\\\\", "\\")
