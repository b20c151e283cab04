"""Acknowledgements back from the central system: each application's verdict (accepted,
rejected, needs correction), its reason and the central reference number.

A malformed row, or one naming an application this laptop does not have, is listed and set
aside; the good rows are applied. Applying the same file again changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text

from power_desktop.core import ids
from power_desktop.store.models import AckImport, Application

from .audit import record
from .errors import ServiceError
from .results import Change
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

STATUSES = {"accepted": "accepted", "rejected": "rejected", "needs_correction":
            "needs_correction", "needs correction": "needs_correction",
            "correction": "needs_correction"}
COLUMNS = ("application_id", "status", "reason", "central_reference")
# An acknowledgement row is an ID, a status, a reason and a reference: a reason of more than
# a thousand characters is not one. The file as a whole stays well below this.
MAX_CELL = 1000
MAX_FILE = 64 << 20
_ALIASES = {"application id": "application_id", "applicationid": "application_id",
            "central reference": "central_reference", "reference": "central_reference",
            "central ref": "central_reference", "remarks": "reason"}


@dataclass(frozen=True)
class SetAside:
    row: int
    application_id: str
    why: str


@dataclass
class AckResult:
    rows: int = 0
    applied: int = 0
    unchanged: int = 0
    set_aside: list[SetAside] = field(default_factory=list)
    seen_before: bool = False


@dataclass(frozen=True)
class ReturnRow:
    application_id: str
    family_id: str
    scheme_code: str
    member_name: str
    central_status: str
    reason: str
    central_reference: str
    resubmitted: bool


def read_table(path: Path) -> list[list[Any]]:
    """The rows of a CSV or spreadsheet file (its first sheet)."""
    if path.is_dir():
        raise ServiceError(f"{path} is a folder; give the acknowledgement file in it.",
                           hi=f"{path} एक फ़ोल्डर है; उसमें की पावती फ़ाइल दें।")
    try:
        if path.stat().st_size > MAX_FILE:
            raise ServiceError(f"{path} is larger than {MAX_FILE >> 20} MB: not an "
                               "acknowledgement file. Nothing was changed.",
                               hi=f"{path} {MAX_FILE >> 20} MB से बड़ी है: यह पावती फ़ाइल "
                                  "नहीं है। कुछ नहीं बदला गया।")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ServiceError(f"{path}: no such file.", hi=f"{path}: यह फ़ाइल नहीं मिली।") from None
    except OSError as exc:
        raise ServiceError(f"{path} cannot be read: {exc.strerror or exc}.",
                           hi=f"{path} पढ़ी नहीं जा सकी: {exc.strerror or exc}।") from None
    if not data.strip():
        raise ServiceError(f"{path} is empty.", hi=f"{path} ख़ाली है।")
    if data[:2] == b"PK" or path.suffix.lower() in (".xlsx", ".xls", ".ods"):
        from python_calamine import CalamineWorkbook

        from .batch_files import check_workbook
        check_workbook(path)
        try:
            book = CalamineWorkbook.from_filelike(io.BytesIO(data))
            rows = book.get_sheet_by_index(0).to_python()
        except Exception as exc:
            raise ServiceError(f"{path} is not a spreadsheet this program can read "
                               f"({exc}).", hi=f"{path} ऐसी स्प्रेडशीट नहीं है जिसे यह "
                                              f"प्रोग्राम पढ़ सके ({exc})।") from None
        return [list(r) for r in rows]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ServiceError(f"{path} is neither a spreadsheet nor a CSV text file.",
                           hi=f"{path} न स्प्रेडशीट है, न CSV फ़ाइल।") from None
    if "\x00" in text:
        raise ServiceError(f"{path} is neither a spreadsheet nor a CSV text file.",
                           hi=f"{path} न स्प्रेडशीट है, न CSV फ़ाइल।")
    first = text.split("\n", 1)[0]
    delimiter = next((d for d in (",", ";", "\t") if d in first), ",")
    try:
        return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise ServiceError(f"{path} is not a CSV file this program can read ({exc}). Nothing "
                           "was changed.",
                           hi=f"{path} ऐसी CSV फ़ाइल नहीं है जिसे यह प्रोग्राम पढ़ सके "
                              f"({exc})। कुछ नहीं बदला गया।") from None


def _column_name(value: Any) -> str:
    text = " ".join(str(value or "").strip().lower().replace("_", " ").split())
    return _ALIASES.get(text, text.replace(" ", "_"))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class AckService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def import_file(self, path: Path) -> AckResult:
        self.s.require("import_ack")
        path = Path(path)
        rows = read_table(path)
        header = [_column_name(v) for v in rows[0]] if rows else []
        missing = [c for c in COLUMNS if c not in header]
        if missing:
            raise ServiceError(
                f"{path.name}: the first row must name the columns {', '.join(COLUMNS)}; "
                f"missing: {', '.join(missing)}. Nothing was changed.",
                hi=f"{path.name}: पहली पंक्ति में ये कॉलम होने चाहिए: {', '.join(COLUMNS)}; "
                   f"नहीं मिले: {', '.join(missing)}। कुछ नहीं बदला गया।")
        at = {c: header.index(c) for c in COLUMNS}
        result = AckResult()
        wanted: dict[str, tuple[int, str, str, str, str]] = {}  # lookup key -> row
        for number, row in enumerate(rows[1:], start=2):
            cells = {c: _text(row[i]) if i < len(row) else "" for c, i in at.items()}
            if not any(cells.values()):
                continue
            result.rows += 1
            long = [c for c, value in cells.items() if len(value) > MAX_CELL]
            if long:
                result.set_aside.append(SetAside(number, cells["application_id"][:40], (
                    f"the {long[0].replace('_', ' ')} is longer than {MAX_CELL:,} characters")))
                continue
            app_id = cells["application_id"]
            try:
                key = ids.application_lookup_key(app_id)
            except ids.BadId as bad:
                result.set_aside.append(SetAside(number, app_id, f"application ID: {bad}"))
                continue
            status = STATUSES.get(cells["status"].lower().replace("_", " ").strip()) or \
                STATUSES.get(cells["status"].lower())
            if status is None:
                result.set_aside.append(SetAside(number, app_id, (
                    f"status {cells['status']!r} is not accepted, rejected or "
                    "needs_correction")))
                continue
            if status != "accepted" and not cells["reason"]:
                result.set_aside.append(SetAside(number, app_id,
                                                 f"a {status} row needs a reason"))
                continue
            if key in wanted and wanted[key][1:] != (status, cells["reason"],
                                                     cells["central_reference"], app_id):
                first = wanted.pop(key)
                result.set_aside.append(SetAside(first[0], app_id, (
                    f"the file gives this application two different verdicts (rows "
                    f"{first[0]} and {number})")))
                result.set_aside.append(SetAside(number, app_id, "see row " + str(first[0])))
                continue
            wanted[key] = (number, status, cells["reason"], cells["central_reference"], app_id)
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        now, changed = self.s.clock.now(), []
        table = Application.__table__
        keys = list(wanted)
        with transaction(self.s.sessions) as session:
            result.seen_before = session.scalar(
                select(AckImport.id).where(AckImport.sha256 == digest).limit(1)) is not None
            found: dict[str, Any] = {}
            for start in range(0, len(keys), 5000):  # SQLite's limit on parameters
                found.update((r.lookup_key, r) for r in session.execute(
                    select(table.c.id, table.c.lookup_key, table.c.app_code,
                           table.c.central_status, table.c.central_reason,
                           table.c.central_reference)
                    .where(table.c.lookup_key.in_(keys[start:start + 5000]))))
            updates = []
            for key, (number, status, reason, reference, app_id) in wanted.items():
                app = found.get(key)
                if app is None:
                    result.set_aside.append(SetAside(number, app_id,
                                                     "no such application on this laptop"))
                    continue
                new = (status, reason or None, reference or None)
                if (app.central_status, app.central_reason, app.central_reference) == new:
                    result.unchanged += 1
                    continue
                updates.append({"app": app.id, "c_status": new[0], "c_reason": new[1],
                                "c_reference": new[2]})
                changed.append(app.app_code)
            if updates:  # one statement, many rows; the time as SQLAlchemy stores it
                stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")
                session.execute(text(
                    "UPDATE application SET central_status = :c_status, central_reason = "
                    ":c_reason, central_reference = :c_reference, central_at = :c_at "
                    "WHERE id = :app"), [{**u, "c_at": stamp} for u in updates])
            result.applied = len(updates)
            result.set_aside.sort(key=lambda s: s.row)
            session.add(AckImport(file_name=path.name, sha256=digest, imported_by=self.s.operator,
                                  imported_at=now, applied=result.applied,
                                  unchanged=result.unchanged, set_aside=len(result.set_aside)))
            record(self.s, session, "ack.import", path.name, applied=result.applied,
                   unchanged=result.unchanged, set_aside=len(result.set_aside))
        if changed:
            self.s.notify(Change("application", tuple(changed[:1000]), "acknowledged"))
        return result

    def returns(self) -> list[ReturnRow]:
        """Rejections and corrections to act on, oldest first."""
        self.s.require("view")
        from power_desktop.store.models import Family, Member
        query = (select(Application, Family.family_code, Family.head_name, Member.name)
                 .join(Family, Family.id == Application.family_id)
                 .outerjoin(Member, Member.id == Application.member_id)
                 .where(Application.central_status.in_(["rejected", "needs_correction"]))
                 .order_by(Application.central_at, Application.id))
        with self.s.sessions() as session:
            return [ReturnRow(a.app_code, code, a.scheme_code, member or head,
                              a.central_status or "", a.central_reason or "",
                              a.central_reference or "", a.version > a.exported_version)
                    for a, code, head, member in session.execute(query)]

    def resubmit(self, application_ids: Sequence[str]) -> int:
        """The record was corrected: the application goes out again, as a new version, in
        the next batch."""
        self.s.require("register")
        keys = []
        for typed in application_ids:
            try:
                keys.append(ids.application_lookup_key(typed))
            except ids.BadId as bad:
                raise ServiceError(f"{bad}. Nothing was resubmitted.",
                                   hi=f"{typed}: यह सही आवेदन ID नहीं है। कुछ भी दोबारा नहीं "
                                      "भेजा गया।") from None
        with transaction(self.s.sessions) as session:
            apps = list(session.scalars(select(Application).where(
                Application.lookup_key.in_(keys))))
            found = {a.lookup_key for a in apps}
            missing = [t for t, k in zip(application_ids, keys, strict=True) if k not in found]
            if missing:
                raise ServiceError(f"No application {', '.join(missing)} on this laptop. "
                                   "Nothing was resubmitted.",
                                   hi=f"इस लैपटॉप पर आवेदन {', '.join(missing)} नहीं है। कुछ "
                                      "भी दोबारा नहीं भेजा गया।")
            never = [a.app_code for a in apps
                     if a.central_status not in ("rejected", "needs_correction")]
            if never:
                raise ServiceError(f"{', '.join(never)} {'was' if len(never) == 1 else 'were'} "
                                   "never rejected or sent back for correction by the central "
                                   "system: only a returned application is resubmitted. "
                                   "Nothing was resubmitted.",
                                   hi=f"{', '.join(never)} केंद्रीय प्रणाली ने कभी अस्वीकार या "
                                      "सुधार के लिए वापस नहीं किया: केवल लौटाया गया आवेदन "
                                      "दोबारा भेजा जाता है। कुछ भी दोबारा नहीं भेजा गया।")
            for app in apps:
                if app.version <= app.exported_version:
                    app.version += 1
                    app.updated_at = self.s.clock.now()
            record(self.s, session, "application.resubmit", None,
                   applications=[a.app_code for a in apps])
        return len(apps)
