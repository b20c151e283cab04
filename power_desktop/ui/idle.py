"""Notices when nobody has touched the keyboard or mouse for a while (the idle screen lock)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
          QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.InputMethod}


class IdleWatcher(QObject):
    """Emits `idle` once after `timeout_ms` without input; `resume()` starts watching again."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last = time.monotonic()
        self._paused = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.set_timeout(timeout_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_timeout(self, timeout_ms: int) -> None:
        self.timeout_ms = max(50, timeout_ms)
        self._timer.start(max(25, min(5000, self.timeout_ms // 4)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._last = time.monotonic()
        return False

    def resume(self) -> None:
        self._last = time.monotonic()
        self._paused = False

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _check(self) -> None:
        if not self._paused and (time.monotonic() - self._last) * 1000 >= self.timeout_ms:
            self._paused = True
            self.idle.emit()
