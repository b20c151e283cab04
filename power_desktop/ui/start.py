"""Start the window: Qt application, font, style, exception hook, database, set-up, main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from power_desktop import __version__, logs

from . import crash, fonts
from .main_window import MainWindow

if TYPE_CHECKING:
    from power_desktop.services import Services

log = logging.getLogger("power.ui")

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def style_sheet() -> str:
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def make_app(argv: list[str] | None = None, dress: bool = True) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["power-desktop", *(argv or [])])
    app.setApplicationName("PoWER Desktop")
    app.setApplicationVersion(__version__)
    if dress:
        dress_app(app)
    return app


def dress_app(app: QApplication) -> None:
    """The Devanagari font and the style sheet."""
    fonts.install(app)
    app.setStyleSheet(style_sheet())


def finish_start(window: MainWindow, services: Services) -> bool:
    """Log in (or, on a new laptop, set up the camp and its supervisor), then the pages,
    offering any draft back. False when the person closed the window's first dialog."""
    from .registration_page import DRAFT_SLOT
    if not _log_in_and_set_up(window, services):
        return False
    window.attach(services)
    draft = services.drafts.load(DRAFT_SLOT)
    if draft:
        answer = QMessageBox.question(
            window, QCoreApplication.translate("Start", "Unsaved registration"),
            QCoreApplication.translate("Start", "A family was being typed when PoWER Desktop "
                                                "last closed. Bring it back?"))
        if answer == QMessageBox.StandardButton.Yes:
            window.registration.restore_draft(draft)
        else:
            services.drafts.discard(DRAFT_SLOT)
    return True


def _log_in_and_set_up(window: MainWindow, services: Services) -> bool:
    from .accounts_dialog import RecoveryCodeDialog
    from .login_dialog import LoginDialog
    from .setup_dialog import CampSetupDialog
    if not services.accounts.has_accounts():
        dialog = CampSetupDialog(services, window, first_run=True)
        if not dialog.exec():
            return False
        if dialog.recovery_code:
            RecoveryCodeDialog(dialog.recovery_code, window).exec()
        return True
    if services.user is None and not LoginDialog(services, window).exec():
        return False
    if services.camp.current() is None:
        user = services.user
        if user is None or not user.is_supervisor:
            QMessageBox.information(window, QCoreApplication.translate("Start", "No camp"),
                                    QCoreApplication.translate(
                                        "Start", "No camp is set up on this laptop yet. Ask a "
                                        "supervisor to log in and set it up."))
            return False
        if not CampSetupDialog(services, window, first_run=True).exec():
            return False
    return True


def open_window(services: Services) -> MainWindow | None:
    window = MainWindow()
    window.show()
    if finish_start(window, services):
        return window
    window.close()
    window.deleteLater()
    return None


def run_gui(data_dir: str | None, qt_args: list[str]) -> int:
    started = time.perf_counter()
    crash.install()
    app = make_app(qt_args, dress=False)
    window = MainWindow()
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    # The frame is on screen; everything else follows (paths, logging, font, database).
    from power_desktop.paths import resolve
    paths = resolve(data_dir).ensure()
    logs.setup(paths)
    dress_app(app)
    from power_desktop.services import Services
    try:
        services = Services.open(paths)
    except Exception as exc:
        log.exception("cannot open the data folder")
        QMessageBox.critical(window, QCoreApplication.translate("Start", "Cannot start"),
                             QCoreApplication.translate(
                                 "Start", "The data in {0} cannot be opened:\n{1}").format(
                                 paths.data_dir, exc))
        return 2
    from . import i18n
    try:
        i18n.set_language(services.settings.get("language"))
    except Exception:  # a setting that cannot be read must not stop the camp: English
        log.exception("could not read the language setting")
    window.retranslate_frame()
    if not finish_start(window, services):
        services.close()
        return 0
    _daily_backup_in_background(services)
    log.info("start-up: window shown after %.0f ms, ready after %.0f ms",
             (shown - started) * 1000, (time.perf_counter() - started) * 1000)
    code = app.exec()
    services.close()
    return int(code)


def _daily_backup_in_background(services: Services) -> None:
    """Today's automatic local backup (the last seven are kept), off the GUI thread: a large
    camp's database takes seconds to copy. Closing the app mid-copy leaves only a hidden
    part-file, which the next backup clears."""
    import threading

    from power_desktop.services.backup import BackupService

    def run() -> None:
        try:
            BackupService(services).daily()
        except Exception:
            log.exception("the daily backup failed")

    threading.Thread(target=run, name="daily-backup", daemon=True).start()


if __name__ == "__main__":
    sys.exit(run_gui(None, sys.argv[1:]))
