"""The supervisor's preview: how many registered families qualify for a scheme, and how the
count changes if a limit changes. Counting runs in the background; the window stays usable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.codes import indian_grouping
from power_desktop.services import Services
from power_desktop.services.eligibility import Preview

from .jobs import Job, Progress, run_job

# The limits the packs give ([params]), in words; a limit of a new pack not named here is
# shown with its name's words ("max_girls" as "Max girls").
LIMIT_LABELS = {
    "income_limit": QT_TRANSLATE_NOOP("PreviewDialog", "Family income limit (Rs a year)"),
    "ews_income_limit": QT_TRANSLATE_NOOP("PreviewDialog",
                                          "Income limit for the EWS seats (Rs a year)"),
    "min_years_resident": QT_TRANSLATE_NOOP("PreviewDialog",
                                            "Years living in Delhi, at least"),
    "min_disability": QT_TRANSLATE_NOOP("PreviewDialog", "Disability, at least (%)"),
    "cwsn_disability": QT_TRANSLATE_NOOP("PreviewDialog",
                                         "Disability for a child with special needs (%)"),
    "cwsn_extra_years": QT_TRANSLATE_NOOP("PreviewDialog",
                                          "Extra years of age for special needs"),
    "min_days": QT_TRANSLATE_NOOP("PreviewDialog", "Days of work in the year, at least"),
    "max_girls": QT_TRANSLATE_NOOP("PreviewDialog", "Girls of a family, at most"),
    "grain_value_per_kg": QT_TRANSLATE_NOOP("PreviewDialog", "Value of grain (Rs a kg)"),
}


def limit_label(name: str) -> str:
    if name in LIMIT_LABELS:
        return QCoreApplication.translate("PreviewDialog", LIMIT_LABELS[name])
    return name.replace("_", " ").capitalize()


class PreviewDialog(QDialog):
    def __init__(self, services: Services, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.lang = lang
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Scheme preview"))
        self.setMinimumWidth(560)
        self.scheme = QComboBox()
        for s in services.eligibility.schemes():
            self.scheme.addItem(s.name.get(lang), s.code)
        self.scheme.currentIndexChanged.connect(self._fill_limits)
        self.limits = QFormLayout()
        self.limit_edits: dict[str, QLineEdit] = {}
        self.count_button = QPushButton(self.tr("Count families"))
        self.count_button.clicked.connect(self.count)
        self.result = QLabel()
        self.result.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Scheme"), self.scheme)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Limits (change one to see what it would do):")))
        layout.addLayout(self.limits)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.count_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._fill_limits()

    def _fill_limits(self) -> None:
        while self.limits.rowCount():
            self.limits.removeRow(0)
        self.limit_edits = {}
        scheme = self.services.eligibility.scheme(self.scheme.currentData())
        for name, value in scheme.params.items():
            edit = QLineEdit(str(value))
            label = QLabel(limit_label(name))
            label.setToolTip(name)  # the pack's own name, for whoever edits the pack
            self.limits.addRow(label, edit)
            self.limit_edits[name] = edit
        self.result.setText("")

    def changed_limits(self) -> dict[str, Any]:
        scheme = self.services.eligibility.scheme(self.scheme.currentData())
        changed: dict[str, Any] = {}
        for name, edit in self.limit_edits.items():
            text = edit.text().strip().replace(",", "")
            if text.lstrip("-").isdigit() and int(text) != scheme.params[name]:
                changed[name] = int(text)
        return changed

    def count(self) -> None:
        code = self.scheme.currentData()
        changed = self.changed_limits()

        def work(progress: Progress) -> tuple[Preview, Preview | None]:
            base = self.services.eligibility.preview(code, progress=progress)
            other = self.services.eligibility.preview(code, changed, progress) if changed \
                else None
            return base, other

        self.count_button.setEnabled(False)
        self.result.setText(self.tr("Counting..."))
        self.job = run_job(self, self.tr("Counting families for {0}...").format(
                               self.scheme.currentText()), work,
                           self._show, self._failed)

    def _show(self, result: tuple[Preview, Preview | None]) -> None:
        base, other = result
        self.count_button.setEnabled(True)
        text = self.tr("{0} of {1} families qualify ({2} people); {3} need more answers.").format(
            indian_grouping(base.eligible_families), indian_grouping(base.families),
            indian_grouping(base.eligible_members), indian_grouping(base.needs_info))
        if other is not None:
            text += "\n" + self.tr("With the changed limits: {0} families ({1:+d}), {2} people."
                                   ).format(indian_grouping(other.eligible_families),
                                            other.eligible_families - base.eligible_families,
                                            indian_grouping(other.eligible_members))
        self.result.setText(text)

    def _failed(self, exc: Exception) -> None:
        self.count_button.setEnabled(True)
        self.result.setText(self.tr("Could not count: {0}").format(exc))
