"""The bundled Noto Sans Devanagari font, so Hindi renders on laptops that have no Hindi font."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger("power.ui")

_loaded: list[str] = []


def devanagari_font_file() -> Path | None:
    try:
        import fontpkg_noto_sans_devanagari as pkg
    except ImportError:
        return None
    files = sorted((Path(pkg.ROOT) / "files").glob("*.ttf"))
    return files[0] if files else None


def install(app: QApplication) -> list[str]:
    """Load the font and put it behind the default one, so Devanagari falls back to it."""
    if not _loaded:
        path = devanagari_font_file()
        if path is None:
            log.warning("Noto Sans Devanagari is not installed; Hindi may not render")
            return []
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load %s", path)
            return []
        _loaded.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont(app.font())
    font.setFamilies([font.family(), *_loaded])
    app.setFont(font)
    return list(_loaded)
