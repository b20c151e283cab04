"""The strip over the pages while the camp server does not answer: what happened, and the two
ways on (try the server again, or work on this laptop's own database). It appears whichever
page found the server gone (a save, a search, the Today page), and stays until one is chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from power_desktop.services.errors import ServerUnreachable


class _Bridge(QObject):
    """Carries a report from whatever thread found the server gone to the GUI thread."""

    lost = Signal(object)


class ServerBanner(QFrame):
    retry = Signal()
    go_local = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the server's name as typed
        self.retry_button = QPushButton()
        self.local_button = QPushButton()
        self.retry_button.clicked.connect(self.retry)
        self.local_button.clicked.connect(self.go_local)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.retry_button)
        row.addWidget(self.local_button)
        self._bridge = _Bridge(self)
        self._bridge.lost.connect(self._show)
        self._where = ""
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try the server &again"))
        self.local_button.setText(self.tr("Work on this laptop's &own database"))
        if self._where:
            self._say()

    def report(self, exc: ServerUnreachable) -> None:
        """Called from any thread (Services.on_server_lost)."""
        self._bridge.lost.emit(exc)

    def _show(self, exc: Any) -> None:
        self._where = str(getattr(exc, "where", ""))
        self._say()
        self.show()

    def _say(self) -> None:
        self.text.setText(self.tr(
            "The camp server {0} is not answering. Nothing saved is lost, and what is typed "
            "stays on screen. Check the LAN cable or Wi-Fi, then try again; or work on this "
            "laptop's own database and sync when the server is back.").format(self._where))

    def still_down(self) -> None:
        self.text.setText(self.tr(
            "The camp server {0} still does not answer. Check the LAN cable or Wi-Fi and that "
            "the server laptop is on; or work on this laptop's own database.").format(
            self._where))
        self.show()
