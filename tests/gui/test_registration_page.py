"""Registering and editing families through the window, from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.registration_page import DRAFT_SLOT
from power_desktop.ui.start import open_window

from .conftest import Answers
from .keys import focused, press, tab, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def type_household(qtbot: QtBot) -> None:
    type_text(qtbot, "H. No. 45, Gali 7")
    tab(qtbot)
    type_text(qtbot, "Sangam Vihar")
    tab(qtbot, 2)  # the district stays the camp's
    type_text(qtbot, "110080")
    tab(qtbot)
    type_text(qtbot, "+91 98111 22233")
    tab(qtbot)
    type_text(qtbot, "60000")
    tab(qtbot)
    type_text(qtbot, "SC")
    tab(qtbot, 2)
    type_text(qtbot, "14")
    tab(qtbot)
    type_text(qtbot, "DL0456789123")
    tab(qtbot)
    type_text(qtbot, "P")
    tab(qtbot)


def type_member(qtbot: QtBot, name: str, relation: str, gender: str, dob_or_age: str,
                hindi: str = "", aadhaar: str = "") -> None:
    type_text(qtbot, name)
    tab(qtbot)
    if hindi:
        type_text(qtbot, hindi)
    tab(qtbot)
    if relation:
        type_text(qtbot, relation)
    tab(qtbot)
    type_text(qtbot, gender)
    tab(qtbot)
    type_text(qtbot, dob_or_age)
    if aadhaar:
        tab(qtbot, 4)  # father/husband, marital status, occupation, then Aadhaar
        type_text(qtbot, aadhaar)
    press(qtbot, Qt.Key.Key_Return)


def test_register_family_of_five_from_keyboard(qtbot: QtBot, window: MainWindow,
                                               services: Services) -> None:
    page = window.registration
    assert focused() is page.household.line1
    type_household(qtbot)
    assert focused() is page.member_form.name
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981", hindi="कमला देवी",
                aadhaar="2341 2341 2346")
    assert len(page.members) == 1, page.problems.text()
    assert focused() is page.member_form.name
    type_member(qtbot, "Ramesh Kumar", "So", "M", "20")
    assert len(page.members) == 2, (page.problems.text(), page.member_form.value())
    type_member(qtbot, "Pooja Kumari", "D", "F", "4")
    type_member(qtbot, "Savitri Devi", "Mo", "F", "70", hindi="सावित्री देवी")
    type_member(qtbot, "Sonu", "So", "M", "12")
    assert page.table.rowCount() == 5
    assert page.table.item(0, 6).text() == "XXXX XXXX 2346"
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 1, page.problems.text()
    row = services.registration.page(limit=1)[0]
    assert row.family_id in page.banner.text()
    family = services.registration.get(row.family_id)
    assert [m.name for m in family.members] == [
        "Kamla Devi", "Ramesh Kumar", "Pooja Kumari", "Savitri Devi", "Sonu"]
    assert [m.relation for m in family.members] == ["head", "son", "daughter", "mother", "son"]
    assert family.members[0].name_hi == "कमला देवी"
    assert family.members[3].name_hi == "सावित्री देवी"
    assert family.members[0].aadhaar_masked == "XXXX XXXX 2346"
    assert family.members[2].dob_estimated and family.members[2].age == 4
    assert family.mobile == "9811122233" and family.social_category == "SC"
    assert family.ration_card == {"number": "DL0456789123", "category": "PHH"}
    assert services.drafts.load(DRAFT_SLOT) is None
    assert page.members == []
    # Saving shows what the family is entitled to; F2 is the next family.
    assert window.pages.currentWidget() is window.screening
    assert window.screening.family_id == row.family_id
    press(qtbot, Qt.Key.Key_F2)
    assert focused() is page.household.line1


def test_inline_validation_names_the_field(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    page.member_form.aadhaar.setFocus()
    type_text(qtbot, "2341 2341 2345")
    tab(qtbot)
    assert page.member_form.aadhaar.property("invalid") is True
    assert "Aadhaar number is not valid" in page.problems.text()
    page.member_form.aadhaar.setFocus()
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "6")
    assert page.member_form.aadhaar.property("invalid") is False
    assert page.problems.text() == ""



def test_digits_from_a_hindi_keyboard_are_taken(qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    page.member_form.aadhaar.setFocus()
    type_text(qtbot, "२३४१ २३४१ २३४५")  # 2341 2341 2345 as InScript types it: one digit off
    tab(qtbot)
    assert page.member_form.aadhaar.property("invalid") is True
    assert "Aadhaar number is not valid" in page.problems.text()  # read as digits, checked
    page.member_form.aadhaar.setFocus()
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "६")
    assert page.member_form.aadhaar.property("invalid") is False
    assert page.problems.text() == ""

def test_save_with_errors_keeps_everything_and_points_at_the_field(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    page = window.registration
    type_text(qtbot, "H. No. 1")
    page.member_form.name.setFocus()
    type_member(qtbot, "Kamla Devi", "", "F", "40")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 0
    assert "Locality / colony is required" in page.problems.text()
    assert focused() is page.household.locality
    assert page.household.line1.text() == "H. No. 1" and len(page.members) == 1


def test_warning_asks_before_saving(qtbot: QtBot, window: MainWindow, services: Services,
                                    answers: Answers) -> None:
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "40")
    type_member(qtbot, "Raju", "Sp", "M", "14")
    answers.reply = answers.reply.No
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 0
    assert "A spouse aged 14" in answers.asked[-1]
    answers.reply = answers.reply.Yes
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 1


def test_escape_cancels_after_asking(qtbot: QtBot, window: MainWindow, answers: Answers,
                                     services: Services) -> None:
    page = window.registration
    type_text(qtbot, "H. No. 9")
    answers.reply = answers.reply.No
    press(qtbot, Qt.Key.Key_Escape)
    assert page.household.line1.text() == "H. No. 9"
    answers.reply = answers.reply.Yes
    press(qtbot, Qt.Key.Key_Escape)
    assert page.household.line1.text() == ""


def test_draft_survives_a_crash_and_is_offered_back(qtbot: QtBot, window: MainWindow,
                                                    services: Services,
                                                    answers: Answers) -> None:
    page = window.registration
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "40", hindi="कमला देवी")
    type_text(qtbot, "Ramesh")  # half-typed second member
    qtbot.waitUntil(lambda: (services.drafts.load(DRAFT_SLOT) or {}).get("member_form", {})
                    .get("name") == "Ramesh", timeout=3000)
    # No clean shutdown: a new window on the same database, as after a power cut.
    page._draft_timer.stop()
    second = open_window(services)
    assert second is not None
    qtbot.addWidget(second)
    restored = second.registration
    assert "Bring it back" in answers.asked[-1]
    assert restored.household.locality.text() == "Sangam Vihar"
    assert restored.members[0]["name_hi"] == "कमला देवी"
    assert restored.member_form.name.text() == "Ramesh"
    restored._draft_timer.stop()
    second.close()


def test_edit_a_family_from_the_list(qtbot: QtBot, window: MainWindow,
                                     services: Services) -> None:
    from ..helpers import example_family
    done = services.registration.register(example_family())
    window.show_page(1)
    assert window.families.model.rowCount() == 1
    window.families.view.selectRow(0)
    press(qtbot, Qt.Key.Key_Return)
    page = window.registration
    assert window.pages.currentWidget() is page
    assert done.family_id in page.title.text()
    assert page.table.item(0, 6).text() == "XXXX XXXX 2346"
    page.household.mobile.setFocus()
    page.household.mobile.selectAll()
    type_text(qtbot, "9999988888")
    page.table.setFocus()
    page.table.selectRow(1)
    page.edit_member(1)
    assert page.member_form.dob.text() == "4"  # an estimated DOB shows as the age
    page.member_form.name.selectAll()
    type_text(qtbot, "Pooja")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_S, CTRL)
    family = services.registration.get(done.family_id)
    assert family.version == 2 and family.mobile == "9999988888"
    assert family.members[1].name == "Pooja"
    assert family.members[0].aadhaar_masked == "XXXX XXXX 2346"
    changed = {c["field"] for c in services.registration.history(done.family_id)[0].changes}
    assert changed == {"mobile", "member 2.name"}
    assert window.families.model.rowCount() == 1


def test_pages_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F3)
    assert window.pages.currentWidget() is window.families
    press(qtbot, Qt.Key.Key_F2)
    assert window.pages.currentWidget() is window.registration
    assert QApplication.focusWidget() is window.registration.household.line1
