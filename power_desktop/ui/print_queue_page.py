"""The print queue: applications waiting to print; select many and print them as one job,
reprint (marked DUPLICATE COPY n), record that the family took them, print the family slip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.printing import QueueRow

from . import i18n, print_flow
from . import status as counts
from .keyboard import enter_presses
from .plain_text import plain_box
from .tables import record_table


class PrintQueuePage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[QueueRow] = []
        title = QLabel(self.tr("Print queue"))
        title.setObjectName("pageTitle")
        self.show_which = QComboBox()
        for text, statuses in ((self.tr("Waiting to print"), ("created",)),
                               (self.tr("Printed, not yet handed over"), ("printed",)),
                               (self.tr("All applications"),
                                ("created", "printed", "handed_over"))):
            self.show_which.addItem(text, statuses)
        self.show_which.currentIndexChanged.connect(self.refresh)
        self.table = record_table([
            self.tr("Application ID"), self.tr("Scheme"), self.tr("For"), self.tr("Family"),
            self.tr("Status"), self.tr("Printed")], stretch=2, many=True)
        self.count = QLabel()
        self.print_button = QPushButton(self.tr("Preview and &print selected (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_selected)
        self.handed = QPushButton(self.tr("Handed over to the &family"))
        self.handed.clicked.connect(self.hand_over)
        self.slip = QPushButton(self.tr("Family &slip..."))
        self.slip.clicked.connect(self.family_slip)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch()
        top.addWidget(QLabel(self.tr("Show")))
        top.addWidget(self.show_which)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        for button in (self.slip, self.handed, self.print_button):
            bottom.addWidget(button)
        enter_presses(self.slip, self.handed, self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+A"), self.table, self.table.selectAll,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def refresh(self) -> None:
        try:
            self.rows = self.services.printing.queue(self.show_which.currentData())
        except ServiceError as exc:
            self.count.setText(i18n.say(exc))
            return
        names = {"created": self.tr("waiting"), "printed": self.tr("printed"),
                 "handed_over": self.tr("handed over")}
        lang = i18n.current()
        schemes = {s.code: s.name.get(lang) for s in self.services.eligibility.schemes()}
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            scheme = schemes.get(r.scheme_code, r.scheme_code)  # its name, not its code
            for col, text in enumerate((r.application_id, scheme, r.member_name,
                                        r.family_id, names.get(r.status, r.status),
                                        self.tr("{0} times").format(r.prints) if r.prints
                                        else "-")):
                self.table.setItem(i, col, QTableWidgetItem(text))
        for column in (0, 1, 3, 4, 5):  # IDs and scheme names whole; the name takes the rest
            self.table.resizeColumnToContents(column)
        self.count.setText(counts.applications(len(self.rows)))

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.rows[r].application_id for r in rows]

    def print_selected(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            QMessageBox.information(self, self.tr("Print"), self.tr(
                "Select the applications to print (Ctrl+A selects all)."))
            return
        print_flow.print_applications(self, self.services, chosen, self.refresh)

    def hand_over(self) -> None:
        chosen = self.selected_ids()
        if not chosen:
            return
        try:
            self.services.printing.hand_over(chosen)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not marked"), plain_box(i18n.say(exc)))
        self.refresh()

    def family_slip(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Family slip"),
                                    self.tr("Select an application of the family first."))
            return
        print_flow.print_slip(self, self.services, self.rows[rows[0].row()].family_id)
