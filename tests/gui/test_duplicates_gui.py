"""Saving a family whose people look already registered: the operator's three choices."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from power_desktop.services import Services
from power_desktop.store.models import AuditEntry
from power_desktop.ui.duplicate_dialog import DuplicateDialog
from power_desktop.ui.main_window import MainWindow

from ..helpers import example_family


def fill_again(window: MainWindow) -> None:
    """Type the example family into the form again (as another operator would)."""
    page = window.registration
    data = example_family()
    del data["members"][0]["aadhaar"]  # not typed this time (the same number is another rule)
    page.household.set_value(data)
    page.members = [dict(m) for m in data["members"]]
    page._refresh_table()


@pytest.mark.parametrize("choice", [DuplicateDialog.DIFFERENT, DuplicateDialog.ADD,
                                    DuplicateDialog.OPEN])
def test_operator_decides(window: MainWindow, services: Services, monkeypatch: Any,
                          choice: int) -> None:
    first = services.registration.register(example_family()).family_id
    asked: list[Any] = []

    def decide(candidates: list[Any]) -> tuple[int, Any]:
        asked.append(candidates)
        return choice, candidates[0]

    monkeypatch.setattr(window.registration, "ask_duplicate", decide)
    fill_again(window)
    window.registration.save()
    assert asked and asked[0][0].family_id == first
    assert {c.member_name for c in asked[0]} == {"Kamla Devi", "Pooja Kumari"}
    if choice == DuplicateDialog.DIFFERENT:
        assert services.registration.count() == 2
    elif choice == DuplicateDialog.ADD:
        assert services.registration.count() == 1
        family = services.registration.get(first)
        assert len(family.members) == 4
        assert family.members[2].relation == "other_relative"  # the typed head
    else:
        assert services.registration.count() == 1
        assert window.pages.currentWidget() is window.registration
        assert first in window.registration.title.text()
    if choice != DuplicateDialog.OPEN:
        with services.sessions() as session:
            decisions = session.scalars(select(AuditEntry.detail).where(
                AuditEntry.action == "duplicate.decision")).all()
        assert len(decisions) == 1 and "by Asha" in decisions[0]


def test_the_check_runs_while_typing_so_the_save_only_writes(
        qtbot: Any, window: MainWindow, services: Services, monkeypatch: Any) -> None:
    from power_desktop.store import search_index
    services.registration.register(example_family())
    asked: list[Any] = []
    real = search_index.blocked
    monkeypatch.setattr(search_index, "blocked",
                        lambda *a, **k: asked.append(a) or real(*a, **k))
    page = window.registration
    answers: list[Any] = []
    page.prechecker.answered.connect(lambda _request, result: answers.append(result))
    fill_again(window)
    page._touched()  # as typing does
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert answers[-1] and answers[-1][0].member_name == "Kamla Devi"  # found while typing
    before = len(asked)
    seen: list[Any] = []
    monkeypatch.setattr(page, "ask_duplicate",
                        lambda candidates: seen.append(candidates) or
                        (DuplicateDialog.DIFFERENT, candidates[0]))
    page.save()
    assert seen and len(asked) == before  # Ctrl+S asked the index nothing more
    assert services.registration.count() == 2


def _click_in_dialog(qtbot: Any, label: str, seen: list[list[str]]) -> None:
    """When the real dialog is up, note its buttons and click `label` with the mouse."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DuplicateDialog):
            QTimer.singleShot(20, press)
            return
        buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
        seen.append(sorted(buttons))
        qtbot.mouseClick(buttons[label], Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, press)


def test_same_aadhaar_offers_only_open_or_move_and_the_move_is_recorded(
        qtbot: Any, window: MainWindow, services: Services) -> None:
    """The real dialog, clicked with the mouse: no 'different people' for a same Aadhaar."""
    old = example_family()
    old["members"][0]["relation"], old["members"][1]["relation"] = "daughter", "head"
    old["members"][1]["age"] = 40
    first = services.registration.register(old, confirm_warnings=True)
    page = window.registration
    son = {"mobile": "9876501234",
           "address": {"line1": "B-12", "locality": "Madanpur Khadar",
                       "district": "South East", "state": "DL", "pin": "110076"},
           "members": [
               {"name": "Ravi Kumar", "relation": "head", "gender": "M", "dob": "2000-03-04",
                "father_or_husband_name": "Suresh Kumar"},
               {"name": "Kamla Devi", "relation": "mother", "gender": "F", "dob": "1981-02-10",
                "aadhaar": "2341 2341 2346", "marital_status": "widowed"}]}
    page.household.set_value(son)
    page.members = [dict(m) for m in son["members"]]
    page._refresh_table()
    seen: list[list[str]] = []
    _click_in_dialog(qtbot, "Move the person into this family", seen)
    done = page.save()
    assert seen and "Different people: save as new" not in seen[0]
    assert "Add the typed people to that family" not in seen[0]
    assert done is not None and services.registration.count() == 2
    assert [m.name for m in services.registration.get(first.family_id).members] == \
        ["Pooja Kumari"]
    with services.sessions() as session:
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.action == "member.move")).one()
