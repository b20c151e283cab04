"""The one change notice: services report each write; this turns it into a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from power_desktop.services import Services
from power_desktop.services.results import Change


class ChangeNotifier(QObject):
    changed = Signal(object)  # a services.results.Change

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        services.subscribe(self._emit)

    def _emit(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._services.unsubscribe(self._emit)
