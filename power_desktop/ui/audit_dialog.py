"""The audit trail for supervisors: filter it, check it, export it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from power_desktop.services import Services, audit
from power_desktop.services.errors import ServiceError

from . import i18n
from . import status as counts
from .keyboard import DateField
from .plain_text import plain_box
from .tables import record_table

LIMIT = 5000


# What each audit action (and each group of them, for the filter) is called on screen; the
# trail itself keeps the codes, which the CSV export carries too.
ACTION_LABELS = {
    "account": QT_TRANSLATE_NOOP("AuditDialog", "Accounts (all)"),
    "account.create": QT_TRANSLATE_NOOP("AuditDialog", "Account created"),
    "account.disable": QT_TRANSLATE_NOOP("AuditDialog", "Account disabled"),
    "account.enable": QT_TRANSLATE_NOOP("AuditDialog", "Account enabled"),
    "account.change_password": QT_TRANSLATE_NOOP("AuditDialog", "Own password changed"),
    "account.reset_password": QT_TRANSLATE_NOOP("AuditDialog", "Password reset by a supervisor"),
    "account.recovered": QT_TRANSLATE_NOOP("AuditDialog", "Password set with the recovery code"),
    "account.key_bound": QT_TRANSLATE_NOOP("AuditDialog", "Password's key tied to this laptop"),
    "ack": QT_TRANSLATE_NOOP("AuditDialog", "Acknowledgements (all)"),
    "ack.import": QT_TRANSLATE_NOOP("AuditDialog", "Acknowledgements imported"),
    "application": QT_TRANSLATE_NOOP("AuditDialog", "Applications (all)"),
    "application.create": QT_TRANSLATE_NOOP("AuditDialog", "Application made"),
    "application.resubmit": QT_TRANSLATE_NOOP("AuditDialog", "Corrected application sent again"),
    "audit": QT_TRANSLATE_NOOP("AuditDialog", "Audit trail (all)"),
    "audit.export": QT_TRANSLATE_NOOP("AuditDialog", "Audit trail exported"),
    "backup": QT_TRANSLATE_NOOP("AuditDialog", "Backup"),
    "camp": QT_TRANSLATE_NOOP("AuditDialog", "Camp (all)"),
    "camp.setup": QT_TRANSLATE_NOOP("AuditDialog", "Camp set up"),
    "consolidate": QT_TRANSLATE_NOOP("AuditDialog", "Laptops' batches consolidated"),
    "demo": QT_TRANSLATE_NOOP("AuditDialog", "Demo families (all)"),
    "demo.generate": QT_TRANSLATE_NOOP("AuditDialog", "Demo families added"),
    "duplicate": QT_TRANSLATE_NOOP("AuditDialog", "Duplicate decisions (all)"),
    "duplicate.decision": QT_TRANSLATE_NOOP("AuditDialog", "Duplicate decision"),
    "export": QT_TRANSLATE_NOOP("AuditDialog", "Batch exported"),
    "export.again": QT_TRANSLATE_NOOP("AuditDialog", "Batch written again"),
    "family": QT_TRANSLATE_NOOP("AuditDialog", "Families (all)"),
    "family.edit": QT_TRANSLATE_NOOP("AuditDialog", "Family edited"),
    "family.register": QT_TRANSLATE_NOOP("AuditDialog", "Family registered"),
    "login": QT_TRANSLATE_NOOP("AuditDialog", "Login"),
    "login.failed": QT_TRANSLATE_NOOP("AuditDialog", "Failed login"),
    "logout": QT_TRANSLATE_NOOP("AuditDialog", "Logout"),
    "print": QT_TRANSLATE_NOOP("AuditDialog", "Form printed"),
    "print.reprint": QT_TRANSLATE_NOOP("AuditDialog", "Form printed again (duplicate copy)"),
    "print.slip": QT_TRANSLATE_NOOP("AuditDialog", "Family slip printed"),
    "print.handed_over": QT_TRANSLATE_NOOP("AuditDialog", "Forms handed over"),
    "recovery": QT_TRANSLATE_NOOP("AuditDialog", "Recovery code (all)"),
    "recovery.failed": QT_TRANSLATE_NOOP("AuditDialog", "Wrong recovery code"),
    "recovery.new_code": QT_TRANSLATE_NOOP("AuditDialog", "New recovery code made"),
    "restore": QT_TRANSLATE_NOOP("AuditDialog", "Restored from a backup"),
    "restore.replaced": QT_TRANSLATE_NOOP("AuditDialog", "Replaced by a restore"),
    "restore.undone": QT_TRANSLATE_NOOP("AuditDialog", "Interrupted restore undone"),
    "accounts": QT_TRANSLATE_NOOP("AuditDialog", "Account seals (all)"),
    "accounts.sealed": QT_TRANSLATE_NOOP("AuditDialog", "Accounts sealed"),
    "setting": QT_TRANSLATE_NOOP("AuditDialog", "Settings (all)"),
    "setting.change": QT_TRANSLATE_NOOP("AuditDialog", "Setting changed"),
}


# The details' keys in words (the trail and its CSV keep the keys themselves).
DETAIL_LABELS = {
    "aadhaar_last4_matches": QT_TRANSLATE_NOOP("AuditDialog", "Aadhaar last four match"),
    "already": QT_TRANSLATE_NOOP("AuditDialog", "already there"),
    "applications": QT_TRANSLATE_NOOP("AuditDialog", "applications"),
    "applied": QT_TRANSLATE_NOOP("AuditDialog", "applied"),
    "batch_signing_key": QT_TRANSLATE_NOOP("AuditDialog", "batch signing key"),
    "batches_kept": QT_TRANSLATE_NOOP("AuditDialog", "batches kept"),
    "by": QT_TRANSLATE_NOOP("AuditDialog", "by"),
    "candidates": QT_TRANSLATE_NOOP("AuditDialog", "candidates"),
    "certificate": QT_TRANSLATE_NOOP("AuditDialog", "certificate"),
    "changes": QT_TRANSLATE_NOOP("AuditDialog", "changes"),
    "clashes": QT_TRANSLATE_NOOP("AuditDialog", "clashes"),
    "copy": QT_TRANSLATE_NOOP("AuditDialog", "copy"),
    "decision": QT_TRANSLATE_NOOP("AuditDialog", "decision"),
    "district": QT_TRANSLATE_NOOP("AuditDialog", "district"),
    "duplicates": QT_TRANSLATE_NOOP("AuditDialog", "likely duplicates"),
    "families": QT_TRANSLATE_NOOP("AuditDialog", "families"),
    "family": QT_TRANSLATE_NOOP("AuditDialog", "family"),
    "file": QT_TRANSLATE_NOOP("AuditDialog", "file"),
    "files": QT_TRANSLATE_NOOP("AuditDialog", "files"),
    "first": QT_TRANSLATE_NOOP("AuditDialog", "first supervisor"),
    "interrupted": QT_TRANSLATE_NOOP("AuditDialog", "interrupted"),
    "kept_exported": QT_TRANSLATE_NOOP("AuditDialog", "kept as exported"),
    "key": QT_TRANSLATE_NOOP("AuditDialog", "key"),
    "left_out": QT_TRANSLATE_NOOP("AuditDialog", "left out"),
    "lost_accounts": QT_TRANSLATE_NOOP("AuditDialog", "accounts lost"),
    "lost_applications": QT_TRANSLATE_NOOP("AuditDialog", "applications lost"),
    "lost_families": QT_TRANSLATE_NOOP("AuditDialog", "families lost"),
    "member": QT_TRANSLATE_NOOP("AuditDialog", "member"),
    "members": QT_TRANSLATE_NOOP("AuditDialog", "members"),
    "move": QT_TRANSLATE_NOOP("AuditDialog", "moved here"),
    "new": QT_TRANSLATE_NOOP("AuditDialog", "new"),
    "numbers_skipped": QT_TRANSLATE_NOOP("AuditDialog", "numbers skipped"),
    "old": QT_TRANSLATE_NOOP("AuditDialog", "old"),
    "paper": QT_TRANSLATE_NOOP("AuditDialog", "paper"),
    "photo_kept": QT_TRANSLATE_NOOP("AuditDialog", "photo kept"),
    "printer": QT_TRANSLATE_NOOP("AuditDialog", "printer"),
    "pushed": QT_TRANSLATE_NOOP("AuditDialog", "pushed"),
    "re_enabled": QT_TRANSLATE_NOOP("AuditDialog", "enabled again"),
    "reason": QT_TRANSLATE_NOOP("AuditDialog", "reason"),
    "replaced": QT_TRANSLATE_NOOP("AuditDialog", "replaced"),
    "resumed": QT_TRANSLATE_NOOP("AuditDialog", "resumed"),
    "role": QT_TRANSLATE_NOOP("AuditDialog", "role"),
    "rows": QT_TRANSLATE_NOOP("AuditDialog", "rows"),
    "scheme": QT_TRANSLATE_NOOP("AuditDialog", "scheme"),
    "set_aside": QT_TRANSLATE_NOOP("AuditDialog", "set aside"),
    "signature": QT_TRANSLATE_NOOP("AuditDialog", "signature"),
    "signed_again": QT_TRANSLATE_NOOP("AuditDialog", "signed again"),
    "to_family": QT_TRANSLATE_NOOP("AuditDialog", "to family"),
    "unchanged": QT_TRANSLATE_NOOP("AuditDialog", "unchanged"),
    "version": QT_TRANSLATE_NOOP("AuditDialog", "version"),
    "warnings_confirmed": QT_TRANSLATE_NOOP("AuditDialog", "warnings confirmed"),
}


def detail_words(detail: str) -> str:
    """An entry's details as a line of words: "role: supervisor · first supervisor: yes"."""
    import json
    try:
        values = json.loads(detail) if detail else {}
    except ValueError:
        return detail
    if not isinstance(values, dict):
        return detail

    def label(key: str) -> str:
        known = DETAIL_LABELS.get(key)
        return QCoreApplication.translate("AuditDialog", known) if known else \
            key.replace("_", " ")

    def value(v: object) -> str:
        if isinstance(v, bool):
            return QCoreApplication.translate("AuditDialog", "yes") if v else \
                QCoreApplication.translate("AuditDialog", "no")
        if v is None:
            return "-"
        if isinstance(v, list):
            return ", ".join(value(x) for x in v)
        if isinstance(v, dict):
            return ", ".join(f"{label(str(k))} {value(x)}" for k, x in v.items())
        return str(v)

    return " · ".join(f"{label(str(k))}: {value(v)}" for k, v in values.items())


