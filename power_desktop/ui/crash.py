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


def install() -> None:
    sys.excepthook = _hook
