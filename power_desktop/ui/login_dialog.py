"""Logging in: at start, to unlock an idle screen, and to switch operator.

The window behind stays as it was (a half-typed family included) while this is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from . import i18n

if TYPE_CHECKING:  # (importing the services loads the database library: see attach())
    from power_desktop.services import Services
    from power_desktop.services.results import User


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """`locked_user` set: the screen was locked; that person unlocks it, or someone else
    switches in. Unset: an ordinary login.

    At start-up it is shown before the database is open (`services` None), so the operator
    types while the records open; attach() hands it the services, and an Enter pressed before
    that logs in as soon as they come."""

    def __init__(self, services: Services | None, parent: QWidget | None = None,
                 locked_user: User | None = None, by_hand: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.locked_user = locked_user
        self.by_hand = by_hand  # locked with Ctrl+L, not after a time without use
        self.user: User | None = None
        self.setModal(True)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.language = QPushButton()
        self.language.setObjectName("languageButton")
        self.language.setAutoDefault(False)
        self.language.clicked.connect(self._other_language)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.password = password_field()
        if locked_user:
            self.name.setText(locked_user.name)
            self.name.setReadOnly(True)
        self.name_label, self.password_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        form.addRow(self.password_label, self.password)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.switch = QPushButton()
        self.switch.clicked.connect(self._switch)
        buttons.addButton(self.switch, QDialogButtonBox.ButtonRole.ActionRole)
        # Only a locked screen offers it; set after addButton, which shows the button.
        self.switch.setVisible(locked_user is not None)
        self.recover = QPushButton()
        self.recover.setFlat(True)
        self.recover.clicked.connect(self._recover)
        buttons.addButton(self.recover, QDialogButtonBox.ButtonRole.HelpRole)
        self.quit = None if locked_user else buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._switched = False
        self._waiting = False  # Enter pressed before the database was open
        self._retranslate()
        (self.password if locked_user else self.name).setFocus()

    def _retranslate(self) -> None:
        """Every text, in the language chosen now (at start, and when the button switches)."""
        locked = self.locked_user
        camp = self.services.camp.current() if self.services is not None else None
        self.setWindowTitle(self.tr("Screen locked") if locked else self.tr("Log in"))
        self.heading.setText(self.tr("PoWER Desktop · camp {0}").format(camp.label) if camp
                             else self.tr("PoWER Desktop"))
        other = "en" if i18n.current() == "hi" else "hi"
        self.language.setText(i18n.NAMES[other])
        self.language.setToolTip(self.tr("Show PoWER Desktop in {0}").format(i18n.NAMES[other]))
        if self._switched:
            self.note.setText(self.tr("Another operator logs in. The form on screen stays as "
                                      "it is; check it before saving."))
        elif locked and self.by_hand:
            self.note.setText(self.tr("The screen is locked. {0}, type your password to carry "
                                      "on; nothing typed was lost.").format(locked.name))
        elif self._waiting:
            self.note.setText(self.tr("Opening the camp's records..."))
        elif locked:
            self.note.setText(self.tr("The screen was locked after a time without use. {0}, "
                                      "type your password to carry on; nothing typed was "
                                      "lost.").format(locked.name))
        else:
            self.note.setText(self.tr("Type your name and password."))
        self.name_label.setText(self.tr("Name"))
        self.password_label.setText(self.tr("Password"))
        self.ok.setText(self.tr("Unlock") if locked and not self._switched else self.tr("Log in"))
        self.switch.setText(self.tr("Switch operator"))
        self.recover.setText(self.tr("Forgot the supervisor password?"))
        if self.quit is not None:
            self.quit.setText(self.tr("Quit"))
        self.error.clear()

    def _other_language(self) -> None:
        i18n.set_language("en" if i18n.current() == "hi" else "hi")
        self._retranslate()

    def reject(self) -> None:
        if self.locked_user is None:  # a locked screen cannot be closed without a password
            super().reject()

    def keyPressEvent(self, event: object) -> None:
        # Qt's namespace is first read here, not at start-up: reading it costs about 13 ms,
        # and the login screen is shown before any key is pressed (benchmarks/startup.py).
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeyEvent
        if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Escape \
                and self.locked_user is not None:
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def _switch(self) -> None:
        self.name.setReadOnly(False)
        self.name.clear()
        self.password.clear()
        self._switched = True
        self._retranslate()
        self.name.setFocus()

    def attach(self, services: Services) -> None:
        """The database is open: the camp's name and language; a waiting Enter logs in."""
        self.services = services
        waiting, self._waiting = self._waiting, False
        self._retranslate()
        if waiting:
            QTimer.singleShot(0, self._login)

    def _login(self) -> None:
        from power_desktop.services.errors import ServiceError
        name, password = self.name.text(), self.password.text()
        if not name.strip() or not password:
            self.error.setText(self.tr("Type your name and your password."))
            return
        if self.services is None:
            self._waiting = True
            self._retranslate()
            return
        try:
            self.user = self.services.accounts.login(name, password)
        except ServiceError as exc:
            self.error.setText(i18n.say(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _recover(self) -> None:
        from .accounts_dialog import RecoveryDialog
        if self.services is None:
            return
        dialog = RecoveryDialog(self.services, self)
        if dialog.exec() and dialog.user is not None:
            self.user = dialog.user
            self.accept()
