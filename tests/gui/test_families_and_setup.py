"""The families list (paged, sorted, checked by qtmodeltester) and the camp set-up dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from power_desktop.paths import Paths
from power_desktop.services import Services, demo
from power_desktop.ui.family_table_model import PAGE, FamilyTableModel
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.setup_dialog import CampSetupDialog

from ..helpers import FixedClock, open_services


def test_model_fetches_page_by_page(qtmodeltester: ModelTester, services: Services) -> None:
    demo.generate(services, 2 * PAGE + 50, seed=5)
    model = FamilyTableModel(services)
    model.reload()
    assert model.rowCount() == PAGE and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE + 50 and not model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    ids = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)


def test_sorting_by_district(services: Services) -> None:
    demo.generate(services, 300, seed=9)
    model = FamilyTableModel(services)
    model.sort(FamilyTableModel.COLUMNS.index("district"), Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    districts = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    assert districts == sorted(districts) and len(districts) == 300
    model.sort(FamilyTableModel.COLUMNS.index("head_name"), Qt.SortOrder.AscendingOrder)
    assert model.sort_key == "district"  # other columns do not sort


def test_list_refreshes_on_save(window: MainWindow, services: Services) -> None:
    from ..helpers import example_family
    assert window.families.model.rowCount() == 0
    services.registration.register(example_family())
    assert window.families.model.rowCount() == 1
    assert window.families.count.text() == "1 family"


def test_camp_setup_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_services(tmp_path / "new", with_camp=False)
    dialog = CampSetupDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.district.setCurrentIndex(dialog.district.findData("North East"))
    qtbot.keyClicks(dialog.camp_code, "c-1!")
    dialog.device_code.setText("L1")
    dialog.start.setDate(QDate(2026, 12, 2))
    dialog._start()
    assert "Camp code 'C1!' must be 1 to 6 letters or digits" in dialog.error.text()
    assert services.camp.current() is None
    dialog.camp_code.clear()
    qtbot.keyClicks(dialog.camp_code, "c01")
    dialog._start()
    camp = services.camp.current()
    assert camp is not None and camp.label == "DL-NE-C01-L1"
    assert camp.start_date.isoformat() == "2026-12-02" and dialog.result() == 1
    services.close()


def test_first_start_asks_for_the_camp_and_supervisor_then_opens_the_pages(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from power_desktop.ui import start
    from power_desktop.ui.accounts_dialog import RecoveryCodeDialog

    services = Services.open(Paths(tmp_path / "first"), clock=FixedClock())
    shown: list[str] = []

    def fill_and_start(dialog: CampSetupDialog) -> int:
        dialog.camp_code.setText("C09")
        dialog.device_code.setText("L1")
        dialog.operator.setText("Meena")
        dialog.password.setText("meena-pass-1")
        dialog.confirm.setText("meena-pass-2")
        dialog._start()
        assert "not the same" in dialog.error.text() and not services.accounts.has_accounts()
        dialog.confirm.setText("meena-pass-1")
        dialog._start()
        return dialog.result()

    def note_code(dialog: RecoveryCodeDialog) -> int:
        assert not dialog.ok.isEnabled()  # not before "I have written it down"
        dialog.written.setChecked(True)
        shown.append(dialog.findChild(QLabel, "recoveryCode").text())
        return 1

    monkeypatch.setattr(CampSetupDialog, "exec", fill_and_start)
    monkeypatch.setattr(RecoveryCodeDialog, "exec", note_code)
    window = start.open_window(services)
    assert window is not None
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.registration
    assert "DL-CE-C09-L1" in window.camp_label.text()  # the first district, A to Z
    assert "Meena" in window.camp_label.text()
    assert services.user is not None and services.user.is_supervisor
    assert len(shown) == 1 and len(shown[0]) == 24
    assert all(a.isVisible() for a in window.supervisor_actions)
    window.close()
    services.close()


def test_closing_the_first_setup_leaves_nothing(qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: object) -> None:
    from power_desktop.ui import start
    services = Services.open(Paths(tmp_path / "first"), clock=FixedClock())
    monkeypatch.setattr(CampSetupDialog, "exec", lambda dialog: 0)  # type: ignore[attr-defined]
    assert start.open_window(services) is None
    assert services.camp.current() is None and not services.accounts.has_accounts()
    services.close()
