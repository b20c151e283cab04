"""The camp's day at a glance: today's figures, applications by scheme (with bars), work by
operator, and the end-of-day report to print and sign."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.codes import indian_grouping
from power_desktop.paper.model import DayFigures
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError

from . import i18n
from .plain_text import plain_box
from .tables import record_table


class Bars(QWidget):
    """Today's applications by scheme, as horizontal bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[str, int]] = []
        self.setMinimumHeight(120)

    def set_values(self, values: list[tuple[str, int]]) -> None:
        self.values = values
        self.setMinimumHeight(max(60, 24 * len(values) + 10))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.values:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("No applications today yet."))
            return
        # Scheme names whole (they run to 50 letters), up to half the width.
        widest = max(painter.fontMetrics().horizontalAdvance(name) for name, _ in self.values)
        label_w = min(widest + 16, self.width() // 2)
        most = max(v for _, v in self.values) or 1
        room = self.width() - label_w - 50
        for i, (name, value) in enumerate(self.values):
            y = 5 + i * 24
            painter.setPen(QColor("#202020"))
            shown = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight,
                                                      label_w - 12)
            painter.drawText(QRectF(0, y, label_w - 8, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, shown)
            length = room * value / most
            painter.fillRect(QRectF(label_w, y + 3, length, 14), QColor("#2a6bb3"))
            painter.drawText(QRectF(label_w + length + 6, y, 44, 20),
                             Qt.AlignmentFlag.AlignVCenter, str(value))
        painter.end()


class DashboardPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.figures: DayFigures | None = None
        self.title = QLabel(self.tr("Today"))
        self.title.setObjectName("pageTitle")
        refresh = QPushButton(self.tr("&Refresh"))
        refresh.clicked.connect(self.refresh)
        report = QPushButton(self.tr("Day report (&PDF)..."))
        report.clicked.connect(self.print_report)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(refresh)
        head.addWidget(report)
        self.numbers: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)  # a clear gap between one figure and the next label
        labels = [
            ("families_today", self.tr("Families registered today")),
            ("members_today", self.tr("People registered today")),
            ("applications_today", self.tr("Applications made today")),
            ("annual_value_today", self.tr("Yearly value applied for today (Rs)")),
            ("once_value_today", self.tr("One-time benefits applied for today (Rs)")),
            ("families_total", self.tr("Families on this laptop")),
            ("members_total", self.tr("People on this laptop")),
            ("prints_waiting", self.tr("Forms waiting to print")),
            ("not_exported", self.tr("Records not yet exported")),
            ("acks_pending", self.tr("Exported, verdict awaited")),
        ]
        for i, (key, text) in enumerate(labels):
            value = QLabel("-")
            value.setObjectName("bigNumber")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.numbers[key] = value
            grid.addWidget(QLabel(text), i % 5, (i // 5) * 2)
            grid.addWidget(value, i % 5, (i // 5) * 2 + 1)
        self.bars = Bars()
        self.schemes = record_table([self.tr("Scheme"), self.tr("Today"), self.tr("All"),
                                    self.tr("Printed"), self.tr("Accepted"),
                                    self.tr("Returned"), self.tr("Rs, today")],
                                   stretch=0)
        for column in range(1, self.schemes.columnCount()):
            self.schemes.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.operators = record_table([self.tr("Operator"), self.tr("Families"),
                                      self.tr("People"), self.tr("Applications"),
                                      self.tr("Prints")], stretch=0)
        # On a camp server, each laptop's part of the day (hidden on a laptop of its own).
        self.laptops = record_table([self.tr("Laptop"), self.tr("Families"), self.tr("People"),
                                    self.tr("Applications")], stretch=0)
        self.laptops.hide()
        tables = QHBoxLayout()
        tables.addWidget(self.schemes, 3)
        tables.addWidget(self.operators, 2)
        tables.addWidget(self.laptops, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addWidget(QLabel(self.tr("Applications today by scheme")))
        layout.addWidget(self.bars)
        layout.addLayout(tables, 1)

    def refresh(self) -> None:
        try:
            figures = self.services.dashboard.day()
        except ServiceError as exc:
            self.title.setText(i18n.say(exc))
            return
        self.figures = figures
        self.title.setText(self.tr("Today, {0} · camp {1}").format(
            figures.day.strftime("%d/%m/%Y"), figures.camp))
        for key, label in self.numbers.items():
            label.setText(indian_grouping(int(getattr(figures, key))))
        hindi = i18n.current() == "hi"
        self.bars.set_values([(s.name_hi if hindi else s.name_en, s.today)
                              for s in figures.schemes if s.today])
        self.schemes.setRowCount(len(figures.schemes))
        for i, s in enumerate(figures.schemes):
            st = s.statuses
            cells = [s.name_hi if hindi else s.name_en, str(s.today),
                     str(sum(st.get(k, 0) for k in ("created", "printed", "handed_over"))),
                     str(st.get("printed", 0) + st.get("handed_over", 0)),
                     str(st.get("accepted", 0)),
                     str(st.get("rejected", 0) + st.get("needs_correction", 0)),
                     "0" if not s.annual_value_today else
                     self.tr("{0} once").format(indian_grouping(s.annual_value_today))
                     if s.one_time else self.tr("{0} a year").format(
                         indian_grouping(s.annual_value_today))]
            for j, cell in enumerate(cells):
                self.schemes.setItem(i, j, QTableWidgetItem(cell))
            self.schemes.item(i, 0).setToolTip(f"{s.code}: {s.name_en} / {s.name_hi}")
        self.operators.setRowCount(len(figures.operators))
        for i, o in enumerate(figures.operators):
            for j, cell in enumerate([o.name, str(o.families), str(o.members),
                                      str(o.applications), str(o.prints)]):
                self.operators.setItem(i, j, QTableWidgetItem(cell))
        self.laptops.setVisible(bool(figures.laptops))
        self.laptops.setRowCount(len(figures.laptops))
        for i, line in enumerate(figures.laptops):
            for j, cell in enumerate([line.label.rsplit("-", 1)[-1], str(line.families),
                                      str(line.members), str(line.applications)]):
                self.laptops.setItem(i, j, QTableWidgetItem(cell))
            self.laptops.item(i, 0).setToolTip(line.label)

    def print_report(self) -> None:
        from .print_flow import PdfPreviewDialog
        folder = Path(tempfile.mkdtemp(prefix="power-report-"))
        try:
            pdf = self.services.dashboard.report(None, folder / "PoWER-camp-day-report.pdf")
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("No report"), plain_box(i18n.say(exc)))
            shutil.rmtree(folder, ignore_errors=True)
            return
        PdfPreviewDialog(pdf, self.tr("Camp day report"), lambda where: None, self,
                         f"PoWER-day-report-{self.services.clock.today():%Y-%m-%d}.pdf",
                         self.services).exec()
        shutil.rmtree(folder, ignore_errors=True)
