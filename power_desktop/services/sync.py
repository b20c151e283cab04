"""`power-desktop sync`: what a laptop registered on its own database while the camp server was
out of reach (the LAN down: `--database local`), pushed to the server afterwards.

- Idempotent by record UUID: a family already on the server (pushed before, or by a sync cut
  short) is never sent again; running sync twice changes nothing.
- Each family is pushed in a transaction of its own, with its members, their photos, its
  history, applications and print records: a sync killed midway leaves whole families pushed
  and the rest for the next run, never half of one.
- Before a family is pushed, the duplicate check runs against the whole camp on the server:
  a family someone there looks already registered is listed for a supervisor, never merged
  or pushed silently (the supervisor decides, then registers it on the server if it is
  someone else).
- The families keep the IDs they were given offline (slips and forms carry them), under the
  laptop's camp row on the server (made if it has none): the device code keeps them apart,
  and a family ID that is on the server for another family is listed, not pushed.
- Aadhaar numbers and photos are opened with the laptop's vault and sealed again with the
  server's: never in clear on the way, or on the server.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from power_desktop.store import search_index
from power_desktop.store.models import (
    Application,
    Camp,
    Family,
    FamilyVersion,
    Member,
    MemberPhoto,
    PrintRecord,
)

from . import family_mapping as fm
from .audit import record
from .duplicates import Candidate
from .errors import ServiceError
from .member_qr import photo_owner
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.sync")


@dataclass
class SyncReport:
    pushed: list[str] = field(default_factory=list)  # family IDs now on the server
    already: int = 0  # on the server before this run (by UUID)
    duplicates: list[tuple[str, list[Candidate]]] = field(default_factory=list)
    clashes: list[str] = field(default_factory=list)  # an ID the server has for another family


def _copy(row: Any, **changes: Any) -> dict[str, Any]:
    """A row's column values without its id, with `changes` applied."""
    values = {c.key: getattr(row, c.key) for c in row.__table__.columns if c.key != "id"}
    values.update(changes)
    return values


