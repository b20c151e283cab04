"""The supervisor's preview counts in the background and shows changed limits."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from power_desktop.services import Services, demo
from power_desktop.ui.preview_dialog import PreviewDialog


def test_counts_in_the_background_with_a_changed_limit(qtbot: QtBot, services: Services) -> None:
    demo.generate(services, 200, seed=3)
    dialog = PreviewDialog(services)
    qtbot.addWidget(dialog)
    dialog.scheme.setCurrentIndex(dialog.scheme.findData("DL-NFSA"))
    assert set(dialog.limit_edits) == {"income_limit", "grain_value_per_kg"}
    dialog.limit_edits["income_limit"].setText("5,00,000")
    assert dialog.changed_limits() == {"income_limit": 500000}
    dialog.count()
    assert dialog.job is not None
    with qtbot.waitSignal(dialog.job.done, timeout=30000):
        pass
    base = services.eligibility.preview("DL-NFSA")
    assert f"of {200} families qualify" in dialog.result.text().replace(",", "")
    assert "With the changed limits" in dialog.result.text()
    assert str(base.eligible_families) in dialog.result.text()
    assert dialog.count_button.isEnabled()
