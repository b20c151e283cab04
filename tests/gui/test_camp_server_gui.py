"""The window on a camp server (issue 15): a family registered through the window, by keyboard
and mouse, is at once in another laptop's search and duplicate check; when the LAN drops, a
save says so plainly (the window stays, nothing half-saved), and at the next start the window
offers to try again or to work on the laptop's own database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.ui import start
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.registration_page import DRAFT_SLOT
from power_desktop.ui.start import make_app

from .. import engines
from ..helpers import PASSWORD, SUPERVISOR, FixedClock
from ..relay import Relay
from .conftest import Answers
from .keys import focused, press
from .test_registration_page import type_household, type_member

pytestmark = pytest.mark.skipif(engines.SERVER is None,
                                reason="needs a PostgreSQL test server (POWER_TEST_POSTGRES)")


@pytest.fixture
def camp(tmp_path: Path) -> Iterator[tuple[Relay, Services, Services]]:
    """A camp server behind a relay (the LAN); laptop 1 reaches it through the relay, laptop 2
    directly. Both joined, both logged in."""
    url = engines.new_database()
    relay = Relay(url)
    l1 = Services.open(Paths(tmp_path / "l1"), clock=FixedClock(), database_url=relay.url)
    l1.accounts.setup_first(SUPERVISOR, PASSWORD)
    l1.camp.setup(CampSetup("DL", "South", "C07", "L1", SUPERVISOR))
    l1.remember_server()
    l2 = Services.open(Paths(tmp_path / "l2"), clock=FixedClock(), database_url=url)
    l2.accounts.login(SUPERVISOR, PASSWORD)
    l2.camp.join("L2")
    yield relay, l1, l2
    relay.cut()
    l1.close()
    l2.close()


def _click_when_asked(qtbot: QtBot, answers: list[str], seen: list[str]) -> None:
    """Answer the start-up's server question by mouse: each answer's button, in turn."""
    def poll() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, poll)
            return
        box = boxes[-1]
        seen.append(box.text())
        wanted = answers.pop(0)
        button = next(b for b in box.findChildren(QPushButton)
                      if wanted in b.text().replace("&", ""))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        if answers:
            QTimer.singleShot(50, poll)
    QTimer.singleShot(0, poll)


def test_window_on_the_camp_server_and_when_the_lan_drops(
        qtbot: QtBot, camp: tuple[Relay, Services, Services], answers: Answers,
        tmp_path: Path) -> None:
    relay, l1, l2 = camp
    make_app()
    window = MainWindow(l1)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page = window.registration
    page.household.first_field.setFocus()
    assert "on the camp server 127.0.0.1:" in window.camp_label.text()

    type_household(qtbot)
    type_member(qtbot, "Kamla Devi", "", "F", "10/02/1981")
    type_member(qtbot, "Ramesh Kumar", "So", "M", "20")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Saved. Family ID: DL-SO-C07-L1-" in page.banner.text(), page.problems.text()
    family_id = page.banner.text().rsplit(" ", 1)[-1]
    # Laptop 2 finds it at once: by search, and as a likely duplicate of the same people.
    assert family_id in {hit.family_id for hit in l2.search.search("kamla devi").hits}
    same = l2.duplicates.check({"address": {"line1": "H. No. 45, Gali 7",
                                            "locality": "Sangam Vihar", "district": "South",
                                            "state": "DL", "pin": "110080"},
                                "mobile": "9811122233",
                                "members": [{"name": "Kamla Devi", "gender": "F",
                                             "dob": "1981-02-10", "relation": "head"}]})
    assert family_id in {c.family_id for c in same}

    # The LAN drops while the next family is typed: the save says so, the window stays.
    relay.cut()
    assert window.pages.currentWidget() is window.screening  # where a save leads
    press(qtbot, Qt.Key.Key_F2)  # the next family
    assert focused() is page.household.line1
    type_household(qtbot)
    type_member(qtbot, "Sunita Sharma", "", "F", "03/03/1990")
    asked_before = len(answers.asked)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    said = answers.asked[asked_before:]
    assert any("camp server 127.0.0.1:" in s and "cannot be reached" in s for s in said), said
    assert window.isVisible() and page.members  # what was typed is still there
    page.save_draft()  # as its timer does: kept on the laptop, the LAN down or not
    kept = l1.drafts.load(DRAFT_SLOT)
    assert kept is not None and kept["members"][0]["name"] == "Sunita Sharma"
    assert not list((tmp_path / "l1").glob("drafts/*.tmp*"))
    assert l2.registration.count() == 1  # nothing half-saved on the server
    assert focused() is not None

    # The next start, the server still away: asked what to do; "Try again", then the
    # laptop's own database, each by mouse.
    paths = Paths(tmp_path / "l1")
    seen: list[str] = []
    _click_when_asked(qtbot, ["Try again", "own database"], seen)
    alone = start._opened(window, paths, start._Opening(paths))
    try:
        assert len(seen) == 2 and all("cannot be reached" in s for s in seen), seen
        assert not alone.on_server
        assert alone.where_working() == ("alone", relay.url.rsplit("@", 1)[-1])
    finally:
        alone.close()
    page._draft_timer.stop()
    window.close()  # asks about the unsaved family (answered yes); the draft stays on the laptop
    assert l1.drafts.load(DRAFT_SLOT) is not None
