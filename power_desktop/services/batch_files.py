"""Batch workbooks read back (python-calamine, an independent reader), and the writers."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from power_desktop.core import batch_format as bf
from power_desktop.store.workbook import BatchWriter, ParallelBatchWriter, WriterFailed

from .errors import ServiceError

__all__ = ["BatchWriter", "ParallelBatchWriter", "WriterFailed", "check_workbook",
           "logical_sheets", "read_back_hashes", "read_workbook"]

# What a workbook from outside may unpack to, checked before it is read. Batches this program
# writes compress 3 to 8 times; a zip bomb a thousand times or more. The row and column
# limits are the xlsx format's own.
MAX_RATIO = 100  # uncompressed to compressed, for any part above RATIO_FROM bytes
RATIO_FROM = 1 << 20
MAX_UNCOMPRESSED = 2 << 30  # all parts together
MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 1_048_576, 16_384
_DIMENSION = re.compile(rb'<dimension ref="[A-Z]{1,3}\d+(?::([A-Z]{1,3})(\d+))?"')


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def check_workbook(path: Path) -> None:
    """Refuse, before reading it, a workbook that would unpack to more than any batch or
    acknowledgement file holds (a zip bomb) or that declares more rows or columns than the
    format allows. A file that is not a zip is left to the reader to refuse."""
    def refuse(why: str, why_hi: str) -> ServiceError:
        return ServiceError(f"{path} was not read: {why}. Nothing was changed.",
                            hi=f"{path} नहीं पढ़ी गई: {why_hi}। कुछ नहीं बदला गया।")
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return
    with book:
        total = 0
        for info in book.infolist():
            total += info.file_size
            if info.file_size > RATIO_FROM and \
                    info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise refuse(f"its part {info.filename} unpacks to "
                             f"{info.file_size // info.compress_size if info.compress_size else 0}"
                             " times its size (a spreadsheet is 3 to 10 times): it is damaged "
                             "or made to exhaust memory",
                             f"इसका भाग {info.filename} अपने आकार से बहुत गुना बड़ा खुलता है: "
                             "फ़ाइल ख़राब है या मेमोरी भरने के लिए बनाई गई है")
            if total > MAX_UNCOMPRESSED:
                raise refuse("it unpacks to more than 2 GB", "यह 2 GB से अधिक में खुलती है")
        for info in book.infolist():
            if not (info.filename.startswith("xl/worksheets/")
                    and info.filename.endswith(".xml")):
                continue
            with book.open(info) as sheet:
                head = sheet.read(4096)
            found = _DIMENSION.search(head)
            if found and found.group(2):
                rows, columns = int(found.group(2)), _column_number(found.group(1).decode())
                if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
                    raise refuse(f"a sheet declares {rows:,} rows and {columns:,} columns, "
                                 f"beyond the format's {MAX_SHEET_ROWS:,} and "
                                 f"{MAX_SHEET_COLUMNS:,}",
                                 f"एक शीट में {rows:,} पंक्तियाँ और {columns:,} कॉलम बताए गए "
                                 "हैं, जो प्रारूप की सीमा से अधिक हैं")


def read_workbook(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's rows, values as the batch format carries them (see core.batch_format)."""
    from python_calamine import CalamineWorkbook
    if Path(path).is_file():
        check_workbook(Path(path))
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
