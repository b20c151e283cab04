"""The entitlements page: verdicts, answering questions, applying."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.entitlements_tree import AMOUNT, VERDICT
from power_desktop.ui.form_fields import CodeCombo, TriState
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.screening_page import ScreeningPage
from power_desktop.ui.start import make_app

from ..helpers import TODAY, example_family
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
    assert page.tree.items[("PMJAY-70", 3)].text(VERDICT).startswith("Eligible")
    _, widget = page.answer_widgets[("member.gets_other_pension", 3)]
    assert isinstance(widget, TriState)
    widget.set_value(False)
    _, school = page.answer_widgets[("member.school_class", 2)]
    assert isinstance(school, CodeCombo)
    school.set_code("kg")
    page.tree.setFocus()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    statuses = {(v.code, v.member_no): v.status for v in page.rows}
    assert statuses[("DL-OAP", 3)] == "eligible"
    assert services.registration.get(family_id).members[1].school_class == "kg"
    # 76, SC: Rs 2,500 a month (the SC addition is for 60-69 only); the widow's pension of
    # the same amount is not counted twice; nobody else is eligible for a cash scheme yet.
    assert page.total.text() == "Rs 30,000 a year if all eligible schemes are taken"
    eligible = page.ticked()
    assert {(v.code, v.member_no) for v in eligible} >= {("DL-OAP", 3), ("PMJAY-70", 3)}
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    made = services.eligibility.applications(family_id)
    assert {a.scheme_code for a in made} >= {"DL-OAP", "PMJAY-70"}
    assert page.ticked() == []  # applied ones cannot be ticked again
    assert page.tree.items[("DL-OAP", 3)].text(VERDICT) == "Eligible, applied *"


def test_untick_and_only_chosen_are_applied(window: MainWindow, services: Services) -> None:
    family_id = register_widow_family(services)
    window.screen_family(family_id)
    page = window.screening
    first = page.ticked()[0]
    page.tree.set_ticks([(v.code, v.member_no) for v in page.ticked() if v is not first],
                        Qt.CheckState.Unchecked)
    page.apply_ticked()
    assert [a.scheme_code for a in services.eligibility.applications(family_id)] == [first.code]


def sc_pensioner_family(services: Services) -> str:
    """An SC family whose mother is 71: Rs 2,500 a month, no Rs 500 addition at 70+."""
    data = example_family()
    data["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                            "dob": TODAY.replace(year=TODAY.year - 71).isoformat(),
                            "marital_status": "married", "extra": {"gets_other_pension": False}})
    return services.registration.register(data).family_id


def oap_row(page: ScreeningPage) -> QTreeWidgetItem:
    return page.tree.items[("DL-OAP", 3)]


def test_unconfirmed_facts_are_shown_with_their_source(window: MainWindow,
                                                       services: Services) -> None:
    window.screen_family(sc_pensioner_family(services))
    page = window.screening
    r = oap_row(page)
    assert page.tree.verdict_of(r).status == "eligible"  # type: ignore[union-attr]
    assert r.text(AMOUNT) == "30,000 a year"  # 2,500 x 12, not 3,000 x 12
    assert r.text(VERDICT) == "Eligible *"
    tip = r.toolTip(VERDICT)
    assert "A raise to Rs 2,500 (60-69) and Rs 3,000 (70+) was announced" in tip
    assert "(source: News reports of November 2024 and May 2025" in tip
    assert page.doubts.isVisibleTo(page)
    lines = page.doubts.text().splitlines()
    assert any(line.startswith("* Delhi Old Age Pension: A raise to Rs 2,500")
               and line.endswith("checked 01/12/2026)") for line in lines), lines
    assert len(lines) == len(set(lines))  # each fact once, however many rows rest on it
    # A refusal on a confirmed criterion is not flagged: Kamla (45) is under 60.
    assert page.tree.items[("DL-OAP", 1)].text(VERDICT) == "Not eligible"
    assert page.total.text() == "Rs 30,000 a year if all eligible schemes are taken"


def test_unconfirmed_facts_are_shown_in_hindi(qtbot: QtBot, services: Services,
                                              answers: object) -> None:
    family_id = sc_pensioner_family(services)
    make_app()
    assert i18n.set_language("hi")
    try:
        win = MainWindow(services)
        qtbot.addWidget(win)
        win.screen_family(family_id)
        page = win.screening
        r = oap_row(page)
        assert r.text(VERDICT).endswith(" *")
        text = page.doubts.text()
        assert "* दिल्ली वृद्धावस्था पेंशन: मार्च 2025 के बजट में 2,500 रु" in text
        assert "(स्रोत: नवंबर 2024 और मई 2025 की समाचार रिपोर्टें" in text
        assert "जाँच 01/12/2026)" in text
        assert "source" not in text and "News" not in text
        win.registration._draft_timer.stop()
        win.close()
    finally:
        i18n.set_language("en")
