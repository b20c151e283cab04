"""Start the window: Qt application, font, style, exception hook, database, set-up, main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from power_desktop import __version__, logs

from . import crash, fonts
from .main_window import MainWindow

if TYPE_CHECKING:
    from power_desktop.paths import Paths
    from power_desktop.services import Services
    from power_desktop.services.results import CampInfo

    from .login_dialog import LoginDialog

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


def finish_start(window: MainWindow, services: Services,
                 early_login: LoginDialog | None = None) -> bool:
    """Log in (or, on a new laptop, set up the camp and its supervisor), then the pages,
    offering any draft back. False when the person closed the window's first dialog.
    `early_login`: the login screen already shown while the database opened."""
    if not log_in_and_set_up(window, services, early_login):
        return False
    window.attach(services)
    offer_draft(window, services)
    return True


def offer_draft(window: MainWindow, services: Services) -> None:
    """A family left half-typed in this database, offered back."""
    from .registration_page import DRAFT_SLOT
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


def log_in_and_set_up(window: MainWindow, services: Services,
                      early_login: LoginDialog | None = None,
                      suggest: CampInfo | None = None) -> bool:
    """Log in, or set the camp up first where the database has none (`suggest`: the camp the
    laptop worked at on the server, offered for its own database). False when cancelled."""
    from .accounts_dialog import RecoveryCodeDialog
    from .login_dialog import LoginDialog
    from .setup_dialog import CampSetupDialog
    if early_login is not None and (services.user is not None
                                    or not services.accounts.has_accounts()):
        early_login.hide()  # not needed after all (a copied data folder with no accounts)
        early_login.deleteLater()
        early_login = None
    if not services.accounts.has_accounts():
        dialog = CampSetupDialog(services, window, first_run=True, suggest=suggest)
        if not dialog.exec():
            return False
        if dialog.recovery_code:
            RecoveryCodeDialog(dialog.recovery_code, window).exec()
        return True
    if services.user is None:
        dialog = early_login or LoginDialog(services, window)
        if early_login is not None:
            early_login.attach(services)
        if not dialog.exec():
            return False
    if services.camp.current() is None:
        user = services.user
        if user is None or not user.is_supervisor:
            QMessageBox.information(window, QCoreApplication.translate("Start", "No camp"),
                                    QCoreApplication.translate(
                                        "Start", "No camp is set up on this laptop yet. Ask a "
                                        "supervisor to log in and set it up."))
            return False
        if not CampSetupDialog(services, window, first_run=True, suggest=suggest).exec():
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
    paths = resolve(data_dir)
    dress_app(app)
    # The database library takes longer to load than the window: it loads on a thread while
    # the login screen is already up for typing (not on a new laptop, which is set up first).
    early_login = None
    if paths.database.exists():
        from .login_dialog import LoginDialog
        early_login = LoginDialog(None, window)
        early_login.show()
        app.processEvents()  # on screen before the thread competes for the interpreter
    paths.ensure()
    logs.setup(paths)
    opening = _Opening(paths)
    try:
        services = _opened(window, paths, opening)
    except _Quit:
        return 0
    except Exception as exc:
        log.exception("cannot open the data folder")
        from .plain_text import plain_box
        QMessageBox.critical(window, QCoreApplication.translate("Start", "Cannot start"),
                             plain_box(QCoreApplication.translate(
                                 "Start", "The data in {0} cannot be opened:\n{1}").format(
                                 paths.data_dir, exc)))
        return 2
    from . import i18n
    try:
        i18n.set_language(services.settings.get("language"))
    except Exception:  # a setting that cannot be read must not stop the camp: English
        log.exception("could not read the language setting")
    window.retranslate_frame()
    if early_login is not None and not early_login.isVisible():  # Quit while it opened
        services.close()
        return 0
    if not finish_start(window, services, early_login):
        services.close()
        return 0
    _daily_backup_in_background(services)
    log.info("start-up: window shown after %.0f ms, ready after %.0f ms",
             (shown - started) * 1000, (time.perf_counter() - started) * 1000)
    code = app.exec()
    services.close()
    return int(code)


class _Quit(Exception):
    """The person chose to close the program."""


def _opened(window: MainWindow, paths: Paths, opening: _Opening) -> Services:
    """The database open, or, while the camp server cannot be reached, what the person
    chooses: try again, work on this laptop's own database, or quit."""
    from power_desktop.services.errors import ServerUnreachable
    while True:
        try:
            return opening.wait()
        except ServerUnreachable as exc:
            choice = server_down(window, exc)
            if choice == "quit":
                raise _Quit() from None
            opening = _Opening(paths, "local" if choice == "local" else None)


def server_down(parent: QWidget, exc: Exception) -> str:
    """Ask what to do without the camp server: "retry", "local" or "quit"."""
    from . import i18n
    from .plain_text import plain_box
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Start", "Camp server not reached"),
                      plain_box(i18n.say(exc)), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(plain_box(QCoreApplication.translate(
        "Start", "A laptop that has never worked on its own database asks for a camp set-up "
                 "first: give it a device code of its own (such as L2B), so that its family "
                 "IDs are never the same as those made on the server.")))
    retry = box.addButton(QCoreApplication.translate("Start", "&Try again"),
                          QMessageBox.ButtonRole.AcceptRole)
    local = box.addButton(QCoreApplication.translate("Start", "Work on this &laptop's own "
                                                              "database"),
                          QMessageBox.ButtonRole.ActionRole)
    quit_ = box.addButton(QCoreApplication.translate("Start", "&Quit"),
                          QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    box.exec()
    clicked = box.clickedButton()
    return "local" if clicked is local else "retry" if clicked is retry else "quit"


class _Opening:
    """Services.open on a thread of its own; wait() keeps the window answering meanwhile."""

    def __init__(self, paths: Paths, database_url: str | None = None) -> None:
        import threading
        self._result: Services | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(paths, database_url),
                                        name="open-database", daemon=True)
        self._thread.start()

    def _run(self, paths: Paths, database_url: str | None) -> None:
        try:
            from power_desktop.services import Services
            self._result = Services.open(paths, database_url=database_url)
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self._error = exc

    def wait(self) -> Services:
        from PySide6.QtCore import QEventLoop, QTimer
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(lambda: None if self._thread.is_alive() else loop.quit())
        timer.start()
        if self._thread.is_alive():
            loop.exec()
        timer.stop()
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result


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
