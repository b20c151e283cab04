"""The list of registered families: opens at once at any size; Enter opens a family to edit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core import history_words as words
from power_desktop.core.codes import RELATIONS
from power_desktop.core.localtime import shown
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.results import Change

from . import i18n
from . import status as counts
from .family_table_model import FamilyTableModel
from .jobs import Latest


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
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr(
            "Search (Ctrl+F): name, father's/husband's name, mobile digits, Aadhaar, "
            "or scan an ID"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_later)
        self.search.returnPressed.connect(self._search_enter)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)  # search when typing pauses, not on every key
        self._search_timer.timeout.connect(self.run_search)
        self.results = QTableWidget(0, 8)
        self.results.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Name in Hindi"), self.tr("Relation"), self.tr("Age"),
            self.tr("Father / husband"), self.tr("Locality"), self.tr("Aadhaar"),
            self.tr("Found by")])
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((200, 170, 90, 50, 190, 150, 120)):
            self.results.setColumnWidth(column, width)
        self.results.itemActivated.connect(lambda item: self._open_hit(item.row()))
        self.hits: list[object] = []
        # Searches run on a worker thread; only the answer to the newest text is shown.
        self.searcher = Latest(self.services.search.search, self)
        self.searcher.answered.connect(self._show_results)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.results)
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
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        self.hint = QLabel(self.tr("Click the Registered or District heading to sort."))
        self.hint.setObjectName("hintText")
        layout.addWidget(self.hint)
        # Enter on the list opens the family through the view's own `activated` (a shortcut
        # for it also fired on the Enter that chose a menu-bar item from the keyboard).
        self.refresh()
        for column, width in enumerate((190, 200, 70, 170, 110, 100, 130)):
            self.view.setColumnWidth(column, width)

    _last_exact: str | None = None

    def refresh(self) -> None:
        self.model.reload()
        count = self.services.registration.count()
        self.count.setText(counts.families(count))

    def on_change(self, change: Change) -> None:
        if change.kind in ("family", "camp"):
            self.refresh()

    # --- search -----------------------------------------------------------------------------------
    def _search_later(self, text: str) -> None:
        if not text.strip():
            self._search_timer.stop()
            self.hits = []
            self.stack.setCurrentWidget(self.view)
            return
        self._search_timer.start()

    def run_search(self) -> None:
        text = self.search.text()
        if text.strip():
            self.searcher.ask(text)

    def _show_results(self, text: str, result: object) -> None:
        if isinstance(result, Exception):
            self.count.setText(str(result))
            return
        if text != self.search.text():
            return
        self._present(result)

    def _reason(self, why: str) -> str:
        """Why the search found a person (SearchHit.why), in the window's language."""
        return {"name": self.tr("name"), "part of the name": self.tr("part of the name"),
                "father's/husband's name": self.tr("father's/husband's name"),
                "name and locality": self.tr("name and locality"),
                "name and father's/husband's name": self.tr("name and father's/husband's name"),
                "age": self.tr("age"), "mobile": self.tr("mobile"),
                "Aadhaar": self.tr("Aadhaar"), "Aadhaar last four": self.tr("Aadhaar last four"),
                "member ID": self.tr("member ID"), "family ID": self.tr("family ID"),
                "application ID": self.tr("application ID")}.get(why, why)

    def _present(self, result: Any) -> None:
        self.hits = list(result.hits)
        self.results.setRowCount(len(self.hits))
        for r, h in enumerate(result.hits):
            relation = RELATIONS.get(h.relation)
            cells = [h.name, h.name_hi, relation.label(i18n.current()) if relation else h.relation,
                     str(h.age), h.father_or_husband_name,
                     h.locality, h.aadhaar_masked or "", ", ".join(map(self._reason, h.why))]
            for c, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{h.member_id}\n{h.mobile or ''}")
                self.results.setItem(r, c, item)
        self.results.resizeColumnToContents(2)  # relations whole: "Daughter-in-law"
        self.stack.setCurrentWidget(self.results)
        self.count.setText(self.tr("{0} found").format(len(self.hits)))
        if self.hits:
            self.results.selectRow(0)
        self._last_exact = result.exact

    def _search_enter(self) -> None:
        """Enter in the box: a scanned or typed ID opens its family at once; otherwise the
        first result is opened. (Searched here and now: a scanner presses Enter at once.)"""
        self._search_timer.stop()
        if self.search.text().strip():
            self._present(self.services.search.search(self.search.text()))
        if self._last_exact:
            self.open_family.emit(self._last_exact)
        elif self.hits:
            self._open_hit(max(self.results.currentRow(), 0))

    def _open_hit(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.open_family.emit(self.hits[row].family_id)  # type: ignore[attr-defined]

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_family_id(self) -> str | None:
        if self.stack.currentWidget() is self.results:
            row = self.results.currentRow()
            return self.hits[row].family_id if 0 <= row < len(self.hits) else None  # type: ignore[attr-defined]
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
            self.count.setText(i18n.say(exc))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("History of family {0}").format(family_id))
        text = QTextBrowser()
        if not entries:
            text.setPlainText(self.tr("No edits: this is the family as first registered."))
        lines = []
        lang = i18n.current()
        questions = {path: fact for scheme in self.services.eligibility.schemes()
                     for path, fact in scheme.questions.items()}
        for e in entries:
            lines.append(self.tr("Version {0} → {1}, by {2}, {3}").format(
                e.version, e.version + 1, e.changed_by, shown(e.changed_at)))
            lines.extend(
                f"    {words.change_label(c['field'], lang, questions)}: "
                f"{words.change_value(c['field'], c['old'], lang, questions)} → "
                f"{words.change_value(c['field'], c['new'], lang, questions)}"
                for c in e.changes)
        if lines:
            text.setPlainText("\n".join(lines))
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(dialog.accept)
        layout.addWidget(close)
        dialog.resize(640, 400)
        dialog.exec()
