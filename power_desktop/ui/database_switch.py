"""Moving the open window between the camp server and this laptop's own database, without a
restart: when the LAN drops mid-camp (the server banner, or Camp > Work on this laptop's own
database) and back once the server answers again (Camp > Back to the camp server).

The other database is opened and logged in to (its accounts are its own; a laptop that never
worked alone sets its own database up first, with a device code of its own) before anything
of the open one is let go: cancel that, or fail to reach the server, and the window carries on
as it was. The family being typed is carried over, and its draft goes with it."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from power_desktop.services.errors import ServiceError

from . import i18n
from .plain_text import plain_box

if TYPE_CHECKING:
    from power_desktop.services import Services
    from power_desktop.services.results import CampInfo

    from .main_window import MainWindow

log = logging.getLogger("power.ui")

LOCAL = "local"    # the data folder's own database
JOINED = "joined"  # the camp server this laptop joined


def switch_database(window: MainWindow, target: str, camp: CampInfo | None = None) -> bool:
    """Open `target` (LOCAL or JOINED), log in there, and show it in `window`. `camp`: the
    camp worked at until now, offered for the set-up of a laptop's own database never used
    before. False (the window as it was) when it could not be opened or the person cancelled."""
    from .start import _Opening, log_in_and_set_up
    try:
        window.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened: Services = _Opening(window.services.paths, target).wait()
        finally:  # before any message: the window answers while it is read
            QApplication.restoreOverrideCursor()
            window.setEnabled(True)
    except ServiceError as exc:
        return _not_switched(window, exc)
    try:
        ready = log_in_and_set_up(window, opened, suggest=camp)
    except ServiceError as exc:  # the server went away again during the login
        opened.close()
        return _not_switched(window, exc)
    if not ready:
        opened.close()
        return False
    window.replace_services(opened)
    log.info("window switched to %s", "the laptop's own database" if target == LOCAL
             else "the camp server")
    return True


def _not_switched(window: MainWindow, exc: ServiceError) -> bool:
    QMessageBox.warning(window, QCoreApplication.translate("Switch", "Not switched"),
                        plain_box(i18n.say(exc)))
    return False
