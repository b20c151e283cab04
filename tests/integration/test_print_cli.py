"""Printing from the command line: forms to a PDF file, a slip, and a job through a real print
service (CUPS with the cups-pdf printer, set up by scripts/setup-cups.sh in CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from ..helpers import example_family
from .test_cli import init, run

PRINTER = os.environ.get("POWER_TEST_PRINTER", "PoWER-PDF")


def _family_with_applications(data: Path, tmp_path: Path) -> tuple[str, list[str]]:
    init(data)
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    family["annual_income"] = 60000
    path = tmp_path / "family.json"
    path.write_text(json.dumps(family, ensure_ascii=False), encoding="utf-8")
    family_id = run(data, "register", "--json", str(path)).stdout.strip()
    made = run(data, "apply", family_id, "--all-eligible")
    assert made.returncode == 0, made.stderr
    return family_id, [line.split()[0] for line in made.stdout.splitlines()]


def _codes(pdf: Path, dpi: int = 200) -> list[str]:
    out = pdf.parent / f"{pdf.stem}-scan"
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out)],
                   check=True)
    found = []
    for png in sorted(pdf.parent.glob(f"{out.name}-*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png))
                  if repr(r.format).endswith("Code128")]
    return found


def test_print_to_file_then_reprint_and_slip(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    family_id, app_ids = _family_with_applications(data, tmp_path)
    assert app_ids
    queue = run(data, "print-queue")
    assert all(a in queue.stdout for a in app_ids)
    out = tmp_path / "forms.pdf"
    done = run(data, "print", *app_ids, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert _codes(out) == app_ids
    assert run(data, "print-queue").stderr.startswith("Nothing waiting")
    again = run(data, "print", app_ids[0], "--out", str(tmp_path / "again.pdf"))
    assert "marked DUPLICATE COPY: " + app_ids[0] in again.stderr
    slip = run(data, "slip", family_id, "--out", str(tmp_path / "slip.pdf"), "--paper", "a5")
    assert slip.returncode == 0 and _codes(tmp_path / "slip.pdf") == app_ids
    bad = run(data, "print", "DL-SO-C07-L2-A000001-Z", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "check character" in bad.stderr
    assert run(data, "handed-over", *app_ids).stdout.startswith(f"{len(app_ids)} forms")


def _cups_ready() -> bool:
    return shutil.which("lp") is not None and subprocess.run(
        ["lpstat", "-p", PRINTER], capture_output=True, check=False).returncode == 0


def test_a_job_through_a_real_print_service(tmp_path: Path) -> None:
    if not _cups_ready():
        if os.environ.get("POWER_CI_CUPS"):
            pytest.fail(f"CI set up CUPS, but the printer {PRINTER} is not there")
        pytest.skip(f"no CUPS printer {PRINTER} (scripts/setup-cups.sh makes one)")
    outbox = Path.home() / "PDF"
    before = set(outbox.glob("*.pdf")) if outbox.exists() else set()
    data = tmp_path / "camp"
    _family, app_ids = _family_with_applications(data, tmp_path)
    done = run(data, "print", *app_ids, "--printer", PRINTER)
    assert done.returncode == 0, done.stderr
    assert f"-> printer {PRINTER}" in done.stdout
    deadline = time.monotonic() + 60
    new: list[Path] = []
    while time.monotonic() < deadline and not new:
        time.sleep(0.5)
        new = [p for p in outbox.glob("*.pdf") if p not in before and "PoWER_forms" in p.name]
    assert new, f"no job output appeared in {outbox}"
    time.sleep(1)  # let cups-pdf finish writing
    assert _codes(new[0]) == app_ids
    trail = run(data, "audit", "verify")
    assert trail.returncode == 0
    new[0].unlink()
