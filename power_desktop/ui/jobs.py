"""Long work off the GUI thread, always the same way: a progress dialog with Cancel, and the
result or the error handed back on the GUI thread; or, for a save the window waits for, the
call on a worker while the window is drawn and ignores input (wait_for). No widget is touched
from the worker."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger("power.ui.jobs")

Progress = Callable[[int, int], bool]
T = TypeVar("T")


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


# Input the window ignores while it waits for a save (wait_for).
_INPUT = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress,
                    QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
                    QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod,
                    QEvent.Type.Close})
SLOW_MS = 400  # a save taking longer than this says that it is waiting


class _Waiting(QObject):
    """While a save runs (wait_for): the window's input ignored, the wait cursor once it is
    slow; both undone on the GUI thread as soon as the save ends, even if a dialog a timer
    opened meanwhile is running its own loop (that dialog gets its input all along)."""

    ended = Signal()

    def __init__(self, loop: QEventLoop, on_slow: Callable[[], None] | None) -> None:
        super().__init__()
        self._loop, self._on_slow = loop, on_slow
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._show_slow)
        self._cursor = self._on = False
        self.ended.connect(self.end, Qt.ConnectionType.QueuedConnection)

    def begin(self) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._on = True
        self._slow.start(SLOW_MS)

    def _show_slow(self) -> None:
        self._cursor = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if self._on_slow is not None:
            self._on_slow()

    @Slot()
    def end(self) -> None:
        if self._on:
            self._on = False
            self._slow.stop()
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            if self._cursor:
                QGuiApplication.restoreOverrideCursor()
        self._loop.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _INPUT or QApplication.activeModalWidget() is not None:
            return False
        # A key taken by the widget (ShortcutOverride accepted) is not a shortcut; the key
        # itself is then dropped here too.
        event.setAccepted(event.type() == QEvent.Type.ShortcutOverride)
        return True


def wait_for(work: Callable[[], T], on_slow: Callable[[], None] | None = None) -> T:
    """`work()` (one service call: a save) run on a worker thread while the window waits for
    it, and its result returned (or its error raised) here, as if it had been called here.

    Meanwhile the window keeps being drawn, and ignores the keyboard and the mouse (a second
    Ctrl+S or click does not start a second save, and closing waits); once it has taken
    longer than SLOW_MS (a camp server that is slow, or gone silent: up to 25 s before it is
    given up, store.db), the cursor is the wait cursor and `on_slow()` says so."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return work()
    outcome: list[Any] = []
    loop = QEventLoop()
    waiting = _Waiting(loop, on_slow)

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # handed back to the GUI thread, raised there
            outcome.append((False, exc))
        waiting.ended.emit()

    worker = threading.Thread(target=run, name="power-save", daemon=True)
    waiting.begin()
    try:
        worker.start()
        while not outcome:
            loop.exec()
    finally:
        waiting.end()
    worker.join()
    ok, value = outcome[0]
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]
