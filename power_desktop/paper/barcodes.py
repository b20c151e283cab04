"""Code128 and QR codes drawn as vector bars and squares, so they print sharp at any size.

Code128 patterns come from python-barcode (code-set switching and check symbol), QR matrices
from segno; reportlab draws them. Bars are 0.381 mm (15 mil) by default: narrower ones alias
at some scan resolutions (a 0.33 mm bar failed at exactly 200 dpi in our tests).
"""

from __future__ import annotations

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
    start = x + QUIET * module
    run = 0
    for i, bit in enumerate(pattern + "0"):
        if bit == "1":
            run += 1
        elif run:
            canvas.rect(start + (i - run) * module, y, run * module, height, stroke=0, fill=1)
            run = 0
    return (len(pattern) + 2 * QUIET) * module


@lru_cache(maxsize=4096)
def qr_matrix(payload: str) -> tuple[tuple[int, ...], ...]:
    import segno
    code = segno.make(payload, error="m", micro=False)
    return tuple(tuple(row) for row in code.matrix)


def draw_qr(canvas: Any, x: float, y: float, payload: str, size: float) -> None:
    """The QR code with a 4-module quiet zone, filling a `size` square, bottom-left at (x, y)."""
    matrix = qr_matrix(payload)
    n = len(matrix)
    module = size / (n + 8)
    canvas.setFillColorRGB(0, 0, 0)
    top = y + size - 4 * module
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                canvas.rect(x + (4 + start) * module, top - (r + 1) * module,
                            (c - start) * module, module, stroke=0, fill=1)
            else:
                c += 1
