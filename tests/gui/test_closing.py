"""Closing the window while a family is typed asks first, as Esc does (issue 14, item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.registration_page import DRAFT_SLOT

from .conftest import Answers
from .keys import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_closing_with_unsaved_typing_asks_and_can_stay(
        qtbot: QtBot, window: MainWindow, answers: Answers, services: Services) -> None:
    type_text(qtbot, "H. No. 45, Gali 7")
    answers.reply = QMessageBox.StandardButton.No
    press(qtbot, Qt.Key.Key_Q, CTRL)  # Quit
    assert len(answers.asked) == 1 and "not saved" in answers.asked[0]
    assert window.isVisible()
    assert window.registration.household.line1.text() == "H. No. 45, Gali 7"
    answers.reply = QMessageBox.StandardButton.Yes
    assert window.close()
    assert not window.isVisible()
    assert services.drafts.load(DRAFT_SLOT)["household"]["address"]["line1"] == "H. No. 45, Gali 7"


def test_closing_with_nothing_typed_does_not_ask(
        qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    assert window.close()
    assert answers.asked == []
