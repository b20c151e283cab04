"""Every label shows its text as typed: Qt would read "<b>Laxmi</b>" in a name as markup (its
labels guess rich text by default). No label of ours is meant to hold markup, so every label
under a page or dialog is made plain once it is built; labels made later say so themselves."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_labels(root: QWidget) -> None:
    labels = root.findChildren(QLabel)
    if isinstance(root, QLabel):
        labels.append(root)
    for label in labels:
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` as typed: tooltips guess rich text as labels do, so the
    text goes out escaped inside a paragraph that keeps its line breaks."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def plain_box(text: str) -> str:
    """Text for a message box that shows as written. A message box guesses rich text from its
    text's first line, so a service's message beginning with a name or a file name such as
    "<b>x</b>.xlsx" would be read as markup; when Qt would guess so, the text goes out escaped
    (as a tooltip's does). Every message box of the window passes its text through here,
    except our own translated words (tests/gui/test_plain_words.py reads the sources)."""
    from PySide6.QtGui import Qt
    return plain_tip(text) if Qt.mightBeRichText(text) else text
