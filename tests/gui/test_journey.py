"""A camp operator's first day, start to end, through the real window and its real dialogs
(issue 14, "Tests and figures"): first start, a supervisor adds an operator, the operator logs
in, registers a family of five by keyboard alone, answers a question, applies, prints to PDF,
finds the family, switches the language by mouse and by keyboard, and quits. No error dialog,
no exception, no crash on the way."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.accounts_dialog import AccountsDialog, AddAccountDialog, RecoveryCodeDialog
from power_desktop.ui.form_fields import TriState
from power_desktop.ui.login_dialog import LoginDialog
from power_desktop.ui.print_flow import PdfPreviewDialog
from power_desktop.ui.setup_dialog import CampSetupDialog

from ..helpers import FixedClock
from .conftest import Answers
from .keys import focused, press, tab, type_text
from .test_language_click import click_language
from .test_registration_page import type_household, type_member

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


FAILED: list[BaseException] = []


def quit_actions(window: QWidget) -> list[str]:
    """Each action of the window that answers Ctrl+Q, and where it is shown: two enabled ones
    on screen make the key ambiguous, and then neither is triggered."""
    keys = QKeySequence("Ctrl+Q")
    def shown(action: QAction) -> list[tuple[str, bool]]:
        return [(type(o).__name__, o.isVisible()) for o in action.associatedObjects()
                if isinstance(o, QWidget)]
    return [f"{action.text()!r} enabled {action.isEnabled()} on {shown(action)}"
            for action in window.findChildren(QAction) if keys in action.shortcuts()]


def when_shown(kind: type, act: Callable[[Any], None]) -> None:
    """Once a dialog of `kind` is on screen (its exec() running), do `act` to it. A failure
    closes the dialog (so that the test ends rather than waits) and is raised afterwards."""
    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)
                 and w.isVisible()]
        if not shown:
            QTimer.singleShot(20, poll)
            return
        if not shown[-1].isActiveWindow():  # as a window manager activates a new window
            shown[-1].activateWindow()
            QTimer.singleShot(20, poll)
            return
        try:
            act(shown[-1])
        except BaseException as exc:
            FAILED.append(exc)
            for dialog in QApplication.topLevelWidgets():
                if isinstance(dialog, QDialog) and dialog.isVisible():
                    dialog.reject()
    QTimer.singleShot(0, poll)


def check(qtbot: QtBot, window: QWidget | None = None) -> None:
    """A dialog's failure raised here; the window active again, as the window manager
    makes it once its dialog closes."""
    if FAILED:
        raise FAILED.pop()
    if window is not None:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def click(widget: QWidget) -> None:
    x = 8 if isinstance(widget, QCheckBox) else widget.width() // 2  # a box is at its left
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, widget.height() // 2))


def keys(qtbot: QtBot, *steps: str) -> None:
    """Type each step into the focused field, Tab between them, Enter at the end."""
    for i, text in enumerate(steps):
        if i:
            tab(qtbot)
        if text:
            type_text(qtbot, text)
    press(qtbot, Qt.Key.Key_Return)


def test_an_operators_first_day(qtbot: QtBot, tmp_path: Path, answers: Answers,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from power_desktop.ui import start
    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: errors.append(value))
    start.make_app()
    services = Services.open(Paths(tmp_path / "camp"), clock=FixedClock())

    # First start: the camp and its supervisor, then the recovery code is written down.
    def set_up(dialog: CampSetupDialog) -> None:
        dialog.camp_code.setText("C09")
        dialog.device_code.setText("L1")
        dialog.operator.setText("Meena")
        dialog.password.setText("meena-pass-1")
        dialog.confirm.setText("meena-pass-1")
        def written_down(code: RecoveryCodeDialog) -> None:
            click(code.written)
            assert code.ok.isEnabled()
            click(code.ok)
        when_shown(RecoveryCodeDialog, written_down)
        click(next(b for b in dialog.findChildren(QPushButton) if b.text() == "Start camp"))

    when_shown(CampSetupDialog, set_up)
    window = start.open_window(services)
    check(qtbot)
    assert window is not None
    qtbot.addWidget(window)
    check(qtbot, window)
    assert services.user is not None and services.user.name == "Meena"

    # The supervisor adds an operator: the dialog opens in the name field, keyboard only.
    def add(dialog: AccountsDialog) -> None:
        def fill(new: AddAccountDialog) -> None:
            assert focused() is new.name
            keys(qtbot, "Ravi Kumar", "", "ravi-pass-1", "ravi-pass-1")
            QTimer.singleShot(0, dialog.reject)
        when_shown(AddAccountDialog, fill)
        click(next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add..."))

    when_shown(AccountsDialog, add)
    window.manage_operators()
    check(qtbot, window)
    assert "Ravi Kumar" in [a.name for a in services.accounts.list()]

    # The operator logs in (Operator > Switch operator).
    def log_in(dialog: LoginDialog) -> None:
        assert focused() is dialog.name
        keys(qtbot, "Ravi Kumar", "ravi-pass-1")

    when_shown(LoginDialog, log_in)
    switch = next(a for m in window.menuBar().actions() if m.menu() is not None
                  for a in m.menu().actions() if a.text() == "&Switch operator...")
    switch.trigger()
    check(qtbot, window)
    assert services.user is not None and services.user.name == "Ravi Kumar"
    assert not services.user.is_supervisor

    # A family of five, by keyboard alone.
    press(qtbot, Qt.Key.Key_F2)
    page = window.registration
    assert focused() is page.household.line1
    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981", hindi="कमला देवी",
                aadhaar="2341 2341 2346")
    type_member(qtbot, "Ramesh Kumar", "So", "M", "20")
    type_member(qtbot, "Pooja Kumari", "D", "F", "4")
    type_member(qtbot, "Savitri Devi", "Mo", "F", "70", hindi="सावित्री देवी")
    type_member(qtbot, "Sonu", "So", "M", "12")
    assert len(page.members) == 5, page.problems.text()
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert services.registration.count() == 1, page.problems.text()
    screening = window.screening
    assert window.pages.currentWidget() is screening
    family_id = screening.family_id
    assert family_id

    # A question answered, the family screened again, the eligible schemes applied for.
    widget = next(w for _, w in screening.answer_widgets.values() if isinstance(w, TriState))
    widget.setFocus()
    type_text(qtbot, "No")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert "screened again" in screening.message.text()
    assert screening.ticked()
    if QApplication.focusWidget() is None:  # focus after screening again: item 5, elsewhere
        screening.table.setFocus()
    press(qtbot, Qt.Key.Key_P, CTRL)
    made = services.eligibility.applications(family_id)
    assert made

    # The forms printed to a PDF file, from the preview's Save as PDF.
    pdf = tmp_path / "forms.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(pdf), "PDF files (*.pdf)"))
    when_shown(PdfPreviewDialog, lambda preview: click(preview.save_button))
    press(qtbot, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: pdf.exists() or bool(FAILED), timeout=60000)
    check(qtbot, window)
    assert pdf.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: not services.printing.queue(("created",), family_id=family_id),
                    timeout=10000)

    # Found again by name.
    check(qtbot, window)
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.families.search
    type_text(qtbot, "Savitri")
    qtbot.waitUntil(lambda: any(h.family_id == family_id for h in window.families.hits),
                    timeout=10000)

    # The language by mouse, then back by keyboard (Alt, the menu bar, Enter).
    click_language(qtbot, window)
    qtbot.waitUntil(lambda: window.lang == "hi")
    assert window.findChild(QLabel, "pageTitle") is not None
    QTest.mouseMove(window.pages)  # the pointer leaves the menu bar
    bar = window.menuBar()
    qtbot.waitUntil(lambda: bar.activeAction() is None, timeout=2000)
    qtbot.keyClick(focused(), Qt.Key.Key_Alt)  # the menu bar takes the keyboard
    qtbot.waitUntil(bar.hasFocus, timeout=2000)
    qtbot.keyClick(bar, Qt.Key.Key_Left)  # from the first menu round to the last: English
    assert bar.activeAction() is window.language_action
    qtbot.keyClick(bar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lang == "en")
    assert window.pages.currentWidget() is window.families  # Enter chose the menu item only

    # Quit: nothing typed, so nothing asked; no error on the way out.
    asked = len(answers.asked)
    # The window's shortcuts answer while it is the active window; other tests' windows in
    # this test process may have been activated since (seen under pytest-xdist only).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    press(qtbot, Qt.Key.Key_Q, CTRL)
    # Closed within a moment (a loaded machine may take one); if not, why not: a question
    # asked, a page left dirty, or the key gone to something other than the window.
    try:
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    except Exception:
        raise AssertionError(
            f"Ctrl+Q left the window open: asked {answers.asked[asked:]}, registration dirty "
            f"{window.registration.is_dirty()}, focus {QApplication.focusWidget()!r}, popup "
            f"{QApplication.activePopupWidget()!r}, modal {QApplication.activeModalWidget()!r}, "
            f"active window {QApplication.activeWindow()!r} (this window: "
            f"{QApplication.activeWindow() is window}), Ctrl+Q actions {quit_actions(window)}"
        ) from None
    app = QApplication.instance()
    assert app is not None
    app.aboutToQuit.emit()
    qtbot.wait(50)
    assert len(answers.asked) == asked
    assert errors == []
    services.close()
