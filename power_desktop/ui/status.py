"""One line of feedback under a form, coloured by what it is: red for what is wrong, green for
what was done, plain for a hint. A success never looks like an error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from power_desktop.core.codes import indian_grouping

ERROR, DONE, HINT = "error", "done", "hint"


def tell(label: QLabel, text: str, kind: str = ERROR) -> None:
    """Show `text` on `label` in the colour of `kind` (resources/style.qss)."""
    if label.property("kind") != kind:
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)


def families(n: int) -> str:
    """'1 family', '2 families' (Indian digit grouping), in the language shown."""
    text = QCoreApplication.translate("Counts", "{0} family") if n == 1 else \
        QCoreApplication.translate("Counts", "{0} families")
    return text.format(indian_grouping(n))


def pages(n: int) -> str:
    text = QCoreApplication.translate("Counts", "{0} page") if n == 1 else \
        QCoreApplication.translate("Counts", "{0} pages")
    return text.format(n)


def applications(n: int) -> str:
    text = QCoreApplication.translate("Counts", "{0} application") if n == 1 else \
        QCoreApplication.translate("Counts", "{0} applications")
    return text.format(indian_grouping(n))


def members(n: int) -> str:
    text = QCoreApplication.translate("Counts", "{0} member") if n == 1 else \
        QCoreApplication.translate("Counts", "{0} members")
    return text.format(indian_grouping(n))
