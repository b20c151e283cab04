"""Keys behaving as an operator expects: Tab leaves a date field in one press (the day, month
and year are typed or changed with the arrows, not tabbed through), and Enter on a focused
button presses it on pages as it does in dialogs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QWidget


class DateField(QDateEdit):
    """A date typed as DD/MM/YYYY; Tab moves to the next field, not to the next part."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class _EnterPresses(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton) \
                and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier) \
                and watched.isEnabled():
            watched.animateClick()
            return True
        return False


_filter = _EnterPresses()


def enter_presses(*buttons: QAbstractButton) -> None:
    """Enter (or the keypad's) on one of these buttons, when it has focus, presses it."""
    for button in buttons:
        button.installEventFilter(_filter)
