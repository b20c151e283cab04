"""What a family is entitled to: every member and scheme, why, what to ask, and applying.

Shown after a family is saved (and from the families list with F4). Questions that would decide
a "needs information" verdict are listed with an answer field each; saving the answers updates
the family record and screens again at once. Eligible schemes can be ticked and applied for.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.codes import indian_grouping
from power_desktop.core.eligibility import SchemeFact, Screening, Verdict
from power_desktop.core.facts import Fact
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError

from . import i18n
from .entitlements_tree import VERDICT, EntitlementsTree
from .form_fields import CodeCombo, TriState
from .keyboard import enter_presses
from .plain_text import plain_box
from .status import DONE, tell


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
        self.answer_widgets: dict[tuple[str, int | None], tuple[Fact, QWidget]] = {}

        self.title = QLabel(self.tr("Entitlements"))
        self.title.setObjectName("pageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # it carries the head's name
        self.total = QLabel()
        self.total.setObjectName("savedBanner")
        self.once_total = QLabel()
        self.once_total.setObjectName("savedBanner")
        self.tree = EntitlementsTree()

        self.questions_box = QGroupBox(self.tr("Questions to ask"))
        self.questions_form = QVBoxLayout()
        self.questions_form.setContentsMargins(2, 2, 2, 2)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self.questions_form)
        inner_layout.addStretch()
        self.questions_scroll = QScrollArea()
        self.questions_scroll.setWidget(inner)
        self.questions_scroll.setWidgetResizable(True)
        # Questions wrap to the panel's width: never a sideways scroll bar (Hindi is longer).
        self.questions_scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.save_answers = QPushButton(self.tr("Save answers and screen again (Ctrl+Enter)"))
        self.save_answers.clicked.connect(self.submit_answers)
        box = QVBoxLayout(self.questions_box)
        box.addWidget(self.questions_scroll)
        box.addWidget(self.save_answers)
        self.questions_box.setMinimumWidth(320)
        self.questions_box.setMaximumWidth(440)

        self.apply_button = QPushButton(self.tr("Apply for ticked schemes (Ctrl+P)"))
        self.apply_button.clicked.connect(self.apply_ticked)
        self.print_button = QPushButton(self.tr("Print forms (F9)"))
        self.print_button.clicked.connect(self.print_forms)
        self.slip_button = QPushButton(self.tr("Family slip"))
        self.slip_button.clicked.connect(self.print_slip)
        enter_presses(self.save_answers, self.apply_button, self.print_button, self.slip_button)
        self.doubts = QLabel()
        self.doubts.setObjectName("doubtsText")
        self.doubts.setWordWrap(True)
        self.doubts.setTextFormat(Qt.TextFormat.PlainText)
        self.applications = QLabel()
        self.applications.setWordWrap(True)
        self.applications.setTextFormat(Qt.TextFormat.PlainText)  # members' names
        self.applications.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("problemText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.total)
        head.addWidget(self.once_total)
        middle = QHBoxLayout()
        middle.addWidget(self.tree, 1)
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

    @property
    def rows(self) -> list[Verdict]:
        return self.tree.rows

    # --- showing ----------------------------------------------------------------------------------
    def show_family(self, family_id: str) -> None:
        try:
            family = self.services.registration.get(family_id)
            screening = self.services.eligibility.screen(family_id)
            applied = self.services.eligibility.applications(family_id)
        except ServiceError as exc:
            tell(self.message, i18n.say(exc))
            return
        self.family_id, self.version, self.screening = family.family_id, family.version, screening
        lang = self._lang()
        head = next((m.name for m in family.members if m.relation == "head"), "")
        self.title.setText(self.tr("Entitlements of family {0} ({1})").format(
            family.family_id, head))
        self.total.setText(self.tr("Rs {0} a year if all eligible schemes are taken").format(
            indian_grouping(screening.total_annual_value)))
        self.once_total.setText(self.tr("and Rs {0} once").format(
            indian_grouping(screening.total_once_value)))
        self.once_total.setToolTip(self.tr(
            "One-time benefits (such as the family benefit on an earner's death) are paid "
            "once, so they are not in the yearly total."))
        self.once_total.setVisible(bool(screening.total_once_value))
        member_nos = {m.member_id: m.member_no for m in family.members}
        done = {(a.scheme_code, member_nos.get(a.member_id or "")) for a in applied
                if a.status != "rejected"}
        self.tree.fill(family, screening, done, lang)
        self._fill_doubts(lang)
        self._fill_questions(screening, {m.member_no: m.name for m in family.members})
        names = {s.code: s.name.get(lang) for s in self.services.eligibility.schemes()}
        self.applications.setText(self.tr("Applications: {0}").format(
            ", ".join(f"{a.application_id} ({names.get(a.scheme_code, a.scheme_code)}, "
                      f"{a.member_name})" for a in applied)
            or self.tr("none yet")))
        tell(self.message, "")
        self._chain_tabs()

    def _fill_doubts(self, lang: str) -> None:
        """Below the tree, the doubts of what the family can apply for now; those of other
        verdicts are in their tooltips (the "*"), so the tree keeps its room."""
        shown: dict[tuple[str, str], str] = {}
        for v in self.rows:
            if v.unconfirmed:
                item = self.tree.items[(v.code, v.member_no)]
                item.setToolTip(VERDICT, self.tr("Some facts of this scheme are not confirmed:\n")
                                + "\n".join(self._doubt(f, lang) for f in v.unconfirmed))
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
        while self.questions_form.count():
            old = self.questions_form.takeAt(0)
            if old is not None and old.widget() is not None:
                old.widget().deleteLater()
        self.answer_widgets = {}
        lang = self._lang()
        for fact, member_no in screening.questions():
            widget = _answer_widget(fact)
            who = QLabel(self.tr("Family") if member_no is None else names.get(member_no, ""))
            who.setTextFormat(Qt.TextFormat.PlainText)  # a typed name: never markup
            bold = QFont(who.font())
            bold.setBold(True)
            who.setFont(bold)
            question = QLabel(fact.question(lang))
            question.setTextFormat(Qt.TextFormat.PlainText)
            question.setWordWrap(True)
            question.setBuddy(widget)
            for part in (who, question, widget):
                part.setSizePolicy(QSizePolicy.Policy.Ignored, part.sizePolicy().verticalPolicy())
                self.questions_form.addWidget(part)
                part.show()  # now, not at the next event: focus can go to it at once
            self.questions_form.addSpacing(6)
            self.answer_widgets[(fact.path, member_no)] = (fact, widget)
        self.questions_box.setVisible(bool(self.answer_widgets))

    def _chain_tabs(self) -> None:
        """Tab: the tree, each question's answer, save answers, then the buttons below."""
        chain: list[QWidget] = [self.tree]
        chain.extend(widget for _, widget in self.answer_widgets.values())
        if self.answer_widgets:
            chain.append(self.save_answers)
        chain.extend((self.apply_button, self.print_button, self.slip_button))
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_start(self) -> None:
        """Where the operator starts on this page: the first row, the view at its top."""
        self.tree.scrollToTop()
        self.questions_scroll.verticalScrollBar().setValue(0)
        first = self.tree.first_row()
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- acting -----------------------------------------------------------------------------------
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
            tell(self.message, self.tr("Answer at least one question first."))
            return
        try:
            self.services.eligibility.answer(self.family_id, given, self.version)
        except ServiceError as exc:
            tell(self.message, i18n.say(exc))
            return
        self.show_family(self.family_id)
        self.focus_start()
        # The next thing to do: a question still open, or else the verdicts at the top.
        if self.answer_widgets:
            next(iter(self.answer_widgets.values()))[1].setFocus(
                Qt.FocusReason.OtherFocusReason)
        tell(self.message, self.tr("Answers saved; the family was screened again."), DONE)

    def ticked(self) -> list[Verdict]:
        return self.tree.ticked()

    def apply_ticked(self) -> None:
        if self.family_id is None:
            return
        chosen = self.ticked()
        if not chosen:
            tell(self.message, self.tr("Tick the schemes to apply for first."))
            return
        made, failed = [], []
        for v in chosen:
            try:
                made.append(self.services.eligibility.apply(self.family_id, v.code,
                                                            v.member_no))
            except ServiceError as exc:
                failed.append(i18n.say(exc))
        self.show_family(self.family_id)
        self.focus_start()
        if failed:
            QMessageBox.warning(self, self.tr("Some applications were not made"),
                                plain_box("\n".join(failed)))
        tell(self.message, self.tr("Applications made: {0}.").format(len(made)), DONE)
        self.applied.emit(made)

    def print_forms(self) -> None:
        """The family's forms not printed yet (all of them if every one was printed)."""
        if self.family_id is None:
            return
        from . import print_flow
        waiting = self.services.printing.queue(("created",), family_id=self.family_id)
        if not waiting:
            tell(self.message, self.tr("Every application of this family is printed; reprint "
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
        combo = CodeCombo(fact.codes, blank="—")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo
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
