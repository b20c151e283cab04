"""The search box: results as the operator types, Hindi included; a scanned ID opens the family."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui.main_window import MainWindow

from ..helpers import example_family
from .keys import focused, press, type_text


def test_search_as_you_type_and_scan(qtbot: QtBot, window: MainWindow,
                                     services: Services) -> None:
    family_id = services.registration.register(example_family()).family_id
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    page = window.families
    assert window.pages.currentWidget() is page and focused() is page.search
    type_text(qtbot, "कमला")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=2000)
    assert page.results.item(0, 0).text() == "Kamla Devi"
    assert page.results.item(0, 6).text() == "XXXX XXXX 2346"
    page.search.clear()
    assert page.stack.currentWidget() is page.view
    # A barcode scanner types the ID and presses Enter: the family opens for editing.
    type_text(qtbot, family_id.replace("-", ""))
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.registration
    assert family_id in window.registration.title.text()
