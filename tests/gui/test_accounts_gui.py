"""Login, the idle lock (form kept), switching operator, roles in the menus, the operators and
audit dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui.accounts_dialog import AccountsDialog, AddAccountDialog
from power_desktop.ui.audit_dialog import AuditDialog
from power_desktop.ui.login_dialog import LoginDialog
from power_desktop.ui.main_window import MainWindow

from ..helpers import PASSWORD, SUPERVISOR


def test_login_dialog_says_why_and_logs_in(qtbot: QtBot, services: Services) -> None:
    services.accounts.logout()
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.switch.isVisible()  # switching is for a locked screen only
    qtbot.keyClicks(dialog.name, SUPERVISOR)
    qtbot.keyClicks(dialog.password, "wrong password")
    dialog.ok.click()
    assert "Name or password is wrong" in dialog.error.text() and services.user is None
    assert dialog.password.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.ok.click()
    assert dialog.result() == 1 and services.user is not None and services.user.name == "Asha"


def test_idle_lock_keeps_the_form_and_unlocks(qtbot: QtBot, window: MainWindow,
                                              services: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    field = window.registration.household.first_field
    qtbot.keyClicks(field, "Gali 4")
    seen: list[tuple[bool, str]] = []

    def unlock(dialog: LoginDialog) -> int:
        seen.append((window.pages.isVisible(), dialog.name.text()))
        assert dialog.name.isReadOnly() and not dialog.switch.isHidden()
        dialog.password.setText("not it")
        dialog._login()
        assert "wrong" in dialog.error.text()
        dialog.reject()  # a locked screen does not close without the password
        assert dialog.result() == 0
        dialog.password.setText(PASSWORD)
        dialog._login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", unlock)
    window.idle.set_timeout(150)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(False, "Asha")]  # the work was hidden behind the lock
    assert window.pages.isVisible() and field.text() == "Gali 4"
    assert services.drafts.load("registration") is not None  # a power cut while locked: kept


def test_switch_operator_and_menus_follow_the_role(qtbot: QtBot, window: MainWindow,
                                                   services: Services,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    services.accounts.add("Ravi", "ravi-pass-1")
    assert all(a.isVisible() for a in window.supervisor_actions)

    def switch(dialog: LoginDialog) -> int:
        assert not dialog.name.isReadOnly()  # switching: anyone may log in
        dialog.name.setText("Ravi")
        dialog.password.setText("ravi-pass-1")
        dialog._login()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", switch)
    window.lock(switch=True)
    assert services.user is not None and services.user.name == "Ravi"
    assert "logged in: Ravi" in window.camp_label.text()
    assert not any(a.isVisible() for a in window.supervisor_actions)


def test_operators_dialog_adds_and_disables(qtbot: QtBot, services: Services,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: AddAccountDialog) -> int:
        dialog.name.setText("Ravi")
        dialog.password.setText("short")
        dialog.confirm.setText("short")
        dialog._run()
        assert "at least 8" in dialog.error.text()
        dialog.password.setText("ravi-pass-1")
        dialog.confirm.setText("ravi-pass-1")
        dialog._run()
        return dialog.result()

    monkeypatch.setattr(AddAccountDialog, "exec", fill)
    dialog = AccountsDialog(services)
    qtbot.addWidget(dialog)
    dialog._add()
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names == ["Asha", "Ravi"]
    dialog.table.selectRow(1)
    dialog._set_active(False)
    assert dialog.table.item(1, 2).text() == "disabled"


def test_audit_dialog_filters_and_exports(qtbot: QtBot, services: Services, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from ..helpers import example_family
    services.registration.register(example_family())
    dialog = AuditDialog(services)
    qtbot.addWidget(dialog)
    actions = [dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())]
    assert actions[0] == "Family registered" and "Camp set up" in actions
    dialog.action.setCurrentIndex(dialog.action.findData("family"))
    assert dialog.table.rowCount() == 1
    target = tmp_path / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.export()
    assert "family.register" in target.read_text(encoding="utf-8-sig")
    assert "Exported 1 entry" in dialog.status.text()
    # Details in words, not the stored keys and JSON (issue 14, item 14).
    dialog.action.setCurrentIndex(0)
    details = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    registered = next(dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())
                      if dialog.table.item(r, 3).text() == "Family registered")
    assert "members: 2" in registered and "{" not in registered
    assert any("first supervisor: yes" in d for d in details)
    assert not any("true" in d or "false" in d or "_" in d for d in details)


def test_add_an_operator_starts_in_the_name_field(qtbot: QtBot, services: Services) -> None:
    """Typing a name with a space never presses OK (issue 14, item 7)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = AddAccountDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(QApplication.focusWidget(), "Ravi Kumar")
    assert dialog.isVisible() and dialog.name.text() == "Ravi Kumar"
    for text in ("", "ravi-pass-1", "ravi-pass-1"):  # role stays Operator, then the passwords
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if text:
            qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == AddAccountDialog.DialogCode.Accepted, dialog.error.text()
    assert "Ravi Kumar" in [a.name for a in services.accounts.list()]


def test_the_login_screen_takes_typing_before_the_database_is_open(
        qtbot: QtBot, services: Services) -> None:
    """At start-up the login screen comes before the records are open; an Enter pressed
    meanwhile logs in as soon as they are (issue 14, start-up)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
    qtbot.keyClicks(dialog.name, SUPERVISOR)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Opening" in dialog.note.text()
    dialog.attach(services)
    qtbot.waitUntil(lambda: dialog.result() == LoginDialog.DialogCode.Accepted)
    assert dialog.user is not None and dialog.user.name == SUPERVISOR
    assert "camp" in dialog.heading.text()
