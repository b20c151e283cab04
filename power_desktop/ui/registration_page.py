"""Registering a walk-in family, or editing a saved one, entirely from the keyboard.

Household at the top, the member form below it, the family's members in a table at the bottom.
Enter adds the member, Ctrl+S saves the family, Esc cancels (after asking). Every change is kept
as a sealed draft within a second, so a crash or power cut loses at most the field being typed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core import ids
from power_desktop.core import validate as v
from power_desktop.core.codes import GENDERS, RELATIONS
from power_desktop.core.messages import Problem
from power_desktop.services import Services
from power_desktop.services.duplicates import PossibleDuplicate
from power_desktop.services.errors import InvalidFamily, ServiceError
from power_desktop.services.results import FamilyView, Registered

from . import i18n
from .household_form import HouseholdForm
from .jobs import Latest, wait_for
from .member_form import MemberForm
from .plain_text import plain_box
from .qr_fill import QrFiller
from .status import DONE, HINT, tell

log = logging.getLogger("power.ui.registration")

DRAFT_SLOT = "registration"


class RegistrationPage(QWidget):
    saved = Signal(object)  # Registered
    open_existing = Signal(str)  # family ID the operator chose instead of registering

    def __init__(self, services: Services, lang: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._lang = lang
        self.members: list[dict[str, Any]] = []
        self.editing_row: int | None = None
        self.editing: tuple[str, int] | None = None  # (family ID, version) when editing
        self._loading = False

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.banner = QLabel()
        self.banner.setObjectName("savedBanner")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.household = HouseholdForm(lang)
        self.member_form = MemberForm(lang, services.clock.today)
        self.qr_filler = QrFiller(self)  # an Aadhaar QR scanned anywhere on the page
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Name in Hindi"), self.tr("Relation"), self.tr("Gender"),
            self.tr("Age / DOB"), self.tr("Father / husband"), self.tr("Aadhaar"),
            self.tr("Mobile")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Editing a row is asked for: F2, the Edit button or a double click. Enter on a row
        # only says so (it once loaded the row over what was being typed).
        self.table.itemDoubleClicked.connect(lambda item: self.edit_member(item.row()))
        self.table.installEventFilter(self)
        self.problems = QLabel()
        self.problems.setObjectName("problemText")
        self.problems.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save family (Ctrl+S)"))
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.remove_button = QPushButton(self.tr("Remove member (Del)"))
        self.remove_button.clicked.connect(self.remove_selected_member)
        self.edit_button = QPushButton(self.tr("Edit member (F2)"))
        self.edit_button.clicked.connect(lambda: self.edit_member(self.table.currentRow()))

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch()
        head.addWidget(self.banner)
        members_bar = QHBoxLayout()
        self.members_label = QLabel()
        members_bar.addWidget(self.members_label)
        members_bar.addStretch()
        members_bar.addWidget(self.edit_button)
        members_bar.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.problems, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.household)
        layout.addWidget(self.member_form)
        layout.addLayout(members_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        QWidget.setTabOrder(self.household.last_field, self.member_form.name)
        self.member_form.submitted.connect(self.add_member)
        self.member_form.clear_button.clicked.connect(self._stop_editing_member)
        for checker in (self.household.checker, self.member_form.checker):
            checker.problems_changed.connect(self._show_inline_problems)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_selected_member,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.save_draft)
        self.household.changed.connect(self._touched)
        self.member_form.changed.connect(self._touched)
        # The duplicate check runs while the family is typed, so that Ctrl+S only waits for
        # the write (the service keeps the answer for the save that follows).
        self.prechecker = Latest(self._precheck, self)
        self._precheck_timer = QTimer(self)
        self._precheck_timer.setSingleShot(True)
        self._precheck_timer.setInterval(250)
        self._precheck_timer.timeout.connect(self._ask_precheck)
        self.reset()

    # --- state ----------------------------------------------------------------------------------
    def camp_district(self) -> str | None:
        camp = self.services.camp.current()
        return camp.district if camp else None

    def reset(self) -> None:
        """An empty form for the next family."""
        self._loading = True
        camp = self.services.camp.current()
        if camp is not None:
            self.household.set_state(camp.state, camp.district)
        self.household.clear(self.camp_district())
        self.member_form.clear()
        self.members = []
        self.editing = None
        self._stop_editing_member()
        self._refresh_table()
        self._preset_relation()
        self.problems.setText("")
        self._loading = False
        self._update_title()
        self.household.first_field.setFocus()

    def _update_title(self) -> None:
        if self.editing:
            self.title.setText(self.tr("Editing family {0}").format(self.editing[0]))
        else:
            self.title.setText(self.tr("Register a new family"))

    def is_dirty(self) -> bool:
        return bool(self.members) or self.household.has_input() or self.member_form.has_input()

    def _touched(self) -> None:
        if not self._loading:
            self.banner.setText("")
            self._draft_timer.start()
            self._precheck_timer.start()

    def _ask_precheck(self) -> None:
        if self.editing is not None:
            return
        data = self.household.value()
        members = [_clean(m) for m in self.members]
        if self.member_form.has_input():  # as save() will add it
            members.append(_clean(self.member_form.value()))
        if members:
            data["members"] = members
            self.prechecker.ask(data)

    def _precheck(self, data: dict[str, Any]) -> object:
        """On the worker thread: a family not yet complete is simply not checked yet."""
        try:
            return self.services.duplicates.check(data)
        except ServiceError:
            return None

    # --- members ------------------------------------------------------------------------------
    def _preset_relation(self) -> None:
        if not any(m.get("relation") == "head" for m in self.members):
            self.member_form.relation.set_code("head")

    def add_member(self) -> bool:
        """Add (or update) the member in the form; False, showing the problems, if it is wrong."""
        data = self.member_form.value()
        index = self.editing_row if self.editing_row is not None else len(self.members)
        problems = self.services.registration.check_member(_clean(data), index)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            self._show_problems(errors)
            self._focus_member_field(errors[0])
            return False
        updated = self.editing_row is not None and self.editing_row < len(self.members)
        if updated:
            self.members[self.editing_row] = data  # type: ignore[index]
        else:
            self.members.append(data)
        self._stop_editing_member()
        self.member_form.clear()
        self._refresh_table()
        self._preset_relation()
        message = (self.tr("{0} updated. Type the next member, or Ctrl+S to save the family.")
                   if updated else
                   self.tr("{0} added. Type the next member, or Ctrl+S to save the family."))
        tell(self.problems, message.format(data.get("name", "")), DONE)
        self.member_form.name.setFocus()
        self._touched()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On the members table: F2 edits the row (before the window's F2 shortcut takes it),
        Enter says how to edit instead of loading the row over what is typed."""
        if watched is self.table and event.type() in (QEvent.Type.ShortcutOverride,
                                                      QEvent.Type.KeyPress):
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                    isinstance(event, QKeyEvent) and \
                    event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.type() == QEvent.Type.KeyPress:
                    if key == Qt.Key.Key_F2:
                        self.edit_member(self.table.currentRow())
                    else:
                        self._say_how_to_edit()
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def _say_how_to_edit(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.members):
            tell(self.problems, self.tr("F2 changes {0}; Del removes them from the family.")
                 .format(self.members[row].get("name", "")), HINT)

    def edit_member(self, row: int) -> None:
        """Load member `row` into the form, first asking before anything typed there goes."""
        if not 0 <= row < len(self.members):
            return
        if self.member_form.has_input() and not self._form_holds_the_edited_member():
            typed = self.member_form.value().get("name") or self.tr("(no name yet)")
            answer = QMessageBox.question(
                self, self.tr("Member being typed"),
                plain_box(self.tr("The member form holds {0}, not yet added. Throw that away "
                                  "and edit {1}?").format(
                    typed, self.members[row].get("name", ""))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.member_form.name.setFocus()
                return
        self.editing_row = row
        self.member_form.set_value(self.members[row])
        self._restore_qr(self.members[row])
        self._show_member_title()
        self.member_form.name.setFocus()

    def _form_holds_the_edited_member(self) -> bool:
        row = self.editing_row
        return row is not None and row < len(self.members) and \
            _clean(self.member_form.value()) == _clean(self.members[row])

    def _stop_editing_member(self) -> None:
        self.editing_row = None
        self._show_member_title()

    def _show_member_title(self) -> None:
        row = self.editing_row
        if row is not None and row < len(self.members):
            self.member_form.setTitle(self.tr("Member {0} of {1}: editing {2}").format(
                row + 1, len(self.members), self.members[row].get("name", "")))
        else:
            self.member_form.setTitle(self.tr("Member"))

    def _restore_qr(self, member: dict[str, Any]) -> None:
        if member.get("aadhaar_qr"):
            self.qr_filler.restore(member.get("aadhaar_qr"), bool(member.get("photo_consent")))
        elif self.editing and member.get("member_no") and \
                member.get("photo_consent") is not False:
            self.qr_filler.restore_kept(ids.member_id(self.editing[0], member["member_no"]))

    def remove_selected_member(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.members):
            return
        name = self.members[row].get("name", "")
        answer = QMessageBox.question(
            self, self.tr("Remove member"),
            plain_box(self.tr("Remove {0} from this family?").format(name)))
        if answer == QMessageBox.StandardButton.Yes:
            del self.members[row]
            self._stop_editing_member()
            self._refresh_table()
            self._touched()

    def _refresh_table(self) -> None:
        lang = self._lang()
        today = self.services.clock.today()
        self.table.setRowCount(len(self.members))
        for r, m in enumerate(self.members):
            relation = RELATIONS.get(m.get("relation") or "")
            gender = GENDERS.get(m.get("gender") or "")
            if "age" in m or m.get("dob_estimated"):
                age = f"{m['age']} (~)" if "age" in m else self.tr("{0} (estimated)").format(
                    v.age_on(v.parse_date(m["dob"]), today))
            else:
                try:
                    born = v.parse_date(m.get("dob", ""))
                    age = f"{v.age_on(born, today)} ({born.strftime('%d/%m/%Y')})"
                except v.Invalid:
                    age = ""
            aadhaar = m.get("_aadhaar_masked", "")
            if m.get("aadhaar"):
                digits = "".join(ch for ch in m["aadhaar"] if ch.isdigit())
                aadhaar = v.mask_aadhaar(digits[-4:])
            cells = [m.get("name", ""), m.get("name_hi", ""),
                     relation.label(lang) if relation else "", gender.label(lang) if gender else "",
                     age, m.get("father_or_husband_name", ""), aadhaar, m.get("mobile", "")]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(str(text)))
        self.members_label.setText(self.tr("Members of this family: {0}").format(len(self.members)))

    # --- saving ---------------------------------------------------------------------------------
    def family_data(self) -> dict[str, Any]:
        data = self.household.value()
        data["members"] = [_clean(m) for m in self.members]
        return data

    def save(self) -> Registered | None:
        if self.member_form.has_input() and not self.add_member():
            return None
        data = self.family_data()
        result = self.services.registration.check(data)
        if result.errors:
            self._show_problems(result.errors)
            self._focus_problem(result.errors[0])
            return None
        confirm = False
        if result.warnings:
            text = "\n".join(f"• {p.describe(self._lang())}" for p in result.warnings)
            answer = QMessageBox.warning(
                self, self.tr("Please confirm"),
                plain_box(self.tr("Please check these with the family before saving:\n\n{0}\n\n"
                        "Save the family as it is?").format(text)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self._focus_problem(result.warnings[0])
                return None
            confirm = True
        try:
            if self.editing:
                done = self._saving(partial(self.services.registration.update,
                                            self.editing[0], data, self.editing[1],
                                            confirm_warnings=confirm))
            else:
                done = self._saving(partial(self.services.registration.register, data,
                                            confirm_warnings=confirm))
        except PossibleDuplicate as dup:
            try:
                chosen = self._decide_duplicate(dup, data, confirm)
            except InvalidFamily as bad:
                self._show_problems(bad.problems)
                return None
            except ServiceError as exc:  # a move refused, or the disk full meanwhile
                QMessageBox.warning(self, self.tr("Not saved"), plain_box(i18n.say(exc)))
                return None
            if chosen is None:
                return None
            done = chosen
        except InvalidFamily as bad:
            self._show_problems(bad.problems)
            return None
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), plain_box(i18n.say(exc)))
            return None
        was_edit = self.editing is not None
        self.services.drafts.discard(DRAFT_SLOT)
        self._draft_timer.stop()
        self.reset()
        message = (self.tr("Saved changes to family {0}") if was_edit
                   else self.tr("Saved. Family ID: {0}")).format(done.family_id)
        self.banner.setText(message)
        log.info("family %s saved from the registration page", done.family_id)
        self.saved.emit(done)
        return done

    def _saving(self, save: Callable[[], Registered]) -> Registered:
        """The save, run while the window waits for it (jobs.wait_for): drawn, ignoring a
        second Ctrl+S, and saying so when the database (a camp server) is slow to answer."""
        before = self.banner.text()
        waiting = self.tr("Saving... waiting for the database")

        def slow() -> None:
            self.banner.setText(waiting)

        try:
            return wait_for(save, slow)
        finally:
            if self.banner.text() == waiting:
                self.banner.setText(before)

    def ask_duplicate(self, candidates: list[Any]) -> tuple[int, Any]:
        """The operator's choice about likely duplicates (a seam tests replace)."""
        from .duplicate_dialog import DuplicateDialog
        dialog = DuplicateDialog(candidates, self)
        dialog.exec()
        return dialog.choice, dialog.selected()

    def _decide_duplicate(self, dup: PossibleDuplicate, data: dict[str, Any],
                          confirm: bool) -> Registered | None:
        """Ask until everything is decided: after a person is moved here, others who look
        already registered are asked about in turn."""
        from .duplicate_dialog import DuplicateDialog
        who = self.services.operator
        candidates = dup.candidates
        decision: str | None = None
        move_from: str | None = None
        while True:
            choice, candidate = self.ask_duplicate(candidates)
            if choice == DuplicateDialog.OPEN:
                self._draft_timer.stop()
                self.services.drafts.discard(DRAFT_SLOT)
                self.reset()
                self.open_existing.emit(candidate.family_id)
                return None
            if choice == DuplicateDialog.ADD:
                return self._saving(partial(
                    self.services.registration.add_members, candidate.family_id,
                    data["members"], decision=f"added to {candidate.family_id} by {who}"))
            if choice == DuplicateDialog.MOVE:
                move_from = candidate.member_id
            elif choice == DuplicateDialog.DIFFERENT:
                decision = f"different people, confirmed by {who}"
            else:
                return None
            try:
                if self.editing:
                    return self._saving(partial(
                        self.services.registration.update, self.editing[0], data,
                        self.editing[1], confirm_warnings=True, duplicate_decision=decision,
                        move_from=move_from))
                return self._saving(partial(
                    self.services.registration.register, data, confirm_warnings=True,
                    duplicate_decision=decision, move_from=move_from))
            except PossibleDuplicate as more:
                if {c.member_id for c in more.candidates} == {c.member_id for c in candidates}:
                    raise  # the same question again: nothing the choice could settle
                candidates = more.candidates

    def cancel(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self, self.tr("Cancel"),
                self.tr("Throw away what was typed for this family?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._draft_timer.stop()
        self.services.drafts.discard(DRAFT_SLOT)
        self.reset()

    # --- problems -------------------------------------------------------------------------------
    def _show_inline_problems(self) -> None:
        messages = list(self.household.checker.messages.values()) + \
            list(self.member_form.checker.messages.values())
        tell(self.problems, "\n".join(messages[:3]))

    def _show_problems(self, problems: list[Problem]) -> None:
        lang = self._lang()
        lines = [p.describe(lang) for p in problems[:4]]
        if len(problems) > 4:
            lines.append(self.tr("... and {0} more").format(len(problems) - 4))
        tell(self.problems, "\n".join(lines))

    def _focus_member_field(self, problem: Problem) -> None:
        widget = self.member_form.checker.widget(problem.base_field)
        (widget or self.member_form.name).setFocus()

    def _focus_problem(self, problem: Problem) -> None:
        if problem.member is not None and problem.member < len(self.members):
            self.edit_member(problem.member)
            self._focus_member_field(problem)
            return
        widget = self.household.checker.widget(problem.field)
        (widget or self.household.first_field).setFocus()

    # --- editing a saved family -----------------------------------------------------------------
    def load_family(self, family: FamilyView) -> None:
        self._loading = True
        data = family.to_json()
        self.reset()
        self._loading = True
        self.household.set_value(data)
        self.members = [_member_for_form(m) for m in data["members"]]
        self.editing = (family.family_id, family.version)
        self._refresh_table()
        self._loading = False
        self._update_title()
        self.household.first_field.setFocus()

    # --- drafts ---------------------------------------------------------------------------------
    def save_draft(self) -> None:
        if self._loading:
            return
        if not self.is_dirty():
            self.services.drafts.discard(DRAFT_SLOT)
            return
        self.services.drafts.save(DRAFT_SLOT, self.draft())

    def draft(self) -> dict[str, Any]:
        """Everything typed, as `restore_draft` takes it back."""
        return {
            "household": self.household.value(), "members": self.members,
            "member_form": self.member_form.value(), "editing_row": self.editing_row,
            "editing": list(self.editing) if self.editing else None,
        }

    def flush_draft(self) -> None:
        if self._draft_timer.isActive():
            self._draft_timer.stop()
            self.save_draft()

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self._loading = True
        self.reset()
        self._loading = True
        self.household.set_value(draft.get("household") or {})
        self.members = list(draft.get("members") or [])
        editing = draft.get("editing")
        self.editing = (editing[0], int(editing[1])) if editing else None
        self.editing_row = draft.get("editing_row")
        self.member_form.set_value(draft.get("member_form") or {})
        self._restore_qr(draft.get("member_form") or {})
        self._refresh_table()
        self._show_member_title()
        self._loading = False
        self._update_title()


def _clean(member: dict[str, Any]) -> dict[str, Any]:
    """The member as the JSON format has it: without the screen's own keys."""
    return {k: val for k, val in member.items() if not k.startswith("_")}


def _member_for_form(m: dict[str, Any]) -> dict[str, Any]:
    """A saved member (FamilyView JSON) as the form holds it."""
    data = {k: m[k] for k in ("name", "name_hi", "relation", "gender", "father_or_husband_name",
                              "marital_status", "mobile", "occupation",
                              "construction_days_last_year", "disability_percent",
                              "income_tax_payer", "pregnant", "lactating", "delivery_date",
                              "school_class", "member_no") if m.get(k) not in (None, "")}
    data["dob"] = m["dob"]
    if m.get("dob_estimated"):
        data["dob_estimated"] = True
    if m.get("aadhaar"):
        data["_aadhaar_masked"] = m["aadhaar"]
    if m.get("bank") and any(m["bank"].values()):
        data["bank"] = {k: val for k, val in m["bank"].items() if val}
    return data
