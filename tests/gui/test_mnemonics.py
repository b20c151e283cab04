"""No Alt+letter means two things on one page: the page's buttons, labels and the menu bar
each have a letter of their own, in English and in Hindi (issue 14, item 17)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.ui import i18n
from power_desktop.ui.main_window import MainWindow

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.set_language("en")


def letters(texts: list[str]) -> list[str]:
    return [m.group(1).casefold() for t in texts for m in [MNEMONIC.search(t)] if m]


def page_texts(page: QWidget) -> list[str]:
    texts = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    texts += [g.title() for g in page.findChildren(QGroupBox) if g.isVisibleTo(page)]
    texts += [lb.text() for lb in page.findChildren(QLabel)
              if lb.buddy() is not None and lb.isVisibleTo(page)]
    return texts


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_no_letter_twice_on_a_page(qtbot: QtBot, window: MainWindow, lang: str) -> None:
    window.switch_language(lang)
    bar = [a.text() for a in window.menuBar().actions()]
    clashes = {}
    for index in range(window.pages.count()):
        page = window.pages.widget(index)
        counted = Counter(letters(bar + page_texts(page)))
        twice = sorted(k for k, n in counted.items() if n > 1)
        if twice:
            clashes[type(page).__name__] = twice
    assert clashes == {}


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_no_letter_twice_in_the_operators_dialog(qtbot: QtBot, services: Services,
                                                 lang: str) -> None:
    from power_desktop.ui.accounts_dialog import AccountsDialog
    from power_desktop.ui.start import make_app
    make_app()
    i18n.set_language(lang)
    dialog = AccountsDialog(services)
    qtbot.addWidget(dialog)
    counted = Counter(letters([b.text() for b in dialog.findChildren(QAbstractButton)]))
    assert sorted(k for k, n in counted.items() if n > 1) == []
