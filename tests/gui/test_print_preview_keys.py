"""The print preview at the keyboard and what leaves it: Enter presses the focused button, the
PDF saved or "printed to file" is the vector PDF itself (as small as the command line's), a
printer gets the PDF through the print service, the suggested name has no colon."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.services import printing as printing_service
from power_desktop.ui import print_flow
from power_desktop.ui.print_flow import PdfPreviewDialog

from ..helpers import example_family


def _forms(services: Services, folder: Path) -> tuple[list[str], Path]:
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    family["annual_income"] = 60000
    done = services.registration.register(family, confirm_warnings=True)
    apps = [a.application_id for a in services.eligibility.apply_all_eligible(done.family_id)]
    assert apps
    return apps, services.printing.render_forms(apps, folder / "forms.pdf").path


def _dialog(qtbot: QtBot, pdf: Path, printed: list[str]) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, "Application forms: 2", printed.append, None,
                              "PoWER-forms-2-2026-12-02_08:30.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    return dialog


def _tab_to(qtbot: QtBot, dialog: QDialog, target: QWidget) -> None:
    for _ in range(10):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.text()}")  # type: ignore[attr-defined]


def test_tab_to_save_and_enter_saves_rather_than_prints(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _, pdf = _forms(services, tmp_path)
    asked: list[str] = []
    print_dialogs: list[int] = []
    out = tmp_path / "saved"
    out.mkdir()

    def save_name(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out / "forms.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: print_dialogs.append(1) or 0)
    monkeypatch.setattr(PdfPreviewDialog, "last_folder", None)
    printed: list[str] = []
    dialog = _dialog(qtbot, pdf, printed)
    _tab_to(qtbot, dialog, dialog.save_button)
    qtbot.keyClick(dialog.save_button, Qt.Key.Key_Return)
    assert print_dialogs == [] and len(asked) == 1
    suggested = Path(asked[0])
    assert ":" not in suggested.name and suggested.name.endswith(".pdf")
    assert suggested.name.startswith("PoWER-forms-2-2026-12-02_08")
    assert suggested.parent.name in ("Documents", Path.home().name)
    assert printed == [f"PDF file {out / 'forms.pdf'}"]
    assert (out / "forms.pdf").read_bytes() == pdf.read_bytes()
    # The next save offers the folder used last.
    second = _dialog(qtbot, pdf, [])
    _tab_to(qtbot, second, second.save_button)
    qtbot.keyClick(second.save_button, Qt.Key.Key_Enter)
    assert Path(asked[1]).parent == out


def test_enter_with_print_focused_prints(qtbot: QtBot, services: Services, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    _, pdf = _forms(services, tmp_path)
    print_dialogs: list[int] = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: print_dialogs.append(1) or 0)
    dialog = _dialog(qtbot, pdf, [])
    assert QApplication.focusWidget() is dialog.print_button
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Return)
    assert print_dialogs == [1]


def test_print_to_file_writes_the_vector_pdf_as_small_as_the_command_lines(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    apps, pdf = _forms(services, tmp_path)
    target = tmp_path / "printed.pdf"

    def choose_file(self: QPrintDialog) -> int:
        printer = self.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", choose_file)
    printed: list[str] = []
    dialog = _dialog(qtbot, pdf, printed)
    qtbot.keyClick(dialog.print_button, Qt.Key.Key_Return)
    assert printed == [f"PDF file {target}"]
    cli = services.printing.print_forms(apps, out=tmp_path / "cli.pdf").path
    assert target.stat().st_size < 1.2 * cli.stat().st_size, (
        target.stat().st_size, cli.stat().st_size)
    assert target.read_bytes()[:5] == b"%PDF-"


class _Printer:
    """A printer the system's print service knows (none is installed on the test machine)."""

    def outputFormat(self) -> QPrinter.OutputFormat:  # noqa: N802 - Qt's names
        return QPrinter.OutputFormat.NativeFormat

    def printerName(self) -> str:  # noqa: N802
        return "Office_HP"

    def copyCount(self) -> int:  # noqa: N802
        return 2


