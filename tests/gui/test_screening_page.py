"""The entitlements page: verdicts, answering questions, applying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui.form_fields import CodeCombo, TriState
from power_desktop.ui.main_window import MainWindow

from ..helpers import example_family
from .keys import press


def register_widow_family(services: Services) -> str:
    data = example_family()
    data["members"].append({"name": "Savitri Devi", "name_hi": "सावित्री देवी",
                            "relation": "mother", "gender": "F", "dob": "1950-05-01",
                            "marital_status": "widowed"})
    return services.registration.register(data).family_id


def test_answer_questions_then_apply(qtbot: QtBot, window: MainWindow,
                                     services: Services) -> None:
    family_id = register_widow_family(services)
    window.screen_family(family_id)
    page = window.screening
    assert window.pages.currentWidget() is page
    assert family_id in page.title.text()
    statuses = {(v.code, v.member_no): v.status for v in page.rows}
    assert statuses[("DL-OAP", 3)] == "needs_info" and statuses[("PMJAY-70", 3)] == "eligible"
    assert page.table.item(0, 3).text().startswith("Eligible")
    _, widget = page.answer_widgets[("member.gets_other_pension", 3)]
    assert isinstance(widget, TriState)
    widget.set_value(False)
    _, school = page.answer_widgets[("member.school_class", 2)]
    assert isinstance(school, CodeCombo)
    school.set_code("kg")
    page.table.setFocus()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    statuses = {(v.code, v.member_no): v.status for v in page.rows}
    assert statuses[("DL-OAP", 3)] == "eligible"
    assert services.registration.get(family_id).members[1].school_class == "kg"
    assert "36,000" in page.total.text() or "Rs" in page.total.text()
    eligible = page.ticked()
    assert {(v.code, v.member_no) for v in eligible} >= {("DL-OAP", 3), ("PMJAY-70", 3)}
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    made = services.eligibility.applications(family_id)
    assert {a.scheme_code for a in made} >= {"DL-OAP", "PMJAY-70"}
    assert page.ticked() == []  # applied ones cannot be ticked again
    assert "applied" in {page.table.item(r, 0).text() for r in range(page.table.rowCount())}


def test_untick_and_only_chosen_are_applied(window: MainWindow, services: Services) -> None:
    family_id = register_widow_family(services)
    window.screen_family(family_id)
    page = window.screening
    first = page.ticked()[0]
    for r, v in enumerate(page.rows):
        if v is not first and page.table.item(r, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable:
            page.table.item(r, 0).setCheckState(Qt.CheckState.Unchecked)
    page.apply_ticked()
    assert [a.scheme_code for a in services.eligibility.applications(family_id)] == [first.code]
