"""A small workbook that unpacks to gigabytes (a zip bomb), or declares more rows than the
format allows, is refused before it is read: `validate-batch` and `import-ack` stay within a
few hundred megabytes of memory and say why."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from .test_cli import ROOT, init

ROW = b'<row><c t="inlineStr"><is><t>' + b"A" * 200 + b"</t></is></c></row>"

# Runs the command with its address space capped (so that a bomb that got through would fail
# the test instead of exhausting the shared machine) and prints its peak memory.
CHILD = r"""
import resource, subprocess, sys
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
done = subprocess.run(sys.argv[1:], preexec_fn=cap, capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(done.returncode, peak, flush=True)
sys.stderr.write(done.stderr)
"""


def _bomb(path: Path, unpacked: int, dimension: str = "A1") -> Path:
    """A workbook whose only sheet unpacks to about `unpacked` bytes."""
    template = path.with_name("template.xlsx")
    book = Workbook()
    book.active["A1"] = "application_id"
    book.save(template)
    with zipfile.ZipFile(template) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                           compresslevel=9) as out:
        for info in src.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, src.read(info))
                continue
            with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
                sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://'
                            b'schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension '
                            b'ref="' + dimension.encode() + b'"/><sheetData>')
                block = ROW * 5000
                for _ in range(unpacked // len(block)):
                    sheet.write(block)
                sheet.write(b"</sheetData></worksheet>")
    return path


def _run_capped(data: Path, *args: str) -> tuple[int, int, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "POWER_DESKTOP_OPERATOR": "Asha",
           "POWER_DESKTOP_PASSWORD": "camp-pass-2026"}
    done = subprocess.run([sys.executable, "-c", CHILD, sys.executable, str(ROOT / "main.py"),
                           "--data-dir", str(data), *args], capture_output=True, text=True,
                          env=env, timeout=600, check=False)
    code, peak = (int(x) for x in done.stdout.split())
    return code, peak, done.stderr


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_AS"), reason="needs POSIX resource limits")
def test_zip_bombs_are_refused_before_reading(tmp_path: Path) -> None:
    data = tmp_path / "camp"
    init(data)
    bomb = _bomb(tmp_path / "bomb.xlsx", 1 << 30)  # 1 GiB of sheet in about a megabyte
    assert bomb.stat().st_size < 4 << 20
    for command in (("validate-batch", str(bomb)), ("import-ack", str(bomb))):
        code, peak, err = _run_capped(data, *command)
        print(f"\n{command[0]} on a {bomb.stat().st_size // 1024} KB zip bomb: exit {code}, "
              f"peak memory {peak} MB")
        assert code == 2 and "unpacks to" in err and "Traceback" not in err, err
        assert peak < 300
    rows = _bomb(tmp_path / "rows.xlsx", 1 << 20, dimension="A1:A2000000")
    code, _peak, err = _run_capped(data, "import-ack", str(rows))
    assert code == 2 and "2,000,000 rows" in err, err
