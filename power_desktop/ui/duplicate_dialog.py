"""Shown when someone being registered looks already registered: the operator decides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.services.duplicates import Candidate

from . import i18n
from .plain_text import plain_labels, plain_tip


class DuplicateDialog(QDialog):
    """Likely duplicates, with why and what speaks against. When a typed Aadhaar number is
    already on file there is no "different people": one number is one person, so the
    operator opens that family or moves the person into this one (recorded)."""

    OPEN, ADD, DIFFERENT, MOVE = 1, 2, 3, 4

    def __init__(self, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = 0
        self.same_aadhaar = any(c.same_aadhaar for c in candidates)
        if self.same_aadhaar:  # the others can be decided once the person is moved
            candidates = [c for c in candidates if c.same_aadhaar]
            self.candidates = candidates
        self.setWindowTitle(self.tr("Already registered?"))
        self.setMinimumSize(900, 360)
        intro = QLabel(self.tr(
            "The Aadhaar number typed is already registered for this person. One Aadhaar "
            "number is one person: open that family, or move the person into the family "
            "being saved. The move is recorded.") if self.same_aadhaar else self.tr(
            "These people look like someone in the family being registered. Ask the family, "
            "then choose. Your choice is recorded."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(len(candidates), 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Typed"), self.tr("Looks like"), self.tr("ID"), self.tr("Age"),
            self.tr("Father / husband"), self.tr("Locality"), self.tr("Why"),
            self.tr("Against")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        hindi = i18n.current() == "hi"
        for r, c in enumerate(candidates):
            why = c.reasons_hi if hindi and c.reasons_hi else c.reasons
            against = c.against_hi if hindi and c.against_hi else c.against
            cells = [c.member_name, c.name, c.member_id, str(c.age), c.father_or_husband_name,
                     c.locality, f"{c.score}%: " + ", ".join(why), ", ".join(against)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tip(text))
                self.table.setItem(r, col, item)
        self.table.setWordWrap(True)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.selectRow(0)
        open_button = QPushButton(self.tr("Open the existing family"))
        open_button.clicked.connect(lambda: self._choose(self.OPEN))
        back = QPushButton(self.tr("Go back"))
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        if self.same_aadhaar:
            move = QPushButton(self.tr("Move the person into this family"))
            move.clicked.connect(lambda: self._choose(self.MOVE))
            buttons.addWidget(move)
            buttons.addStretch()
        else:
            add_button = QPushButton(self.tr("Add the typed people to that family"))
            different = QPushButton(self.tr("Different people: save as new"))
            add_button.clicked.connect(lambda: self._choose(self.ADD))
            different.clicked.connect(lambda: self._choose(self.DIFFERENT))
            buttons.addWidget(add_button)
            buttons.addStretch()
            buttons.addWidget(different)
        buttons.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        plain_labels(self)

    def selected(self) -> Candidate:
        return self.candidates[max(0, self.table.currentRow())]

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
