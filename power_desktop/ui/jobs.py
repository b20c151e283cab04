"""Long work off the GUI thread, always the same way: a progress dialog with Cancel, and the
result or the error handed back on the GUI thread. No widget is touched from the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger("power.ui.jobs")

Progress = Callable[[int, int], bool]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancelled = False

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as exc:  # handed to the GUI thread, which shows it
            log.exception("background job failed")
            self.failed.emit(exc)
            return
        self.finished.emit(result)

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


class Job(QObject):
    """One background job. Keep a reference until `done` or `error` has fired."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progress)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.dialog.canceled.connect(self.cancel)
        self.cancelled = False

    def start(self) -> Job:
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled = True
        self.worker.cancelled = True

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _end(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.close()

    def _finished(self, result: Any) -> None:
        self._end()
        self.done.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._end()
        self.error.emit(exc)


def run_job(parent: QWidget, title: str, work: Callable[[Progress], Any],
            on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> Job:
    job = Job(parent, title, work)
    job.done.connect(on_done)
    job.error.connect(on_error)
    return job.start()