class SyncService:
    def __init__(self, local: Services, server: Services) -> None:
        if local.on_server or not server.on_server:
            raise ServiceError("sync pushes a laptop's own database to the camp server: run "
                               "it on the laptop's own database (--database local) with the "
                               "server given by --to URL or remembered from joining.",
                               hi="sync लैपटॉप के अपने डेटाबेस को कैंप सर्वर पर भेजता है: इसे "
                                  "लैपटॉप के अपने डेटाबेस (--database local) पर चलाएँ, सर्वर "
                                  "--to URL से या जुड़ने से याद रखा हुआ।")
        self.local, self.server = local, server
        self._mine: set[str] = set()

    def push(self) -> SyncReport:
        self.local.require("sync")
        self.server.require("sync")
        report = SyncReport()
        with self.local.sessions() as session:
            uuids = [u for (u,) in session.execute(select(Family.uuid).order_by(Family.id))]
        with self.server.sessions() as session:
            on_server = {u for (u,) in session.execute(
                select(Family.uuid).where(Family.uuid.in_(uuids)))} if uuids else set()
        with self.local.sessions() as session:
            self._mine = {c for (c,) in session.execute(select(Family.family_code))}
        for uuid in uuids:
            if uuid in on_server:
                report.already += 1
                continue
            self._one(uuid, report)
        with transaction(self.local.sessions) as session:
            record(self.local, session, "sync", None, pushed=len(report.pushed),
                   already=report.already, duplicates=len(report.duplicates),
                   clashes=len(report.clashes))
        return report

    # --- one family ------------------------------------------------------------------------
    def _one(self, uuid: str, report: SyncReport) -> None:
        with self.local.sessions() as session:
            family = session.scalar(select(Family).where(Family.uuid == uuid).options(
                selectinload(Family.members)))
            assert family is not None
            code = family.family_code
            camp = session.get(Camp, family.camp_id)
            assert camp is not None
            typed = self._as_typed(family)
            members = {m.id: m for m in family.members}
            photos = list(session.scalars(select(MemberPhoto).where(
                MemberPhoto.member_id.in_(list(members)))))
            versions = list(session.scalars(select(FamilyVersion).where(
                FamilyVersion.family_id == family.id).order_by(FamilyVersion.id)))
            applications = list(session.scalars(select(Application).where(
                Application.family_id == family.id).order_by(Application.id)))
            prints = list(session.scalars(select(PrintRecord).where(PrintRecord.application_id.in_(
                [a.id for a in applications])).order_by(PrintRecord.id))) if applications else []
            clear = {m.id: self.local.vault.open_aadhaar(m.aadhaar_cipher, m.uuid)
                     for m in family.members if m.aadhaar_cipher is not None}
            photo_plain = {p.member_id: self.local.vault.open(
                p.cipher, photo_owner(members[p.member_id].uuid)) for p in photos}
            session.expunge_all()
        # This laptop's own families (pushed earlier in this sync) were checked against each
        # other when they were registered: only the rest of the camp can hold a duplicate.
        found = [c for c in self.server.duplicates.check(typed) if c.family_id not in self._mine]
        if found:
            report.duplicates.append((code, found))
            return
        with transaction(self.server.sessions) as s:
            if s.scalar(select(Family.id).where(Family.uuid == uuid)) is not None:
                report.already += 1  # another sync of this laptop got there first
                return
            if s.scalar(select(Family.id).where(Family.family_code == code)) is not None:
                report.clashes.append(code)
                return
            camp_id = self._camp_row(s, camp)
            new = Family(**_copy(family, camp_id=camp_id))
            s.add(new)
            s.flush()
            member_ids: dict[int, int] = {}
            for old in sorted(members.values(), key=lambda m: m.member_no):
                values = _copy(old, family_id=new.id)
                if old.id in clear:
                    sealed = self.server.vault.seal_aadhaar(clear[old.id], old.uuid)
                    values.update(aadhaar_cipher=sealed.cipher, aadhaar_token=sealed.token,
                                  aadhaar_last4=sealed.last4)
                member = Member(**values)
                s.add(member)
                s.flush()
                member_ids[old.id] = member.id
            for photo in photos:
                s.add(MemberPhoto(**{**_copy(photo), "member_id": member_ids[photo.member_id],
                                     "cipher": self.server.vault.seal(
                                         photo_plain[photo.member_id],
                                         photo_owner(members[photo.member_id].uuid))}))
            for version in versions:
                s.add(FamilyVersion(**_copy(version, family_id=new.id)))
            application_ids: dict[int, int] = {}
            for app in applications:
                copied = Application(**_copy(
                    app, family_id=new.id, camp_id=camp_id,
                    member_id=member_ids.get(app.member_id) if app.member_id else None))
                s.add(copied)
                s.flush()
                application_ids[app.id] = copied.id
            for printed in prints:
                s.add(PrintRecord(**_copy(printed,
                                          application_id=application_ids[printed.application_id])))
            s.flush()
            s.refresh(new, ["members"])
            search_index.replace_rows(s.connection(), [], search_index.family_rows(new))
            self._counters(s, camp_id, code, applications)
            record(self.server, s, "sync.push", code, device=_label(camp),
                   members=len(member_ids), applications=len(application_ids))
        report.pushed.append(code)

    def _as_typed(self, family: Family) -> dict[str, Any]:
        """The family as typed (the family JSON format), full Aadhaar numbers included, for
        the duplicate check on the server."""
        view = fm.family_view(family, "-", self.local.clock.today()).to_json()
        data = fm.view_to_input(view)
        by_no = {m.member_no: m for m in family.members}
        for member in data["members"]:
            row = by_no[member["member_no"]]
            if row.aadhaar_cipher is not None:
                member["aadhaar"] = self.local.vault.open_aadhaar(row.aadhaar_cipher, row.uuid)
        return data

    def _camp_row(self, s: Session, camp: Camp) -> int:
        """The laptop's camp row on the server for the camp the family was registered in,
        made if the server has none (the laptop set its camp up offline)."""
        row = s.scalar(select(Camp).where(
            Camp.state == camp.state, Camp.district_code == camp.district_code,
            Camp.camp_code == camp.camp_code, Camp.device_code == camp.device_code))
        if row is None:
            row = Camp(**_copy(camp, is_current=False))
            s.add(row)
            s.flush()
        return int(row.id)

    @staticmethod
    def _counters(s: Session, camp_id: int, code: str, applications: list[Application]) -> None:
        """The server's numbering for that laptop moves past what was numbered offline."""
        from power_desktop.core import ids
        row = s.get(Camp, camp_id)
        assert row is not None
        seq = ids.parse_family_id(code).seq
        row.next_family_seq = max(row.next_family_seq, seq + 1)
        for app in applications:  # DL-SO-C07-L2-A000042-Q: the count after the A
            n = int(app.app_code.split("-")[-2][1:])
            row.next_application_seq = max(row.next_application_seq or 1, n + 1)


def _label(camp: Camp) -> str:
    return f"{camp.state}-{camp.district_code}-{camp.camp_code}-{camp.device_code}"
