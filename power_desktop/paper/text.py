"""Text on paper in Hindi and English: one font (Noto Sans Devanagari, which has Latin too),
registered once, and every string with Devanagari shaped by HarfBuzz before it is drawn, so
that matras sit where they belong and conjuncts join (reportlab alone draws them wrongly)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

FONT = "NotoDeva"
_registered = False


def register() -> None:
    global _registered
    if _registered:
        return
    import fontpkg_noto_sans_devanagari as noto
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    path = next((noto.ROOT / "files").glob("NotoSansDevanagari*.ttf"))
    pdfmetrics.registerFont(TTFont(FONT, str(path)))
    _registered = True


_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097f\u200c\u200d]+(?:\s+[\u0900-\u097f\u200c\u200d]+)*")


_DEVANAGARI = re.compile(r"[\u0900-\u097f]")


def needs_shaping(text: str) -> bool:
    return _DEVANAGARI.search(text) is not None


@lru_cache(maxsize=8192)
def runs(text: str) -> tuple[str, ...]:
    """The text cut where the script changes. HarfBuzz guesses one script for what it is
    given: a string that starts in English would have its Hindi shaped as Latin (matras
    misplaced), so each Devanagari run is shaped on its own."""
    if not needs_shaping(text):
        return (text,)
    out, at = [], 0
    for match in _DEVANAGARI_RUN.finditer(text):
        if match.start() > at:
            out.append(text[at:match.start()])
        out.append(match.group())
        at = match.end()
    if at < len(text):
        out.append(text[at:])
    return tuple(out)


@lru_cache(maxsize=8192)
def shaped(text: str, size: float) -> Any:
    """The text ready for drawString: shaped when it has Devanagari, as it is otherwise."""
    if not needs_shaping(text):
        return text
    from reportlab.pdfbase.ttfonts import shapeStr
    return shapeStr(text, FONT, size)


@lru_cache(maxsize=8192)
def width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    return float(sum(stringWidth(shaped(run, size), FONT, size) for run in runs(text)))


def draw(canvas: Any, x: float, y: float, text: str, size: float = 9,
         align: str = "left") -> None:
    canvas.setFont(FONT, size)
    if align == "right":
        x -= width(text, size)
    elif align == "centre":
        x -= width(text, size) / 2
    parts = runs(text)
    if len(parts) == 1:
        canvas.drawString(x, y, shaped(text, size))
        return
    for run in parts:
        canvas.drawString(x, y, shaped(run, size))
        x += width(run, size)


@lru_cache(maxsize=8192)
def fit(text: str, size: float, room: float, smallest: float = 6) -> float:
    """The largest size up to `size` at which `text` fits in `room` points."""
    if len(text) * size * 1.05 <= room:  # no glyph is wider than 1.023 em: it fits as it is
        return size
    while size > smallest and width(text, size) > room:
        size -= 0.5
    return size


@lru_cache(maxsize=4096)
def wrap(text: str, size: float, room: float) -> tuple[str, ...]:
    """Lines of whole words that each fit in `room` points (a too-long word stands alone)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and width(trial, size) > room:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return tuple(lines) or ("",)
