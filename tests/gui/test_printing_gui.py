"""Printing in the window: the queue prints a selection as one job (drawn off the GUI thread),
the preview shows it, printing records it; the pages painted to a Qt printer still scan."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import print_flow
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.print_flow import PdfPreviewDialog

from ..helpers import example_family


def _apply(services: Services) -> list[str]:
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    family["annual_income"] = 60000
    done = services.registration.register(family, confirm_warnings=True)
    return [a.application_id for a in services.eligibility.apply_all_eligible(done.family_id)]


def test_queue_prints_the_selection_as_one_job(qtbot: QtBot, window: MainWindow,
                                               services: Services,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    app_ids = _apply(services)
    shown: list[tuple[int, str]] = []

    def print_it(dialog: PdfPreviewDialog) -> int:
        shown.append((dialog.document.pageCount(), dialog.windowTitle()))
        dialog._done("Office HP")
        return 1

    monkeypatch.setattr(PdfPreviewDialog, "exec", print_it)
    window.show_page(3)
    page = window.print_queue
    assert page.table.rowCount() == len(app_ids)
    page.table.selectAll()
    page.print_selected()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0][0] >= len(app_ids) and f"forms: {len(app_ids)}" in shown[0][1]
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=5000)  # none waiting now
    page.show_which.setCurrentIndex(1)
    assert page.table.rowCount() == len(app_ids)
    page.table.selectRow(0)
    page.print_selected()  # a reprint
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    assert "1 marked DUPLICATE COPY" in shown[1][1]
    page.table.selectAll()
    page.hand_over()
    assert page.table.rowCount() == 0  # printed and handed over: gone from this view


def test_pages_painted_to_a_qt_printer_still_scan(qtbot: QtBot, services: Services,
                                                  tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("needs poppler-utils")
    app_ids = _apply(services)
    batch = services.printing.render_forms(app_ids[:1], tmp_path / "forms.pdf")
    document = QPdfDocument()
    document.load(str(batch.path))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert print_flow.paint_pdf(document, printer, parent)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", "-f", "1", "-l", "1",
                    str(tmp_path / "printed.pdf"), str(tmp_path / "page")], check=True)
    image = Image.open(next(tmp_path.glob("page*.png")))
    texts = {r.text.split("/")[0] if r.text.startswith("PWR1/") else r.text
             for r in zxingcpp.read_barcodes(image)}
    assert app_ids[0] in texts and "PWR1" in texts
