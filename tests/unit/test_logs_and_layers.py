"""Logs never carry Aadhaar or mobile numbers; only power_desktop/ui imports Qt."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

from power_desktop import logs
from power_desktop.paths import Paths

PACKAGE = Path(__file__).resolve().parents[2] / "power_desktop"


def test_scrub_masks_numbers() -> None:
    text = "aadhaar 2341 2341 2346 and 234123412346, mobile +91 9811122233 or 09811122233"
    cleaned = logs.scrub(text)
    assert "2341 2341 2346" not in cleaned and "234123412346" not in cleaned
    assert "9811122233" not in cleaned
    assert "XXXX XXXX 2346" in cleaned and "XXXXXX2233" in cleaned
    assert logs.scrub("family DL-SO-C07-L2-000123-K at 2026-11-27 18:30:03") == \
        "family DL-SO-C07-L2-000123-K at 2026-11-27 18:30:03"


def test_log_file_is_scrubbed(tmp_path: Path) -> None:
    paths = Paths(tmp_path)
    logs.setup(paths)
    log = logging.getLogger("power.test")
    log.info("typed %s", "2341 2341 2346")
    try:
        raise ValueError("bad number 9811122233")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger("power").handlers:
        handler.flush()
    text = paths.log_file.read_text()
    assert "2346" in text and "2341 2341 2346" not in text and "9811122233" not in text


def test_only_ui_imports_pyside6() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
