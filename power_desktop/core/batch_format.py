"""The daily batch format (docs/batch-format.md): sheets, columns, types, codes, and the
canonical content whose SHA-256 the Manifest carries. Both the writer and `validate-batch`
use this one definition.

Canonical content of a sheet: its header row and data rows, in order, each row a JSON array
(UTF-8, no spaces, `null` for an empty cell, integers without a decimal point), one per line,
joined by "\\n". Numbers read back from a spreadsheet as 5.0 count as 5; an empty cell as null.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from . import codes

# 1.1: signed (signing_key, signature); 1.2: also the laptop's numbering marks and the end of
# its audit trail (numbering, audit_head), kept where the laptop's disk is not
FORMAT_VERSION = "1.2"
MAX_ROWS = 1_048_576  # a worksheet's limit, header included
MANIFEST, FAMILIES, MEMBERS, APPLICATIONS = "Manifest", "Families", "Members", "Applications"
DATA_SHEETS = (FAMILIES, MEMBERS, APPLICATIONS)
APPLICATION_STATUSES = ("created", "printed", "handed_over")


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # text uuid int bool date datetime json pin mobile token last4 code any
    required: bool = False
    codes: tuple[str, ...] = ()


def _c(name: str, kind: str, required: bool = False, allowed: Iterable[str] = ()) -> Column:
    return Column(name, kind, required, tuple(allowed))


FAMILY_COLUMNS = (
    _c("family_uuid", "uuid", True), _c("family_id", "text", True),
    _c("record_version", "int", True), _c("camp", "text", True),
    _c("state", "code", True, codes.STATES), _c("district", "text", True),
    _c("district_code", "text", True), _c("address_line", "text", True),
    _c("locality", "text", True), _c("pin", "pin", True), _c("mobile", "mobile"),
    _c("ration_card_number", "text"), _c("ration_category", "code", False,
                                         codes.RATION_CATEGORIES),
    _c("annual_income", "int"), _c("social_category", "code", False, codes.SOCIAL_CATEGORIES),
    _c("minority", "bool"), _c("years_in_state", "int"), _c("member_count", "int", True),
    _c("head_name", "text", True), _c("extra", "json"), _c("created_at", "datetime", True),
    _c("created_by", "text", True), _c("updated_at", "datetime", True),
    _c("updated_by", "text", True),
)

MEMBER_COLUMNS = (
    _c("member_uuid", "uuid", True), _c("member_id", "text", True),
    _c("family_uuid", "uuid", True), _c("family_id", "text", True),
    _c("record_version", "int", True), _c("member_no", "int", True), _c("name", "text", True),
    _c("name_hi", "text"), _c("relation", "code", True, codes.RELATIONS),
    _c("relation_code", "int", True), _c("gender", "code", True, codes.GENDERS),
    _c("dob", "date", True), _c("dob_estimated", "bool", True),
    _c("marital_status", "code", False, codes.MARITAL_STATUSES),
    _c("father_or_husband_name", "text"), _c("aadhaar_token", "token"),
    _c("aadhaar_last4", "last4"), _c("mobile", "mobile"), _c("disability_percent", "int"),
    _c("occupation", "code", False, codes.OCCUPATIONS),
    _c("construction_days_last_year", "int"), _c("income_tax_payer", "bool"),
    _c("pregnant", "bool"), _c("lactating", "bool"), _c("delivery_date", "date"),
    _c("school_class", "code", False, codes.SCHOOL_CLASSES), _c("bank_ifsc", "text"),
    _c("bank_account", "text"), _c("extra", "json"),
)

APPLICATION_COLUMNS = (
    _c("application_uuid", "uuid", True), _c("application_id", "text", True),
    _c("record_version", "int", True), _c("family_uuid", "uuid", True),
    _c("family_id", "text", True), _c("member_uuid", "uuid"), _c("member_id", "text"),
    _c("scheme_code", "text", True), _c("scheme_pack", "text", True),
    _c("status", "code", True, APPLICATION_STATUSES), _c("annual_value", "int", True),
    _c("created_at", "datetime", True), _c("created_by", "text", True),
)

COLUMNS = {FAMILIES: FAMILY_COLUMNS, MEMBERS: MEMBER_COLUMNS, APPLICATIONS: APPLICATION_COLUMNS}
KEYS = {FAMILIES: "family_uuid", MEMBERS: "member_uuid", APPLICATIONS: "application_uuid"}

_DESCRIBED = (
    "format_version", "batch_id", "camp", "device", "period_from", "period_to", "exported_by",
    "approved_by", "exported_at", "app_version", "scheme_pack", "scheme_pack_version",
    "rows_families", "rows_members", "rows_applications", "sha256_families", "sha256_members",
    "sha256_applications",
)
MANIFEST_KEYS = (*_DESCRIBED, "numbering", "audit_head", "signing_key", "signature")
MANIFEST_KEYS_1_1 = (*_DESCRIBED, "signing_key", "signature")


def manifest_keys(version: object) -> tuple[str, ...]:
    """The manifest's keys, in their signed order, for a batch of this format."""
    return MANIFEST_KEYS_1_1 if version in ("1.0", "1.1") else MANIFEST_KEYS


