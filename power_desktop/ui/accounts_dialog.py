"""Accounts in the window: operators (supervisors), passwords, the recovery code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.localtime import shown
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.results import User

from . import i18n
from .form_fields import KeyCombo
from .login_dialog import password_field
from .plain_text import plain_box
from .tables import record_table


class FormDialog(QDialog):
    """A small form whose OK runs `action`; a refusal is shown under the form, the dialog
    stays open and nothing typed is lost."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.action: Callable[[], None] = lambda: None

    def showEvent(self, event: QShowEvent) -> None:
        """The cursor starts in the first field: typing a name must never press OK."""
        super().showEvent(event)
        first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        widget = first.widget() if first is not None else None
        if widget is not None and not getattr(self, "_focused_once", False):
            self._focused_once = True
            widget.setFocus()

    def _run(self) -> None:
        try:
            self.action()
        except ServiceError as exc:
            self.error.setText(i18n.say(exc))
            return
        self.accept()


class AddAccountDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add an operator"), self.tr(
            "The new operator logs in with this name and password. Tell them the password "
            "in person; they can change it from the Operator menu."), parent)
        self.name, self.role = QLineEdit(), KeyCombo()
        self.role.addItem(self.tr("Operator"), "operator")
        self.role.addItem(self.tr("Supervisor"), "supervisor")
        self.password, self.confirm = password_field(), password_field()
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Role"), self.role)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow(self.tr("Password again"), self.confirm)
        self.action = lambda: services.accounts.add(
            self.name.text(), self.password.text(), self.role.currentData(), self.confirm.text())


class SetPasswordDialog(FormDialog):
    """A supervisor resets someone's password, or anyone changes their own (`name` None)."""

    def __init__(self, services: Services, name: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New password for {0}").format(name) if name
                         else self.tr("Change my password"), "", parent)
        self.old = password_field()
        self.password, self.confirm = password_field(), password_field()
        if name is None:
            self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("New password again"), self.confirm)
        if name is None:
            self.action = lambda: services.accounts.change_own_password(
                self.old.text(), self.password.text(), self.confirm.text())
        else:
            self.action = lambda: services.accounts.reset_password(
                name, self.password.text(), self.confirm.text())


class RecoveryDialog(FormDialog):
    """Every supervisor password forgotten: the recovery code written down at set-up."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Use the recovery code"), self.tr(
            "Type the recovery code from the paper kept at set-up, the supervisor's name, and "
            "a new password for them."), parent)
        self.user: User | None = None
        self.code, self.name = QLineEdit(), QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.password, self.confirm = password_field(), password_field()
        self.form.addRow(self.tr("Recovery code"), self.code)
        self.form.addRow(self.tr("Supervisor name"), self.name)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("New password again"), self.confirm)

        def recover() -> None:
            self.user = services.accounts.recover(self.code.text(), self.name.text(),
                                                  self.password.text(), self.confirm.text())
        self.action = recover


class RecoveryCodeDialog(QDialog):
    """Shows a new recovery code once; it closes only after the supervisor says it is
    written down."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Write down the recovery code"))
        intro = QLabel(self.tr(
            "If every supervisor password is forgotten, this code is the only way back to the "
            "Aadhaar numbers on this laptop. Write it on paper now and keep it locked away, "
            "not with the laptop. It will not be shown again."))
        intro.setWordWrap(True)
        shown = QLabel(code)
        shown.setObjectName("recoveryCode")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        shown.setFont(font)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.written = QCheckBox(self.tr("I have written the code down"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.written.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (intro, shown, self.written, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def reject(self) -> None:
        if self.written.isChecked():
            super().reject()


class AccountsDialog(QDialog):
    """Supervisors: who may use this laptop; add, disable, enable, reset a password."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Operators"))
        self.table = record_table(
            [self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Last login")])
        row = QHBoxLayout()
        for text, slot in ((self.tr("&Add..."), self._add),
                           (self.tr("&Disable"), lambda: self._set_active(False)),
                           (self.tr("&Enable"), lambda: self._set_active(True)),
                           (self.tr("&Reset password..."), self._reset),
                           (self.tr("New recovery &code..."), self._new_code)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        accounts = self.services.accounts.list()
        now = self.services.clock.now()
        self.table.setRowCount(len(accounts))
        for i, a in enumerate(accounts):
            state = self.tr("active") if a.active else self.tr("disabled")
            if a.active and a.locked_until and a.locked_until > now:
                state = self.tr("locked (wrong passwords)")
            last = shown(a.last_login_at)
            role = self.tr("Supervisor") if a.role == "supervisor" else self.tr("Operator")
            for col, text in enumerate((a.name, role, state, last)):
                self.table.setItem(i, col, QTableWidgetItem(text))

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Operators"),
                                    self.tr("Choose a person in the list first."))
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item else None

    def _add(self) -> None:
        if AddAccountDialog(self.services, self).exec():
            self.refresh()

    def _set_active(self, active: bool) -> None:
        name = self.selected()
        if name is None:
            return
        try:
            self.services.accounts.set_active(name, active)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Operators"), plain_box(i18n.say(exc)))
        self.refresh()

    def _reset(self) -> None:
        name = self.selected()
        if name is not None and SetPasswordDialog(self.services, name, self).exec():
            self.refresh()

    def _new_code(self) -> None:
        answer = QMessageBox.question(self, self.tr("New recovery code"), self.tr(
            "Make a new recovery code? The old paper copy stops working."))
        if answer == QMessageBox.StandardButton.Yes:
            RecoveryCodeDialog(self.services.accounts.new_recovery_code(), self).exec()
