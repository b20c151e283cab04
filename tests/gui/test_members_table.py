"""The family's members table never eats a member: editing a row is explicit (F2, a visible
button or a double click), typed text is never thrown away without asking, and an update says
"updated" (issue 14, item 2)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from power_desktop.ui.main_window import MainWindow

from .conftest import Answers
from .keys import focused, press, type_text
from .test_registration_page import type_household, type_member


def test_enter_on_a_row_keeps_the_half_typed_member(
        qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Laxmi Devi", "", "F", "60")
    assert [m["name"] for m in page.members] == ["Laxmi Devi"]
    type_text(qtbot, "Sunita")  # the next member, half typed
    page.table.setFocus()
    page.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    assert page.member_form.name.text() == "Sunita"
    assert [m["name"] for m in page.members] == ["Laxmi Devi"]
    assert page.editing_row is None
    assert "F2" in page.problems.text()  # Enter says how to edit, instead of doing nothing


def test_f2_edits_a_row_after_asking_and_says_updated(
        qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Laxmi Devi", "", "F", "60")
    type_text(qtbot, "Sunita")
    page.table.setFocus()
    page.table.selectRow(0)
    answers.reply = QMessageBox.StandardButton.No
    press(qtbot, Qt.Key.Key_F2)
    assert len(answers.asked) == 1 and "Sunita" in answers.asked[0]
    assert page.member_form.name.text() == "Sunita"  # kept: the operator said no
    assert focused() is page.member_form.name  # back to the member being typed
    answers.reply = QMessageBox.StandardButton.Yes
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_F2)
    assert page.member_form.name.text() == "Laxmi Devi"
    assert focused() is page.member_form.name
    assert "Laxmi Devi" in page.member_form.title()  # the form says whom it edits
    page.member_form.name.selectAll()
    type_text(qtbot, "Laxmi Devi Sharma")
    press(qtbot, Qt.Key.Key_Return)
    assert [m["name"] for m in page.members] == ["Laxmi Devi Sharma"]
    assert "updated" in page.problems.text() and "added" not in page.problems.text()


def test_the_edit_button_and_clear_end_an_edit_without_overwriting(
        qtbot: QtBot, window: MainWindow, answers: Answers) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Laxmi Devi", "", "F", "60")
    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert page.editing_row == 0 and answers.asked == []  # nothing typed: nothing to ask
    qtbot.mouseClick(page.member_form.clear_button, Qt.MouseButton.LeftButton)
    assert page.editing_row is None
    page.member_form.name.setFocus()
    type_member(qtbot, "Ramesh", "So", "M", "30")  # a new member
    assert [m["name"] for m in page.members] == ["Laxmi Devi", "Ramesh"]
