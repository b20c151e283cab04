"""The read-only lists the pages and dialogs show: one row per record, chosen by whole rows."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget


def record_table(headers: list[str], stretch: int | None = None,
                 many: bool = False) -> QTableWidget:
    """`stretch`: the column that takes the spare width (default: the last); `many`: several
    rows may be chosen at once (Ctrl/Shift-click, Ctrl+A)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if many
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    if stretch is None:
        table.horizontalHeader().setStretchLastSection(True)
    else:
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
