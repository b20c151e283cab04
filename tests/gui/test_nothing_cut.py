"""Every page at 1366x768, in English and in Hindi, with a family's data on it: no button,
one-line label, placeholder or column heading shown cut short (what the screenshots in
docs/screenshots were looked at for, kept by a test)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.start import make_app

from ..helpers import example_family


def _cut(page: QWidget) -> list[str]:
    found = []
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page) and button.width() < button.sizeHint().width():
            found.append(f"button {button.text()!r}: {button.width()} < "
                         f"{button.sizeHint().width()}")
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and not label.wordWrap() and label.text() \
                and "\n" not in label.text() and label.width() < label.sizeHint().width() - 1:
            found.append(f"label {label.text()!r}: {label.width()} < "
                         f"{label.sizeHint().width()}")
    for edit in page.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if edit.isVisibleTo(page) and hint and \
                edit.fontMetrics().horizontalAdvance(hint) > edit.width() - 10:
            found.append(f"placeholder {hint!r}: {edit.width()}")
    for view in page.findChildren(QAbstractItemView):
        if not view.isVisibleTo(page) or not isinstance(view, QTableView | QTreeView):
            continue
        header: QHeaderView = view.horizontalHeader() if isinstance(view, QTableView) \
            else view.header()
        model = view.model()
        if model is None or header.isHidden():
            continue
        metrics = header.fontMetrics()
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            text = str(model.headerData(column, header.orientation()) or "")
            need = metrics.horizontalAdvance(text) + 2
            if header.sectionSize(column) < need:
                found.append(f"heading {text!r}: {header.sectionSize(column)} < {need}")
            if not isinstance(view, QTableView):
                continue  # the entitlements tree wraps its rows (its own test)
            for row in range(min(model.rowCount(), 30)):
                cell = str(model.index(row, column).data() or "")
                if view.fontMetrics().horizontalAdvance(cell) + 3 > header.sectionSize(column) \
                        and view.rowHeight(row) < 2 * view.fontMetrics().height():
                    found.append(f"cell {cell!r} under {text!r}: {header.sectionSize(column)}")
    return found


@pytest.fixture(params=["en", "hi"])
def full_window(request: pytest.FixtureRequest, qtbot: QtBot, services: Services,
                answers: object) -> Iterator[MainWindow]:
    make_app()
    assert i18n.set_language(request.param)
    family = example_family()
    family["members"] += [
        {"name": "Savitri Devi", "relation": "mother", "gender": "F", "dob": "1950-05-01",
         "marital_status": "widowed", "extra": {"gets_other_pension": False}},
        {"name": "Ram Prasad", "relation": "father_in_law", "gender": "M", "dob": "1959-03-10",
         "marital_status": "married"}]
    family["extra"] = {"earner_died": True, "earner_age_at_death": 42}
    done = services.registration.register(family, confirm_warnings=True)
    services.eligibility.apply(done.family_id, "DL-NFBS", None)
    services.eligibility.apply(done.family_id, "DL-OAP", 3)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1366, 740)  # 768 less the taskbar and title bar
    win.show()
    qtbot.waitExposed(win)
    win.screen_family(done.family_id)
    yield win
    win.registration._draft_timer.stop()
    win.close()
    i18n.set_language("en")


def test_no_page_shows_anything_cut(qtbot: QtBot, full_window: MainWindow) -> None:
    problems = {}
    for index in range(full_window.pages.count()):
        full_window.show_page(index)
        qtbot.wait(30)
        page = full_window.pages.currentWidget()
        cut = _cut(page)
        if cut:
            problems[type(page).__name__] = cut
    assert not problems, problems
