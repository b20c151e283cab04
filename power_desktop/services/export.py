"""Daily batches: what is new or changed since the last batch, written as one workbook that is
complete or absent, and marked exported only once it is safe.

The steps, and what a crash or a pulled drive at each leaves:
1. rows read and written to `.CODE.xlsx.part` in the target folder, flushed to disk
   (crash: a hidden part-file, nothing recorded or marked; cleared by the next export);
2. one transaction records the batch (its canonical rows kept, compressed) and marks every
   record it carries as exported (crash before the commit: as 1);
3. the part-file is renamed to `CODE.xlsx` (crash before the rename: the batch and the marks
   are committed; `recover()` writes the file again from the kept rows).
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, insert, select, update

from power_desktop import __version__
from power_desktop.core import batch_format as bf
from power_desktop.core import ids
from power_desktop.store import db
from power_desktop.store.files import sync_dir
from power_desktop.store.models import Application, Batch, BatchContent, Camp, Family

from . import batch_rows, numbering
from .audit import record
from .batch_files import BatchWriter, ParallelBatchWriter, WriterFailed, read_back_hashes
from .camp import current_row
from .errors import NotSetUp, ServiceError
from .folders import existing_folder
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.export")
# The kept canonical rows: one line each, a sheet letter, a tab, the row as JSON.
_TAGS = {bf.FAMILIES: b"F\t", bf.MEMBERS: b"M\t", bf.APPLICATIONS: b"A\t"}
_SHEETS = {tag[:1]: sheet for sheet, tag in _TAGS.items()}
Progress = Callable[[int, int], bool]
PIECE = 1 << 20  # bytes of compressed canonical rows in one database row
PARALLEL_FROM = 2000  # records; below this a second process costs more than it saves


@dataclass(frozen=True)
class ExportPreview:
    families: int
    members: int
    applications: int
    problems: list[bf.BatchProblem]  # rows left out of the batch, and why
    rows: list[PreviewRow] = field(default_factory=list)  # what it would carry (the first)


@dataclass(frozen=True)
class PreviewRow:
    """One record the next batch would carry, as the supervisor reads it before approving."""
    sheet: str  # Families / Members / Applications (core.batch_format's sheet names)
    record_id: str
    name: str  # the head, the member, or whom the application is for
    detail: str  # locality and size; relation; scheme and status (codes, named by the UI)


PREVIEW_ROWS = 2000  # rows listed; the counts are always whole


@dataclass(frozen=True)
class BatchInfo:
    code: str
    path: Path
    rows: dict[str, int]
    hashes: dict[str, str]
    created_at: datetime
    exported_by: str
    problems: tuple[bf.BatchProblem, ...] = ()


def signed_manifest(services: Services, values: dict[str, Any],
                    batch: tuple[str, int] | None = None) -> list[tuple[str, Any]]:
    """The manifest in its order, signed with this laptop's key (services/signing.py).
    `batch`: the camp label and number of the batch it describes, taken by it."""
    from power_desktop.core.batch_sign import SIGNATURE, SIGNING_KEY, signed_bytes

    from . import audit_head, signing
    with transaction(services.sessions) as session:
        # Kept where the laptop's disk is not: the numbers it has given (a laptop taking over
        # from a dead one continues above them) and the end of its audit trail.
        marks = numbering.high_water(services, session)
        if batch is not None and batch[0] in marks:
            marks[batch[0]]["batch"] = max(marks[batch[0]]["batch"], batch[1] + 1)
        values["numbering"] = json.dumps(marks, sort_keys=True)
        values["audit_head"] = audit_head.stamp(session)
        values[SIGNING_KEY] = signing.laptop_public_key(session, services.vault)
        values[SIGNATURE] = ""
        pairs = [(key, bf.cell(values[key])) for key in bf.MANIFEST_KEYS]
        values[SIGNATURE] = signing.sign(session, services.vault, signed_bytes(pairs))
    return [(key, values[key]) for key in bf.MANIFEST_KEYS]


def _check_written(part: Path, expected: dict[str, str]) -> None:
    """The written file read back, before anything is marked exported: each sheet must hash
    as it was meant to (a cell cut short or dropped by the writer would not), so a file that
    `validate-batch` and the central side would refuse is never counted as sent."""
    found = read_back_hashes(part)
    wrong = [sheet for sheet, digest in expected.items() if found.get(sheet) != digest]
    if wrong:
        raise ServiceError(f"The batch file failed its check after writing (sheets "
                           f"{', '.join(wrong)} read back differently). Nothing was marked "
                           "as exported; report this to the program's support.",
                           hi=f"लिखने के बाद बैच फ़ाइल जाँच में विफल रही (शीट "
                              f"{', '.join(wrong)} अलग पढ़ी गईं)। कुछ भी निर्यात के रूप में "
                              "चिह्नित नहीं हुआ; इसकी सूचना सहायता को दें।")


_AT = {sheet: {c.name: i for i, c in enumerate(columns)}
       for sheet, columns in bf.COLUMNS.items()}


def _preview_row(sheet: str, row: list[Any], names: dict[str, str]) -> PreviewRow:
    at = _AT[sheet]

    def get(name: str) -> str:
        value = row[at[name]]
        return "" if value is None else str(value)

    if sheet == bf.FAMILIES:
        return PreviewRow(sheet, get("family_id"), get("head_name"),
                          f"{get('locality')}|{get('member_count')}")
    if sheet == bf.MEMBERS:
        return PreviewRow(sheet, get("member_id"), get("name"), get("relation"))
    member = get("member_id")
    return PreviewRow(sheet, get("application_id"), names.get(member, member or get("family_id")),
                      f"{get('scheme_code')}|{get('status')}")


def _items_json(items: dict[str, array[int]]) -> str:
    """{"families": [[id, version], ...], "applications": [...]}, written without a list per
    record."""
    out = io.StringIO()
    out.write("{")
    for n, (kind, flat) in enumerate(items.items()):
        out.write(f'{", " if n else ""}"{kind}": [')
        out.write(", ".join(f"[{flat[i]}, {flat[i + 1]}]" for i in range(0, len(flat), 2)))
        out.write("]")
    out.write("}")
    return out.getvalue()


class ExportService:
    def __init__(self, services: Services, max_rows: int = bf.MAX_ROWS) -> None:
        self.s = services
        self.max_rows = max_rows

    # --- looking before exporting ---------------------------------------------------------
    def preview(self) -> ExportPreview:
        """The counts a batch would carry now, and the rows that would be left out."""
        self.s.require("export")
        counts = {sheet: 0 for sheet in bf.DATA_SHEETS}
        problems: list[bf.BatchProblem] = []
        rows: list[PreviewRow] = []
        names: dict[str, str] = {}  # member ID -> name, for the applications' lines
        for sheet, row, _item in self._rows(problems):
            if row is None:
                continue
            counts[sheet] += 1
            if sheet == bf.MEMBERS:
                names[str(row[_AT[bf.MEMBERS]["member_id"]])] = str(row[_AT[bf.MEMBERS]["name"]])
            if len(rows) < PREVIEW_ROWS:
                rows.append(_preview_row(sheet, row, names))
        return ExportPreview(counts[bf.FAMILIES], counts[bf.MEMBERS], counts[bf.APPLICATIONS],
                             problems, rows)

    def pending_count(self) -> int:
        with self.s.sessions() as session:
            families = session.scalar(select(func.count()).select_from(Family).where(
                Family.version > Family.exported_version)) or 0
            apps = session.scalar(select(func.count()).select_from(Application).where(
                Application.version > Application.exported_version)) or 0
        return int(families) + int(apps)

    # --- exporting ------------------------------------------------------------------------------
    def export(self, folder: Path | None = None, progress: Progress | None = None) -> BatchInfo:
        """Write the next batch into `folder` (default: the data folder's exports)."""
        user = self.s.require("export")
        self.recover()
        folder = existing_folder(Path(folder)) if folder else self.s.paths.exports
        camp, seq = self._next_code()
        code = ids.batch_id(camp.state, camp.district_code, camp.camp_code, camp.device_code,
                            seq)
        device = camp.label
        if self.s.on_server:  # one batch for the whole camp: the manifest names each laptop
            laptops = self._laptops_pending() | {camp.label}
            if len(laptops) > 1:
                device = "+".join(sorted(laptops))
                code = (f"{camp.state}-{camp.district_code}-{camp.camp_code}-CONS-"
                        f"{self.s.clock.now():%Y%m%d%H%M%S}")
        if not self.pending_count():
            raise ServiceError("Nothing new or changed since the last batch: no batch made.",
                               hi="पिछले बैच के बाद कुछ नया या बदला नहीं: बैच नहीं बना।")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ServiceError(f"Cannot write to {folder}: {exc.strerror or exc}.",
                               hi=f"{folder} में लिखा नहीं जा सका: {exc.strerror or exc}।") \
                from None
        final, part = folder / f"{code}.xlsx", folder / f".{code}.xlsx.part"
        now = self.s.clock.now()
        with self.s.sessions() as session:
            since = session.scalar(select(func.max(Batch.period_to)).where(
                Batch.status == "complete"))
        problems: list[bf.BatchProblem] = []
        total = self.pending_count()
        parallel = total >= PARALLEL_FROM and (os.cpu_count() or 1) >= 2
        writer: BatchWriter | ParallelBatchWriter = (
            ParallelBatchWriter if parallel else BatchWriter)(part, self.max_rows)
        # The canonical rows, compressed, until they are stored with the batch; closed on
        # every path below (the commit's `with`, or the failure branches).
        kept = tempfile.TemporaryFile(dir=self.s.paths.data_dir)  # noqa: SIM115
        try:
            content = zlib.compressobj(1)
            hashes = {sheet: bf.SheetHash() for sheet in bf.DATA_SHEETS}
            counts = {sheet: 0 for sheet in bf.DATA_SHEETS}
            # (database id, version) pairs, flat: two numbers each, not a list per record
            items: dict[str, array[int]] = {"families": array("q"), "applications": array("q")}
            done = 0
            for sheet, row, item in self._rows(problems, headers=True):
                if row is None:
                    continue
                cells = row  # already canonical (see _rows)
                line = json.dumps(cells, ensure_ascii=False, separators=(",", ":")).encode()
                hashes[sheet].add_line(line)
                kept.write(content.compress(_TAGS[sheet] + line + b"\n"))
                if item is None:  # a header
                    writer.header(sheet, cells)
                else:
                    writer.row(sheet, cells)
                    counts[sheet] += 1
                    if item[0] != "member":
                        items[item[0]].extend((item[1], item[2]))
                        done += 1
                        if progress and done % 200 == 0 and not progress(done, total):
                            raise ServiceError("The export was cancelled; nothing was marked.",
                                               hi="निर्यात रद्द हुआ; कुछ भी चिह्नित नहीं हुआ।")
            kept.write(content.flush())
            manifest = self._manifest(code, seq, camp, since, now, user.name, counts,
                                      {s: h.hexdigest() for s, h in hashes.items()}, device)
            writer.finish(manifest)
            _check_written(part, {s: h.hexdigest() for s, h in hashes.items()})
        except OSError as exc:
            writer.abandon()
            kept.close()
            with contextlib.suppress(OSError):
                part.unlink()
            raise ServiceError(f"The batch could not be written to {folder}: "
                               f"{exc.strerror or exc}. Nothing was marked as exported; "
                               "check the drive (or free some space) and export again.",
                               hi=f"बैच {folder} में नहीं लिखा जा सका: {exc.strerror or exc}। "
                                  "कुछ भी निर्यात के रूप में चिह्नित नहीं हुआ; ड्राइव जाँचें "
                                  "(या जगह ख़ाली करें) और फिर से निर्यात करें।") from None
        except WriterFailed as exc:
            writer.abandon()
            kept.close()
            with contextlib.suppress(OSError):
                part.unlink()
            raise ServiceError(f"{exc} Nothing was marked as exported.",
                               hi=f"{exc} कुछ भी निर्यात के रूप में चिह्नित नहीं हुआ।") from None
        except BaseException:
            writer.abandon()
            kept.close()
            with contextlib.suppress(OSError):
                part.unlink()
            raise
        try:
            with kept, transaction(self.s.sessions) as session:
                _refuse_taken(session, camp.id, seq, code)
                numbering.reserve(self.s, camp.label, "batch", seq)
                self._record_batch(session, camp, code, seq, since, now, user.name, final,
                                   manifest, items, kept, counts, problems)
        except BatchTaken:
            with contextlib.suppress(OSError):
                part.unlink()
            raise
        self._publish(part, final)
        return BatchInfo(code, final, {s.lower(): n for s, n in counts.items()},
                         {s.lower(): h.hexdigest() for s, h in hashes.items()}, now, user.name,
                         tuple(problems))

    def _record_batch(self, session: Any, camp: Camp, code: str, seq: int, since: Any,
                      now: Any, who: str, final: Path, manifest: Any, items: Any, kept: Any,
                      counts: dict[str, int], problems: list[Any]) -> None:
        """The batch, its canonical rows, and every record it carries marked exported."""
        batch = Batch(
            code=code, camp_id=camp.id, seq=seq, status="complete", period_from=since,
            period_to=now, exported_by=who, approved_by=who, created_at=now,
            target=str(final), manifest=json.dumps(manifest, ensure_ascii=False),
            items=_items_json(items))
        session.add(batch)
        session.flush()
        kept.seek(0)
        for piece, data in enumerate(iter(lambda: kept.read(PIECE), b"")):
            session.execute(insert(BatchContent).values(batch_id=batch.id, piece=piece,
                                                        data=data))
        tables: tuple[tuple[Any, array[int]], ...] = (
            (Family.__table__, items["families"]),
            (Application.__table__, items["applications"]))
        for table, carried in tables:
            mark = update(table).where(table.c.id == bindparam("record")).values(
                exported_version=bindparam("carried_version"))
            for start in range(0, len(carried), 10_000):  # one statement, many rows
                some = carried[start:start + 10_000]
                session.execute(mark, [{"record": some[i], "carried_version": some[i + 1]}
                                       for i in range(0, len(some), 2)])
        record(self.s, session, "export", code, file=str(final),
               rows={s.lower(): n for s, n in counts.items()}, left_out=len(problems))

    def export_again(self, code: str, folder: Path | None = None) -> BatchInfo:
        """Write a past batch again: the same canonical content and hashes."""
        self.s.require("export")
        with self.s.sessions() as session:
            batch = session.scalar(select(Batch).where(Batch.code == code.strip().upper(),
                                                       Batch.status == "complete"))
            if batch is None:
                raise ServiceError(f"No batch {code} on this laptop (see: power-desktop batches).",
                                   hi=f"इस लैपटॉप पर बैच {code} नहीं है।")
            folder = existing_folder(Path(folder) if folder else Path(batch.target).parent)
            signed = self._signed_again(session, batch)
            info = self._rewrite(batch, folder / f"{batch.code}.xlsx", signed)
        with transaction(self.s.sessions) as session:
            if signed is not None:  # later copies (and a crash's repair) carry it too
                session.execute(update(Batch).where(Batch.id == batch.id)
                                .values(manifest=json.dumps(signed, ensure_ascii=False)))
            record(self.s, session, "export.again", info.code, file=str(info.path),
                   signed_again=signed is not None)
        return info

    def _signed_again(self, session: Any, batch: Batch) -> list[tuple[str, Any]] | None:
        """A batch of an older format (1.0, unsigned; 1.1) written again is signed as this
        release signs: the same rows and hashes, the manifest in today's format. None when it
        is of today's format already."""
        values = dict(json.loads(batch.manifest))
        if values.get("format_version") == bf.FORMAT_VERSION:
            return None
        camp = session.get(Camp, batch.camp_id)
        kept = {k: v for k, v in values.items() if k in bf.MANIFEST_KEYS}
        kept["format_version"] = bf.FORMAT_VERSION
        return signed_manifest(self.s, kept, (camp.label, batch.seq) if camp else None)

    def batches(self) -> list[BatchInfo]:
        self.s.require("export")
        with self.s.sessions() as session:
            out = []
            for b in session.scalars(select(Batch).where(Batch.status == "complete")
                                     .order_by(Batch.id.desc())):
                manifest = dict(json.loads(b.manifest))
                out.append(BatchInfo(
                    b.code, Path(b.target),
                    {s.lower(): int(manifest[f"rows_{s.lower()}"]) for s in bf.DATA_SHEETS},
                    {s.lower(): str(manifest[f"sha256_{s.lower()}"]) for s in bf.DATA_SHEETS},
                    b.created_at, b.exported_by))
            return out

    def recover(self) -> list[str]:
        """After a crash: write again the file of a recorded batch whose rename never
        happened; clear part-files of exports that were never recorded."""
        repaired = []
        with self.s.sessions() as session:
            batches = list(session.scalars(select(Batch).where(Batch.status == "complete")))
            folders = {Path(b.target).parent for b in batches} | {self.s.paths.exports}
            for batch in batches:
                final = Path(batch.target)
                part = final.with_name(f".{final.name}.part")
                if part.exists() and not final.exists():
                    self._rewrite(batch, final)
                    repaired.append(batch.code)
                    log.warning("batch %s: its file was written again after an interrupted "
                                "export", batch.code)
        for folder in folders:
            for stale in folder.glob(".*.xlsx.part"):
                stale.unlink(missing_ok=True)  # recorded ones were just rewritten
        return repaired

    # --- inside ----------------------------------------------------------------------------
    def _rows(self, problems: list[bf.BatchProblem], headers: bool = False) -> Iterator[
            tuple[str, list[Any] | None, tuple[str, int, int] | None]]:
        """(sheet, row, (kind, database id, version)) in sheet order; a header has no item.
        A record whose row breaks the format is left out (and listed in `problems`), with its
        members, so one bad record never blocks the rest."""
        scheme_columns = self._scheme_columns()
        app_columns = bf.APPLICATION_COLUMNS + tuple(scheme_columns)
        with db.snapshot(self.s.sessions) as session:
            if headers:
                yield bf.FAMILIES, [c.name for c in bf.FAMILY_COLUMNS], None
                yield bf.MEMBERS, [c.name for c in bf.MEMBER_COLUMNS], None
                yield bf.APPLICATIONS, [c.name for c in app_columns], None
            chunk: list[list[Any]] = []
            for raw in batch_rows.pending_families(session):
                chunk.append(raw)
                if len(chunk) == batch_rows.CHUNK:
                    yield from self._family_chunk(session, chunk, problems)
                    chunk = []
            yield from self._family_chunk(session, chunk, problems)
            schemes = {(s.code, pack): s for pack in self._packs(session)
                       for s in self.s.eligibility.schemes(pack)}
            views: dict[int, dict[str, Any]] = {}
            for app_id, version, raw_row in batch_rows.pending_applications(session):
                row, family_db_id, member_db_id = raw_row[:-2], raw_row[-2], raw_row[-1]
                scheme = schemes.get((row[7], row[8]))
                extra: dict[str, Any] = {}
                if scheme is not None and scheme.export_columns:
                    if family_db_id not in views:
                        views[family_db_id] = self.s.registration.get(row[4]).to_json()
                    member_no = next((m["member_no"] for m in views[family_db_id]["members"]
                                      if m["uuid"] == row[5]), None) if member_db_id else None
                    extra = batch_rows.scheme_values(scheme, views[family_db_id], member_no,
                                                     self.s.clock.today())
                row = row + [extra.get(c.name) for c in scheme_columns]
                if not self._check(bf.APPLICATIONS, app_columns, row, row[1], problems):
                    yield bf.APPLICATIONS, row, ("applications", app_id, version)

    def _family_chunk(self, session: Any, chunk: list[list[Any]],
                      problems: list[bf.BatchProblem]) -> Iterator[
            tuple[str, list[Any] | None, tuple[str, int, int] | None]]:
        """Each family with its members, or, if any of their rows breaks the format, neither."""
        if not chunk:
            return
        members: dict[int, list[list[Any]]] = {}
        for family_id, row in batch_rows.members_of(session, [r[0] for r in chunk]):
            members.setdefault(family_id, []).append(row)
        for raw in chunk:
            family_id, row = raw[0], raw[1:]
            bad = self._check(bf.FAMILIES, bf.FAMILY_COLUMNS, row, row[1], problems)
            for member in members.get(family_id, []):
                bad |= self._check(bf.MEMBERS, bf.MEMBER_COLUMNS, member, member[1], problems)
            if bad:
                continue
            yield bf.FAMILIES, row, ("families", family_id, row[2])
            for member in members.get(family_id, []):
                yield bf.MEMBERS, member, ("member", 0, 0)

    @staticmethod
    def _check(sheet: str, columns: tuple[bf.Column, ...], row: list[Any], name: str,
               problems: list[bf.BatchProblem]) -> bool:
        """Makes `row` canonical in place (core.batch_format.cell), then checks it."""
        bad = False
        cell = bf.cell
        row[:] = [cell(v) for v in row]
        for column, value in zip(columns, row, strict=False):
            if (value is None and not column.required) or (column.kind == "text" and \
                    type(value) is str):
                continue
            why = bf.check_value(column, value)
            if why:
                problems.append(bf.BatchProblem(sheet, None, column.name, f"{name}: {why}"))
                bad = True
        return bad

    def _packs(self, session: Any) -> list[str]:
        camp = self.s.camp.current()
        packs = set(session.scalars(select(Application.scheme_pack).distinct()))
        if camp:
            packs.add(camp.scheme_pack)
        return sorted(packs)

    def _scheme_columns(self) -> list[bf.Column]:
        with self.s.sessions() as session:
            packs = self._packs(session)
        return [bf.scheme_column(s.code, c["name"]) for pack in packs
                for s in sorted(self.s.eligibility.schemes(pack), key=lambda s: s.code)
                for c in s.export_columns]

    def _laptops_pending(self) -> set[str]:
        """The laptops (camp labels) whose families or applications the next batch carries."""
        with self.s.sessions() as session:
            camp_ids = set(session.scalars(select(Family.camp_id).where(
                Family.version > Family.exported_version).distinct()))
            camp_ids |= set(session.scalars(select(Application.camp_id).where(
                Application.version > Application.exported_version).distinct()))
            return {c.label for c in session.scalars(select(Camp).where(
                Camp.id.in_(sorted(camp_ids))))} if camp_ids else set()

    def _next_code(self) -> tuple[Camp, int]:
        with self.s.sessions() as session:
            camp = current_row(self.s, session)
            if camp is None:
                raise NotSetUp()
            seq = max((session.scalar(select(func.max(Batch.seq))
                                      .where(Batch.camp_id == camp.id)) or 0) + 1,
                      numbering.batch_floor(self.s, camp.label))
            session.expunge(camp)
        return camp, seq

    def _manifest(self, code: str, seq: int, camp: Camp, since: datetime | None,
                  now: datetime, who: str, counts: dict[str, int], hashes: dict[str, str],
                  device: str | None = None) -> list[tuple[str, Any]]:
        pack = camp.scheme_pack
        values: dict[str, Any] = {
            "format_version": bf.FORMAT_VERSION, "batch_id": code,
            "camp": f"{camp.state}-{camp.district_code}-{camp.camp_code}",
            "device": device or camp.label, "period_from": bf.cell(since),
            "period_to": bf.cell(now), "exported_by": who, "approved_by": who,
            "exported_at": bf.cell(now), "app_version": __version__, "scheme_pack": pack,
            "scheme_pack_version": self.s.eligibility.pack_version(pack),
        }
        for sheet in bf.DATA_SHEETS:
            values[f"rows_{sheet.lower()}"] = counts[sheet]
            values[f"sha256_{sheet.lower()}"] = hashes[sheet]
        return signed_manifest(self.s, values, (camp.label, seq))

    def _rewrite(self, batch: Batch, final: Path,
                 manifest: list[tuple[str, Any]] | None = None) -> BatchInfo:
        part = final.with_name(f".{final.name}.part")
        if manifest is None:
            manifest = [(k, v) for k, v in json.loads(batch.manifest)]
        writer = BatchWriter(part, self.max_rows)
        try:
            seen: set[str] = set()
            for line in self._kept_lines(batch.id):
                sheet = _SHEETS[line[:1]]
                row = json.loads(line[2:])
                if sheet not in seen:
                    seen.add(sheet)
                    writer.header(sheet, row)
                else:
                    writer.row(sheet, row)
            writer.finish(manifest)
            values = dict(manifest)
            _check_written(part, {s: str(values[f"sha256_{s.lower()}"])
                                  for s in bf.DATA_SHEETS})
        except ServiceError:
            writer.abandon()
            part.unlink(missing_ok=True)
            raise
        except OSError as exc:
            writer.abandon()
            with contextlib.suppress(OSError):
                part.unlink()
            raise ServiceError(f"The batch could not be written to {final.parent}: "
                               f"{exc.strerror or exc}.",
                               hi=f"बैच {final.parent} में नहीं लिखा जा सका: "
                                  f"{exc.strerror or exc}।") from None
        self._publish(part, final)
        values = dict(manifest)
        return BatchInfo(batch.code, final,
                         {s.lower(): int(values[f"rows_{s.lower()}"]) for s in bf.DATA_SHEETS},
                         {s.lower(): str(values[f"sha256_{s.lower()}"]) for s in bf.DATA_SHEETS},
                         batch.created_at, batch.exported_by)

    def _kept_lines(self, batch_id: int) -> Iterator[bytes]:
        """The batch's canonical lines, decompressed piece by piece."""
        stream, rest = zlib.decompressobj(), b""
        with self.s.sessions() as session:
            for (data,) in session.execute(
                    select(BatchContent.data).where(BatchContent.batch_id == batch_id)
                    .order_by(BatchContent.piece)):
                rest += stream.decompress(data)
                *lines, rest = rest.split(b"\n")
                yield from lines
        rest += stream.flush()
        yield from (line for line in rest.split(b"\n") if line)

    @staticmethod
    def _publish(part: Path, final: Path) -> None:
        try:
            part.replace(final)
            sync_dir(final.parent)
        except OSError as exc:
            raise ServiceError(
                f"The batch is recorded, but its file could not be put in place at {final} "
                f"({exc.strerror or exc}). Reconnect the drive and run: power-desktop export "
                f"--again {final.stem}",
                hi=f"बैच दर्ज हो गया, पर उसकी फ़ाइल {final} पर नहीं रखी जा सकी "
                   f"({exc.strerror or exc})। ड्राइव फिर से लगाएँ और बैच पेज से बैच "
                   f"{final.stem} फिर से लिखें।") from None


class BatchTaken(ServiceError):
    """Another export on this laptop took the batch number first."""


def _refuse_taken(session: Any, camp_id: int, seq: int, code: str) -> None:
    """Under the transaction's write lock: a batch number is used once, whichever of two
    exports running at the same moment gets there first."""
    if session.scalar(select(Batch.id).where(Batch.camp_id == camp_id, Batch.seq == seq)):
        raise BatchTaken(
            f"Another export on this laptop finished first and took batch number {code}. "
            "Nothing was marked as exported by this one: export again.",
            hi=f"इस लैपटॉप पर एक और निर्यात पहले पूरा हुआ और बैच नंबर {code} ले लिया। इस "
               "निर्यात से कुछ भी निर्यात के रूप में चिह्नित नहीं हुआ: फिर से निर्यात करें।")
