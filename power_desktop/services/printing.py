"""Printing: application forms and family slips as PDF, the print queue, and the record of
every print (who, when, which printer; a reprint is a numbered duplicate copy).

Rendering is split from recording: `render_forms` writes the PDF (what the preview shows, and
what goes to the printer), `record_printed` marks the forms printed once they were sent, so a
cancelled print dialog records nothing.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from power_desktop.core import ids
from power_desktop.core.codes import Code
from power_desktop.core.districts import find_district
from power_desktop.core.eligibility import Scheme, Text
from power_desktop.core.localtime import local_day, to_local
from power_desktop.core.payload import Payload
from power_desktop.core.printable import PRINT_FIELDS
from power_desktop.core.validate import mask_aadhaar
from power_desktop.paper.model import FieldLine, FormPage, Section, Slip, SlipLine
from power_desktop.store.files import write_atomic
from power_desktop.store.models import Application, Camp, Family, Member, PrintRecord

from . import family_mapping as fm
from . import form_values, member_qr
from .audit import record
from .errors import NotFound, ServiceError, no_family
from .results import Change, FamilyView
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

Progress = Callable[[int, int], bool]
STATUSES = ("created", "printed", "handed_over")
QR_AHEAD_FROM = 150  # forms; fewer are drawn before a helper process would have started


@dataclass(frozen=True)
class QueueRow:
    application_id: str
    family_id: str
    member_name: str
    scheme_code: str
    status: str
    created_at: datetime
    prints: int


@dataclass(frozen=True)
class PrintBatch:
    """A rendered PDF of forms, and the copy number each form carries in it."""

    path: Path
    copies: dict[str, int]  # application ID -> 0 (original) or n (n-th duplicate)


class PrintCancelled(ServiceError):
    pass


class PrintService:
    def __init__(self, services: Services) -> None:
        self.s = services

    # --- the queue -------------------------------------------------------------------------
    def queue(self, statuses: Sequence[str] = ("created",), limit: int = 2000,
              family_id: str | None = None) -> list[QueueRow]:
        """Applications in these statuses, oldest first (one family's, if given)."""
        self.s.require("print")
        prints = (select(PrintRecord.application_id, func.count().label("n"))
                  .group_by(PrintRecord.application_id).subquery())
        query = (select(Application, Family.family_code, Family.head_name, Member.name,
                        func.coalesce(prints.c.n, 0))
                 .join(Family, Family.id == Application.family_id)
                 .outerjoin(Member, Member.id == Application.member_id)
                 .outerjoin(prints, prints.c.application_id == Application.id)
                 .where(Application.status.in_(list(statuses)))
                 .order_by(Application.id).limit(limit))
        if family_id is not None:
            query = query.where(Family.lookup_key == ids.lookup_key(family_id))
        elif self.s.on_server:  # print queues stay per laptop: its own applications
            query = query.where(Application.camp_id.in_(sorted(self.s.camp.own_camps())))
        with self.s.sessions() as session:
            return [QueueRow(a.app_code, code, member or head, a.scheme_code, a.status,
                             a.created_at, int(n))
                    for a, code, head, member, n in session.execute(query)]

    def hand_over(self, application_ids: Sequence[str]) -> int:
        """The family took the printed forms: status handed over."""
        self.s.require("print")
        with transaction(self.s.sessions) as session:
            rows = self._applications(session, application_ids)
            not_printed = [a.app_code for a in rows if a.status == "created"]
            if not_printed:
                raise ServiceError(f"Print these first: {', '.join(not_printed)}.",
                                   hi=f"पहले इन्हें प्रिंट करें: {', '.join(not_printed)}।")
            for a in rows:
                a.status, a.updated_at = "handed_over", self.s.clock.now()
            record(self.s, session, "print.handed_over", None,
                   applications=[a.app_code for a in rows])
        self.s.notify(Change("application", tuple(application_ids), "handed_over"))
        return len(rows)

    # --- forms -------------------------------------------------------------------------------
    def render_forms(self, application_ids: Sequence[str], path: Path,
                     progress: Progress | None = None) -> PrintBatch:
        """All the forms in one PDF, written whole or not at all. Reprints carry
        "DUPLICATE COPY n"; nothing is recorded until `record_printed`."""
        self.s.require("print")
        if not application_ids:
            raise ServiceError("Choose at least one application to print.",
                               hi="प्रिंट के लिए कम से कम एक आवेदन चुनें।")
        from reportlab.pdfgen.canvas import Canvas

        from power_desktop.paper import text
        from power_desktop.paper.form import draw_form
        text.register()
        pages = self.form_pages(application_ids)
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pageCompression=1)
        canvas.setTitle(f"PoWER application forms ({len(pages)})")
        canvas.setAuthor("PoWER Desktop")
        ahead = None
        if len(pages) >= QR_AHEAD_FROM and (os.cpu_count() or 1) >= 2:
            from power_desktop.paper.barcodes import QrAhead
            ahead = QrAhead([p.payload for p in pages])
        try:
            for i, page in enumerate(pages):
                if ahead is not None:
                    ahead.collect()
                draw_form(canvas, page)
                if progress is not None and not progress(i + 1, len(pages)):
                    raise PrintCancelled("Printing was cancelled; nothing was printed or "
                                         "marked.", hi="प्रिंट रद्द हुआ; न कुछ प्रिंट हुआ, न "
                                                       "चिह्नित हुआ।")
        finally:
            if ahead is not None:
                ahead.close()
        canvas.save()
        self._write(path, buffer.getvalue())
        return PrintBatch(path, {p.application_id: p.copy_no for p in pages})

    def record_printed(self, batch: PrintBatch, printer: str) -> None:
        """The batch went to `printer` (a printer's name, or "PDF file ..."): record each form,
        mark it printed, audit print or reprint."""
        self.s.require("print")
        now, who = self.s.clock.now(), self.s.operator
        with transaction(self.s.sessions) as session:
            rows = self._applications(session, list(batch.copies))
            for a in rows:
                copy_no = batch.copies[a.app_code]
                session.add(PrintRecord(application_id=a.id, copy_no=copy_no,
                                        printer=printer[:200], printed_by=who, printed_at=now))
                if a.status == "created":
                    a.status = "printed"
                a.updated_at = now
                record(self.s, session, "print.reprint" if copy_no else "print", a.app_code,
                       printer=printer, copy=copy_no)
        self.s.notify(Change("application", tuple(batch.copies), "printed"))

    def print_forms(self, application_ids: Sequence[str], out: Path | None = None,
                    printer: str | None = None) -> PrintBatch:
        """The command line's way: render, then save (`out`) and/or send to a printer by name
        through the system's print service (CUPS `lp`), then record."""
        if out is None and printer is None:
            raise ServiceError("Say where the forms go: --out FILE.pdf or --printer NAME.",
                               hi="बताएँ कि फ़ॉर्म कहाँ जाएँ: --out FILE.pdf या --printer NAME।")
        target = out or self.s.paths.exports / f"forms-{self.s.clock.now():%Y%m%d-%H%M%S}.pdf"
        batch = self.render_forms(application_ids, target)
        if printer:
            send_to_printer(target, printer, f"PoWER forms ({len(batch.copies)})")
        self.record_printed(batch, printer or f"PDF file {target}")
        return batch

    def form_pages(self, application_ids: Sequence[str]) -> list[FormPage]:
        """What each form shows, read in a few queries however many forms there are."""
        self.s.require("print")
        with self.s.sessions() as session:
            rows = self._applications(session, application_ids)
            family_ids = {a.family_id for a in rows}
            families = {f.id: f for f in session.scalars(
                select(Family).where(Family.id.in_(family_ids))
                .options(selectinload(Family.members)))}
            camps = {c.id: c for c in session.scalars(select(Camp))}
            printed: dict[int, int] = {
                app_id: int(n) for app_id, n in session.execute(
                    select(PrintRecord.application_id, func.count())
                    .where(PrintRecord.application_id.in_([a.id for a in rows]))
                    .group_by(PrintRecord.application_id))}
            schemes = {(s.code, pack): s for pack in {a.scheme_pack for a in rows}
                       for s in self.s.eligibility.schemes(pack)}
            today, now, who = self.s.clock.today(), self.s.clock.now(), self.s.operator
            photos = member_qr.photos(self.s, session,
                                      [m for f in families.values() for m in f.members])
            views: dict[int, FamilyView] = {}
            pages = []
            for a in rows:
                family, camp = families[a.family_id], camps[a.camp_id]
                if a.family_id not in views:
                    views[a.family_id] = fm.family_view(family, camp.label, today)
                pages.append(self._form_page(
                    a, schemes[(a.scheme_code, a.scheme_pack)], family, views[a.family_id],
                    camp, int(printed.get(a.id, 0)), now, who, photos))
        return pages

    def _form_page(self, a: Application, scheme: Scheme, family: Family, view: FamilyView,
                   camp: Camp, copies: int, now: datetime, who: str,
                   photos: dict[int, bytes]) -> FormPage:
        head = next((m for m in family.members if m.relation == "head"), family.members[0])
        member_row = next((m for m in family.members if m.id == a.member_id), head)
        member = next(m for m in view.members if m.member_no == member_row.member_no)
        full = bool(scheme.form.get("aadhaar_full"))
        aadhaar = None
        if member_row.aadhaar_cipher is not None:  # the full number only where the law asks
            aadhaar = (_grouped(self.s.vault.open_aadhaar(member_row.aadhaar_cipher,
                                                          member_row.uuid))
                       if full else mask_aadhaar(member_row.aadhaar_last4 or ""))
        sections = tuple(
            Section(s["title"], tuple(
                FieldLine(_label(key, scheme), form_values.value(key, view, member, aadhaar,
                                                                 _choices(key, scheme)))
                for key in s["fields"]))
            for s in scheme.form["sections"])
        district = find_district(camp.state, camp.district)
        payload = Payload(a.app_code, family.family_code, a.scheme_code,
                          member_row.member_no if a.member_id else 0, camp.label,
                          local_day(a.created_at)).encode()
        return FormPage(
            application_id=a.app_code, family_id=family.family_code,
            member_id=member.member_id if a.member_id else None, scheme_code=scheme.code,
            scheme_name=scheme.name, benefit=scheme.benefit.text, camp=camp.label,
            district=Text(district.name, district.name_hi) if district
            else Text(camp.district, camp.district),
            applied_on=local_day(a.created_at), printed_at=to_local(now), operator=who,
            sections=sections,
            documents=scheme.documents, declaration=scheme.form["declaration"],
            payload=payload, copy_no=copies, photo=self._photo(photos.get(member_row.id)))

    def _photo(self, jpeg2000: bytes | None) -> bytes | None:
        return self.s.aadhaar_qr.photo_png(jpeg2000) if jpeg2000 else None

    # --- the family slip -----------------------------------------------------------------------
    def slip(self, family_id: str, path: Path, paper: str | None = None) -> Path:
        self.s.require("print")
        from reportlab.pdfgen.canvas import Canvas

        from power_desktop.paper import text
        from power_desktop.paper.slip import PAPERS, draw_slip
        paper = paper or self.s.settings.get("slip_paper")
        if paper not in PAPERS:
            raise ServiceError(f"Paper must be one of: {', '.join(PAPERS)}.",
                               hi=f"काग़ज़ इनमें से एक हो: {', '.join(PAPERS)}।")
        slip = self.slip_data(family_id)
        text.register()
        buffer = io.BytesIO()
        draw_slip(lambda size: Canvas(buffer, pagesize=size, pageCompression=1), slip, paper)
        self._write(path, buffer.getvalue())
        with transaction(self.s.sessions) as session:
            record(self.s, session, "print.slip", slip.family_id, paper=paper,
                   applications=len(slip.lines))
        return path

    def slip_data(self, family_id: str) -> Slip:
        self.s.require("print")
        with self.s.sessions() as session:
            family = session.scalar(select(Family).where(
                Family.lookup_key == ids.lookup_key(family_id)))
            if family is None:
                raise no_family(family_id)
            camp = session.get(Camp, family.camp_id)
            assert camp is not None  # a foreign key
            apps: list[tuple[Application, str | None]] = [(r[0], r[1]) for r in session.execute(
                select(Application, Member.name).outerjoin(Member, Member.id ==
                                                           Application.member_id)
                .where(Application.family_id == family.id).order_by(Application.id))]
            if not apps:
                raise ServiceError(f"Family {family.family_code} has no applications yet: "
                                   "apply for a scheme first.",
                                   hi=f"परिवार {family.family_code} का अभी कोई आवेदन नहीं है: "
                                      "पहले किसी योजना के लिए आवेदन करें।")
            visit = max(local_day(a.created_at) for a, _ in apps)  # the latest visit's
            apps = [(a, name) for a, name in apps if local_day(a.created_at) == visit]
            lines, documents, seen = [], [], set()
            next_steps = None
            for a, member_name in apps:
                scheme = next(s for s in self.s.eligibility.schemes(a.scheme_pack)
                              if s.code == a.scheme_code)
                next_steps = next_steps or scheme.form["next_steps"]
                lines.append(SlipLine(a.app_code, scheme.name, member_name or family.head_name,
                                      scheme.benefit.text, scheme.form["submit_to"]))
                for doc in scheme.documents:
                    if doc.en not in seen:
                        seen.add(doc.en)
                        documents.append(doc)
            district = find_district(camp.state, camp.district)
            return Slip(
                family_id=family.family_code, head_name=family.head_name,
                camp=camp.label,
                district=Text(district.name, district.name_hi) if district
                else Text(camp.district, camp.district),
                printed_at=to_local(self.s.clock.now()), operator=self.s.operator,
                lines=tuple(lines),
                documents=tuple(documents), next_steps=next_steps or Text("", ""))

    # --- inside ----------------------------------------------------------------------------------
    def _applications(self, session: Any, application_ids: Sequence[str]) -> list[Application]:
        keys = []
        for text in application_ids:
            try:
                keys.append(ids.application_lookup_key(text))
            except ids.BadId as bad:
                raise ServiceError(f"{text}: {bad}",
                                   hi=f"{text}: यह सही आवेदन ID नहीं है; ग़लत लिखा गया "
                                      "है।") from None
        rows = {a.lookup_key: a for a in session.scalars(
            select(Application).where(Application.lookup_key.in_(keys)))}
        missing = [t for t, k in zip(application_ids, keys, strict=True) if k not in rows]
        if missing:
            raise NotFound(f"No application {', '.join(missing)} on this laptop.",
                           hi=f"इस लैपटॉप पर आवेदन {', '.join(missing)} नहीं है।")
        return [rows[k] for k in keys]

    def _write(self, path: Path, data: bytes) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(Path(path), data)
        except OSError as exc:
            raise ServiceError(f"Cannot write {path}: {exc.strerror or exc}. Nothing was "
                               "written.", hi=f"{path} नहीं लिखा जा सका: "
                                              f"{exc.strerror or exc}। कुछ नहीं लिखा गया।") \
                from None


