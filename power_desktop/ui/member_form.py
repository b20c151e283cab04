"""The form for one family member: Enter adds the member to the family's table."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from power_desktop.core import validate as v
from power_desktop.core.aadhaar_qr import AadhaarQr
from power_desktop.core.codes import (
    GENDERS,
    MARITAL_STATUSES,
    OCCUPATIONS,
    RELATIONS,
    SCHOOL_CLASSES,
)

from .aadhaar_scan import QrPanel, mark_from_qr
from .form_fields import (
    CodeCombo,
    InlineChecker,
    TriState,
    chain_tab_order,
    lay_out_grid,
    upper_case,
)


def split_dob_or_age(text: str) -> dict[str, Any]:
    """'34' is an age; '10/02/1981' is a date of birth. Returns the JSON key for it."""
    text = text.strip()
    if not text:
        return {}
    if re.fullmatch(r"\d{1,3}", text):
        return {"age": int(text)}
    try:
        return {"dob": v.parse_date(text).isoformat()}
    except v.Invalid:
        return {"dob": text}  # the parser will name the problem


class MemberForm(QGroupBox):
    submitted = Signal()
    changed = Signal()

    def __init__(self, lang: Callable[[], str], today: Callable[[], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Member"))
        self._today = today
        self.member_no: int | None = None
        self.stored_aadhaar: str | None = None  # masked, when editing a saved member
        # (age shown, estimated DOB saved) when editing a member whose DOB was estimated, so
        # that saving again does not move the estimate
        self._estimated: tuple[str, str] | None = None
        self.checker = InlineChecker(lang, self)
        # The Aadhaar QR scanned for this member: decoded, and the digits (saved with the
        # member, so the service checks the code again); the fields it filled.
        self.qr: AadhaarQr | None = None
        self.qr_digits: str | None = None
        self.kept_photo = False  # a saved member's photo from an earlier scan is shown
        self.from_qr: list[QWidget] = []
        self.qr_panel = QrPanel()

        self.name = QLineEdit()
        self.name_hi = QLineEdit()
        self.name_hi.setPlaceholderText(self.tr("in Devanagari"))
        # Latin letters are refused as they are typed, saying why (a keyboard left in English).
        self.name_hi.setValidator(QRegularExpressionValidator(QRegularExpression("[^A-Za-z]*"),
                                                              self.name_hi))
        self.name_hi.inputRejected.connect(lambda: self.checker.mark("name_hi", self.tr(
            "Name in Hindi: type it in Devanagari (switch the keyboard to Hindi), or leave it "
            "empty.")))
        self.name_hi.textEdited.connect(lambda _t: self.checker.mark("name_hi", None))
        self.relation = CodeCombo(RELATIONS, blank="—")
        self.gender = CodeCombo(GENDERS, blank="—")
        self.dob = QLineEdit()
        self.dob.setPlaceholderText(self.tr("DD/MM/YYYY, age"))
        self.dob_hint = QLabel()
        self.dob_hint.setObjectName("hintText")
        self.father = QLineEdit()
        self.marital = CodeCombo(MARITAL_STATUSES, blank="—")
        self.aadhaar = QLineEdit()
        self.aadhaar.setPlaceholderText("XXXX XXXX XXXX")
        self.aadhaar.setMaxLength(14)
        self.mobile = QLineEdit()
        self.mobile.setMaxLength(16)
        self.occupation = CodeCombo(OCCUPATIONS, blank="—")
        self.days = QLineEdit()
        self.days.setMaxLength(3)
        self.days.setPlaceholderText(self.tr("last 12 months"))
        self.disability = QLineEdit()
        self.disability.setMaxLength(3)
        self.disability.setPlaceholderText("0-100")
        self.school = CodeCombo(SCHOOL_CLASSES, blank="—")
        self.tax = TriState()
        self.pregnant = TriState()
        self.lactating = TriState()
        self.delivery = QLineEdit()
        self.delivery.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.ifsc = QLineEdit()
        self.ifsc.setMaxLength(11)
        upper_case(self.ifsc)
        self.account = QLineEdit()
        self.account.setMaxLength(18)
        self.add_button = QPushButton(self.tr("Add member (Enter)"))
        self.add_button.clicked.connect(self.submitted)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)

        c = self.checker
        c.add("name", self.name, v.name)
        c.add("dob", self.dob, self._check_dob)
        c.add("aadhaar", self.aadhaar, self._check_aadhaar)
        c.add("mobile", self.mobile, v.mobile)
        c.add("construction_days_last_year", self.days, lambda t: v.whole_number(t, 366))
        c.add("disability_percent", self.disability, lambda t: v.whole_number(t, 100))
        c.add("delivery_date", self.delivery, v.parse_date)
        c.add("bank.ifsc", self.ifsc, v.ifsc)
        c.add("bank.account", self.account, v.bank_account)
        self.dob.textChanged.connect(self._show_dob_hint)

        rows: list[list[tuple[str, QWidget]]] = [
            [(self.tr("Name *"), self.name), (self.tr("Name in Hindi"), self.name_hi),
             (self.tr("Relation *"), self.relation), (self.tr("Gender *"), self.gender)],
            [(self.tr("Birth date / age *"), self.dob),
             (self.tr("Father / husband"), self.father),
             (self.tr("Marital status"), self.marital), (self.tr("Occupation"), self.occupation)],
            [(self.tr("Aadhaar"), self.aadhaar), (self.tr("Mobile"), self.mobile),
             (self.tr("Building-work days"), self.days),
             (self.tr("Disability %"), self.disability)],
            [(self.tr("School class"), self.school), (self.tr("Pays income tax"), self.tax),
             (self.tr("Pregnant"), self.pregnant), (self.tr("Breastfeeding"), self.lactating)],
            [(self.tr("Delivery date"), self.delivery), (self.tr("Bank IFSC"), self.ifsc),
             (self.tr("Bank account no."), self.account)],
        ]
        grid = QGridLayout(self)
        lay_out_grid(grid, rows)
        grid.addWidget(self.dob_hint, 5, 1, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.add_button)
        grid.addLayout(buttons, 4, 6, 1, 2)
        grid.addWidget(self.qr_panel, 0, 8, 7, 1)
        grid.setRowStretch(6, 1)  # the panel's height is taken below the fields

        order: list[QWidget] = [self.name, self.name_hi, self.relation, self.gender, self.dob,
                                self.father, self.marital, self.occupation, self.aadhaar,
                                self.mobile, self.days, self.disability, self.school, self.tax,
                                self.pregnant, self.lactating, self.delivery, self.ifsc,
                                self.account, self.add_button]
        chain_tab_order(order, self.changed.emit)

    # --- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    # --- the Aadhaar QR -------------------------------------------------------------------------
    def _check_aadhaar(self, text: str) -> str:
        digits = v.aadhaar(text)
        if self.qr is not None and digits[-4:] != self.qr.reference_last4:
            raise v.Invalid("aadhaar_qr_mismatch", typed=digits[-4:],
                            qr=self.qr.reference_last4)
        return digits

    def set_qr(self, qr: AadhaarQr | None, digits: str | None,
               filled: list[QWidget] | None = None) -> None:
        """The code this member was filled from (None: none); re-checks a typed number."""
        mark_from_qr(self.from_qr, False)
        self.qr, self.qr_digits = qr, digits
        self.from_qr = list(filled or [])
        mark_from_qr(self.from_qr, True)
        if self.aadhaar.text().strip():
            self.checker.check("aadhaar")

    # --- date of birth or age ----------------------------------------------------------------
    def _check_dob(self, text: str) -> object:
        part = split_dob_or_age(text)
        if "age" in part:
            return v.whole_number(part["age"], v.MAX_AGE)
        return v.date_of_birth(part.get("dob", text), self._today())

    def _show_dob_hint(self, text: str) -> None:
        part = split_dob_or_age(text)
        if "age" in part and part["age"] <= v.MAX_AGE:
            born = v.estimated_dob(part["age"], self._today())
            self.dob_hint.setText(self.tr("age {0}: born about {1} (estimated)").format(
                part["age"], born.strftime("%d/%m/%Y")))
        elif "dob" in part:
            try:
                age = v.age_on(v.date_of_birth(part["dob"], self._today()), self._today())
                self.dob_hint.setText(self.tr("age {0}").format(age))
            except v.Invalid:
                self.dob_hint.setText("")
        else:
            self.dob_hint.setText("")

    # --- value ----------------------------------------------------------------------------------
    def value(self) -> dict[str, Any]:
        """The member in the family JSON format (only what was filled in)."""
        data: dict[str, Any] = {
            "name": self.name.text(), "name_hi": self.name_hi.text(),
            "relation": self.relation.code(), "gender": self.gender.code(),
            "father_or_husband_name": self.father.text(),
            "marital_status": self.marital.code(), "aadhaar": self.aadhaar.text(),
            "mobile": self.mobile.text(), "occupation": self.occupation.code(),
            "construction_days_last_year": self.days.text(),
            "disability_percent": self.disability.text(), "school_class": self.school.code(),
            "income_tax_payer": self.tax.value(), "pregnant": self.pregnant.value(),
            "lactating": self.lactating.value(), "delivery_date": self.delivery.text(),
            **split_dob_or_age(self.dob.text()),
        }
        if self._estimated and self.dob.text().strip() == self._estimated[0]:
            data.pop("age", None)
            data.update(dob=self._estimated[1], dob_estimated=True)
        bank = {"ifsc": self.ifsc.text(), "account": self.account.text()}
        if any(x.strip() for x in bank.values()):
            data["bank"] = bank
        data = {k: val for k, val in data.items()
                if val is not None and not (isinstance(val, str) and not val.strip())}
        if self.member_no is not None:
            data["member_no"] = self.member_no
        if self.qr_digits:
            data["aadhaar_qr"] = self.qr_digits
            data["photo_consent"] = self.qr_panel.consent.isChecked()
        elif self.kept_photo and not self.qr_panel.consent.isChecked():
            data["photo_consent"] = False  # consent withdrawn: the kept photo goes
        if self.stored_aadhaar and "aadhaar" not in data:
            data["_aadhaar_masked"] = self.stored_aadhaar
        return data

    def has_input(self) -> bool:
        value = self.value()
        return any(k not in ("relation", "member_no", "photo_consent") for k in value)

    def set_value(self, data: dict[str, Any]) -> None:
        self.clear()
        self.member_no = data.get("member_no")
        self.stored_aadhaar = data.get("_aadhaar_masked")
        self.name.setText(data.get("name", ""))
        self.name_hi.setText(data.get("name_hi", ""))
        self.relation.set_code(data.get("relation"))
        self.gender.set_code(data.get("gender"))
        if "dob" in data and data.get("dob_estimated"):
            age = str(v.age_on(v.parse_date(data["dob"]), self._today()))
            self._estimated = (age, data["dob"])
            self.dob.setText(age)
        elif "dob" in data:
            born = data["dob"]
            with contextlib.suppress(v.Invalid):
                born = v.parse_date(born).strftime("%d/%m/%Y")
            self.dob.setText(born)
        elif "age" in data:
            self.dob.setText(str(data["age"]))
        self.father.setText(data.get("father_or_husband_name", ""))
        self.marital.set_code(data.get("marital_status"))
        self.aadhaar.setText(data.get("aadhaar", ""))
        if self.stored_aadhaar:
            self.aadhaar.setPlaceholderText(
                self.tr("{0} saved; type to replace").format(self.stored_aadhaar))
        self.mobile.setText(data.get("mobile", ""))
        self.occupation.set_code(data.get("occupation"))
        self.days.setText(str(data.get("construction_days_last_year", "")))
        self.disability.setText(str(data.get("disability_percent", "")))
        self.school.set_code(data.get("school_class"))
        self.tax.set_value(data.get("income_tax_payer"))
        self.pregnant.set_value(data.get("pregnant"))
        self.lactating.set_value(data.get("lactating"))
        delivery = data.get("delivery_date", "")
        if delivery:
            with contextlib.suppress(v.Invalid):
                delivery = v.parse_date(delivery).strftime("%d/%m/%Y")
        self.delivery.setText(delivery)
        bank = data.get("bank") or {}
        self.ifsc.setText(bank.get("ifsc", ""))
        self.account.setText(bank.get("account", ""))
        self.add_button.setText(self.tr("Update member (Enter)") if data
                                else self.tr("Add member (Enter)"))

    def clear(self) -> None:
        for w in (self.name, self.name_hi, self.dob, self.father, self.aadhaar, self.mobile,
                  self.days, self.disability, self.delivery, self.ifsc, self.account):
            w.clear()
        for combo in (self.relation, self.gender, self.marital, self.occupation, self.school):
            combo.setCurrentIndex(0)
        for tri in (self.tax, self.pregnant, self.lactating):
            tri.set_value(None)
        self.member_no = None
        self.stored_aadhaar = None
        self._estimated = None
        self.aadhaar.setPlaceholderText("XXXX XXXX XXXX")
        self.add_button.setText(self.tr("Add member (Enter)"))
        self.set_qr(None, None)
        self.kept_photo = False
        self.qr_panel.clear()
        self.checker.clear()
        self.dob_hint.setText("")
