"""The window on a camp server (issue 15): a family registered through the window, by keyboard
and mouse, is at once in another laptop's search and duplicate check; when the LAN drops, a
save says so plainly (the window stays, nothing half-saved), and at the next start the window
offers to try again or to work on the laptop's own database; or, without a restart, the window
moves to the laptop's own database with the typed family, and back once the LAN is mended."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from power_desktop.paths import Paths
from power_desktop.services import Services
from power_desktop.services.camp import CampSetup
from power_desktop.ui import start
from power_desktop.ui.accounts_dialog import RecoveryCodeDialog
from power_desktop.ui.login_dialog import LoginDialog
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.registration_page import DRAFT_SLOT
from power_desktop.ui.setup_dialog import CampSetupDialog
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


def _shown(qtbot: QtBot, services: Services) -> MainWindow:
    """The window over `services`, on screen and active, the registration's first field
    focused."""
    make_app()
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.registration.household.first_field.setFocus()
    return window


def test_window_on_the_camp_server_and_when_the_lan_drops(
        qtbot: QtBot, camp: tuple[Relay, Services, Services], answers: Answers,
        tmp_path: Path) -> None:
    relay, l1, l2 = camp
    window = _shown(qtbot, l1)
    page = window.registration
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


def _when_shown(kind: type, act: Callable[[Any], None]) -> None:
    """Once a dialog of `kind` is on screen (a modal one, in its own loop), do `act` to it."""
    def poll() -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()]
        if shown:
            act(shown[-1])
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _click_menu(qtbot: QtBot, window: MainWindow, menu_title: str, action: QAction) -> None:
    """A menu of the menu bar opened by mouse, and `action` in it clicked."""
    bar = window.menuBar()
    menu = next(a.menu() for a in bar.actions() if a.text() == menu_title)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    where = bar.actionGeometry(menu.menuAction()).center()
    QTest.mouseMove(bar, where)
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(menu.isVisible, timeout=3000)
    inside = menu.actionGeometry(action).center()
    QTest.mouseMove(menu, inside)
    QTest.mouseClick(menu, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, inside)


def test_the_window_works_alone_when_the_lan_drops_and_goes_back_without_a_restart(
        qtbot: QtBot, camp: tuple[Relay, Services, Services], answers: Answers,
        tmp_path: Path) -> None:
    relay, l1, l2 = camp
    window = _shown(qtbot, l1)
    page = window.registration
    assert not window.banner.isVisible()

    # The LAN drops with a family typed: the save says so, and the strip over the page says
    # what to do. Trying again while it is down says it is still down.
    relay.cut()
    type_household(qtbot)
    type_member(qtbot, "Sunita Sharma", "", "F", "03/03/1990")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert any("cannot be reached" in s for s in answers.asked), answers.asked
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert "is not answering" in window.banner.text.text()
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "still does not answer" in window.banner.text.text(),
                    timeout=15000)
    # The LAN back for a moment: trying again clears the strip; cut again, the next save
    # brings it back.
    relay.mend()
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=15000)
    assert window.statusBar().currentMessage() == "The camp server answers again."
    relay.cut()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert l2.registration.count() == 0

    # Work on the laptop's own database, by mouse: never used before, it is set up first,
    # the camp filled in and a device code of its own offered.
    offered: dict[str, str] = {}

    def set_up(dialog: CampSetupDialog) -> None:
        offered.update(camp=dialog.camp_code.text(), device=dialog.device_code.text(),
                       district=str(dialog.district.currentData()))
        for field, text in ((dialog.operator, "Asha"), (dialog.password, "asha-pass-1"),
                            (dialog.confirm, "asha-pass-1")):
            qtbot.keyClicks(field, text)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        _when_shown(RecoveryCodeDialog, note_code)

    def note_code(dialog: RecoveryCodeDialog) -> None:
        box = dialog.written  # clicked on its box, at the left (its middle may be blank)
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    _when_shown(CampSetupDialog, set_up)
    qtbot.mouseClick(window.banner.local_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "own database" in window.camp_label.text(), timeout=15000)
    assert offered == {"camp": "C07", "device": "L1B", "district": "South"}, offered
    assert not window.banner.isVisible()
    page = window.registration  # the pages are built again over the laptop's own database
    assert [m["name"] for m in page.members] == ["Sunita Sharma"]  # carried over as typed
    assert page.household.line1.text() == "H. No. 45, Gali 7"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Saved. Family ID: DL-SO-C07-L1B-" in page.banner.text(), page.problems.text()
    alone_id = page.banner.text().rsplit(" ", 1)[-1]
    assert l2.registration.count() == 0  # nothing reached the server

    # The LAN is back: Camp > Back to the camp server, by mouse; the server's login.
    assert window.database_action.text().replace("&", "") == "Back to the camp server"
    # Asked for while the server is still away: said, and the window stays as it is.
    asked_before = len(answers.asked)
    _click_menu(qtbot, window, "&Camp", window.database_action)
    qtbot.waitUntil(lambda: len(answers.asked) > asked_before, timeout=15000)
    assert "cannot be reached" in answers.asked[-1], answers.asked[-1]
    assert "own database" in window.camp_label.text() and window.registration is page
    relay.mend()

    def log_in(dialog: LoginDialog) -> None:
        qtbot.keyClicks(dialog.name, SUPERVISOR)
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    _when_shown(LoginDialog, log_in)
    _click_menu(qtbot, window, "&Camp", window.database_action)
    qtbot.waitUntil(lambda: "on the camp server 127.0.0.1:" in window.camp_label.text(),
                    timeout=15000)
    assert window.services.on_server and window.services.user is not None
    assert window.database_action.text().replace("&", "") == \
        "Work on this laptop's own database"
    # The family registered alone is on the laptop's own database, waiting for sync.
    alone = Services.open(Paths(tmp_path / "l1"), database_url="local")
    try:
        assert alone.registration.count() == 1
        assert alone.camp.current() is not None
        assert alone.camp.current().device_code == "L1B"  # type: ignore[union-attr]
    finally:
        alone.close()
    assert alone_id.startswith("DL-SO-C07-L1B-")
    window.close()