def _label(key: str, scheme: Scheme) -> Text:
    if key in PRINT_FIELDS:
        en, hi = PRINT_FIELDS[key]
        return Text(en, hi)
    fact = scheme.questions.get(f"member.{key[6:]}") or scheme.questions.get(
        f"family.{key[6:]}")
    return Text(fact.question_en, fact.question_hi) if fact else Text(key, key)


def _choices(key: str, scheme: Scheme) -> dict[str, Code] | None:
    """The codes of a pack question of kind code (extra.baby_sex), to print its answer."""
    if not key.startswith("extra."):
        return None
    fact = scheme.questions.get(f"member.{key[6:]}") or scheme.questions.get(
        f"family.{key[6:]}")
    return fact.codes if fact else None


def _grouped(digits: str) -> str:
    return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def send_to_printer(pdf: Path, printer: str, title: str, copies: int = 1) -> None:
    """Hand a PDF to the system's print service (CUPS `lp`), or say plainly why not."""
    lp = shutil.which("lp")
    if lp is None:
        raise ServiceError("No system print service (CUPS 'lp') here: save the PDF with --out "
                           "and print it from the window or a PDF viewer.",
                           hi="यहाँ सिस्टम की प्रिंट सेवा (CUPS 'lp') नहीं है: PDF सहेजें और "
                              "उसे खिड़की या PDF व्यूअर से प्रिंट करें।")
    done = subprocess.run([lp, "-d", printer, "-n", str(max(1, copies)), "-t", title, str(pdf)],
                          capture_output=True,
                          text=True, timeout=60, check=False)
    if done.returncode != 0:
        raise ServiceError(f"The printer {printer!r} refused the job: "
                           f"{(done.stderr or done.stdout).strip()}",
                           hi=f"प्रिंटर {printer!r} ने काम नहीं लिया: "
                              f"{(done.stderr or done.stdout).strip()}")