def action_label(code: str) -> str:
    """The action's name in the interface language; an unknown code is shown as it is."""
    label = ACTION_LABELS.get(code)
    return QCoreApplication.translate("AuditDialog", label) if label else code


class AuditDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rows: list[audit.AuditRow] = []
        self.setWindowTitle(self.tr("Audit trail"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("operator, family ID, anything in the details"))
        self.text.returnPressed.connect(self.refresh)
        self.action = QComboBox()
        self.action.addItem(self.tr("all actions"), "")
        for name in sorted({a.split(".")[0] for a in audit.actions(services)} |
                           set(audit.actions(services))):
            self.action.addItem(action_label(name), name)
        self.action.currentIndexChanged.connect(self.refresh)
        self.use_dates = QCheckBox(self.tr("from"))
        today = QDate.currentDate()
        self.since, self.until = DateField(today.addDays(-7)), DateField(today)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        find = QPushButton(self.tr("&Show"))
        find.clicked.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Find")))
        filters.addWidget(self.text, 2)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(find)
        self.table = record_table([
            self.tr("Time (UTC)"), self.tr("Operator"), self.tr("Device"), self.tr("Action"),
            self.tr("Subject"), self.tr("Details")], many=True)
        self.status = QLabel()
        verify = QPushButton(self.tr("&Check the trail"))
        verify.clicked.connect(self.verify)
        export = QPushButton(self.tr("&Export shown rows..."))
        export.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(verify)
        bottom.addWidget(export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.resize(1200, 620)
        self.refresh()

    def refresh(self) -> None:
        dated = self.use_dates.isChecked()
        self.rows = audit.browse(
            self.services, self.text.text(), self.action.currentData() or "",
            self.since.date().toPython() if dated else None,
            self.until.date().toPython() if dated else None, limit=LIMIT)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            for col, text in enumerate((shown(r.at, seconds=True), r.operator,
                                        r.device, action_label(r.action), r.subject,
                                        detail_words(r.detail))):
                self.table.setItem(i, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        more = self.tr(" (the newest {0}; narrow the search to see older ones)").format(
            LIMIT) if len(self.rows) == LIMIT else ""
        self.status.setText(counts.entries(len(self.rows)) + more)

    def verify(self) -> None:
        result = audit.verify(self.services)
        if result.intact:
            QMessageBox.information(self, self.tr("Audit trail"), plain_box(self.tr(
                "The audit trail is intact: {0}, none altered or missing.").format(
                counts.entries(result.entries))))
        else:
            QMessageBox.critical(self, self.tr("Audit trail"), plain_box(self.tr(
                "The audit trail has been tampered with: {0}.").format(result.message)))

    def export(self) -> None:
        default = str(self.services.paths.exports / "audit-trail.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), default,
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            audit.export_csv(self.services, Path(path), self.rows)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Export failed"), plain_box(i18n.say(exc)))
            return
        self.status.setText(self.tr("Exported {0} to {1}").format(counts.entries(len(self.rows)),
                                                                   path))
