"""Catching an Aadhaar QR scan typed by a USB scanner, and the panel that shows what it gave.

A 2D scanner in keyboard mode types the code as some 3,100 digits and Enter, a few
milliseconds apart. `ScanCatcher` watches the keys reaching the registration page: digits pass
as typed until a run of them arrives faster than anyone types (`BURST_DIGITS` in a row, each
within `GAP_S` of the one before); then the field that was taking them is put back as it was
before the run, and every further digit and the closing Enter are kept out of the form and
handed over as one scan. A scanner that sends no Enter ends the scan by pausing.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

BURST_DIGITS = 40  # no one types 40 digits in a row at under 30 ms each; a scanner does
GAP_S = 0.030
END_PAUSE_MS = 300  # a scan with no Enter after it ends when the keys stop


class ScanCatcher(QObject):
    scanned = Signal(str)

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.area = area
        self._run = ""
        self._last = 0.0
        self._snapshot: tuple[QWidget, object] | None = None
        self._capturing = False
        self._end = QTimer(self)
        self._end.setSingleShot(True)
        self._end.setInterval(END_PAUSE_MS)
        self._end.timeout.connect(self._finish)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        area.destroyed.connect(lambda *_: self._stop())

    def _stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def capturing(self) -> bool:
        return self._capturing

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is not QApplication.focusWidget() or not isinstance(watched, QWidget) \
                or not self.area.isVisible() or not self.area.isAncestorOf(watched):
            return False
        now = time.monotonic()
        text = event.text()
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        digit = plain and len(text) == 1 and "0" <= text <= "9"
        if self._capturing:
            if digit:
                self._run += text
                self._last = now
                self._end.start()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._finish()
                return True
            self._finish()  # anything else ends the scan and is typed as usual
            return False
        if not digit:
            self._run = ""
            return False
        if self._run and now - self._last <= GAP_S:
            self._run += text
        else:
            self._run = text
            self._snapshot = (watched, _state_of(watched))
        self._last = now
        if len(self._run) < BURST_DIGITS:
            return False
        self._capturing = True
        if self._snapshot is not None:
            _restore(*self._snapshot)
        self._end.start()
        return True

    def _finish(self) -> None:
        self._end.stop()
        digits, self._run = self._run, ""
        self._capturing = False
        self._snapshot = None
        if digits:
            self.scanned.emit(digits)


def _state_of(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return (widget.text(), widget.cursorPosition())
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    return None


def _restore(widget: QWidget, state: object) -> None:
    if isinstance(widget, QLineEdit) and isinstance(state, tuple):
        widget.setText(state[0])
        widget.setCursorPosition(state[1])
    elif isinstance(widget, QComboBox) and isinstance(state, int):
        widget.setCurrentIndex(state)


class QrPanel(QFrame):
    """Beside the member: the card's photo, what the scan filled and whether UIDAI signed it."""

    use_hindi_name = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(250)
        self.photo = QLabel()
        self.photo.setFixedSize(76, 95)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setObjectName("qrPhoto")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.fields = QLabel()
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.PlainText)
        self.fields.setObjectName("hintText")
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setObjectName("warningText")
        self.hindi = QPushButton()
        self.hindi.setAutoDefault(False)
        self.hindi.clicked.connect(lambda: self.use_hindi_name.emit(self._hindi_offer))
        self.consent = QCheckBox(self.tr("Photo on forms: agreed"))
        self.consent.setToolTip(self.tr("Tick only if the person agrees to this photo being "
                                        "printed on their forms"))
        self._hindi_offer = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.status, 1)
        layout.addLayout(top)
        layout.addWidget(self.fields)
        layout.addWidget(self.notes)
        layout.addWidget(self.hindi)
        layout.addWidget(self.consent)
        layout.addStretch()
        self.clear()

    def clear(self) -> None:
        self.photo.clear()
        self.status.setText(self.tr("Scan the Aadhaar QR code to fill this member"))
        self.status.setObjectName("hintText")
        self.fields.setText("")
        self.notes.setText("")
        self.hindi.hide()
        self.consent.hide()
        self.consent.setChecked(False)
        self._restyle()

    def show_refusal(self, message: str) -> None:
        self.status.setObjectName("errorText")
        self.status.setText(message)
        self._restyle()

    def show_reading(self, status: str, ok: bool, filled: list[str], notes: list[str],
                     photo_png: bytes | None, hindi_offer: str) -> None:
        self.status.setObjectName("" if ok else "warningText")
        self.status.setText(status)
        self.fields.setText(self.tr("From the QR: {0}").format(", ".join(filled))
                            if filled else "")
        self.notes.setText("\n".join(notes))
        pixmap = QPixmap()
        if photo_png and pixmap.loadFromData(photo_png, "PNG"):
            self.photo.setPixmap(pixmap.scaled(self.photo.size(),
                                               Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setText(self.tr("no photo"))
        self.consent.setVisible(photo_png is not None)
        self.offer_hindi(hindi_offer)
        self._restyle()

    def offer_hindi(self, offer: str) -> None:
        self._hindi_offer = offer
        self.hindi.setText(self.tr("Use Hindi name {0}").format(offer))
        self.hindi.setToolTip(self.tr("A suggestion from the English name: check it"))
        self.hindi.setVisible(bool(offer))

    def _restyle(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)


def mark_from_qr(widgets: list[QWidget], on: bool) -> None:
    """Show which fields the scan filled (until the form is cleared)."""
    for widget in widgets:
        widget.setProperty("fromQr", on)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
