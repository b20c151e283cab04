"""A family's verdicts grouped by member: what each can apply for and what to ask first, the
schemes they cannot get folded away under one line per member.

Eligible schemes not applied for carry a tick; an operator's untick is kept while the same
family is shown (after Apply or "screen again" too). Tab leaves the tree (it never cycles inside
it); Space or Enter on a row ticks or unticks it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from power_desktop.core.codes import RELATIONS, indian_grouping
from power_desktop.core.eligibility import Screening, Verdict
from power_desktop.services.results import FamilyView

COLOURS = {"eligible": "#e3f4e1", "needs_info": "#fff4d6", "not_eligible": "#ffffff"}
ORDER = {"eligible": 0, "needs_info": 1, "not_eligible": 2}
Key = tuple[str, int | None]  # scheme code, member number (None: the family)

VERDICT, AMOUNT, WHY = 1, 2, 3


class EntitlementsTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Scheme (tick to apply)"), self.tr("Verdict"),
                              self.tr("Rs"), self.tr("Why / what to ask")])
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # tall rows
        self.setAlternatingRowColors(False)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.family_id: str | None = None
        self.unticked: set[Key] = set()
        self.rows: list[Verdict] = []  # every verdict, in the order shown (folded ones last)
        self.items: dict[Key, QTreeWidgetItem] = {}
        self.folds: dict[int | None, QTreeWidgetItem] = {}
        self.groups: dict[int | None, QTreeWidgetItem] = {}
        self.itemActivated.connect(self._toggle)
        self.itemChanged.connect(self._remember)
        header.sectionResized.connect(lambda *_: self.wrap_rows())

    # --- filling ----------------------------------------------------------------------------------
    def fill(self, family: FamilyView, screening: Screening, applied: set[Key],
             lang: str) -> None:
        if family.family_id != self.family_id:
            self.family_id, self.unticked = family.family_id, set()
        self.blockSignals(True)
        self.clear()
        self.rows, self.items, self.folds, self.groups = [], {}, {}, {}
        by_member: dict[int | None, list[Verdict]] = {}
        for v in screening.verdicts:
            by_member.setdefault(v.member_no, []).append(v)
        members = {m.member_no: m for m in family.members}
        order = sorted(by_member, key=lambda no: -1 if no is None else no)
        for member_no in order:
            verdicts = sorted(by_member[member_no], key=lambda v: (
                ORDER[v.status], v.one_time, -v.annual_value, v.scheme.name.get(lang)))
            group = QTreeWidgetItem(self)
            self.groups[member_no] = group
            member = members.get(member_no) if member_no is not None else None
            group.setText(0, self._who(member_no, member, family, lang))
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            bold = QFont(group.font(0))
            bold.setBold(True)
            group.setFont(0, bold)
            shown = [v for v in verdicts if v.status != "not_eligible"]
            folded = [v for v in verdicts if v.status == "not_eligible"]
            group.setText(VERDICT, self._summary(shown))
            for v in shown:
                self._add(group, v, applied, lang)
            if folded:
                fold = QTreeWidgetItem(group)
                fold.setText(0, self.tr("Not eligible: {0} more").format(len(folded)))
                fold.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                fold.setForeground(0, QBrush(QColor("#555555")))
                self.folds[member_no] = fold
                for v in folded:
                    self._add(fold, v, applied, lang)
            group.setExpanded(True)
        self.blockSignals(False)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Every header whole (Hindi is wider); scheme names whole within two fifths of the
        width, wrapped beyond; the reasons take the rest, wrapped."""
        header = self.header()
        for column in (VERDICT, AMOUNT):
            self.resizeColumnToContents(column)
            need = header.fontMetrics().horizontalAdvance(self.headerItem().text(column)) + 24
            self.setColumnWidth(column, max(self.columnWidth(column), need))
        room = max(self.viewport().width(), 900)
        need = max(self._widest(0), header.fontMetrics().horizontalAdvance(
            self.headerItem().text(0)) + 28)
        self.setColumnWidth(0, max(200, min(need, room * 2 // 5)))
        self.wrap_rows()

    def _widest(self, column: int) -> int:
        metrics = self.fontMetrics()
        widest = 0
        for v in self.rows:
            item = self.items[(v.code, v.member_no)]
            depth = 2 if item.parent() is not None and item.parent().parent() is not None else 1
            widest = max(widest, metrics.horizontalAdvance(item.text(column))
                         + depth * self.indentation() + 40)
        return widest

    def wrap_rows(self) -> None:
        """Rows as tall as their wrapped scheme name and reasons need."""
        metrics = self.fontMetrics()
        for v in self.rows:
            item = self.items[(v.code, v.member_no)]
            depth = 2 if item.parent() is not None and item.parent().parent() is not None else 1
            height = metrics.height()
            # The last column stretches to what the others leave of the viewport.
            why = self.viewport().width() - sum(self.header().sectionSize(c)
                                                for c in range(WHY))
            for column, indent in ((0, depth * self.indentation() + 28), (WHY, 12)):
                width = max(60, (self.header().sectionSize(0) if column == 0 else why) - indent)
                rect = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                            int(Qt.TextFlag.TextWordWrap), item.text(column))
                height = max(height, rect.height())
            for column in (0, WHY):
                item.setSizeHint(column, QSize(0, height + 6))
        self.doItemsLayout()  # row heights are cached until the next layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def _who(self, member_no: int | None, member: object, family: FamilyView,
             lang: str) -> str:
        if member_no is None:
            return self.tr("Whole family")
        name = getattr(member, "name", "")
        relation = RELATIONS.get(getattr(member, "relation", "") or "")
        age = getattr(member, "age", None)
        parts = [relation.label(lang)] if relation else []
        if age is not None:
            parts.append(self.tr("{0} years").format(age))
        return f"{name} ({', '.join(parts)})" if parts else str(name)

    def _summary(self, shown: list[Verdict]) -> str:
        eligible = sum(1 for v in shown if v.status == "eligible")
        asking = len(shown) - eligible
        if not shown:
            return self.tr("nothing to apply for")
        parts = []
        if eligible:
            parts.append(self.tr("{0} eligible").format(eligible))
        if asking:
            parts.append(self.tr("{0} with questions").format(asking))
        return ", ".join(parts)

    def _add(self, parent: QTreeWidgetItem, v: Verdict, applied: set[Key], lang: str) -> None:
        key = (v.code, v.member_no)
        item = QTreeWidgetItem(parent)
        item.setText(0, v.scheme.name.get(lang))
        verdict = {"eligible": self.tr("Eligible"), "needs_info": self.tr("Needs answers"),
                   "not_eligible": self.tr("Not eligible")}[v.status]
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if v.status == "eligible" and key in applied:
            verdict = self.tr("Eligible, applied")
        elif v.status == "eligible":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(flags)
        if flags & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(0, Qt.CheckState.Unchecked if key in self.unticked
                               else Qt.CheckState.Checked)
        if v.unconfirmed:
            verdict += " *"
        item.setText(VERDICT, verdict)
        if v.annual_value:
            amount = indian_grouping(v.annual_value)
            item.setText(AMOUNT, self.tr("{0} once").format(amount) if v.one_time
                         else self.tr("{0} a year").format(amount))
            item.setTextAlignment(AMOUNT, Qt.AlignmentFlag.AlignRight
                                  | Qt.AlignmentFlag.AlignVCenter)
        if v.status == "needs_info":
            why = "; ".join(q.question(lang) for q in v.questions)
        else:
            why = "; ".join(reason.get(lang) for reason in v.reasons)
        item.setText(WHY, why)
        item.setToolTip(WHY, why)
        other = "hi" if lang == "en" else "en"
        item.setToolTip(0, f"{v.scheme.name.get(other)}\n{v.scheme.benefit.text.get(lang)}")
        for column in range(self.columnCount()):
            item.setBackground(column, QBrush(QColor(COLOURS[v.status])))
        item.setData(0, Qt.ItemDataRole.UserRole, len(self.rows))
        self.rows.append(v)
        self.items[key] = item

    # --- reading and ticking ----------------------------------------------------------------------
    def verdict_of(self, item: QTreeWidgetItem | None) -> Verdict | None:
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self.rows[index] if isinstance(index, int) else None

    def ticked(self) -> list[Verdict]:
        return [v for v in self.rows if self.is_ticked(v)]

    def is_ticked(self, v: Verdict) -> bool:
        item = self.items.get((v.code, v.member_no))
        return item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable) \
            and item.checkState(0) == Qt.CheckState.Checked

    def visible_rows(self) -> list[Verdict]:
        """The verdicts a person sees without opening anything (folds closed as they are)."""
        seen = []
        for v in self.rows:
            above = self.items[(v.code, v.member_no)].parent()
            while above is not None and above.isExpanded():
                above = above.parent()
            if above is None:
                seen.append(v)
        return seen

    def first_row(self) -> QTreeWidgetItem | None:
        for member_no in self.groups:
            group = self.groups[member_no]
            for i in range(group.childCount()):
                child = group.child(i)
                if self.verdict_of(child) is not None:
                    return child
        return self.topLevelItem(0)

    def set_ticks(self, keys: Iterable[Key], state: Qt.CheckState) -> None:
        for key in keys:
            item = self.items.get(key)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(0, state)

    def _toggle(self, item: QTreeWidgetItem, column: int = 0) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(0, Qt.CheckState.Unchecked if item.checkState(0)
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)
        elif item.childCount():
            item.setExpanded(not item.isExpanded())

    def _remember(self, item: QTreeWidgetItem, column: int) -> None:
        v = self.verdict_of(item)
        if v is None or not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return
        key = (v.code, v.member_no)
        if item.checkState(0) == Qt.CheckState.Checked:
            self.unticked.discard(key)
        else:
            self.unticked.add(key)
