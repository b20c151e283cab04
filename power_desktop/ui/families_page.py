"""The list of registered families: opens at once at any size; Enter opens a family to edit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.codes import indian_grouping
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.results import Change

from .family_table_model import FamilyTableModel


class FamiliesPage(QWidget):
    open_family = Signal(str)  # family ID
    screen_family = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = FamilyTableModel(services, self)
        self.title = QLabel(self.tr("Registered families"))
        self.title.setObjectName("pageTitle")
        self.count = QLabel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().hide()
        self.view.activated.connect(self._open_index)
        self.open_button = QPushButton(self.tr("Open to edit (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        self.screen_button = QPushButton(self.tr("Entitlements (F4)"))
        self.screen_button.clicked.connect(self._screen_current)
        self.history_button = QPushButton(self.tr("History"))
        self.history_button.clicked.connect(self.show_history)
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch()
        bar.addWidget(self.count)
        bar.addWidget(self.history_button)
        bar.addWidget(self.screen_button)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.hint = QLabel(self.tr("Click the Registered or District heading to sort."))
        self.hint.setObjectName("hintText")
        layout.addWidget(self.hint)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, self._open_current,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.refresh()
        for column, width in enumerate((190, 200, 70, 170, 110, 100, 130)):
            self.view.setColumnWidth(column, width)

    def refresh(self) -> None:
        self.model.reload()
        count = self.services.registration.count()
        self.count.setText(self.tr("{0} families").format(indian_grouping(count)))

    def on_change(self, change: Change) -> None:
        if change.kind in ("family", "camp"):
            self.refresh()

    def current_family_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return str(self.model.data(index, Qt.ItemDataRole.UserRole))

    def _open_index(self, index: object) -> None:
        self._open_current()

    def _open_current(self) -> None:
        family_id = self.current_family_id()
        if family_id:
            self.open_family.emit(family_id)

    def _screen_current(self) -> None:
        family_id = self.current_family_id()
        if family_id:
            self.screen_family.emit(family_id)

    def show_history(self) -> None:
        family_id = self.current_family_id()
        if not family_id:
            return
        try:
            entries = self.services.registration.history(family_id)
        except ServiceError as exc:
            self.count.setText(str(exc))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("History of family {0}").format(family_id))
        text = QTextBrowser()
        if not entries:
            text.setPlainText(self.tr("No edits: this is the family as first registered."))
        lines = []
        for e in entries:
            lines.append(self.tr("Version {0} → {1}, by {2}, {3} UTC").format(
                e.version, e.version + 1, e.changed_by, e.changed_at.strftime("%d/%m/%Y %H:%M")))
            lines.extend(f"    {c['field']}: {c['old']} → {c['new']}" for c in e.changes)
        if lines:
            text.setPlainText("\n".join(lines))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.resize(640, 400)
        dialog.exec()
