"""Batches, for supervisors: what the next batch would carry (and what it would leave out),
approving and exporting it, past batches written again, acknowledgements imported, the camp's
laptops consolidated."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from power_desktop.core.batch_format import APPLICATIONS, FAMILIES, MEMBERS
from power_desktop.core.codes import RELATIONS
from power_desktop.core.localtime import shown
from power_desktop.core.messages import field_label
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.services.export import ExportPreview

from . import i18n
from . import status as counts
from .jobs import run_job
from .plain_text import plain_box
from .tables import record_table


class BatchesPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._job: Any = None
        title = QLabel(self.tr("Batches for the central system"))
        title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        # Before approving: every row the batch would carry, and each left out with why.
        self.carried = record_table([self.tr("Kind"), self.tr("ID"), self.tr("Name"),
                                     self.tr("Details")])
        self.left_out = record_table([self.tr("Kind"), self.tr("Record"), self.tr("Field"),
                                      self.tr("Why it is left out")])
        self.preview_tabs = QTabWidget()
        self.preview_tabs.addTab(self.carried, "")
        self.preview_tabs.addTab(self.left_out, "")
        self.export_button = QPushButton(self.tr("&Approve and export..."))
        self.export_button.clicked.connect(self.export)
        check = QPushButton(self.tr("Chec&k again"))
        check.clicked.connect(self.refresh)
        self.table = record_table([
            self.tr("Batch"), self.tr("Exported"), self.tr("By"), self.tr("Families"),
            self.tr("Members"), self.tr("Applications")], stretch=0)
        again = QPushButton(self.tr("&Write selected batch again..."))
        again.clicked.connect(self.export_again)
        ack = QPushButton(self.tr("&Import acknowledgements..."))
        ack.clicked.connect(self.import_ack)
        consolidate = QPushButton(self.tr("Consoli&date laptops' batches..."))
        consolidate.clicked.connect(self.consolidate)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(check)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (again, ack, consolidate):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.preview_tabs, 3)
        layout.addWidget(QLabel(self.tr("Past batches:")))
        layout.addWidget(self.table, 2)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        try:
            preview = self.services.export.preview()
            batches = self.services.export.batches()
        except ServiceError as exc:
            self.summary.setText(i18n.say(exc))
            return
        self.summary.setText(self.tr(
            "The next batch would carry {0}, {1} and {2} (new or changed since the last "
            "batch).").format(counts.families(preview.families),
                              counts.members(preview.members),
                              counts.applications(preview.applications)))
        self._fill_preview(preview)
        self.export_button.setEnabled(bool(preview.families or preview.applications))
        self.table.setRowCount(len(batches))
        for i, b in enumerate(batches):
            for col, text in enumerate((b.code, shown(b.created_at),
                                        b.exported_by, str(b.rows["families"]),
                                        str(b.rows["members"]), str(b.rows["applications"]))):
                self.table.setItem(i, col, QTableWidgetItem(text))
        for column in range(1, 6):
            self.table.resizeColumnToContents(column)
        self.batch_codes = [b.code for b in batches]

    def _fill_preview(self, preview: ExportPreview) -> None:
        lang = i18n.current()
        kinds = {FAMILIES: self.tr("Family"), MEMBERS: self.tr("Member"),
                 APPLICATIONS: self.tr("Application")}
        statuses = {"created": self.tr("not printed yet"), "printed": self.tr("printed"),
                    "handed_over": self.tr("handed over")}
        schemes = {s.code: s.name.get(lang) for s in self.services.eligibility.schemes()}
        self.carried.setRowCount(len(preview.rows))
        for i, r in enumerate(preview.rows):
            if r.sheet == FAMILIES:
                locality, count = r.detail.split("|")
                detail = f"{locality}, {counts.members(int(count))}"
            elif r.sheet == MEMBERS:
                relation = RELATIONS.get(r.detail)
                detail = relation.label(lang) if relation else r.detail
            else:
                code, status = r.detail.split("|")
                detail = f"{schemes.get(code, code)}, {statuses.get(status, status)}"
            for col, text in enumerate((kinds.get(r.sheet, r.sheet), r.record_id, r.name,
                                        detail)):
                self.carried.setItem(i, col, QTableWidgetItem(text))
        self.left_out.setRowCount(len(preview.problems))
        for i, problem in enumerate(preview.problems):
            record, _, why = problem.message.partition(": ")
            field = field_label(problem.column, lang) if problem.column else ""
            for col, text in enumerate((kinds.get(problem.sheet, problem.sheet), record,
                                        field, why or problem.message)):
                self.left_out.setItem(i, col, QTableWidgetItem(text))
        for table in (self.carried, self.left_out):
            for column in range(3):
                table.resizeColumnToContents(column)
        total = preview.families + preview.members + preview.applications
        shown_note = "" if len(preview.rows) == total else self.tr(
            " (the first {0})").format(len(preview.rows))
        self.preview_tabs.setTabText(0, self.tr("The batch would carry: {0} rows{1}").format(
            total, shown_note))
        self.preview_tabs.setTabText(1, self.tr("Left out until corrected: {0}").format(
            len(preview.problems)))

    def _folder(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self, title,
                                                  str(self.services.paths.exports))
        return Path(folder) if folder else None

    def export(self) -> None:
        folder = self._folder(self.tr("Export the batch to which folder (USB drive)?"))
        if folder is None:
            return

        def done(info: Any) -> None:
            left = self.tr("\n\n{0} records were left out; correct them and export again.") \
                .format(len(info.problems)) if info.problems else ""
            QMessageBox.information(self, self.tr("Batch exported"), plain_box(self.tr(
                "{0}: {1} families, {2} members, {3} applications.\n{4}").format(
                info.code, info.rows["families"], info.rows["members"],
                info.rows["applications"], info.path) + left))
            self.refresh()

        self._job = run_job(self, self.tr("Exporting the batch..."),
                            lambda progress: self.services.export.export(folder, progress),
                            done, self._failed)

    def export_again(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("Batches"),
                                    self.tr("Select a past batch first."))
            return
        folder = self._folder(self.tr("Write the batch again into which folder?"))
        if folder is None:
            return
        code = self.batch_codes[rows[0].row()]
        self._job = run_job(self, self.tr("Writing {0} again...").format(code),
                            lambda _p: self.services.export.export_again(code, folder),
                            lambda info: QMessageBox.information(
                                self, self.tr("Batch written"), plain_box(str(info.path))),
                            self._failed)

    def import_ack(self) -> None:
        from power_desktop.services.acks import AckService
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Acknowledgement file"), str(Path.home()),
            self.tr("Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv);;All files (*)"))
        if not path:
            return
        try:
            result = AckService(self.services).import_file(Path(path))
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not imported"), plain_box(i18n.say(exc)))
            return
        lines = [self.tr("{0} rows: {1} applied, {2} unchanged, {3} set aside.").format(
            result.rows, result.applied, result.unchanged, len(result.set_aside))]
        if result.seen_before:
            lines.append(self.tr("This file was imported before."))
        lines += [self.tr("Row {0} ({1}): {2}").format(a.row, a.application_id or "-", a.why)
                  for a in result.set_aside[:30]]
        QMessageBox.information(self, self.tr("Acknowledgements imported"),
                                plain_box("\n".join(lines)))

    def consolidate(self) -> None:
        from power_desktop.services.consolidate import ConsolidateService
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("The laptops' batch files"),
                                                str(self.services.paths.exports),
                                                self.tr("Batches (*.xlsx)"))
        if not files:
            return
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the camp batch as"),
                                             str(self.services.paths.exports / "camp.xlsx"),
                                             self.tr("Batches (*.xlsx)"))
        if not out:
            return

        def done(result: Any) -> None:
            QMessageBox.information(self, self.tr("Camp batch written"), plain_box(self.tr(
                "{0} laptops: {1} families, {2} members, {3} applications.\n"
                "{4} possible duplicates across laptops (sheet «Possible duplicates»).\n{5}")
                .format(len(result.devices), result.rows["families"], result.rows["members"],
                        result.rows["applications"], len(result.duplicates), result.path)))

        self._job = run_job(self, self.tr("Consolidating..."), lambda _p: ConsolidateService(
            self.services).consolidate([Path(f) for f in files], Path(out)), done,
            self._failed)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), plain_box(i18n.say(exc)))
        self.refresh()
