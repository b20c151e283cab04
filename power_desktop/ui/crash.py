"""An exception hook that logs the error and tells the operator, instead of vanishing."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from power_desktop.logs import scrub

log = logging.getLogger("power.crash")


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, value, tb)
        return
    from power_desktop.services.errors import ServiceError
    if isinstance(value, ServiceError) and QApplication.instance() is not None:
        _said(value)  # a known cause (the camp server lost, a full disk): no traceback
        return
    log.error("unexpected error", exc_info=(kind, value, tb))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    title = QCoreApplication.translate("Crash", "Something went wrong")
    text = QCoreApplication.translate(
        "Crash", "PoWER Desktop hit an unexpected error. Everything saved so far is safe, and the "
                 "form you were typing is kept as a draft.\n\nPlease tell your supervisor. The "
                 "details are in the log file.")
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setDetailedText(scrub("".join(traceback.format_exception(kind, value, tb))))
    box.exec()


def _said(exc: BaseException) -> None:
    """A service's own message where no page caught it."""
    from . import i18n
    from .plain_text import plain_box
    log.warning("not done: %s", exc)
    QMessageBox.warning(QApplication.activeWindow(),
                        QCoreApplication.translate("Crash", "Not done"), plain_box(i18n.say(exc)))


def install() -> None:
    sys.excepthook = _hook
