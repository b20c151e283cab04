"""From "print these" to paper: the forms are drawn off the GUI thread (progress, Cancel), shown
in a preview (QtPdf), then sent to a printer chosen in the system's print dialog or saved as a
PDF. Only a print or a save is recorded; closing the preview records nothing."""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeyEvent, QPainter
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

from power_desktop.services import Services, folders
from power_desktop.services.errors import ServiceError

from . import i18n
from . import status as counts
from .jobs import run_job
from .plain_text import plain_box

_jobs: list[Any] = []  # keep running jobs alive



class PdfPreviewDialog(QDialog):
    """Shows a PDF; Print... and Save as PDF... hand the outcome to `on_printed(where)`.

    What goes out is the PDF itself, vector as reportlab drew it: saved as is, handed to the
    system's print service (CUPS `lp`) for a printer, and painted page by page at the printer's
    own resolution (at most 600 dpi) only where there is no such service (Windows)."""

    last_folder: Path | None = None  # where the operator saved last, offered again

    def __init__(self, pdf: Path, title: str, on_printed: Callable[[str], None],
                 parent: QWidget | None = None, file_name: str | None = None,
                 services: Services | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.on_printed, self.services = pdf, on_printed, services
        self.file_name = safe_file_name(file_name or pdf.name)
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
        self.print_button.clicked.connect(self.print_it)
        self.save_button = QPushButton(self.tr("&Save as PDF..."))
        self.save_button.clicked.connect(self.save_it)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter presses the button that has focus; with none focused, Enter prints.
        for button in (self.print_button, self.save_button, close):
            button.setAutoDefault(True)
        self.print_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(820, 700)
        self.print_button.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        focus = self.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(focus, QPushButton) and self.isAncestorOf(focus):
            focus.click()  # the focused button, never the default one behind it
            return
        super().keyPressEvent(event)

    def print_it(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.file_name).stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        where = self.send(printer)
        if where is not None:
            self._done(where)

    def send(self, printer: QPrinter) -> str | None:
        """The PDF to where the print dialog said; where it went, or None if it did not."""
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            target = printer.outputFileName()
            if not target:
                return None
            return f"PDF file {target}" if self._copy_to(Path(target)) else None
        name = printer.printerName()
        if sys.platform != "win32" and shutil.which("lp") and name:
            from power_desktop.services.printing import send_to_printer
            try:
                send_to_printer(self.pdf, name, self.windowTitle(),
                                copies=max(1, printer.copyCount()))
            except ServiceError as exc:
                QMessageBox.warning(self, self.tr("Not printed"), plain_box(i18n.say(exc)))
                return None
            return name
        if not paint_pdf(self.document, printer, self):
            return None
        return name or self.tr("printer")

    def suggested_path(self) -> Path:
        folder = PdfPreviewDialog.last_folder
        if self.services is not None:  # kept across restarts, per laptop
            folder = folders.last_folder(self.services, "pdf") or folder
        if folder is None or not folder.is_dir():
            documents = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation)
            folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        return folder / self.file_name

    def save_it(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"),
                                              str(self.suggested_path()),
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if self._copy_to(target):
            PdfPreviewDialog.last_folder = target.parent
            if self.services is not None:
                folders.remember_folder(self.services, "pdf", target.parent)
            self._done(f"PDF file {target}")

    def _copy_to(self, target: Path) -> bool:
        """The PDF as drawn (vector, small), copied whole or not at all."""
        temp = target.with_name(f".{target.name}.part")
        try:
            shutil.copyfile(self.pdf, temp)
            temp.replace(target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Not saved"), plain_box(self.tr(
                "Cannot write {0}: {1}").format(str(target), exc.strerror or exc)))
            return False
        return True

    def _done(self, where: str) -> None:
        try:
            self.on_printed(where)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not recorded"), plain_box(i18n.say(exc)))
            return
        self.accept()


def safe_file_name(name: str) -> str:
    """A file name every system takes: no colon, slash or other character Windows refuses."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', "-", name).strip(" .-") or "PoWER"
    return cleaned if cleaned.lower().endswith(".pdf") else cleaned + ".pdf"


MAX_PAINT_DPI = 600


def paint_pdf(document: QPdfDocument, printer: QPrinter, parent: QWidget) -> bool:
    """Every page as an image at the printer's resolution (never above 600 dpi: a PDF "printer"
    reports 1200); only for printers no print service takes the PDF for. False if cancelled."""
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
        dpi = min(printer.resolution(), MAX_PAINT_DPI)
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
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
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
                                  parent, f"PoWER-forms-{len(batch.copies)}-"
                                          f"{datetime.now():%Y-%m-%d_%H%M}.pdf", services)
        dialog.exec()
        shutil.rmtree(folder, ignore_errors=True)
        if on_finished:
            on_finished()

    def failed(exc: Exception) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        QMessageBox.warning(parent, QCoreApplication.translate("PrintFlow", "Not printed"),
                            plain_box(i18n.say(exc)))

    title = QCoreApplication.translate("PrintFlow", "Preparing {0} forms...").format(
        len(application_ids))
    _jobs.append(run_job(parent, title, work, done, failed))


def print_slip(parent: QWidget, services: Services, family_id: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="power-slip-"))
    try:
        pdf = services.printing.slip(family_id, folder / "PoWER-family-slip.pdf")
    except ServiceError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintFlow", "No slip"),
                            plain_box(i18n.say(exc)))
        shutil.rmtree(folder, ignore_errors=True)
        return
    title = QCoreApplication.translate("PrintFlow", "Family slip {0}").format(family_id)
    PdfPreviewDialog(pdf, title, lambda where: None, parent,
                     f"PoWER-slip-{family_id}.pdf", services).exec()
    shutil.rmtree(folder, ignore_errors=True)
