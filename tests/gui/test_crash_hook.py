"""An unexpected error is logged and shown to the operator, not swallowed."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from power_desktop import logs
from power_desktop.paths import Paths
from power_desktop.ui import crash
from power_desktop.ui.start import make_app


def test_hook_logs_and_shows_a_dialog(qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    make_app()
    paths = Paths(tmp_path)
    logs.setup(paths)
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    crash.install()
    try:
        raise RuntimeError("disk said no while saving 2341 2341 2346")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    for handler in logging.getLogger("power").handlers:
        handler.flush()
    text = paths.log_file.read_text()
    assert "RuntimeError: disk said no" in text and "2341 2341 2346" not in text
    assert len(shown) == 1
    assert "Everything saved so far is safe" in shown[0].text()
    assert "2341 2341 2346" not in shown[0].detailedText()
    assert "RuntimeError" in shown[0].detailedText()
