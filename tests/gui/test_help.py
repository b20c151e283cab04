"""The Help menu: the keyboard shortcuts (F1) and a short how-to, in both languages
(issue 14, item 19)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from power_desktop.ui import i18n
from power_desktop.ui.help_dialog import HelpDialog
from power_desktop.ui.main_window import MainWindow

from .keys import press

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


def help_menu_actions(window: MainWindow) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() is not None
                and a.text() in ("&Help", "सहायता (&H)"))
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def open_dialogs(window: MainWindow) -> list[HelpDialog]:
    return [d for d in window.findChildren(HelpDialog) if d.isVisible()]


def test_f1_shows_the_keyboard_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    assert help_menu_actions(window) == ["&Keyboard shortcuts", "&How to register a family",
                                         "&About"]
    press(qtbot, Qt.Key.Key_F1)
    (dialog,) = open_dialogs(window)
    text = dialog.text.toPlainText()
    for key in ("Ctrl+S", "Ctrl+F", "Ctrl+L", "Ctrl+Q", "F2 / Alt+1", "F9", "Del"):
        assert key in text
    press(qtbot, Qt.Key.Key_F1)  # again: the same page, not a second window
    assert len(open_dialogs(window)) == 1


def test_the_how_to_and_the_shortcuts_in_hindi(qtbot: QtBot, window: MainWindow) -> None:
    window.switch_language("hi")
    assert help_menu_actions(window)[:2] == ["कीबोर्ड शॉर्टकट (&K)",
                                             "परिवार का पंजीकरण कैसे करें (&H)"]
    window.show_help(HelpDialog.HOW_TO)
    window.show_help(HelpDialog.SHORTCUTS)
    dialogs = open_dialogs(window)
    assert len(dialogs) == 2
    for dialog in dialogs:
        text = dialog.text.toPlainText()
        latin_words = re.findall(r"\b[A-Za-z]{4,}\b", text)
        assert DEVANAGARI.search(text) and set(latin_words) <= {"Ctrl", "Shift", "Enter",
                                                                "Down", "PoWER", "Desktop"}, \
            latin_words
