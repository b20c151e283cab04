"""What a family is entitled to: every member and scheme, why, what to ask, and applying.

Shown after a family is saved (and from the families list with F4). Questions that would decide
a "needs information" verdict are listed with an answer field each; saving the answers updates
the family record and screens again at once. Eligible schemes can be ticked and applied for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.codes import indian_grouping
from power_desktop.core.eligibility import SchemeFact, Screening, Verdict
from power_desktop.core.facts import Fact
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError

from . import i18n
from .form_fields import CodeCombo, TriState
from .status import DONE, tell

ORDER = {"eligible": 0, "needs_info": 1, "not_eligible": 2}
COLOURS = {"eligible": "#e3f4e1", "needs_info": "#fff4d6", "not_eligible": "#ffffff"}


class ScreeningPage(QWidget):
    applied = Signal(list)

    def __init__(self, services: Services, lang: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._lang = lang
        self.family_id: str | None = None
        self.version = 0
        self.screening: Screening | None = None
        self.rows: list[Verdict] = []
        self.answer_widgets: dict[tuple[str, int | None], tuple[Fact, QWidget]] = {}

        self.title = QLabel(self.tr("Entitlements"))
        self.title.setObjectName("pageTitle")
        self.total = QLabel()
        self.total.setObjectName("savedBanner")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Apply"), self.tr("Member"), self.tr("Scheme"), self.tr("Verdict"),
            self.tr("Rs a year"), self.tr("Why / what to ask")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((50, 150, 290, 120, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(True)
        self.table.itemActivated.connect(self._toggle)

        self.questions_box = QGroupBox(self.tr("Questions to ask"))
        self.questions_form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.questions_form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.save_answers = QPushButton(self.tr("Save answers and screen again (Ctrl+Enter)"))
        self.save_answers.clicked.connect(self.submit_answers)
        box = QVBoxLayout(self.questions_box)
        box.addWidget(scroll)
        box.addWidget(self.save_answers)
        self.questions_box.setMaximumWidth(430)

        self.apply_button = QPushButton(self.tr("Apply for ticked schemes (Ctrl+P)"))
        self.apply_button.clicked.connect(self.apply_ticked)
        self.print_button = QPushButton(self.tr("Print forms (F9)"))
        self.print_button.clicked.connect(self.print_forms)
        self.slip_button = QPushButton(self.tr("Family slip"))
        self.slip_button.clicked.connect(self.print_slip)
        self.doubts = QLabel()
        self.doubts.setObjectName("doubtsText")
        self.doubts.setWordWrap(True)
        self.doubts.setTextFormat(Qt.TextFormat.PlainText)
        self.applications = QLabel()
        self.applications.setWordWrap(True)
        self.applications.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("problemText")
        self.message.setWordWrap(True)

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch()
        head.addWidget(self.total)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.questions_box)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.slip_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(head)
        layout.addLayout(middle, 1)
        layout.addWidget(self.doubts)
        layout.addWidget(self.applications)
        layout.addLayout(bottom)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit_answers,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+P"), self, self.apply_ticked,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("F9"), self, self.print_forms,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- showing ----------------------------------------------------------------------------------
    def show_family(self, family_id: str) -> None:
        try:
            family = self.services.registration.get(family_id)
            screening = self.services.eligibility.screen(family_id)
            applied = self.services.eligibility.applications(family_id)
        except ServiceError as exc:
            self.message.setText(i18n.say(exc))
            return
        self.family_id, self.version, self.screening = family.family_id, family.version, screening
        head = next((m.name for m in family.members if m.relation == "head"), "")
        self.title.setText(self.tr("Entitlements of family {0} ({1})").format(
            family.family_id, head))
        self.total.setText(self.tr("Rs {0} a year if all eligible schemes are taken").format(
            indian_grouping(screening.total_annual_value)))
        done = {(a.scheme_code, a.member_id) for a in applied if a.status != "rejected"}
        self._fill_table(screening, done, family.family_id)
        self._fill_questions(screening, {m.member_no: m.name for m in family.members})
        self.applications.setText(self.tr("Applications: {0}").format(
            ", ".join(f"{a.application_id} ({a.scheme_code}, {a.member_name})" for a in applied)
            or self.tr("none yet")))
        self.message.setText("")

    def _fill_table(self, screening: Screening, done: set[tuple[str, str | None]],
                    family_id: str) -> None:
        lang = self._lang()
        self.rows = sorted(screening.verdicts, key=lambda v: (
            ORDER[v.status], -v.annual_value, v.member_no or 0, v.scheme.code))
        verdict_text = {"eligible": self.tr("Eligible"), "needs_info": self.tr("Needs answers"),
                        "not_eligible": self.tr("Not eligible")}
        self.table.setRowCount(len(self.rows))
        for r, v in enumerate(self.rows):
            member_id = f"{family_id}-M{v.member_no:02d}" if v.member_no else None
            tick = QTableWidgetItem()
            if v.status == "eligible" and (v.code, member_id) not in done:
                tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                              | Qt.ItemFlag.ItemIsSelectable)
                tick.setCheckState(Qt.CheckState.Checked)
            elif v.status == "eligible":
                tick.setText(self.tr("applied"))
            if v.status == "needs_info":
                why = "; ".join(q.question(lang) for q in v.questions)
            else:
                why = "; ".join(reason.get(lang) for reason in v.reasons)
            verdict = verdict_text[v.status]
            if v.unconfirmed:
                verdict += " *"
            who = v.member_name if v.member_no else self.tr("{0} (family)").format(v.member_name)
            cells = [tick, QTableWidgetItem(who),
                     QTableWidgetItem(v.scheme.name.get(lang)),
                     QTableWidgetItem(verdict),
                     QTableWidgetItem(indian_grouping(v.annual_value) if v.annual_value else ""),
                     QTableWidgetItem(why)]
            if v.unconfirmed:
                cells[3].setToolTip(self.tr("Some facts of this scheme are not confirmed:\n")
                                    + "\n".join(self._doubt(f, lang) for f in v.unconfirmed))
            other = "hi" if lang == "en" else "en"
            cells[2].setToolTip(f"{v.scheme.name.get(other)}\n{v.scheme.benefit.text.get(lang)}")
            for c, item in enumerate(cells):
                item.setBackground(QBrush(QColor(COLOURS[v.status])))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        # Below the table, the doubts of what the family can apply for now; those of other
        # verdicts are in their tooltips (the "*"), so the table keeps its room.
        shown: dict[tuple[str, str], str] = {}
        for v in self.rows:
            for f in v.unconfirmed if v.status == "eligible" else ():
                shown.setdefault((f.scheme, f.key),
                                 f"* {v.scheme.name.get(lang)}: {self._doubt(f, lang)}")
        self.doubts.setText("\n".join(shown.values()))
        self.doubts.setVisible(bool(shown))

    def _doubt(self, fact: SchemeFact, lang: str) -> str:
        """What is not confirmed about a fact, its source and the day it was checked."""
        assert fact.origin.doubt is not None
        return self.tr("{0} (source: {1}; checked {2})").format(
            fact.origin.doubt.get(lang), fact.origin.source.get(lang),
            fact.origin.checked_on.strftime("%d/%m/%Y"))

    def _fill_questions(self, screening: Screening, names: dict[int, str]) -> None:
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.answer_widgets = {}
        lang = self._lang()
        for fact, member_no in screening.questions():
            widget = _answer_widget(fact)
            who = self.tr("Family") if member_no is None else names.get(member_no, "")
            label = QLabel(f"<b>{who}</b>: {fact.question(lang)}")
            label.setWordWrap(True)
            self.questions_form.addRow(label)
            self.questions_form.addRow(widget)
            self.answer_widgets[(fact.path, member_no)] = (fact, widget)
        self.questions_box.setVisible(bool(self.answer_widgets))

    # --- acting -----------------------------------------------------------------------------------
    def _toggle(self, item: QTableWidgetItem) -> None:
        tick = self.table.item(item.row(), 0)
        if tick is not None and tick.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            tick.setCheckState(Qt.CheckState.Unchecked if tick.checkState()
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)

    def answers(self) -> dict[tuple[str, int | None], Any]:
        given: dict[tuple[str, int | None], Any] = {}
        for key, (fact, widget) in self.answer_widgets.items():
            value = _answer_value(fact, widget)
            if value is not None:
                given[key] = value
        return given

    def submit_answers(self) -> None:
        if self.family_id is None:
            return
        given = self.answers()
        if not given:
            self.message.setText(self.tr("Answer at least one question first."))
            return
        try:
            self.services.eligibility.answer(self.family_id, given, self.version)
        except ServiceError as exc:
            self.message.setText(i18n.say(exc))
            return
        self.show_family(self.family_id)
        tell(self.message, self.tr("Answers saved; the family was screened again."), DONE)

    def ticked(self) -> list[Verdict]:
        chosen = []
        for r, v in enumerate(self.rows):
            tick = self.table.item(r, 0)
            if tick is not None and tick.flags() & Qt.ItemFlag.ItemIsUserCheckable \
                    and tick.checkState() == Qt.CheckState.Checked:
                chosen.append(v)
        return chosen

    def apply_ticked(self) -> None:
        if self.family_id is None:
            return
        chosen = self.ticked()
        if not chosen:
            self.message.setText(self.tr("Tick the schemes to apply for first."))
            return
        made, failed = [], []
        for v in chosen:
            try:
                made.append(self.services.eligibility.apply(self.family_id, v.code,
                                                            v.member_no))
            except ServiceError as exc:
                failed.append(i18n.say(exc))
        self.show_family(self.family_id)
        if failed:
            QMessageBox.warning(self, self.tr("Some applications were not made"),
                                "\n".join(failed))
        tell(self.message, self.tr("Applications made: {0}.").format(len(made)), DONE)
        self.applied.emit(made)


    def print_forms(self) -> None:
        """The family's forms not printed yet (all of them if every one was printed)."""
        if self.family_id is None:
            return
        from . import print_flow
        waiting = self.services.printing.queue(("created",), family_id=self.family_id)
        if not waiting:
            self.message.setText(self.tr("Every application of this family is printed; reprint "
                                         "from the print queue (F5)."))
            return
        print_flow.print_applications(self, self.services,
                                      [r.application_id for r in waiting])

    def print_slip(self) -> None:
        if self.family_id is not None:
            from . import print_flow
            print_flow.print_slip(self, self.services, self.family_id)


def _answer_widget(fact: Fact) -> QWidget:
    if fact.kind == "bool":
        return TriState()
    if fact.kind == "code" and fact.codes:
        return CodeCombo(fact.codes, blank="—")
    edit = QLineEdit()
    edit.setPlaceholderText("DD/MM/YYYY" if fact.record_field == "dob" else "0")
    return edit


def _answer_value(fact: Fact, widget: QWidget) -> Any:
    if isinstance(widget, TriState):
        return widget.value()
    if isinstance(widget, CodeCombo):
        return widget.code()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    text = widget.text().strip() if isinstance(widget, QLineEdit) else ""
    if not text:
        return None
    if fact.record_field == "dob":
        return int(text) if text.isdigit() else text
    try:
        return int(text.replace(",", ""))
    except ValueError:
        return text  # the record's own check names the problem
