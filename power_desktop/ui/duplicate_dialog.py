"""Shown when someone being registered looks already registered: the operator decides."""

from __future__ import annotations

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


class DuplicateDialog(QDialog):
    OPEN, ADD, DIFFERENT = 1, 2, 3

    def __init__(self, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.choice = 0
        self.setWindowTitle(self.tr("Already registered?"))
        self.setMinimumSize(900, 360)
        intro = QLabel(self.tr(
            "These people look like someone in the family being registered. Ask the family, "
            "then choose. Your choice is recorded."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(candidates), 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Typed"), self.tr("Looks like"), self.tr("ID"), self.tr("Age"),
            self.tr("Father / husband"), self.tr("Locality"), self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for r, c in enumerate(candidates):
            cells = [c.member_name, c.name, c.member_id, str(c.age), c.father_or_husband_name,
                     c.locality, f"{c.score}%: " + ", ".join(c.reasons)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.selectRow(0)
        open_button = QPushButton(self.tr("Open the existing family"))
        add_button = QPushButton(self.tr("Add the typed people to that family"))
        different = QPushButton(self.tr("Different people: save as new"))
        back = QPushButton(self.tr("Go back"))
        open_button.clicked.connect(lambda: self._choose(self.OPEN))
        add_button.clicked.connect(lambda: self._choose(self.ADD))
        different.clicked.connect(lambda: self._choose(self.DIFFERENT))
        back.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(open_button)
        buttons.addWidget(add_button)
        buttons.addStretch()
        buttons.addWidget(different)
        buttons.addWidget(back)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def selected(self) -> Candidate:
        return self.candidates[max(0, self.table.currentRow())]

    def _choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
