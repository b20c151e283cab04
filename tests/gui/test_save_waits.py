"""A save the window waits for (a camp server slow to answer, or gone silent for the 20-25 s
before the laptop gives up): the window is still drawn, says it is waiting, and ignores the
mouse and keyboard meanwhile, so that a second click on Save or Ctrl+S does not save the
family twice; what the save gives (the family saved, or the reason it was not) is then shown
as for any save."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.services.errors import ServerUnreachable
from power_desktop.ui.main_window import MainWindow

from .conftest import Answers
from .keys import press
from .test_registration_page import CTRL, type_household, type_member


def _slow(services: Services, monkeypatch: pytest.MonkeyPatch, seconds: float,
          fail: Exception | None = None) -> list[str]:
    """registration.register made slow (as behind a silent server); returns the threads
    each call ran on."""
    real = services.registration.register
    calls: list[str] = []

    def register(*args: Any, **kwargs: Any) -> Any:
        calls.append(threading.current_thread().name)
        time.sleep(seconds)
        if fail is not None:
            raise fail
        return real(*args, **kwargs)

    monkeypatch.setattr(services.registration, "register", register)
    return calls


def _meanwhile(delay_ms: int, do: Callable[[], None]) -> None:
    QTimer.singleShot(delay_ms, do)


def test_a_slow_save_says_so_and_a_second_click_or_ctrl_s_saves_nothing_twice(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981")
    assert len(page.members) == 1, page.problems.text()
    calls = _slow(services, monkeypatch, 1.5)
    seen: dict[str, Any] = {}

    def impatient() -> None:  # the operator, a second later: click Save again, Ctrl+S, Esc
        seen["banner"] = page.banner.text()
        cursor = QGuiApplication.overrideCursor()
        seen["cursor"] = cursor.shape() if cursor is not None else None
        QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        QTest.keyClick(page, Qt.Key.Key_S, CTRL)
        QTest.keyClick(page, Qt.Key.Key_Escape)
        seen["painted"] = not page.grab().isNull()

    _meanwhile(900, impatient)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert seen["banner"] == "Saving... waiting for the database"
    assert seen["cursor"] == Qt.CursorShape.WaitCursor and seen["painted"]
    assert len(calls) == 1 and calls[0] != threading.current_thread().name
    assert services.registration.count() == 1
    row = services.registration.page(limit=1)[0]
    assert row.family_id in page.banner.text()  # "Saved. Family ID: ..."
    assert QGuiApplication.overrideCursor() is None
    QApplication.processEvents()  # what was ignored is not played back afterwards either
    assert services.registration.count() == 1 and len(calls) == 1


def test_a_quick_save_shows_no_waiting(qtbot: QtBot, window: MainWindow,
                                      services: Services) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981")
    texts: list[str] = []
    page.banner.setText("")
    original = page.banner.setText
    page.banner.setText = lambda t: (texts.append(t), original(t))  # type: ignore[method-assign]
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 1
    assert not any("waiting" in t for t in texts), texts
    assert QGuiApplication.overrideCursor() is None


def test_a_save_refused_after_the_wait_keeps_the_family_on_screen(
        qtbot: QtBot, window: MainWindow, services: Services, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981")
    before = page.banner.text()
    _slow(services, monkeypatch, 0.8, ServerUnreachable("10.0.0.5:5432/power",
                                                       "no route to the server"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert answers.asked and "cannot be reached (no route to the server)" in answers.asked[-1]
    assert services.registration.count() == 0
    assert [m["name"] for m in page.members] == ["Kamla Devi"]  # still there to save again
    assert page.banner.text() == before
    assert QGuiApplication.overrideCursor() is None


def test_a_dialog_opened_during_the_wait_takes_its_input(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog something else opens while the save runs (a timer's) is typed into as usual,
    during the save and after it ended with the dialog still open."""
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981")
    calls = _slow(services, monkeypatch, 1.0)
    typed: dict[str, str] = {}

    def open_dialog() -> None:
        dialog = QDialog(window)
        dialog.setModal(True)
        edit = QLineEdit(dialog)

        def during() -> None:
            QTest.keyClicks(edit, "abc")
            typed["during"] = edit.text()

        def after() -> None:
            QTest.keyClicks(edit, "d")
            typed["after"] = edit.text()
            dialog.accept()

        QTimer.singleShot(200, during)
        QTimer.singleShot(1800, after)  # the save ended at about 1.3 s
        QTimer.singleShot(4000, dialog.reject)  # never left open, whatever happens
        dialog.exec()

    _meanwhile(300, open_dialog)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert typed == {"during": "abc", "after": "abcd"}
    assert len(calls) == 1 and services.registration.count() == 1
    assert QGuiApplication.overrideCursor() is None
