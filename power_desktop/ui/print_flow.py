"""From "print these" to paper: the forms are drawn off the GUI thread (progress, Cancel), shown
in a preview (QtPdf), then sent to a printer chosen in the system's print dialog or saved as a
PDF. Only a print or a save is recorded; closing the preview records nothing."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from power_desktop.services import Services
from power_desktop.services.errors import ServiceError

from . import i18n
from . import status as counts
from .jobs import run_job

_jobs: list[Any] = []  # keep running jobs alive



class PdfPreviewDialog(QDialog):
    """Shows a PDF; Print... and Save as PDF... hand the outcome to `on_printed(where)`."""

    def __init__(self, pdf: Path, title: str, on_printed: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.on_printed = pdf, on_printed
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(counts.pages(self.document.pageCount()))
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("&Print..."))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_it)
        self.save_button = QPushButton(self.tr("&Save as PDF..."))
        self.save_button.clicked.connect(self.save_it)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 700)

    def print_it(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not paint_pdf(self.document, printer, self):
            return
        self._done(printer.printerName() or printer.outputFileName() or self.tr("printer"))

    def save_it(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(Path.home() / self.pdf.name),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        temp = target.with_name(f".{target.name}.part")
        try:
            shutil.copyfile(self.pdf, temp)
            temp.replace(target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "Cannot write {0}: {1}").format(path, exc.strerror or exc))
            return
        self._done(f"PDF file {target}")

    def _done(self, where: str) -> None:
        try:
            self.on_printed(where)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), i18n.say(exc))
            return
        self.accept()


def paint_pdf(document: QPdfDocument, printer: QPrinter, parent: QWidget) -> bool:
    """Every page, rendered at the printer's resolution; False if the operator cancelled."""
    pages = document.pageCount()
    progress = QProgressDialog(QCoreApplication.translate("PrintFlow", "Printing..."),
                               QCoreApplication.translate("PrintFlow", "Cancel"), 0, pages, parent)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, QCoreApplication.translate("PrintFlow", "Cannot print"),
                            QCoreApplication.translate("PrintFlow",
                                                       "The printer could not be opened."))
        return False
    try:
        dpi = printer.resolution()
        for index in range(pages):
            if progress.wasCanceled():
                printer.abort()
                return False
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
            image = document.render(index, size)
            area = painter.viewport()
            scaled = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QPointF(0, 0), image.scaled(scaled))
            progress.setValue(index + 1)
    finally:
        painter.end()
    return True


def print_applications(parent: QWidget, services: Services, application_ids: list[str],
                       on_finished: Callable[[], None] | None = None) -> None:
    """Draw the forms off the GUI thread, then preview, print or save them."""
    folder = Path(tempfile.mkdtemp(prefix="power-print-"))
    target = folder / "PoWER-forms.pdf"

    def work(progress: Callable[[int, int], bool]) -> Any:
        return services.printing.render_forms(application_ids, target, progress)

    def done(batch: Any) -> None:
        duplicates = sum(1 for n in batch.copies.values() if n)
        title = QCoreApplication.translate("PrintFlow", "Application forms: {0}").format(
            len(batch.copies))
        if duplicates:
            title += QCoreApplication.translate("PrintFlow", " ({0} marked DUPLICATE COPY)").format(
                duplicates)
        dialog = PdfPreviewDialog(batch.path, title,
                                  lambda where: services.printing.record_printed(batch, where),
                                  parent)
        dialog.exec()
        shutil.rmtree(folder, ignore_errors=True)
        if on_finished:
            on_finished()

    def failed(exc: Exception) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        QMessageBox.warning(parent, QCoreApplication.translate("PrintFlow", "Not printed"),
                            i18n.say(exc))

    title = QCoreApplication.translate("PrintFlow", "Preparing {0} forms...").format(
        len(application_ids))
    _jobs.append(run_job(parent, title, work, done, failed))


def print_slip(parent: QWidget, services: Services, family_id: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="power-slip-"))
    try:
        pdf = services.printing.slip(family_id, folder / "PoWER-family-slip.pdf")
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintFlow", "No slip"),
                            i18n.say(exc))
        shutil.rmtree(folder, ignore_errors=True)
        return
    title = QCoreApplication.translate("PrintFlow", "Family slip {0}").format(family_id)
    PdfPreviewDialog(pdf, title, lambda where: None, parent).exec()
    shutil.rmtree(folder, ignore_errors=True)
