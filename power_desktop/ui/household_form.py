"""The household part of a registration: address, income, category, ration card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from power_desktop.core import validate as v
from power_desktop.core.codes import RATION_CATEGORIES, SOCIAL_CATEGORIES
from power_desktop.core.districts import districts_of

from .form_fields import CodeCombo, InlineChecker, KeyCombo, TriState, chain_tab_order, lay_out_grid


class HouseholdForm(QGroupBox):
    changed = Signal()

    def __init__(self, lang: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Household"))
        self.state = "DL"
        self.checker = InlineChecker(lang, self)
        self.line1 = QLineEdit()
        self.line1.setPlaceholderText(self.tr("house no., gali, block"))
        self.locality = QLineEdit()
        self.district = KeyCombo()
        self.pin = QLineEdit()
        self.pin.setMaxLength(6)
        self.mobile = QLineEdit()
        self.mobile.setMaxLength(16)
        self.income = QLineEdit()
        self.income.setPlaceholderText(self.tr("rupees a year"))
        self.category = CodeCombo(SOCIAL_CATEGORIES, blank="—")
        self.minority = TriState()
        self.years = QLineEdit()
        self.years.setMaxLength(3)
        self.ration_no = QLineEdit()
        self.ration_no.setMaxLength(30)
        self.ration_type = CodeCombo(RATION_CATEGORIES, blank="—")
        self.pin_warning = QLabel()
        self.pin_warning.setObjectName("warningText")
        self.set_state("DL")

        c = self.checker
        c.add("address.line1", self.line1, lambda t: v.name(t, 200))
        c.add("address.locality", self.locality, lambda t: v.name(t, 100))
        c.add("address.pin", self.pin, v.pin)
        c.add("mobile", self.mobile, v.mobile)
        c.add("annual_income", self.income, lambda t: v.whole_number(t, 100_000_000))
        c.add("years_in_state", self.years, lambda t: v.whole_number(t, v.MAX_AGE))
        self.pin.editingFinished.connect(self._pin_warning)

        rows: list[list[tuple[str, QWidget]]] = [
            [(self.tr("Address *"), self.line1), (self.tr("Locality / colony *"), self.locality),
             (self.tr("District *"), self.district), (self.tr("PIN code *"), self.pin)],
            [(self.tr("Family mobile"), self.mobile), (self.tr("Annual income (Rs)"), self.income),
             (self.tr("Social category"), self.category), (self.tr("Minority"), self.minority)],
            [(self.tr("Years in the state"), self.years),
             (self.tr("Ration card no."), self.ration_no),
             (self.tr("Ration card type"), self.ration_type)],
        ]
        grid = QGridLayout(self)
        lay_out_grid(grid, rows)
        grid.addWidget(self.pin_warning, 2, 6, 1, 2)
        order: list[QWidget] = [self.line1, self.locality, self.district, self.pin, self.mobile,
                                self.income, self.category, self.minority, self.years,
                                self.ration_no, self.ration_type]
        chain_tab_order(order, self.changed.emit)
        self.first_field = self.line1
        self.last_field: QWidget = self.ration_type

    def set_state(self, state: str, district: str | None = None) -> None:
        self.state = state
        self.district.clear()
        for d in sorted(districts_of(state), key=lambda d: d.name):
            self.district.addItem(f"{d.name} / {d.name_hi}", d.name)
        if district:
            index = self.district.findData(district)
            if index < 0:  # a pre-2026 district on an old record: shown as it was saved
                self.district.addItem(district, district)
                index = self.district.count() - 1
            self.district.setCurrentIndex(index)

    def _pin_warning(self) -> None:
        text = self.pin.text().strip()
        warn = bool(text) and self.state == "DL" and len(text) == 6 and not v.is_delhi_pin(text)
        self.pin_warning.setText(self.tr("Delhi PIN codes start with 110") if warn else "")

    def value(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "address": {"line1": self.line1.text(), "locality": self.locality.text(),
                        "district": self.district.currentData(), "state": self.state,
                        "pin": self.pin.text()},
            "mobile": self.mobile.text(), "annual_income": self.income.text(),
            "social_category": self.category.code(), "minority": self.minority.value(),
            "years_in_state": self.years.text(),
        }
        if self.ration_no.text().strip() or self.ration_type.code():
            data["ration_card"] = {"number": self.ration_no.text(),
                                   "category": self.ration_type.code()}
        return {k: val for k, val in data.items()
                if val is not None and not (isinstance(val, str) and not val.strip())}

    def set_value(self, data: dict[str, Any]) -> None:
        address = data.get("address") or {}
        self.line1.setText(address.get("line1", ""))
        self.locality.setText(address.get("locality", ""))
        self.set_state(address.get("state") or self.state, address.get("district"))
        self.pin.setText(address.get("pin", ""))
        self.mobile.setText(data.get("mobile") or "")
        income = data.get("annual_income")
        self.income.setText("" if income is None else str(income))
        self.category.set_code(data.get("social_category"))
        self.minority.set_value(data.get("minority"))
        years = data.get("years_in_state")
        self.years.setText("" if years is None else str(years))
        ration = data.get("ration_card") or {}
        self.ration_no.setText(ration.get("number") or "")
        self.ration_type.set_code(ration.get("category"))
        self._pin_warning()

    def has_input(self) -> bool:
        value = self.value()
        return bool(value.keys() - {"address"}) or any(
            str(x).strip() for k, x in value["address"].items() if k not in ("district", "state"))

    def clear(self, district: str | None = None) -> None:
        for w in (self.line1, self.locality, self.pin, self.mobile, self.income, self.years,
                  self.ration_no):
            w.clear()
        for combo in (self.category, self.ration_type):
            combo.setCurrentIndex(0)
        self.minority.set_value(None)
        if district:
            self.district.setCurrentIndex(max(0, self.district.findData(district)))
        self.checker.clear()
        self.pin_warning.setText("")
