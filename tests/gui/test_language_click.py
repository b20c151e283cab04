"""Switching the language from the menu bar with the mouse, and quitting after a switch: the
window survives the click and quits without an error dialog (issue 14, item 1)."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from power_desktop.ui import i18n
from power_desktop.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


def click_language(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.menuBar()
    where = bar.actionGeometry(window.language_action).center()
    QTest.mouseMove(bar, where)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.wait(50)  # the switch happens once the click's event has returned


def test_a_mouse_click_on_the_language_switches_it_and_back(
        qtbot: QtBot, window: MainWindow) -> None:
    click_language(qtbot, window)
    qtbot.waitUntil(lambda: window.lang == "hi")
    assert window.nav.item(0).text() == "पंजीकरण\n(F2)"
    assert window.language_action.text() == "English"
    click_language(qtbot, window)
    qtbot.waitUntil(lambda: window.lang == "en")
    assert window.nav.item(0).text().startswith("Register")


def test_quitting_after_a_switch_raises_nothing(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: errors.append(value))
    click_language(qtbot, window)
    qtbot.waitUntil(lambda: window.lang == "hi")
    qtbot.wait(50)  # the old pages are deleted
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()  # what quitting does, without ending the test's application
    assert errors == []
