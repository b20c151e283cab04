"""Batches and returns in the window: the supervisor sees what the next batch carries, exports
it off the GUI thread; returned applications are listed and sent again; operators do not see
the batches page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from power_desktop.services import Services
from power_desktop.services.acks import AckService
from power_desktop.ui.main_window import MainWindow

from ..helpers import example_family


def test_export_from_the_batches_page(qtbot: QtBot, window: MainWindow, services: Services,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      answers: object) -> None:
    done = services.registration.register(example_family())
    services.eligibility.apply_all_eligible(done.family_id)
    window.show_page(window.pages.indexOf(window.batches))
    page = window.batches
    assert "would carry 1 family, 2 members" in page.summary.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    page.export()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=20000)
    assert (tmp_path / "DL-SO-C07-L2-B0001.xlsx").exists()
    assert "would carry 0 families" in page.summary.text()
    assert not page.export_button.isEnabled()


def test_returns_listed_and_sent_again(qtbot: QtBot, window: MainWindow, services: Services,
                                       tmp_path: Path) -> None:
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    done = services.registration.register(family, confirm_warnings=True)
    apps = services.eligibility.apply_all_eligible(done.family_id)
    services.export.export(tmp_path)
    ack = tmp_path / "ack.csv"
    ack.write_text("application_id,status,reason,central_reference\n"
                   f"{apps[0].application_id},rejected,Age proof unclear,R9\n", encoding="utf-8")
    AckService(services).import_file(ack)
    window.show_page(window.pages.indexOf(window.returns))
    page = window.returns
    assert page.table.rowCount() == 1 and page.table.item(0, 4).text() == "Age proof unclear"
    page.table.selectRow(0)
    page.resubmit()
    assert page.table.item(0, 5).text() == "goes out again"
    page.open_selected()
    assert window.pages.currentWidget() is window.registration


def test_operators_do_not_see_batches(qtbot: QtBot, window: MainWindow,
                                      services: Services) -> None:
    batches_row = window.pages.indexOf(window.batches)
    assert not window.nav.item(batches_row).isHidden()
    services.accounts.add("Ravi", "ravi-pass-1")
    services.accounts.login("Ravi", "ravi-pass-1")
    window._update_user()
    assert window.nav.item(batches_row).isHidden()
    window.show_page(batches_row)
    assert window.pages.currentWidget() is window.registration


def test_preview_lists_the_rows_and_those_left_out_with_why(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    from sqlalchemy import update

    from power_desktop.store.models import Member
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    good = services.registration.register(family, confirm_warnings=True)
    apps = services.eligibility.apply_all_eligible(good.family_id)
    assert apps
    bad = services.registration.register(example_family(1) | {"mobile": "9811100000"},
                                         confirm_warnings=True,
                                         duplicate_decision="test: another family")
    with services.sessions() as session, session.begin():  # a record the format refuses
        session.execute(update(Member).where(Member.name == "Pooja Kumari",
                                             Member.family.has(family_code=bad.family_id))
                        .values(gender="X"))
    window.show_page(window.pages.indexOf(window.batches))
    page = window.batches
    carried = [[page.carried.item(r, c).text() for c in range(4)]
               for r in range(page.carried.rowCount())]
    assert ["Family", good.family_id, "Kamla Devi", "Sangam Vihar, 3 members"] in carried
    assert ["Member", f"{good.family_id}-M02", "Pooja Kumari", "Daughter"] in carried
    assert any(row[0] == "Application" and row[1] == apps[0].application_id
               and row[2] == apps[0].member_name and row[3].endswith("not printed yet")
               for row in carried)
    assert not any(bad.family_id in row[1] for row in carried)  # left out, members and all
    left = [[page.left_out.item(r, c).text() for c in range(4)]
            for r in range(page.left_out.rowCount())]
    assert left and left[0][0] == "Member" and left[0][1] == f"{bad.family_id}-M02"
    assert left[0][2] == "Gender" and "one of" in left[0][3]
    assert page.preview_tabs.tabText(0) == f"The batch would carry: {len(carried)} rows"
    assert page.preview_tabs.tabText(1) == "Left out until corrected: 1"
