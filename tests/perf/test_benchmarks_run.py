"""The benchmark scripts run and print their figures (tiny sizes here; no timing is asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(script: str, *args: str, timeout: int = 300) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args],
                          capture_output=True, text=True, env=env, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_startup_benchmark_prints_ratio() -> None:
    out = run("startup.py", "--runs", "1", "--families", "5")
    assert "bare PySide6 window shown" in out and "ratio" in out and "ready to type" in out


def test_save_latency_benchmark_prints_ratio() -> None:
    out = run("save_latency.py", "--families", "30", "--saves", "6")
    assert "p95" in out and "ratio (p95)" in out and "save with no check beforehand" in out


def test_eligibility_benchmark_prints_ratios() -> None:
    out = run("eligibility.py", "--families", "40", "--schemes", "DL-OAP")
    assert "core.screen" in out and "ratio" in out and "DL-OAP" in out


def test_search_benchmark_prints_ratios() -> None:
    out = run("search.py", "--families", "60", "--queries", "5")
    assert "search as you type" in out and "duplicate check" in out and "ratio" in out


@pytest.mark.timeout(900)
def test_duplicate_quality_meets_its_goal() -> None:
    """Not a timing: recall and precision on the held-out half of the independently written
    labelled pairs (tests/data/dedup_eval), which the issue sets at 0.95 each."""
    out = run("duplicates.py", timeout=880)
    final = out.split("test half (never tuned on):")[1]
    recall = float(final.split("recall")[1].split(",")[0])
    precision = float(final.split("precision")[1].split()[0])
    assert recall >= 0.95 and precision >= 0.95, out


def test_search_quality_meets_its_goal() -> None:
    """The person meant is in the top five for 95% of the held-out queries."""
    out = run("search_quality.py")
    share = float(out.split("test half (never tuned on):")[1].split("%")[0])
    assert share >= 95.0, out


def test_printing_benchmark_prints_ratio() -> None:
    out = run("printing.py", "--forms", "12", "--rounds", "1")
    assert "12 application forms" in out and "ratio" in out


def test_export_benchmark_prints_ratios() -> None:
    out = run("export.py", "--members", "300", "--applied-families", "20", "--ack-rows", "200")
    assert "bare openpyxl" in out and "ratio" in out and "import-ack" in out


def test_keystroke_benchmark_saves_the_same_family_both_ways() -> None:
    out = run("keystrokes.py")
    assert "by keyboard alone:" in out and "with the adults' QR scanned:" in out
    assert "the same family saved" in out and "ratio" in out


@pytest.mark.skipif(not os.environ.get("POWER_TEST_POSTGRES"),
                    reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")
def test_camp_server_benchmark_prints_ratios() -> None:
    out = run("camp_server.py", "--laptops", "3", "--day", "12", "--pace", "0.05",
              "--families", "100", timeout=600)
    assert out.count("ratio p95 to the baseline") == 3 and "search as you type" in out
    assert "one laptop alone on the server, back to back: p50" in out
    assert "checked: 4 families, 4 IDs, The audit trail is intact" in out
    assert out.count("checked: 12 families, 12 IDs, The audit trail is intact") == 2
    assert out.count("(goal within 2x)") == 2
