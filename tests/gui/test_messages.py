"""What the window says (issue 14, item 15): a success is not red like an error, counts read
"1 family" and "1 page" in both languages, Ctrl+L says the screen was locked by hand, an IFSC
is in capitals as typed, and the Hindi-name field refuses Latin letters, saying why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.login_dialog import LoginDialog
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.print_flow import PdfPreviewDialog

from ..helpers import example_family
from .keys import press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


def colour(label: QLabel) -> tuple[int, int, int]:
    c = label.palette().color(label.foregroundRole())
    return c.red(), c.green(), c.blue()


def test_a_member_added_is_said_in_green_and_a_problem_in_red(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    form = page.member_form
    form.name.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # nothing typed: a problem
    assert page.problems.text() and colour(page.problems) == (0xa0, 0, 0)
    type_text(qtbot, "Laxmi Devi")
    form.gender.setFocus()
    type_text(qtbot, "F")
    form.dob.setFocus()
    type_text(qtbot, "60")
    press(qtbot, Qt.Key.Key_Return)
    assert "added" in page.problems.text()
    red, green, _ = colour(page.problems)
    assert green > red, "a success shown in red"


def one_page_pdf(path: Path) -> Path:
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "one page")
    painter.end()
    return path


@pytest.mark.parametrize("lang, family, page", [("en", "1 family", "1 page"),
                                                ("hi", "1 परिवार", "1 पृष्ठ")])
def test_one_is_singular(qtbot: QtBot, window: MainWindow, services: Services,
                         tmp_path: Path, lang: str, family: str, page: str) -> None:
    services.registration.register(example_family(), confirm_warnings=True)
    window.switch_language(lang)
    window.families.refresh()
    assert window.families.count.text() == family
    dialog = PdfPreviewDialog(one_page_pdf(tmp_path / "one.pdf"), "t", lambda _: None, window)
    qtbot.addWidget(dialog)
    assert dialog.status.text() == page


def test_ctrl_l_says_the_screen_was_locked_by_hand(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    notes: list[str] = []

    def unlock(dialog: LoginDialog) -> int:
        notes.append(dialog.note.text())
        return 0

    monkeypatch.setattr(LoginDialog, "exec", unlock)
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert len(notes) == 1
    assert "without use" not in notes[0] and "is locked" in notes[0]


def test_ifsc_is_in_capitals_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    form = window.registration.member_form
    form.ifsc.setFocus()
    type_text(qtbot, "sbin0001234")
    assert form.ifsc.text() == "SBIN0001234"


def test_the_hindi_name_refuses_latin_letters_and_says_why(
        qtbot: QtBot, window: MainWindow) -> None:
    page = window.registration
    form = page.member_form
    form.name_hi.setFocus()
    type_text(qtbot, "Kamla")
    assert form.name_hi.text() == ""
    assert "Devanagari" in page.problems.text()
    type_text(qtbot, "कमला देवी")
    assert form.name_hi.text() == "कमला देवी"
    assert "Devanagari" not in page.problems.text()
