"""The Entitlements page as an operator uses it: by keyboard (Tab leaves the verdicts, reaches
every question, screening again lands on the next question with the view at its top), grouped
by member with the schemes a member cannot get folded away, ticks that stay as the operator
left them, one-time benefits apart from the yearly total, typed names as plain text, and the
Hindi page whole at 1366x768."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.entitlements_tree import AMOUNT, VERDICT
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.start import make_app

from ..helpers import example_family
from .keys import focused, press


def family_of_five(services: Services, head: str = "Kamla Devi", copy_no: int = 0) -> str:
    """A widowed head, her daughter of 4, a widowed grandmother of 76, a grandfather of 67,
    the family's earner dead at 42 (NFBS: Rs 20,000 once)."""
    data = example_family(copy_no)
    data["members"][0]["name"] = head
    data["members"] += [
        {"name": "Savitri Devi", "relation": "mother", "gender": "F", "dob": "1950-05-01",
         "marital_status": "widowed", "extra": {"gets_other_pension": False}},
        {"name": "Ram Prasad", "relation": "father_in_law", "gender": "M",
         "dob": "1959-03-10", "marital_status": "married"},
        {"name": "Sunita Kumari", "relation": "daughter", "gender": "F", "age": 12,
         "marital_status": "never_married"}]
    data["extra"] = {"earner_died": True, "earner_age_at_death": 42}
    return services.registration.register(data, confirm_warnings=True,
                                          duplicate_decision="test: another family").family_id


def _screen(qtbot: QtBot, window: MainWindow, family_id: str) -> None:
    window.screen_family(family_id)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.screening.tree, timeout=3000)


def test_tab_leaves_the_verdicts_and_reaches_every_question(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _screen(qtbot, window, family_of_five(services))
    page = window.screening
    assert page.answer_widgets, "this family has questions to ask"
    answers = [w for _, w in page.answer_widgets.values()]
    reached = []
    for _ in range(len(answers) + 6):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(focused())
    assert reached[0] is answers[0]  # one Tab from the verdicts: the first question
    assert reached[: len(answers)] == answers
    assert reached[len(answers)] is page.save_answers
    assert reached[len(answers) + 1] is page.apply_button
    # Shift+Tab walks back out of the questions into the verdicts.
    page.tree.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Backtab)
    assert focused() is page.tree