def test_a_printer_gets_the_pdf_through_lp(qtbot: QtBot, services: Services, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _, pdf = _forms(services, tmp_path)
    runs: list[list[str]] = []

    def run(args: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        runs.append(args)
        return subprocess.CompletedProcess(args, 0, "request id is Office_HP-7", "")

    monkeypatch.setattr(printing_service.subprocess, "run", run)
    monkeypatch.setattr(printing_service.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(print_flow.shutil, "which", lambda name: "/usr/bin/lp")
    monkeypatch.setattr(print_flow.sys, "platform", "linux")
    painted: list[int] = []
    monkeypatch.setattr(print_flow, "paint_pdf", lambda *a: painted.append(1) or True)
    dialog = _dialog(qtbot, pdf, [])
    assert dialog.send(_Printer()) == "Office_HP"  # type: ignore[arg-type]
    assert painted == []
    assert runs and runs[0][0] == "/usr/bin/lp" and runs[0][-1] == str(pdf)
    assert runs[0][runs[0].index("-d") + 1] == "Office_HP"
    assert runs[0][runs[0].index("-n") + 1] == "2"


def test_painting_for_a_printer_never_renders_at_1200_dpi(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _, pdf = _forms(services, tmp_path)
    dialog = _dialog(qtbot, pdf, [])
    sizes: list[tuple[int, int]] = []
    render = dialog.document.render

    def spy(index: int, size: Any, *args: Any) -> Any:
        sizes.append((size.width(), size.height()))
        return render(index, size, *args)

    monkeypatch.setattr(dialog.document, "render", spy)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "painted.pdf"))
    assert printer.resolution() == 1200
    assert print_flow.paint_pdf(dialog.document, printer, dialog)
    assert sizes and max(w for w, _ in sizes) <= int(595.3 * 600 / 72) + 1


def test_safe_file_names() -> None:
    assert print_flow.safe_file_name("Application forms: 5") == "Application forms- 5.pdf"
    assert print_flow.safe_file_name("a/b\\c?.pdf") == "a-b-c-.pdf"
    assert print_flow.safe_file_name(":::") == "PoWER.pdf"


def test_enter_on_family_slip_opens_the_slip(qtbot: QtBot, window: Any, services: Services,
                                             monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    _forms(services, tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda d: shown.append(d.windowTitle()) or 0)
    window.show_page(3)
    page = window.print_queue
    page.table.selectRow(0)
    page.slip.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.slip, timeout=3000)
    qtbot.keyClick(page.slip, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown[0].startswith("Family slip ")


def test_one_tab_leaves_the_camp_date(qtbot: QtBot, tmp_path: Path) -> None:
    from power_desktop.ui.setup_dialog import CampSetupDialog

    from ..helpers import open_services
    services = open_services(tmp_path / "new", with_camp=False)
    dialog = CampSetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.start.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.start, timeout=3000)
    qtbot.keyClick(dialog.start, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not None and after is not dialog.start \
        and not dialog.start.isAncestorOf(after)
    assert after.text() == "Start camp"  # type: ignore[attr-defined]
    qtbot.keyClick(after, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.start
    qtbot.keyClick(dialog.start, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.device_code
    services.close()


def test_the_folder_saved_to_is_offered_after_a_restart(
        qtbot: QtBot, services: Services, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _, pdf = _forms(services, tmp_path)
    out = tmp_path / "usb"
    out.mkdir()
    asked: list[str] = []

    def save_name(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(out / "forms.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(PdfPreviewDialog, "last_folder", None)
    first = PdfPreviewDialog(pdf, "Application forms: 2", lambda where: None, None,
                             "forms.pdf", services)
    qtbot.addWidget(first)
    first.save_it()
    monkeypatch.setattr(PdfPreviewDialog, "last_folder", None)  # as after a restart
    second = PdfPreviewDialog(pdf, "Application forms: 2", lambda where: None, None,
                              "forms.pdf", services)
    qtbot.addWidget(second)
    assert second.suggested_path() == out / "forms.pdf"
    (out / "forms.pdf").unlink()
    out.rmdir()  # the drive is gone: Documents (or home) again
    assert second.suggested_path().parent != out
    services.paths.settings.write_text("{not json", encoding="utf-8")  # a damaged file
    from power_desktop.services import folders
    assert folders.last_folder(services, "pdf") is None
    folders.remember_folder(services, "pdf", tmp_path)
    assert folders.last_folder(services, "pdf") == tmp_path


class _QueuePrinter(_Printer):
    def printerName(self) -> str:  # noqa: N802
        return os.environ.get("POWER_TEST_PRINTER", "PoWER-PDF")

    def copyCount(self) -> int:  # noqa: N802
        return 1


def test_the_window_prints_through_a_real_print_service(
        qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """With CUPS and its PDF queue (scripts/setup-cups.sh): what the window sends is the
    vector PDF, and the job that comes out still scans, at a vector file's size."""
    name = _QueuePrinter().printerName()
    if shutil.which("lp") is None or subprocess.run(
            ["lpstat", "-p", name], capture_output=True, check=False).returncode != 0:
        pytest.skip(f"no CUPS printer {name} (scripts/setup-cups.sh makes one)")
    apps, pdf = _forms(services, tmp_path)
    outbox = Path.home() / "PDF"
    before = set(outbox.glob("*.pdf")) if outbox.exists() else set()
    dialog = _dialog(qtbot, pdf, [])
    dialog.setWindowTitle("PoWER window job")
    assert dialog.send(_QueuePrinter()) == name  # type: ignore[arg-type]
    deadline = time.monotonic() + 60
    new: list[Path] = []
    while time.monotonic() < deadline and not new:
        time.sleep(0.5)
        new = [p for p in outbox.glob("*.pdf") if p not in before and "window" in p.name]
    assert new, f"no job output appeared in {outbox}"
    time.sleep(1)  # let cups-pdf finish writing
    printed = new[0]
    assert printed.stat().st_size < 20 * pdf.stat().st_size  # not 1200 dpi pictures
    scan = tmp_path / "scan"
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(printed), str(scan)],
                   check=True)
    found = [r.text for png in sorted(tmp_path.glob("scan-*.png"))
             for r in zxingcpp.read_barcodes(Image.open(png))
             if repr(r.format).endswith("Code128")]
    assert found == apps
    printed.unlink()
