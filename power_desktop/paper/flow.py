"""A cursor that walks down the page and starts a new one when the next block does not fit.

With `canvas=None` it only measures (how tall a roll slip must be) and draws nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import text


class Flow:
    def __init__(self, canvas: Any | None, width: float, height: float, margin: float,
                 bottom: float | None = None,
                 on_new_page: Callable[[Flow], None] | None = None,
                 on_page_end: Callable[[Flow], None] | None = None,
                 turn_page: Callable[[Flow], None] | None = None) -> None:
        self.c = canvas
        self.width, self.height, self.margin = width, height, margin
        self.bottom = margin if bottom is None else bottom
        self.left, self.right = margin, width - margin
        self.y = height - margin
        self.page = 1
        self.on_new_page = on_new_page
        self.on_page_end = on_page_end
        self.turn_page = turn_page  # instead of showPage (a template turns to its next form)
        self.used = 0.0  # total height used, across pages (for measuring)

    @property
    def room(self) -> float:
        return self.right - self.left

    def need(self, height: float) -> None:
        """Start a new page unless `height` points fit above the bottom margin."""
        if self.y - height >= self.bottom:
            return
        if self.c is not None:
            if self.on_page_end is not None:
                self.on_page_end(self)
            if self.turn_page is not None:
                self.turn_page(self)
            else:
                self.c.showPage()
        self.page += 1
        self.y = self.height - self.margin
        if self.on_new_page is not None:
            self.on_new_page(self)

    def down(self, height: float) -> None:
        self.y -= height
        self.used += height

    def line(self, words: str, size: float = 9, gap: float = 2, x: float | None = None,
             align: str = "left", draw: bool = True) -> None:
        self.need(size + gap)
        self.down(size + gap)
        if self.c is not None and draw:
            at = self.left if x is None else x
            if align == "centre":
                at = (self.left + self.right) / 2
            elif align == "right":
                at = self.right
            text.draw(self.c, at, self.y + gap, words, size, align)

    def paragraph(self, words: str, size: float = 8.5, x: float | None = None,
                  room: float | None = None, draw: bool = True) -> None:
        left = self.left if x is None else x
        for part in text.wrap(words, size, room or (self.right - left)):
            self.line(part, size, x=left, draw=draw)
