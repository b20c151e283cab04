"""Drop-downs at the keyboard (issue 14, item 6): Space never opens the list, what is typed
picks the value that reads like it ("class 12" is Class 12, "South" is South), Enter on a
drop-down adds the member as it does on a text field, districts are in order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from power_desktop.ui.form_fields import CodeCombo
from power_desktop.ui.main_window import MainWindow

from .keys import focused, press, tab, type_text


def pick(qtbot: QtBot, combo: CodeCombo, text: str) -> str:
    combo.setFocus()
    qtbot.wait(QApplication.keyboardInputInterval() + 1200)  # a new word, not more of the last
    type_text(qtbot, text)
    assert not combo.view().isVisible(), "the list opened"
    return combo.currentText()


def test_typed_words_pick_the_value_they_read(qtbot: QtBot, window: MainWindow) -> None:
    form = window.registration.member_form
    assert pick(qtbot, form.school, "class 12") == "Class 12 / कक्षा 12"
    assert pick(qtbot, form.school, "class 3") == "Class 3 / कक्षा 3"
    assert pick(qtbot, form.school, "Class 1") == "Class 1 / कक्षा 1"
    assert pick(qtbot, form.school, "12") == "Class 12 / कक्षा 12"
    assert pick(qtbot, form.relation, "Son ") == "Son / पुत्र"
    assert pick(qtbot, form.relation, "daughter-") == "Daughter-in-law / बहू"
    assert pick(qtbot, form.relation, "बहू") == "Daughter-in-law / बहू"
    district = window.registration.household.district
    assert pick(qtbot, district, "South") == "South / दक्षिण"  # type: ignore[arg-type]
    assert pick(qtbot, district, "South W") == "South West / दक्षिण पश्चिम"  # type: ignore[arg-type]


def test_space_after_a_word_does_not_swallow_the_next_field(
        qtbot: QtBot, window: MainWindow) -> None:
    form = window.registration.member_form
    form.relation.setFocus()
    type_text(qtbot, "Son ")
    tab(qtbot)
    assert focused() is form.gender
    type_text(qtbot, "M")
    assert form.relation.code() == "son" and form.gender.code() == "M"


def test_districts_are_in_alphabetical_order(window: MainWindow) -> None:
    district = window.registration.household.district
    names = [district.itemData(i) for i in range(district.count())]
    assert names == sorted(names)


def test_enter_on_a_drop_down_adds_the_member(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    form = page.member_form
    form.name.setFocus()
    type_text(qtbot, "Laxmi Devi")
    tab(qtbot, 3)
    assert focused() is form.gender
    type_text(qtbot, "F")
    form.dob.setFocus()
    type_text(qtbot, "60")
    form.school.setFocus()
    type_text(qtbot, "class 5 ")  # a space after the word, as people type
    press(qtbot, Qt.Key.Key_Return)
    assert [m["name"] for m in page.members] == ["Laxmi Devi"], page.problems.text()
    assert page.members[0]["school_class"] == "5"
