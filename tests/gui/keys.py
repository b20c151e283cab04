"""Typing into whatever has focus, as a person at the keyboard does.

qtbot.keyClicks aborts the process on non-ASCII text, so Hindi is sent one character at a time
as key events that carry the character.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_text(qtbot: QtBot, text: str) -> None:
    if isinstance(focused(), QComboBox):
        # A combo box searches what was typed within the input interval as one word; a person
        # never types two members' genders that fast, a test does.
        qtbot.wait(QApplication.keyboardInputInterval() + 20)
    if text.isascii():
        qtbot.keyClicks(focused(), text)
        return
    for ch in text:
        target = focused()
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier =
          Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def tab(qtbot: QtBot, times: int = 1) -> None:
    press(qtbot, Qt.Key.Key_Tab, times=times)
