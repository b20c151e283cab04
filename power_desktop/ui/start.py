"""Start the window: Qt application, font, style, exception hook, database, set-up, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from power_desktop import __version__, logs
from power_desktop.paths import resolve
from power_desktop.services import Services

from . import crash, fonts
from .main_window import MainWindow
from .registration_page import DRAFT_SLOT
from .setup_dialog import CampSetupDialog

log = logging.getLogger("power.ui")

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def style_sheet() -> str:
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["power-desktop", *(argv or [])])
    app.setApplicationName("PoWER Desktop")
    app.setApplicationVersion(__version__)
    fonts.install(app)
    app.setStyleSheet(style_sheet())
    return app


def open_window(services: Services) -> MainWindow | None:
    """Camp set-up when the laptop has none, then the main window, offering any draft back."""
    if services.camp.current() is None:
        dialog = CampSetupDialog(services, first_run=True)
        if not dialog.exec():
            return None
    window = MainWindow(services)
    draft = services.drafts.load(DRAFT_SLOT)
    window.show()
    if draft:
        tr = QCoreApplication.translate
        answer = QMessageBox.question(
            window, tr("Start", "Unsaved registration"),
            tr("Start", "A family was being typed when PoWER Desktop last closed. "
                        "Bring it back?"))
        if answer == QMessageBox.StandardButton.Yes:
            window.registration.restore_draft(draft)
        else:
            services.drafts.discard(DRAFT_SLOT)
    return window


def run_gui(data_dir: str | None, qt_args: list[str]) -> int:
    paths = resolve(data_dir).ensure()
    logs.setup(paths)
    crash.install()
    app = make_app(qt_args)
    try:
        services = Services.open(paths)
    except Exception as exc:
        log.exception("cannot open the data folder")
        QMessageBox.critical(None, QCoreApplication.translate("Start", "Cannot start"),
                             QCoreApplication.translate(
                                 "Start", "The data in {0} cannot be opened:\n{1}").format(
                                 paths.data_dir, exc))
        return 2
    window = open_window(services)
    if window is None:
        return 0
    code = app.exec()
    services.close()
    return int(code)


if __name__ == "__main__":
    sys.exit(run_gui(None, sys.argv[1:]))
