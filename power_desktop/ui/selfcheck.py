"""The window half of `--self-check`: Qt starts (offscreen), the Devanagari font and the Hindi
translation load, QtPdf reads a form back, and Qt's print support is there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication


def check(pdf: Path | None) -> str:
    from PySide6 import __version__ as qt_version
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from . import fonts, i18n
    from .start import make_app
    app = make_app(["-platform", "offscreen"], dress=False)
    families = fonts.install(app)
    if not families:
        raise RuntimeError("the Devanagari font did not load")
    if not i18n.set_language("hi"):
        raise RuntimeError(f"the Hindi translation is missing: {i18n.qm_file('hi')}")
    hindi = QCoreApplication.translate("MainWindow", "&Families")
    i18n.set_language("en")
    if hindi == "&Families":
        raise RuntimeError("the Hindi translation loaded but translates nothing")
    pages = 0
    if pdf is not None:
        document = QPdfDocument(app)
        document.load(str(pdf))
        pages = document.pageCount()
        if pages < 1:
            raise RuntimeError(f"QtPdf could not read {pdf.name}")
    QPrinter()
    assert isinstance(app, QApplication)
    return (f"Qt {qt_version} ({app.platformName()}), font {families[0]}, "
            f"Hindi translation ({hindi}), QtPdf read {pages} page(s), print support")
