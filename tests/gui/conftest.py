"""GUI fixtures: the main window over a fresh camp, dialogs answered automatically."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.start import make_app


class Answers:
    """What the message boxes were asked, and what to answer."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.reply = QMessageBox.StandardButton.Yes

    def __call__(self, *args: object, **kwargs: object) -> QMessageBox.StandardButton:
        self.asked.append(str(args[2]) if len(args) > 2 else "")
        return self.reply


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    box = Answers()
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, box)
    return box


@pytest.fixture
def window(qtbot: QtBot, services: Services, answers: Answers) -> Iterator[MainWindow]:
    make_app()
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.registration.household.first_field.setFocus()
    yield win
    win.registration._draft_timer.stop()
    answers.reply = QMessageBox.StandardButton.Yes  # closing with a family typed asks
    win.close()