def test_screening_again_lands_on_the_next_question_at_the_top(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _screen(qtbot, window, family_of_five(services))
    page = window.screening
    before = len(page.answer_widgets)
    first_key = next(iter(page.answer_widgets))
    press(qtbot, Qt.Key.Key_Tab)
    widget = page.answer_widgets[first_key][1]
    assert focused() is widget
    page.questions_scroll.verticalScrollBar().setValue(
        page.questions_scroll.verticalScrollBar().maximum())
    page.tree.verticalScrollBar().setValue(page.tree.verticalScrollBar().maximum())
    press(qtbot, Qt.Key.Key_Down)  # a combo's first choice below the blank: an answer
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "screened again" in page.message.text()
    assert len(page.answer_widgets) < before
    assert first_key not in page.answer_widgets
    assert focused() is next(iter(page.answer_widgets.values()))[1]
    assert page.tree.verticalScrollBar().value() == 0
    assert page.questions_scroll.verticalScrollBar().value() == 0


def test_grouped_by_member_with_what_cannot_be_had_folded(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _screen(qtbot, window, family_of_five(services))
    page = window.screening
    tree = page.tree
    assert tree.topLevelItemCount() == 6  # the family and five people
    seen = tree.visible_rows()
    assert all(v.status != "not_eligible" for v in seen)
    assert len(seen) < len(tree.rows) // 2
    # Ram Prasad (67, a man): no girl-child or maternity scheme in sight.
    ram = [v for v in seen if v.member_name == "Ram Prasad"]
    assert all(v.code not in ("DL-LBY", "PMMVY") for v in ram)
    assert ("DL-LBY", 4) in tree.items and tree.verdict_of(tree.items[("DL-LBY", 4)]).status \
        == "not_eligible"  # type: ignore[union-attr]
    # Each group names its member with the relation in words, never a code.
    labels = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "Ram Prasad (Father-in-law, 67 years)" in labels
    assert not any("_" in label for label in labels)
    # Enter on a fold opens it, and the refusals are there with their reasons.
    fold = tree.folds[4]
    tree.setCurrentItem(fold)
    press(qtbot, Qt.Key.Key_Return)
    assert fold.isExpanded()
    assert any(v.member_name == "Ram Prasad" and v.status == "not_eligible"
               for v in tree.visible_rows())


def test_an_untick_survives_apply_and_screening_again(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    family_id = family_of_five(services)
    _screen(qtbot, window, family_id)
    page = window.screening
    tree = page.tree
    keep_off = tree.items[("PMJAY-70", 3)]
    assert keep_off.checkState(0) == Qt.CheckState.Checked
    # By mouse: a click on the tick box of Ayushman Vay Vandana.
    qtbot.wait(20)  # the view's scroll range follows its layout
    tree.scrollToItem(keep_off)
    qtbot.wait(20)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(tree.indexFromItem(keep_off, 0))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                      tree)
    assert tree.viewport().rect().contains(box)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert keep_off.checkState(0) == Qt.CheckState.Unchecked
    # By keyboard: Space on the old-age pension row unticks it too, Space again ticks it.
    tree.setCurrentItem(tree.items[("DL-OAP", 3)])
    press(qtbot, Qt.Key.Key_Space)
    assert tree.items[("DL-OAP", 3)].checkState(0) == Qt.CheckState.Unchecked
    press(qtbot, Qt.Key.Key_Space)
    assert tree.items[("DL-OAP", 3)].checkState(0) == Qt.CheckState.Checked
    # Apply for one scheme only: untick all but NFBS, apply with Ctrl+P.
    others = [(v.code, v.member_no) for v in page.ticked() if v.code != "DL-NFBS"]
    tree.set_ticks(others, Qt.CheckState.Unchecked)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert [a.scheme_code for a in services.eligibility.applications(family_id)] == ["DL-NFBS"]
    # After Apply, what the operator unticked stays unticked.
    assert tree.items[("PMJAY-70", 3)].checkState(0) == Qt.CheckState.Unchecked
    assert all(tree.items[k].checkState(0) == Qt.CheckState.Unchecked for k in others)
    assert tree.items[("DL-NFBS", None)].text(VERDICT).startswith("Eligible, applied")
    # And after screening again.
    page.show_family(family_id)
    assert tree.items[("PMJAY-70", 3)].checkState(0) == Qt.CheckState.Unchecked
    # Another family starts with every eligible scheme ticked.
    other = family_of_five(services, head="Kamla Devi Two", copy_no=1)
    window.screen_family(other)
    assert tree.items[("PMJAY-70", 3)].checkState(0) == Qt.CheckState.Checked


def test_one_time_benefits_are_apart_from_the_yearly_total(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    family_id = family_of_five(services)
    _screen(qtbot, window, family_id)
    page = window.screening
    # Savitri 76: Rs 2,500 a month (one pension per person); NFBS Rs 20,000 once, not in it.
    assert page.total.text() == "Rs 30,000 a year if all eligible schemes are taken"
    assert page.once_total.isVisibleTo(page) and page.once_total.text() == "and Rs 20,000 once"
    assert page.tree.items[("DL-NFBS", None)].text(AMOUNT) == "20,000 once"
    assert page.tree.items[("DL-OAP", 3)].text(AMOUNT) == "30,000 a year"
    services.eligibility.apply(family_id, "DL-NFBS", None)
    services.eligibility.apply(family_id, "DL-OAP", 3)
    window.show_page(window.pages.indexOf(window.dashboard))
    numbers = window.dashboard.numbers
    assert numbers["annual_value_today"].text() == "30,000"
    assert numbers["once_value_today"].text() == "20,000"


def test_typed_names_are_plain_text_on_the_page(qtbot: QtBot, window: MainWindow,
                                                services: Services) -> None:
    _screen(qtbot, window, family_of_five(services, head="<b>Kamla</b> Devi"))
    page = window.screening
    shown = [label for label in page.findChildren(QLabel) if "<b>Kamla</b>" in label.text()]
    assert shown, "the head's name is shown"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    for label in page.findChildren(QLabel):
        assert "<b>" not in label.text() or label.textFormat() == Qt.TextFormat.PlainText, \
            label.text()
    assert any(label.text() == "<b>Kamla</b> Devi" for label in page.findChildren(QLabel))


@pytest.fixture
def hindi_window(qtbot: QtBot, services: Services, answers: object) -> Iterator[MainWindow]:
    make_app()
    assert i18n.set_language("hi")
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.registration._draft_timer.stop()
    win.close()
    i18n.set_language("en")


def test_hindi_page_whole_at_1366x768(qtbot: QtBot, hindi_window: MainWindow,
                                      services: Services) -> None:
    hindi_window.screen_family(family_of_five(services))
    page = hindi_window.screening
    qtbot.wait(50)
    header = page.tree.header()
    metrics = QFontMetrics(header.font())
    for column in range(page.tree.columnCount()):
        text = page.tree.headerItem().text(column)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(text) + 12, text
    assert page.tree.headerItem().text(0) != "Scheme (tick to apply)"  # in Hindi
    scroll = page.questions_scroll
    assert not scroll.horizontalScrollBar().isVisible()
    room = scroll.viewport().width()
    for _, widget in page.answer_widgets.values():
        assert widget.width() <= room, widget
    for label in scroll.widget().findChildren(QLabel):
        assert label.width() <= room and label.heightForWidth(label.width()) <= label.height() \
            + 1, label.text()
