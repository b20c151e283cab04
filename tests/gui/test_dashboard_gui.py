"""The day at a glance, against a known data set; the day report prints."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from power_desktop.services import Services, demo
from power_desktop.ui.main_window import MainWindow
from power_desktop.ui.print_flow import PdfPreviewDialog

from ..helpers import example_family


def test_dashboard_figures(qtbot: QtBot, window: MainWindow, services: Services,
                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(services, 10, seed=8)  # demo families: registered today, by Asha
    family = example_family()
    family["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                              "dob": "1950-05-01", "marital_status": "widowed"})
    done = services.registration.register(family, confirm_warnings=True)
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    apps = services.eligibility.apply_all_eligible(done.family_id)
    batch = services.printing.render_forms([apps[0].application_id], tmp_path / "f.pdf")
    services.printing.record_printed(batch, "test printer")
    members = sum(r.member_count for r in services.registration.page(limit=100))
    window.show_page(window.pages.indexOf(window.dashboard))
    page = window.dashboard
    assert page.numbers["families_today"].text() == "11"
    assert page.numbers["members_today"].text() == str(members)
    assert page.numbers["applications_today"].text() == str(len(apps))
    assert page.numbers["prints_waiting"].text() == str(len(apps) - 1)
    value = sum(a.annual_value for a in apps)
    from power_desktop.core.codes import indian_grouping
    assert page.numbers["annual_value_today"].text() == indian_grouping(value)
    assert page.operators.rowCount() == 1 and page.operators.item(0, 0).text() == "Asha"
    assert page.operators.item(0, 4).text() == "1"  # one print
    codes = {page.schemes.item(r, 0).text().split(" / ")[0] for r in
             range(page.schemes.rowCount())}
    assert "Delhi Old Age Pension" in codes
    assert len(page.bars.values) == len({a.scheme_code for a in apps})
    shown: list[int] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec",
                        lambda d: shown.append(d.document.pageCount()) or 0)
    page.print_report()
    assert shown == [1]


def test_a_camp_servers_day_shows_each_laptops_part(qtbot: QtBot, window: MainWindow,
                                                    services: Services,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """On a laptop of its own there is no laptop table; on a camp server (figures with a
    per-laptop breakdown, services/dashboard.py) each laptop has its row."""
    from power_desktop.paper.model import LaptopLine
    window.show_page(window.pages.indexOf(window.dashboard))
    page = window.dashboard
    assert page.laptops.isHidden()
    figures = services.dashboard.day()
    figures.laptops.extend([LaptopLine("DL-SO-C07-L1", 40, 150, 61),
                            LaptopLine("DL-SO-C07-L2", 35, 120, 44)])
    monkeypatch.setattr(services.dashboard, "day", lambda *a, **k: figures)
    page.refresh()
    assert not page.laptops.isHidden() and page.laptops.rowCount() == 2
    assert [page.laptops.item(1, c).text() for c in range(4)] == ["L2", "35", "120", "44"]
    assert page.laptops.item(0, 0).toolTip() == "DL-SO-C07-L1"
