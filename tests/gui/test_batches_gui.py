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
    assert "would carry 1 families, 2 members" in page.summary.text()
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
