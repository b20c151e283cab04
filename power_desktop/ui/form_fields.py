"""Small building blocks for keyboard-first forms with inline validation."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QElapsedTimer, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from power_desktop.core.codes import Code
from power_desktop.core.messages import Problem
from power_desktop.core.validate import Invalid

Check = Callable[[str], Any]


# How long after a key the next one still adds to the same word (a person typing "class 12").
TYPE_AHEAD_MS = 1000


def match_rank(label: str, typed: str) -> tuple[int, int] | None:
    """How well `typed` reads as `label` (lower is better), None when it does not.

    A label such as "Class 12 / कक्षा 12" has a part per language. The whole of a part typed
    is best; then the start of a part (the shortest part first: "son" is Son before
    Son-in-law, "class 1" Class 1 before Class 10); then a whole word ("12" is Class 12); then
    the start of a word.
    """
    want = " ".join(typed.casefold().split())
    if not want:
        return None
    parts = [" ".join(p.casefold().split()) for p in label.split(" / ")]
    best: tuple[int, int] | None = None
    for part in parts:
        words = part.split()
        for rank, hit in ((0, part == want), (1, part.startswith(want)),
                          (2, want in words), (3, any(w.startswith(want) for w in words))):
            if hit and (best is None or (rank, len(part)) < best):
                best = (rank, len(part))
                break
    return best


class KeyCombo(QComboBox):
    """A drop-down for the keyboard: what is typed picks the item that reads like it (see
    match_rank), Space is part of what is typed and never opens the list (Alt+Down or F4 do),
    and Enter is left to the form, which adds the member as on any field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._typed_at = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the form's own Enter
            return
        if plain and event.key() == Qt.Key.Key_Backspace and self._typed:
            self._typed = self._typed[:-1]
            self._typed_at.restart()
            self._pick(self._typed)
            event.accept()
            return
        if plain and text and text.isprintable():
            if not self._typed_at.isValid() or self._typed_at.elapsed() > TYPE_AHEAD_MS:
                self._typed = ""
            self._typed += text
            self._typed_at.restart()
            if text != " ":
                self._pick(self._typed)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, text: str) -> None:
        self._pick(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._typed = ""  # leaving the field ends the word
        super().focusOutEvent(event)

    def _pick(self, typed: str) -> None:
        ranked = [(rank, i) for i in range(self.count()) if self.itemData(i) is not None
                  and (rank := match_rank(self.itemText(i), typed)) is not None]
        if ranked:
            self.setCurrentIndex(min(ranked)[1])


class CodeCombo(KeyCombo):
    """A choice from a code list; shows both languages, holds the code."""

    def __init__(self, codes: Mapping[str, Code], blank: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, None)
        for code in codes.values():
            self.addItem(f"{code.en} / {code.hi}" if code.en != code.hi else code.en, code.code)

    def code(self) -> str | None:
        data = self.currentData()
        return str(data) if data is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        self.setCurrentIndex(index if index >= 0 else 0)


class TriState(KeyCombo):
    """Yes / No / not asked: for facts where 'we did not ask' differs from 'no'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("—", None)
        self.addItem(self.tr("Yes / हाँ"), True)
        self.addItem(self.tr("No / नहीं"), False)

    def value(self) -> bool | None:
        data = self.currentData()
        return bool(data) if data is not None else None

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}[value])


def text_of(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, CodeCombo):
        return widget.code() or ""
    return ""


class InlineChecker(QObject):
    """Checks fields as the operator leaves them, marks the bad ones, and reports the messages.

    A field is checked when focus leaves it; once marked, it is rechecked on every keystroke so
    the mark goes away as soon as the entry is right.
    """

    problems_changed = Signal()

    def __init__(self, lang: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._fields: dict[str, tuple[QLineEdit, Check, str]] = {}
        self.messages: dict[str, str] = {}

    def add(self, key: str, widget: QLineEdit, check: Check, label_key: str | None = None) -> None:
        self._fields[key] = (widget, check, label_key or key)
        widget.editingFinished.connect(lambda k=key: self.check(k))
        widget.textEdited.connect(lambda _t, k=key: self.check(k) if k in self.messages else None)

    def check(self, key: str) -> bool:
        widget, check, label_key = self._fields[key]
        text = widget.text().strip()
        message = None
        if text:
            try:
                check(text)
            except Invalid as bad:
                message = Problem(bad.code, label_key, params=bad.params).message(self._lang())
        self.mark(key, message)
        return message is None

    def mark(self, key: str, message: str | None) -> None:
        """Show or clear one field's message. Nothing is announced when nothing changed, so a
        field left without a problem does not wipe the message a save has just shown."""
        widget = self._fields[key][0] if key in self._fields else None
        if self.messages.get(key) == (message or None):
            return
        if message:
            self.messages[key] = message
        else:
            self.messages.pop(key, None)
        if widget is not None:
            set_invalid(widget, message)
        self.problems_changed.emit()

    def clear(self) -> None:
        for key in list(self.messages):
            self.mark(key, None)

    def widget(self, key: str) -> QLineEdit | None:
        entry = self._fields.get(key)
        return entry[0] if entry else None


def set_invalid(widget: QWidget, message: str | None) -> None:
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)




def lay_out_grid(grid: QGridLayout, rows: list[list[tuple[str, QWidget]]]) -> None:
    """Label-field pairs in rows; every field column gets the same width, whatever the widget."""
    grid.setContentsMargins(6, 4, 6, 4)
    grid.setVerticalSpacing(3)
    for r, row in enumerate(rows):
        for col, (label, widget) in enumerate(row):
            text = QLabel(label)
            text.setBuddy(widget)
            widget.setMinimumWidth(110)
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            grid.addWidget(text, r, col * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, r, col * 2 + 1)
    for col in (1, 3, 5, 7):
        grid.setColumnStretch(col, 1)


def upper_case(field: QLineEdit) -> None:
    """Letters typed in `field` become capitals as they are typed (codes such as an IFSC)."""
    def raise_case(text: str) -> None:
        if text != text.upper():
            at = field.cursorPosition()
            field.setText(text.upper())
            field.setCursorPosition(at)
    field.textEdited.connect(raise_case)


def chain_tab_order(widgets: list[QWidget], on_change: Callable[[], None]) -> None:
    """Tab goes through the widgets in this order; any edit calls on_change."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
    for w in widgets:
        if isinstance(w, QLineEdit):
            w.textChanged.connect(lambda *_: on_change())
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(lambda *_: on_change())
