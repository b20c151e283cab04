"""What the window shows is words, never internal codes, and typed text is shown as typed:
relations in the search results, the history's fields and values, scheme names in the print
queue, and a name like "<b>Laxmi</b>" shown with its angle brackets on every page."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from power_desktop.core import history_words as words
from power_desktop.services import Services
from power_desktop.ui.duplicate_dialog import DuplicateDialog
from power_desktop.ui.main_window import MainWindow

from ..helpers import example_family
from .keys import press, type_text

BOLD = "<b>Laxmi</b> Devi"


def _family(name: str = "Kamla Devi") -> dict[str, Any]:
    data = example_family()
    data["members"][0]["name"] = name
    data["members"].append({"name": "Ram Prasad", "relation": "father_in_law", "gender": "M",
                            "dob": "1959-03-10", "marital_status": "married"})
    return data


def test_search_results_name_the_relation(qtbot: QtBot, window: MainWindow,
                                          services: Services) -> None:
    services.registration.register(_family(), confirm_warnings=True)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "Ram Prasad")
    page = window.families
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results, timeout=3000)
    row = next(r for r in range(page.results.rowCount())
               if page.results.item(r, 0).text() == "Ram Prasad")
    relation = page.results.item(row, 2).text()
    assert relation == "Father-in-law"
    metrics = page.results.fontMetrics()
    assert page.results.columnWidth(2) >= metrics.horizontalAdvance(relation)  # not "Fath..."


def test_history_in_words(qtbot: QtBot, window: MainWindow, services: Services,
                          monkeypatch: pytest.MonkeyPatch) -> None:
    done = services.registration.register(_family(), confirm_warnings=True)
    services.eligibility.answer(done.family_id, {("family.earner_died", None): True,
                                                 ("family.earner_age_at_death", None): 42,
                                                 ("member.gets_other_pension", 2): False})
    shown: list[str] = []

    def keep(dialog: QDialog) -> int:
        shown.append(dialog.findChild(QTextBrowser).toPlainText())
        return 0

    monkeypatch.setattr(QDialog, "exec", keep)
    window.show_page(1)
    window.families.view.selectRow(0)
    window.families.show_history()
    text = shown[0]
    assert "How old was the main earner when he or she died: — → 42" in text
    assert "Has the family's main earner died in the last year: — → Yes" in text
    assert "Member 2: Does the person already get any government pension or assistance: " \
        "— → No" in text
    for raw in ("extra.", "True", "False", "None", "father_in_law", "earner_age_at_death"):
        assert raw not in text, raw


def test_history_words_in_hindi() -> None:
    assert words.change_label("member 3.relation", "hi", {}) == "सदस्य 3: मुखिया से संबंध"
    assert words.change_value("member 3.relation", "daughter_in_law", "hi", {}) == "बहू"
    assert words.change_value("member 3.extra.x", True, "hi", {}) == "हाँ"
    assert words.change_value("mobile", "", "en", {}) == "—"
    assert words.change_value("member 2.relation", "father_in_law", "en", {}) == "Father-in-law"
    assert words.change_label("member 2.relation", "en", {}) == "Member 2: Relation to head"
    assert words.change_value("ration_card.category", "PHH", "en", {}) != "PHH"


def test_print_queue_shows_scheme_names(window: MainWindow, services: Services) -> None:
    data = _family()
    data["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                            "dob": "1950-05-01", "marital_status": "widowed"})
    done = services.registration.register(data, confirm_warnings=True)
    services.eligibility.apply_all_eligible(done.family_id)
    window.show_page(3)
    table = window.print_queue.table
    schemes = {table.item(r, 1).text() for r in range(table.rowCount())}
    assert "Ayushman Vay Vandana (PM-JAY 70+)" in schemes
    assert not any(s.isupper() or "-" in s.split(" ")[0] for s in schemes), schemes


def test_typed_markup_shows_as_typed_on_every_page(qtbot: QtBot, window: MainWindow,
                                                   services: Services) -> None:
    done = services.registration.register(_family(BOLD), confirm_warnings=True)
    window.screen_family(done.family_id)
    window.families.refresh()
    window.open_family(done.family_id)  # the registration page with the family loaded
    seen = 0
    for index in range(window.pages.count()):
        window.show_page(index)
        for label in window.findChildren(QLabel):
            # No label holds markup on purpose: every one shows its text as it is.
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
            seen += "<b>" in label.text()
    assert seen, "the name was shown in a label somewhere"


def test_duplicate_dialog_tooltips_are_plain(qtbot: QtBot, services: Services) -> None:
    services.registration.register(_family(BOLD), confirm_warnings=True)
    again = _family(BOLD)
    for m in again["members"]:
        m.pop("aadhaar", None)
    candidates = services.duplicates.check(again)
    assert candidates
    dialog = DuplicateDialog(candidates)
    qtbot.addWidget(dialog)
    tips = [dialog.table.item(r, c).toolTip() for r in range(dialog.table.rowCount())
            for c in range(dialog.table.columnCount())]
    assert any("&lt;b&gt;Laxmi&lt;/b&gt;" in tip for tip in tips)
    assert not any("<b>Laxmi</b>" in tip for tip in tips)


def test_message_boxes_show_typed_text_as_written(qtbot: QtBot) -> None:
    """A message box guesses rich text from its first line; plain_box keeps a name or file
    name such as <b>Laxmi</b> as typed, and leaves ordinary text alone."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMessageBox

    from power_desktop.ui.plain_text import plain_box
    typed = "<b>Laxmi</b> Devi.xlsx: not a batch\nline two & <i>three</i>"
    box = QMessageBox(QMessageBox.Icon.Warning, "t", plain_box(typed))
    qtbot.addWidget(box)
    document = QTextDocument()
    document.setHtml(box.text())
    assert document.toPlainText() == typed
    assert plain_box("Nothing to mark <here>") == "Nothing to mark <here>"  # no tag guessed


def test_every_message_box_of_the_window_passes_its_text_through_plain_box() -> None:
    """Read from the sources: a box's text is our own translated words, or plain_box(...)."""
    import ast
    from pathlib import Path

    import power_desktop.ui as ui
    unguarded = []
    for path in Path(ui.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "QMessageBox" and len(node.args) >= 3
                    and node.func.attr in ("warning", "question", "information", "critical")):
                continue
            text = node.args[2]
            ours = isinstance(text, ast.Constant) or (
                isinstance(text, ast.Call) and isinstance(text.func, ast.Attribute)
                and text.func.attr in ("tr", "translate")
                and all(isinstance(a, ast.Constant) for a in text.args))
            guarded = isinstance(text, ast.Call) and isinstance(text.func, ast.Name) \
                and text.func.id == "plain_box"
            if not (ours or guarded):
                unguarded.append(f"{path.name}:{node.lineno}")
    assert not unguarded, unguarded
