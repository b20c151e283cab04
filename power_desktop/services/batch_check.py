"""`validate-batch`: everything the central side would check before an upload, each problem
named with its sheet, row and column."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from power_desktop.core import batch_format as bf
from power_desktop.core.batch_sign import SIGNATURE, SIGNING_KEY, name_problems, signed_bytes

from . import signing
from .batch_files import logical_sheets, read_workbook


def validate(path: Path) -> list[bf.BatchProblem]:
    raw = read_workbook(path)
    problems = _formulas(path)
    sheets, part_problems = logical_sheets(raw)
    problems += part_problems
    for name in (bf.MANIFEST, *bf.DATA_SHEETS):
        if name not in sheets:
            problems.append(bf.BatchProblem(name, None, None, "the sheet is missing"))
    manifest: dict[str, Any] = {}
    if bf.MANIFEST in sheets:
        manifest, manifest_problems = _manifest(sheets[bf.MANIFEST])
        problems += manifest_problems
    keys: dict[str, set[Any]] = {}
    for sheet in bf.DATA_SHEETS:
        if sheet not in sheets:
            continue
        rows = [_trim(r) for r in sheets[sheet]]
        if not rows:
            problems.append(bf.BatchProblem(sheet, None, None, "the sheet is empty"))
            continue
        columns = _columns(sheet, rows[0], problems)
        data = rows[1:]
        problems += list(bf.check_rows(sheet, columns, iter(data)))
        if f"rows_{sheet.lower()}" in manifest and \
                manifest[f"rows_{sheet.lower()}"] != len(data):
            problems.append(bf.BatchProblem(sheet, None, None, (
                f"{len(data)} rows, but the Manifest says {manifest[f'rows_{sheet.lower()}']}")))
        digest = bf.sheet_hash([_pad(r, len(rows[0])) for r in rows])
        if manifest.get(f"sha256_{sheet.lower()}") not in (None, digest):
            problems.append(bf.BatchProblem(sheet, None, None, (
                "the content does not match the Manifest's SHA-256: the sheet was changed "
                "after export, or damaged")))
        problems += _duplicates(sheet, rows[0], data)
        problems += _foreign_rows(sheet, rows[0], data, manifest)
        key = bf.KEYS[sheet]
        if key in rows[0]:
            at = rows[0].index(key)
            keys[sheet] = {r[at] for r in data if len(r) > at}
    if bf.MEMBERS in sheets and bf.FAMILIES in keys:
        header = sheets[bf.MEMBERS][0]
        if "family_uuid" in header:
            at = header.index("family_uuid")
            for i, row in enumerate(sheets[bf.MEMBERS][1:], start=2):
                if len(row) > at and row[at] and row[at] not in keys[bf.FAMILIES]:
                    problems.append(bf.BatchProblem(bf.MEMBERS, i, "family_uuid",
                                                    "no such family on the Families sheet"))
    return problems


def _trim(row: list[Any]) -> list[Any]:
    out = list(row)
    while out and out[-1] is None:
        out.pop()
    return out


def _pad(row: list[Any], width: int) -> list[Any]:
    return row + [None] * (width - len(row)) if len(row) < width else row


def _manifest(rows: list[list[Any]]) -> tuple[dict[str, Any], list[bf.BatchProblem]]:
    problems = []
    if not rows or _trim(rows[0])[:2] != ["key", "value"]:
        problems.append(bf.BatchProblem(bf.MANIFEST, 1, None, "the header must be: key, value"))
    values = {str(r[0]): (r[1] if len(r) > 1 else None) for r in rows[1:] if r and r[0]}
    keys = bf.manifest_keys(values.get("format_version"))
    for key in keys:
        if key not in values:
            problems.append(bf.BatchProblem(bf.MANIFEST, None, key, "the key is missing"))
    for key in values:
        if key not in keys:
            problems.append(bf.BatchProblem(bf.MANIFEST, None, key, "an unknown key"))
    if values.get("format_version") == "1.0":
        problems.append(bf.BatchProblem(bf.MANIFEST, None, "signature", (
            "format 1.0 batches are not signed: nothing shows who wrote this one; write it "
            "again with this release (export --again) or export a new one")))
    elif values.get("format_version") not in (None, "1.1", bf.FORMAT_VERSION):
        problems.append(bf.BatchProblem(bf.MANIFEST, None, "format_version", (
            f"format {values['format_version']} is not one this program knows "
            f"(1.1, {bf.FORMAT_VERSION})")))
    else:
        pairs = [(k, values.get(k)) for k in keys]
        if not signing.verify(str(values.get(SIGNING_KEY) or ""),
                              str(values.get(SIGNATURE) or ""), signed_bytes(pairs)):
            problems.append(bf.BatchProblem(bf.MANIFEST, None, "signature", (
                "the signature does not match: the batch was changed after the laptop signed "
                "it, or was not signed by it")))
    for key, why in name_problems(values):
        problems.append(bf.BatchProblem(bf.MANIFEST, None, key, why))
    return values, problems


def _foreign_rows(sheet: str, header: list[Any], rows: list[list[Any]],
                  manifest: dict[str, Any]) -> list[bf.BatchProblem]:
    """Rows whose IDs are not of the laptops the manifest names (C99's rows under C07)."""
    laptops = tuple(f"{d}-" for d in str(manifest.get("device") or "").split("+") if d)
    column = {"Families": "family_id", "Members": "member_id",
              "Applications": "application_id"}[sheet]
    if not laptops or column not in header:
        return []
    at, problems = header.index(column), []
    camp_at = header.index("camp") if sheet == bf.FAMILIES and "camp" in header else None
    for i, row in enumerate(rows, start=2):
        value = str(row[at]) if len(row) > at and row[at] is not None else ""
        if value and not value.startswith(laptops):
            problems.append(bf.BatchProblem(sheet, i, column, (
                f"{value} is not an ID of {manifest.get('device')}")))
        if camp_at is not None and len(row) > camp_at and f"{row[camp_at]}-" not in laptops:
            problems.append(bf.BatchProblem(sheet, i, "camp", (
                f"{row[camp_at]} is not a laptop the Manifest names "
                f"({manifest.get('device')})")))
        if len(problems) >= 20:
            break
    return problems


def _columns(sheet: str, header: list[Any], problems: list[bf.BatchProblem]) -> tuple[
        bf.Column, ...]:
    expected = bf.COLUMNS[sheet]
    names = [c.name for c in expected]
    if header[:len(names)] != names:
        for i, name in enumerate(names):
            got = header[i] if i < len(header) else None
            if got != name:
                problems.append(bf.BatchProblem(sheet, 1, _letter(i), (
                    f"the column should be '{name}', not {got!r}")))
                break
        return expected
    extra = header[len(names):]
    for i, name in enumerate(extra, start=len(names)):
        if sheet != bf.APPLICATIONS or not re.fullmatch(r"[A-Z0-9-]+\.[a-z][a-z0-9_]*",
                                                        str(name)):
            problems.append(bf.BatchProblem(sheet, 1, _letter(i), f"unknown column {name!r}"))
    return expected + tuple(bf.Column(str(n), "any") for n in extra)


def _duplicates(sheet: str, header: list[Any], rows: list[list[Any]]) -> list[bf.BatchProblem]:
    problems = []
    for column in (bf.KEYS[sheet], {"Families": "family_id", "Members": "member_id",
                                    "Applications": "application_id"}[sheet]):
        if column not in header:
            continue
        at = header.index(column)
        counts = Counter(r[at] for r in rows if len(r) > at and r[at] is not None)
        for i, row in enumerate(rows, start=2):
            if len(row) > at and row[at] is not None and counts[row[at]] > 1:
                problems.append(bf.BatchProblem(sheet, i, column, (
                    f"{row[at]} appears {counts[row[at]]} times")))
    return problems


def _formulas(path: Path) -> list[bf.BatchProblem]:
    """A cell that is a formula (a spreadsheet would run it) anywhere in the workbook."""
    problems = []
    try:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as handle:
                        text = handle.read().decode("utf-8", "replace")
                    if re.search(r"<f[ >]", text):
                        problems.append(bf.BatchProblem(name.split("/")[-1], None, None,
                                                        "a cell holds a formula"))
    except zipfile.BadZipFile:
        pass  # read_workbook has already said what is wrong
    return problems


def _letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