def scheme_column(scheme_code: str, name: str) -> Column:
    """A scheme's own export column (from its pack) on the Applications sheet."""
    return Column(f"{scheme_code}.{name}", "any")


def part_name(sheet: str, part: int) -> str:
    """Sheet names of the parts of a long sheet: Members, Members (2), Members (3), ..."""
    return sheet if part == 1 else f"{sheet} ({part})"


def base_name(sheet_name: str) -> tuple[str, int]:
    match = re.fullmatch(r"(.+) \((\d+)\)", sheet_name)
    return (match.group(1), int(match.group(2))) if match else (sheet_name, 1)


# --- canonical content -----------------------------------------------------------------------
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in an xlsx file


def cell(value: Any) -> Any:
    """A value as the batch carries it: text, int, bool or None."""
    kind = type(value)
    if kind is str:
        if not value:
            return None
        return value if value.isprintable() else _ILLEGAL.sub("", value)
    if value is None or kind is int or kind is bool:
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _ILLEGAL.sub("", str(value))


def canonical_line(row: list[Any]) -> bytes:
    return json.dumps([cell(v) for v in row], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


class SheetHash:
    """SHA-256 of a sheet's canonical content, fed row by row."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self._first = True

    def add(self, row: list[Any]) -> None:
        self.add_line(canonical_line(row))

    def add_line(self, line: bytes) -> None:
        """A row already made canonical (`canonical_line`)."""
        if not self._first:
            self._hash.update(b"\n")
        self._hash.update(line)
        self._first = False

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def sheet_hash(rows: Iterable[list[Any]]) -> str:
    digest = SheetHash()
    for row in rows:
        digest.add(row)
    return digest.hexdigest()


# --- checking ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BatchProblem:
    sheet: str
    row: int | None  # 1-based as a spreadsheet shows it; None for the whole sheet
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}")


_PATTERNS = {
    "uuid": (_UUID, "should be a UUID (8-4-4-4-12 hex digits)"),
    "datetime": (_DATETIME, "should be a time YYYY-MM-DDTHH:MM:SS"),
    "pin": (re.compile(r"[1-8]\d{5}"), "should be a 6-digit PIN code"),
    "mobile": (re.compile(r"[6-9]\d{9}"), "should be a 10-digit mobile number"),
    "token": (re.compile(r"[0-9a-f]{64}"), "should be a 64-hex-digit token"),
    "last4": (re.compile(r"\d{4}"), "should be the last 4 digits"),
}


def check_cell(column: Column, value: Any) -> str | None:
    """Why the value does not fit the column, or None."""
    return check_value(column, cell(value))


def check_value(column: Column, value: Any) -> str | None:
    """As check_cell, for a value already made canonical by `cell`."""
    if value is None:
        return "is empty but required" if column.required else None
    kind = column.kind
    if (kind in ("any", "text") and not isinstance(value, bool | int)) or kind == "any":
        return None
    if kind == "int":
        return None if isinstance(value, int) and not isinstance(value, bool) else \
            f"should be a whole number, not {value!r}"
    if kind == "bool":
        return None if isinstance(value, bool) else f"should be TRUE or FALSE, not {value!r}"
    if not isinstance(value, str):
        return f"should be text, not {value!r}"
    if kind in _PATTERNS:
        pattern, message = _PATTERNS[kind]
        return None if pattern.fullmatch(value) else f"{message}, not {value!r}"
    if kind == "date":
        return None if _DATE.fullmatch(value) and _valid_date(value) else \
            f"should be a date YYYY-MM-DD, not {value!r}"
    if kind == "code":
        return None if value in column.codes else \
            f"should be one of {', '.join(column.codes)}, not {value!r}"
    if kind == "json":
        return None if _is_json(value) else f"should be JSON text, not {value!r}"
    return None


def _valid_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def check_rows(sheet: str, columns: tuple[Column, ...], rows: Iterator[list[Any]],
               first_row: int = 2) -> Iterator[BatchProblem]:
    for offset, row in enumerate(rows):
        for column, value in zip(columns, row, strict=False):
            why = check_cell(column, value)
            if why:
                yield BatchProblem(sheet, first_row + offset, column.name, why)
