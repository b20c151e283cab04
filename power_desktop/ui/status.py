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


def _one_or_many(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(indian_grouping(n))


def families(n: int) -> str:
    """'1 family', '2 families' (Indian digit grouping), in the language shown."""
    return _one_or_many(n, QCoreApplication.translate("Counts", "{0} family"),
                        QCoreApplication.translate("Counts", "{0} families"))


def pages(n: int) -> str:
    return _one_or_many(n, QCoreApplication.translate("Counts", "{0} page"),
                        QCoreApplication.translate("Counts", "{0} pages"))


def applications(n: int) -> str:
    return _one_or_many(n, QCoreApplication.translate("Counts", "{0} application"),
                        QCoreApplication.translate("Counts", "{0} applications"))


def members(n: int) -> str:
    return _one_or_many(n, QCoreApplication.translate("Counts", "{0} member"),
                        QCoreApplication.translate("Counts", "{0} members"))


def entries(n: int) -> str:
    return _one_or_many(n, QCoreApplication.translate("Counts", "{0} entry"),
                        QCoreApplication.translate("Counts", "{0} entries"))
