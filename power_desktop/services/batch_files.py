"""Batch workbooks on disk: writing one (openpyxl write-only: memory stays flat however many
rows) and reading one back (python-calamine, an independent reader)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from power_desktop.core import batch_format as bf

from .errors import ServiceError


class BatchWriter:
    """Sheets in the order Manifest, Families, Members, Applications; a sheet longer than a
    worksheet holds continues in numbered parts, each with the header row."""

    def __init__(self, path: Path, max_rows: int = bf.MAX_ROWS) -> None:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        self._cell = WriteOnlyCell
        self.path = path
        self.max_rows = max_rows
        self.book = Workbook(write_only=True)
        self.manifest = self.book.create_sheet(bf.MANIFEST)
        self._sheets: dict[str, Any] = {}
        self._headers: dict[str, list[Any]] = {}
        self._counts: dict[str, int] = {}
        self._parts: dict[str, int] = {}

    def header(self, sheet: str, row: list[Any]) -> None:
        self._headers[sheet] = row
        self._parts[sheet] = 1
        self._open(sheet)

    def _open(self, sheet: str) -> None:
        ws = self.book.create_sheet(bf.part_name(sheet, self._parts[sheet]))
        ws.freeze_panes = "A2"
        self._sheets[sheet] = ws
        ws.append(self._row(ws, self._headers[sheet]))
        self._counts[sheet] = 1

    def row(self, sheet: str, row: list[Any]) -> None:
        if self._counts[sheet] >= self.max_rows:
            self._parts[sheet] += 1
            self._open(sheet)
        ws = self._sheets[sheet]
        ws.append(self._row(ws, row))
        self._counts[sheet] += 1

    def _row(self, ws: Any, row: list[Any]) -> list[Any]:
        out = []
        for value in row:
            value = bf.cell(value)
            if isinstance(value, str) and value[:1] == "=":
                # openpyxl would write this as a formula; as a typed string cell a spreadsheet
                # shows it as text and never runs it.
                text = self._cell(ws, value=value)
                text.data_type = "s"
                out.append(text)
            else:
                out.append(value)
        return out

    def finish(self, manifest: list[tuple[str, Any]]) -> None:
        """The Manifest, then the file flushed to disk (under the name it was given)."""
        self.manifest.append(["key", "value"])
        for key, value in manifest:
            self.manifest.append(self._row(self.manifest, [key, value]))
        self.book.save(self.path)
        with open(self.path, "rb+") as handle:
            os.fsync(handle.fileno())


    def abandon(self) -> None:
        """Close the sheets' writers after a failure (their temporary files go with them)."""
        for ws in self.book.worksheets:
            with contextlib.suppress(Exception):  # already failing; this only tidies up
                ws.close()


def read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's rows, values as the batch format carries them (see core.batch_format)."""
    from python_calamine import CalamineWorkbook
    try:
        book = CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise ServiceError(f"{path}: no such file.") from None
    except Exception as exc:  # calamine raises its own kinds for a file it cannot read
        raise ServiceError(f"{path} is not a spreadsheet this program can read ({exc}).") \
            from None
    sheets: dict[str, list[list[Any]]] = {}
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        sheets[name] = [[bf.cell(v) for v in row] for row in rows]
    return sheets


def logical_sheets(sheets: dict[str, list[list[Any]]]) -> tuple[
        dict[str, list[list[Any]]], list[bf.BatchProblem]]:
    """Parts joined back into one sheet each (header once); problems with the parts."""
    joined: dict[str, list[list[Any]]] = {}
    problems: list[bf.BatchProblem] = []
    for name in sorted(sheets, key=lambda n: bf.base_name(n)):
        base, part = bf.base_name(name)
        rows = sheets[name]
        if part == 1:
            joined[base] = [list(r) for r in rows]
            continue
        if base not in joined:
            problems.append(bf.BatchProblem(name, None, None, f"part {part} without part 1"))
            continue
        if not rows or _trim(rows[0]) != _trim(joined[base][0]):
            problems.append(bf.BatchProblem(name, 1, None, "its header differs from part 1"))
            continue
        joined[base].extend(list(r) for r in rows[1:])
    return joined, problems


def _trim(row: list[Any]) -> list[Any]:
    out = list(row)
    while out and out[-1] is None:
        out.pop()
    return out
