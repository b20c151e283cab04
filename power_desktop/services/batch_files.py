"""Batch workbooks read back (python-calamine, an independent reader), and the writers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from power_desktop.core import batch_format as bf
from power_desktop.store.workbook import BatchWriter, ParallelBatchWriter, WriterFailed

from .errors import ServiceError

__all__ = ["BatchWriter", "ParallelBatchWriter", "WriterFailed", "logical_sheets",
           "read_back_hashes", "read_workbook"]


def read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's rows, values as the batch format carries them (see core.batch_format)."""
    from python_calamine import CalamineWorkbook
    try:
        book = CalamineWorkbook.from_path(str(path))
    except FileNotFoundError:
        raise ServiceError(f"{path}: no such file.", hi=f"{path}: यह फ़ाइल नहीं मिली।") from None
    except Exception as exc:  # calamine raises its own kinds for a file it cannot read
        raise ServiceError(f"{path} is not a spreadsheet this program can read ({exc}).",
                           hi=f"{path} ऐसी स्प्रेडशीट नहीं है जिसे यह प्रोग्राम पढ़ सके "
                              f"({exc})।") from None
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


def read_back_hashes(path: Path) -> dict[str, str]:
    """Each data sheet's SHA-256 as `validate-batch` computes it, read back row by row from
    the written file (parts joined), without holding a whole sheet as Python values."""
    from python_calamine import CalamineWorkbook
    book = CalamineWorkbook.from_path(str(path))
    digests: dict[str, bf.SheetHash] = {}
    widths: dict[str, int] = {}
    for name in sorted(book.sheet_names, key=bf.base_name):
        base, part = bf.base_name(name)
        if base not in bf.DATA_SHEETS:
            continue
        for index, raw in enumerate(book.get_sheet_by_name(name).iter_rows()):
            row = _trim([bf.cell(v) for v in raw])
            if index == 0:
                if part > 1:
                    continue  # a part repeats the header
                digests[base], widths[base] = bf.SheetHash(), len(row)
            width = widths[base]
            digests[base].add(row + [None] * (width - len(row)) if len(row) < width else row)
    return {sheet: digest.hexdigest() for sheet, digest in digests.items()}
