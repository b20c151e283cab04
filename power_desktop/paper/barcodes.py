"""Code128 and QR codes drawn as vector bars and squares, so they print sharp at any size.

Code128 patterns come from python-barcode (code-set switching and check symbol), QR matrices
from zxing-cpp's encoder (C++, a quarter of the time of a pure-Python one); reportlab draws
them. Bars are 0.381 mm (15 mil) by default: narrower ones alias
at some scan resolutions (a 0.33 mm bar failed at exactly 200 dpi in our tests).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm

MODULE = 0.381 * mm
QUIET = 10  # modules of white either side, as Code128 requires


@lru_cache(maxsize=4096)
def code128_pattern(value: str) -> str:
    from barcode import Code128
    return str(Code128(value).build()[0])


def code128_width(value: str, module: float = MODULE) -> float:
    return (len(code128_pattern(value)) + 2 * QUIET) * module


def draw_code128(canvas: Any, x: float, y: float, value: str, height: float = 12 * mm,
                 module: float = MODULE) -> float:
    """Bars with their quiet zones, bottom-left at (x, y); returns the width used."""
    pattern = code128_pattern(value)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    start = x + QUIET * module
    run = 0
    for i, bit in enumerate(pattern + "0"):
        if bit == "1":
            run += 1
        elif run:
            path.rect(start + (i - run) * module, y, run * module, height)
            run = 0
    canvas.drawPath(path, stroke=0, fill=1)
    return (len(pattern) + 2 * QUIET) * module


_DARK_RUN = re.compile(rb"\x00+")


@lru_cache(maxsize=4096)
def qr_matrix(payload: str) -> tuple[bytes, ...]:
    """Rows of modules as bytes, 0 where dark. Error correction M (15% may be damaged)."""
    import zxingcpp
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = memoryview(code.to_image(scale=1, add_quiet_zones=False))  # type: ignore[arg-type]
    rows, cols = image.shape or (0, 0)
    raw = image.tobytes()
    return tuple(raw[r * cols:(r + 1) * cols] for r in range(rows))


@lru_cache(maxsize=4096)
def qr_blocks(payload: str) -> tuple[tuple[int, int, int, int], ...]:
    """The dark modules as rectangles (column, row, width, 1): one per run along a row."""
    return tuple((run.start(), r, run.end() - run.start(), 1)
                 for r, row in enumerate(qr_matrix(payload))
                 for run in _DARK_RUN.finditer(row))


# Codes worked out ahead by a helper process (see QrAhead), by payload.
_AHEAD: dict[str, tuple[int, tuple[tuple[int, int, int, int], ...]]] = {}


def _qr(payload: str) -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    ahead = _AHEAD.pop(payload, None)
    return ahead if ahead is not None else (len(qr_matrix(payload)), qr_blocks(payload))


def draw_qr(canvas: Any, x: float, y: float, payload: str, size: float) -> None:
    """The QR code with a 4-module quiet zone, filling a `size` square, bottom-left at (x, y)."""
    modules, blocks = _qr(payload)
    module = size / (modules + 8)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    top = y + size - 4 * module
    left = x + 4 * module
    for col, row, cols, rows in blocks:
        path.rect(left + col * module, top - (row + rows) * module, cols * module,
                  rows * module)
    canvas.drawPath(path, stroke=0, fill=1)


# --- many forms: QR codes encoded by a second process while this one draws --------------------
def _encode_ahead(conn: Any, payloads: list[str]) -> None:
    for start in range(0, len(payloads), 50):
        conn.send([(p, len(qr_matrix(p)), qr_blocks(p)) for p in payloads[start:start + 50]])
    conn.send(None)


class QrAhead:
    """Encodes the QR codes of a long print run in a helper process, in the order they will
    be drawn; `collect()` takes in what is ready without waiting. A code not ready yet when
    its form is drawn is simply encoded here, so nothing ever waits for the helper."""

    def __init__(self, payloads: list[str]) -> None:
        import multiprocessing
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe(duplex=False)
        self._process = context.Process(target=_encode_ahead, args=(child, payloads),
                                        daemon=True)
        self._process.start()
        child.close()
        self._done = False

    def collect(self) -> None:
        while not self._done and self._conn.poll():
            try:
                chunk = self._conn.recv()
            except EOFError:
                chunk = None
            if chunk is None:
                self._done = True
                break
            for payload, modules, blocks in chunk:
                _AHEAD[payload] = (modules, blocks)

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join(timeout=5)
        self._conn.close()
        _AHEAD.clear()
