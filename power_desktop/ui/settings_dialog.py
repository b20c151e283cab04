"""Settings a supervisor changes for this laptop."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from power_desktop.services import Services

from .accounts_dialog import FormDialog
from .i18n import LANGUAGES, NAMES


class SettingsDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), "", parent)
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" minutes"))
        self.idle.setValue(services.settings.get_int("idle_lock_minutes"))
        self.paper = QComboBox()
        for code, text in (("a5", self.tr("A5 (office printer)")),
                           ("a4", self.tr("A4 (office printer)")),
                           ("roll80", self.tr("80 mm roll (receipt printer)"))):
            self.paper.addItem(text, code)
        self.paper.setCurrentIndex(max(0, self.paper.findData(services.settings.get("slip_paper"))))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(
            services.settings.get("language"))))
        self.form.addRow(self.tr("Lock the screen after"), self.idle)
        self.form.addRow(self.tr("Family slip paper"), self.paper)
        self.form.addRow(self.tr("Language (at start and for everyone)"), self.language)

        def save() -> None:
            services.settings.set("idle_lock_minutes", self.idle.value())
            services.settings.set("slip_paper", self.paper.currentData())
            services.settings.set("language", self.language.currentData())
        self.action = save
