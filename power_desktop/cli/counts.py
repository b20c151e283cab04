"""Counts as the command line says them: "1 family", "2 families", "0 applications"."""

from __future__ import annotations

_PLURALS = {"family": "families", "member": "members", "application": "applications",
            "person": "people", "laptop": "laptops", "entry": "entries", "page": "pages"}


def counted(n: int, word: str) -> str:
    return f"{n} {word if n == 1 else _PLURALS[word]}"
