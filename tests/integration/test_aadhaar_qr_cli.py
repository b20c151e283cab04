"""`power-desktop aadhaar-qr`: fields, verdict, last four only, never the photo."""

from __future__ import annotations

import json
from pathlib import Path

from tests import aadhaar_codes as codes

from .test_cli import run


def test_version_1_sample_as_text(tmp_path: Path) -> None:
    done = run(tmp_path / "d", "aadhaar-qr", str(codes.SAMPLE_V1))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "version 1" in out and "Penumarthi Venkat" in out and "533016" in out
    assert "not verifiable with the certificates this program has" in out
    assert "XXXX XXXX 8908" in out and "890820190305150137123" not in out
    assert "JPEG 2000, 883 bytes (not shown)" in out
    assert "\ufffd" not in out and "\x00" not in out and len(out) < 2000  # no photo bytes


def test_version_2_from_stdin_as_json(tmp_path: Path) -> None:
    done = run(tmp_path / "d", "aadhaar-qr", "--json", stdin=codes.sample())
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["name"] == "Sumit Kumar" and data["mobile_last4"] == "1234"
    assert data["reference_last4"] == "2697" and "269720240420014552930" not in done.stdout
    assert data["signature"]["verdict"] == "unverifiable"  # UIDAI's certificates only


def test_refused_scan_exit_2_with_reason(tmp_path: Path) -> None:
    digits = codes.sample()
    bad = tmp_path / "short.txt"
    bad.write_text(digits[:-40])
    done = run(tmp_path / "d", "aadhaar-qr", str(bad))
    assert done.returncode == 2 and "short.txt" in done.stderr
    assert "incomplete or a digit is wrong" in done.stderr and "Traceback" not in done.stderr
    missing = run(tmp_path / "d", "aadhaar-qr", str(tmp_path / "none.txt"))
    assert missing.returncode == 2 and "cannot read" in missing.stderr
