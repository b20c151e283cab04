"""Returns: applications the central system rejected or sent back for correction. Open the
family to correct it, then mark the application corrected: it goes out in the next batch as
a new version."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.services import Services
from power_desktop.services.acks import AckService, ReturnRow
from power_desktop.services.errors import ServiceError

from . import i18n
from .plain_text import plain_box
from .tables import record_table


class ReturnsPage(QWidget):
    open_family = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[ReturnRow] = []
        title = QLabel(self.tr("Returned by the central system"))
        title.setObjectName("pageTitle")
        self.count = QLabel()
        self.table = record_table([
            self.tr("Application ID"), self.tr("Verdict"), self.tr("Scheme"), self.tr("For"),
            self.tr("Reason"), self.tr("Next batch")], stretch=4, many=True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        open_button = QPushButton(self.tr("Open the &family"))
        open_button.clicked.connect(self.open_selected)
        corrected = QPushButton(self.tr("Corrected: &send again"))
        corrected.clicked.connect(self.resubmit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(open_button)
        bottom.addWidget(corrected)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        try:
            self.rows = AckService(self.services).returns()
        except ServiceError as exc:
            self.count.setText(i18n.say(exc))
            return
        verdicts = {"rejected": self.tr("rejected"),
                    "needs_correction": self.tr("needs correction")}
        schemes = {s.code: s.name.get(i18n.current())
                   for s in self.services.eligibility.schemes()}
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            for col, text in enumerate((
                    r.application_id, verdicts.get(r.central_status, r.central_status),
                    schemes.get(r.scheme_code, r.scheme_code), r.member_name, r.reason,
                    self.tr("goes out again") if r.resubmitted else "-")):
                self.table.setItem(i, col, QTableWidgetItem(text))
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        self.count.setText(self.tr("{0} to act on").format(len(self.rows)))

    def _selected(self) -> list[ReturnRow]:
        return [self.rows[i.row()] for i in self.table.selectionModel().selectedRows()]

    def open_selected(self) -> None:
        chosen = self._selected()
        if chosen:
            self.open_family.emit(chosen[0].family_id)

    def resubmit(self) -> None:
        chosen = self._selected()
        if not chosen:
            QMessageBox.information(self, self.tr("Returns"),
                                    self.tr("Select the corrected applications first."))
            return
        try:
            AckService(self.services).resubmit([r.application_id for r in chosen])
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not marked"), plain_box(i18n.say(exc)))
        self.refresh()
