"""Camp set-up: the first thing on a new laptop, and the way to start the next camp."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.codes import STATES
from power_desktop.core.districts import districts_of
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.services.errors import ServiceError
from power_desktop.services.results import CampInfo

from . import i18n
from .form_fields import KeyCombo
from .keyboard import DateField
from .login_dialog import password_field


def own_device_code(server_code: str) -> str:
    """A device code for the laptop's own database, not the one it has on the server:
    L2 -> L2B (at most 6 characters, as device codes are)."""
    return (server_code[:5] + "B") if server_code else "L1B"


class CampSetupDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 first_run: bool = True, suggest: CampInfo | None = None) -> None:
        """`suggest`: the camp this laptop worked at on the camp server, when its own
        database is set up for the time the server is away (filled in, the device code
        one of its own)."""
        super().__init__(parent)
        self.services = services
        self.camp: CampInfo | None = None
        self.recovery_code: str | None = None
        self.first_account = not services.accounts.has_accounts()
        self.setWindowTitle(self.tr("Set up the camp") if first_run
                            else self.tr("Start a new camp"))
        intro = QLabel(self.tr(
            "Welcome to PoWER Desktop. Tell it which camp this laptop is working at. "
            "Each laptop at a camp needs its own device code (L1, L2, ...). You become this "
            "laptop's supervisor: you add the operators.") if self.first_account else self.tr(
            "Tell PoWER Desktop which camp this laptop is working at. Each laptop at a camp "
            "needs its own device code (L1, L2, ...).") if first_run else
            self.tr("Starting a new camp keeps every family registered at earlier camps. "
                    "Families registered from now on carry the new camp's code."))
        if suggest is not None:
            intro.setText(intro.text() + "\n\n" + self.tr(
                "This is this laptop's own database, for while the camp server is away. Give "
                "it a device code of its own (such as {0}), so that its family IDs are never "
                "the same as those made on the server; sync sends its families to the server "
                "when it is back.").format(own_device_code(suggest.device_code)))
        intro.setWordWrap(True)

        self.state = QComboBox()
        for code in STATES.values():
            self.state.addItem(f"{code.en} / {code.hi}", code.code)
        self.district = KeyCombo()  # "South" picks South, not South East
        self.state.currentIndexChanged.connect(self._fill_districts)
        self._fill_districts()
        self.camp_code = QLineEdit()
        self.camp_code.setPlaceholderText(self.tr("e.g. C07"))
        self.camp_code.setMaxLength(6)
        self.device_code = QLineEdit()
        self.device_code.setPlaceholderText(self.tr("e.g. L2"))
        self.device_code.setMaxLength(6)
        self.start = DateField(QDate.currentDate())
        self.operator = QLineEdit()
        self.operator.setPlaceholderText(self.tr("your name"))
        self.password = password_field()
        self.confirm = password_field()
        current = services.camp.current()
        if current is not None:
            self.district.setCurrentIndex(max(0, self.district.findData(current.district)))
            self.device_code.setText(current.device_code)
        elif suggest is not None:
            self.state.setCurrentIndex(max(0, self.state.findData(suggest.state)))
            self.district.setCurrentIndex(max(0, self.district.findData(suggest.district)))
            self.camp_code.setText(suggest.camp_code)
            self.device_code.setText(own_device_code(suggest.device_code))
            self.start.setDate(QDate(suggest.start_date.year, suggest.start_date.month,
                                     suggest.start_date.day))

        form = QFormLayout()
        form.addRow(self.tr("State (scheme pack)"), self.state)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Camp code"), self.camp_code)
        form.addRow(self.tr("Device code of this laptop"), self.device_code)
        form.addRow(self.tr("Camp date"), self.start)
        if self.first_account:
            form.addRow(self.tr("Supervisor name (you)"), self.operator)
            form.addRow(self.tr("Supervisor password"), self.password)
            form.addRow(self.tr("Password again"), self.confirm)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start camp"))
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        (self.operator if suggest is not None and self.first_account
         else self.camp_code).setFocus()

    def _fill_districts(self) -> None:
        self.district.clear()
        for d in sorted(districts_of(self.state.currentData() or "DL"), key=lambda d: d.name):
            self.district.addItem(f"{d.name} / {d.name_hi}", d.name)

    def _start(self) -> None:
        setup = CampSetup(
            state=self.state.currentData(), district=self.district.currentData(),
            camp_code=self.camp_code.text(), device_code=self.device_code.text(),
            operator_name=self.operator.text() if self.first_account else self.services.operator,
            start_date=self.start.date().toPython())
        try:
            if self.first_account and self.recovery_code is None:
                self.services.camp.check(setup)  # before the supervisor is made
                self.recovery_code = self.services.accounts.setup_first(
                    self.operator.text(), self.password.text(), self.confirm.text())
            self.camp = self.services.camp.setup(setup)
        except ServiceError as exc:
            self.error.setText(i18n.say(exc))
            return
        self.accept()
