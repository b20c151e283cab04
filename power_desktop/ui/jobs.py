"""Long work off the GUI thread, always the same way: a progress dialog with Cancel, and the
result or the error handed back on the GUI thread. No widget is touched from the worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
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


class Latest(QObject):
    """Runs one function on a worker thread for a stream of requests (what is typed in a
    search box), handing back only the answer to the newest request."""

    answered = Signal(object, object)  # (request, result)
    _request = Signal(int, object)

    def __init__(self, work: Callable[[Any], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _LatestWorker(work)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._worker.done.connect(self._done)
        self._thread.start()
        self._newest = 0
        # Stop the thread before Qt deletes it: with the owner, or when the application ends.
        # The application outlives pages built again (a language switch), so its signal may
        # come after this thread is deleted with its page: then there is nothing to stop.
        thread = self._thread
        finish = lambda *_: _finish(thread)  # noqa: E731
        if parent is not None:
            parent.destroyed.connect(finish)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(finish)

    def ask(self, request: Any) -> None:
        self._newest += 1
        self._worker.newest = self._newest
        self._request.emit(self._newest, request)

    def _done(self, number: int, request: Any, result: Any) -> None:
        if number == self._newest:
            self.answered.emit(request, result)

    def stop(self) -> None:
        _finish(self._thread)


def _finish(thread: QThread) -> None:
    if shiboken6.isValid(thread):
        thread.quit()
        thread.wait()


class _LatestWorker(QObject):
    done = Signal(int, object, object)

    def __init__(self, work: Callable[[Any], Any]) -> None:
        super().__init__()
        self._work = work
        self.newest = 0

    @Slot(int, object)
    def run(self, number: int, request: Any) -> None:
        if number != self.newest:  # a newer request is already queued: skip this one
            return
        try:
            result = self._work(request)
        except Exception as exc:  # shown by the page, like any answer
            log.exception("background request failed")
            result = exc
        self.done.emit(number, request, result)
