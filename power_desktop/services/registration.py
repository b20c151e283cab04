"""Registering walk-in families, editing them with history, and listing them."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import func, select, tuple_
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session, selectinload

from power_desktop.core import ids
from power_desktop.core.family import ParseResult, check_member, parse_family
from power_desktop.core.messages import Problem
from power_desktop.store import counters, db, search_index
from power_desktop.store.models import Camp, Family, FamilyVersion

from . import family_mapping as fm
from . import member_qr, moves, numbering
from .audit import record
from .camp import current_row
from .errors import InvalidFamily, NotFound, NotSetUp, StaleRecord, no_family
from .results import Change, FamilyRow, FamilyView, HistoryEntry, Registered
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.registration")

SortKey = Literal["created", "district"]


class RegistrationService:
    def __init__(self, services: Services) -> None:
        self.s = services

    # --- checking ----------------------------------------------------------------------------
    def check(self, data: Mapping[str, Any]) -> ParseResult:
        """Validate a family exactly as register() will, without saving anything. Members
        filled from an Aadhaar QR have their code read and checked again here."""
        result = parse_family(data, self.s.clock.today())
        qr = member_qr.qr_problems(self.s, data)
        if not qr:
            return result
        problems = result.problems + qr
        failed = any(p.severity == "error" for p in problems)
        return ParseResult(None if failed else result.family, problems)

    def check_member(self, data: Mapping[str, Any], index: int = 0) -> list[Problem]:
        """Problems with one member on their own, as the form adds the `index`-th member."""
        problems = check_member(data, self.s.clock.today(), index)
        return problems + member_qr.qr_problems(self.s, {"members": [None] * index + [data]})

    def _checked(self, data: Mapping[str, Any], confirm_warnings: bool) -> ParseResult:
        result = self.check(data)
        if result.errors or result.family is None:
            raise InvalidFamily(result.errors or result.problems)
        if result.warnings and not confirm_warnings:
            raise InvalidFamily(result.warnings, needs_confirmation=True)
        return result

    # --- writing -------------------------------------------------------------------------------
    def register(self, data: Mapping[str, Any], confirm_warnings: bool = False,
                 duplicate_decision: str | None = None,
                 move_from: str | None = None) -> Registered:
        """Save a new family whole, or nothing. Returns once the commit is on disk.

        People who look already registered stop the save (PossibleDuplicate) unless the
        operator has looked and decided (`duplicate_decision`, e.g. "different person"); the
        decision is recorded with who made it. An Aadhaar number already on file always stops
        it (SameAadhaar), unless that person is moved here from their old family
        (`move_from`: their member ID).
        """
        self.s.require("register")
        result = self._checked(data, confirm_warnings)
        family = result.family
        assert family is not None
        candidates = self.s.duplicates.check_parsed(family)
        candidates = _refuse_same_aadhaar(candidates, move_from)
        if candidates and not duplicate_decision:
            from .duplicates import PossibleDuplicate
            raise PossibleDuplicate(candidates)
        now, operator = self.s.clock.now(), self.s.operator
        seq = self._number_apart() if self.s.on_server else None
        # The rows are made and written before this laptop's turn at a camp server
        # (db.transaction): the Aadhaar check and the audit entry within it.
        with transaction(self.s.sessions, turn="later") as session:
            camp = current_row(self.s, session)
            if camp is None:
                raise NotSetUp()
            row = Family(uuid=str(uuid.uuid4()), camp_id=camp.id, created_by=operator,
                         created_at=now, updated_by=operator, updated_at=now, version=1)
            fm.apply_family(row, family)
            row.members = [fm.new_member(m, i, self.s.vault)
                           for i, m in enumerate(family.members, start=1)]
            tokens = [m.aadhaar_token for m in row.members if m.aadhaar_token]
            if seq is None:
                seq = counters.take(session, camp.id, "family")
            numbering.reserve(self.s, camp.label, "family", seq)
            code = ids.family_id(camp.state, camp.district_code, camp.camp_code,
                                 camp.device_code, seq)
            row.family_code, row.lookup_key = code, code.replace("-", "")
            session.add(row)
            session.flush()
            search_index.replace_rows(session.connection(), [], search_index.family_rows(row))
            # From here the camp's writers take turns: the Aadhaar check reads what every
            # other laptop has committed, and the audit trail's end is this save's alone.
            db.take_turn(session)
            moves.guard_aadhaar(session, [(m.aadhaar_token, m.member_no) for m in row.members
                                          if m.aadhaar_token], row.id, move_from)
            if move_from:
                moves.take_out(self.s, session, move_from, code, tokens)
            member_qr.keep(self.s, session, code, list(zip(family.members, row.members,
                                                           strict=True)),
                           lambda no: ids.member_id(code, no))
            record(self.s, session, "family.register", code, members=len(family.members),
                   warnings_confirmed=[p.code for p in result.warnings])
            if candidates:
                record(self.s, session, "duplicate.decision", code,
                       decision=duplicate_decision,
                       candidates=[(c.member_name, c.member_id, c.score) for c in candidates])
        log.info("registered family %s with %d members", code, len(family.members))
        self.s.notify(Change("family", (code,), "registered"))
        return Registered(code, row.uuid,
                          tuple(ids.member_id(code, n) for n in range(1, len(family.members) + 1)),
                          1, tuple(result.warnings))

    def _number_apart(self) -> int:
        """The next family number of this laptop's camp row, taken in a transaction of its
        own. On a camp server the save then holds no row lock before its turn, so it cannot
        wait for a writer that holds the turn while that writer waits for the row (the
        window and a command on one laptop). A save that then fails leaves its number unused,
        as a sequence does: a gap in this laptop's numbering, never a number given twice."""
        if self.s.laptop_camp_id is None:
            raise NotSetUp()
        try:
            return counters.take_apart(self.s.sessions, self.s.laptop_camp_id, "family")
        except NoResultFound:  # the laptop's camp row is gone from the server
            raise NotSetUp() from None

    def update(self, family_id: str, data: Mapping[str, Any], expected_version: int,
               confirm_warnings: bool = False,
               duplicate_decision: str | None = None,
               move_from: str | None = None) -> Registered:
        """Save an edit. The version before it is kept; members not in `data` are removed.

        A member given with its `member_no` is that existing member; leaving its Aadhaar out
        keeps the stored number. Fails with StaleRecord if someone saved in between.
        """
        self.s.require("register")
        result = self._checked(data, confirm_warnings)
        family = result.family
        assert family is not None
        added = [m for m in family.members if m.member_no is None]
        candidates = []
        if added:  # people added to the family are checked like a new registration
            from dataclasses import replace as with_members
            candidates = self.s.duplicates.check_parsed(
                with_members(family, members=added), exclude_family=self.get(family_id).family_id)
            candidates = _refuse_same_aadhaar(candidates, move_from)
            if candidates and not duplicate_decision:
                from .duplicates import PossibleDuplicate
                raise PossibleDuplicate(candidates)
        now, operator = self.s.clock.now(), self.s.operator
        with transaction(self.s.sessions) as session:
            row = self._load(session, family_id)
            if row.version != expected_version:
                # What the other edit changed (on a camp server, perhaps on another laptop):
                # the fields only, from the history the edit kept.
                fields = list(dict.fromkeys(
                    str(change.get("field")) for kept_changes in session.scalars(
                        select(FamilyVersion.changes).where(
                            FamilyVersion.family_id == row.id,
                            FamilyVersion.version >= expected_version)
                        .order_by(FamilyVersion.version))
                    for change in json.loads(kept_changes or "[]")))
                what = f" (changed: {', '.join(fields)})" if fields else ""
                what_hi = f" (बदले गए: {', '.join(fields)})" if fields else ""
                raise StaleRecord(
                    f"Family {row.family_code} was changed by {row.updated_by} after you "
                    f"opened it{what}. Open it again to see that change, then redo yours.",
                    hi=f"आपके खोलने के बाद परिवार {row.family_code} को {row.updated_by} ने "
                       f"बदला{what_hi}। वह बदलाव देखने के लिए इसे फिर से खोलें, फिर अपना "
                       "बदलाव दोबारा करें।")
            camp_label = self._camp_label(session, row.camp_id)
            before = fm.family_view(row, camp_label, self.s.clock.today()).to_json()
            old_index = search_index.family_rows(row)
            fm.apply_family(row, family)
            existing = {m.member_no: m for m in row.members}
            next_no = max(existing, default=0) + 1
            kept = []
            for m in family.members:
                if m.member_no is not None and m.member_no in existing:
                    member = existing.pop(m.member_no)
                    fm.apply_member(member, m, self.s.vault)
                else:
                    member = fm.new_member(m, next_no, self.s.vault)
                    next_no += 1
                kept.append(member)
            row.members = kept
            moves.guard_aadhaar(session, [(m.aadhaar_token, m.member_no) for m in kept
                                          if m.aadhaar_token], row.id, move_from)
            session.flush()
            search_index.replace_rows(session.connection(), old_index,
                                      search_index.family_rows(row))
            if move_from:
                moves.take_out(self.s, session, move_from, row.family_code,
                               [m.aadhaar_token for m in kept if m.aadhaar_token])
            member_qr.keep(self.s, session, row.family_code,
                           list(zip(family.members, kept, strict=True)),
                           lambda no: ids.member_id(row.family_code, no))
            after = fm.family_view(row, camp_label, self.s.clock.today()).to_json()
            changes = fm.diff(before, after)
            if not changes:
                return Registered(row.family_code, row.uuid,
                                  tuple(ids.member_id(row.family_code, m.member_no) for m in kept),
                                  row.version)
            fm.new_version(session, row, before, changes, operator, now)
            record(self.s, session, "family.edit", row.family_code, version=row.version,
                   changes=changes)
            if candidates or duplicate_decision:
                record(self.s, session, "duplicate.decision", row.family_code,
                       decision=duplicate_decision,
                       candidates=[(c.member_name, c.member_id, c.score) for c in candidates])
            result_ids = tuple(ids.member_id(row.family_code, m.member_no) for m in kept)
            version = row.version
        self.s.notify(Change("family", (family_id,), "edited"))
        return Registered(row.family_code, row.uuid, result_ids, version, tuple(result.warnings))

    def add_members(self, family_id: str, members: list[Mapping[str, Any]],
                    decision: str) -> Registered:
        """Add people typed as a new family to an existing one instead (the operator found
        them there). A typed head joins as an other relative; relations can be edited after."""
        self.s.require("register")
        family = self.get(family_id)
        data = fm.view_to_input(family.to_json())
        for member in members:
            joined = {k: v for k, v in member.items() if k != "member_no"}
            if joined.get("relation") == "head":
                joined["relation"] = "other_relative"
            data["members"].append(joined)
        return self.update(family_id, data, family.version, confirm_warnings=True,
                           duplicate_decision=decision)

    # --- reading -------------------------------------------------------------------------------
    def _load(self, session: Session, family_id: str) -> Family:
        try:
            key = ids.lookup_key(family_id)
        except ids.BadId as bad:
            raise NotFound(str(bad), hi=f"{family_id}: यह सही परिवार ID नहीं है; ग़लत लिखा "
                                        "गया है।") from None
        row = session.scalar(select(Family).where(Family.lookup_key == key)
                             .options(selectinload(Family.members)))
        if row is None:
            raise no_family(family_id)
        return row

    def _camp_label(self, session: Session, camp_id: int) -> str:
        camp = session.get(Camp, camp_id)
        assert camp is not None
        return f"{camp.state}-{camp.district_code}-{camp.camp_code}-{camp.device_code}"

    def get(self, family_id: str) -> FamilyView:
        self.s.require("view")
        with self.s.sessions() as session:
            row = self._load(session, family_id)
            return fm.family_view(row, self._camp_label(session, row.camp_id),
                                  self.s.clock.today())

    def history(self, family_id: str) -> list[HistoryEntry]:
        self.s.require("view")
        with self.s.sessions() as session:
            row = self._load(session, family_id)
            versions = session.scalars(select(FamilyVersion)
                                       .where(FamilyVersion.family_id == row.id)
                                       .order_by(FamilyVersion.version.desc()))
            return [HistoryEntry(v.version, v.changed_by, v.changed_at, json.loads(v.changes))
                    for v in versions]

    def count(self) -> int:
        with self.s.sessions() as session:
            return session.scalar(select(func.count()).select_from(Family)) or 0

    def page(self, sort: SortKey = "created", descending: bool = True,
             after: Sequence[Any] | None = None, limit: int = 200) -> list[FamilyRow]:
        """One page of the families list, by keyset: pass the last row's sort_key() as `after`.

        Keyset paging costs the same on page 1,000 as on page 1, which offset paging does not.
        """
        self.s.require("view")
        cols = ([Family.created_at, Family.id] if sort == "created"
                else [Family.district, Family.created_at, Family.id])
        query = select(Family.id, Family.family_code, Family.head_name, Family.member_count,
                       Family.locality, Family.district, Family.mobile, Family.created_at,
                       Family.created_by)
        if after is not None:
            key = tuple_(*cols)
            query = query.where(key < tuple_(*after) if descending else key > tuple_(*after))
        query = query.order_by(*[c.desc() if descending else c.asc() for c in cols]).limit(limit)
        with self.s.sessions() as session:
            return [FamilyRow(*r) for r in session.execute(query)]

    @staticmethod
    def sort_key(row: FamilyRow, sort: SortKey) -> tuple[Any, ...]:
        if sort == "created":
            return (row.created_at, row.id)
        return (row.district, row.created_at, row.id)


def _refuse_same_aadhaar(candidates: list[Any], move_from: str | None) -> list[Any]:
    """One Aadhaar number is one person, whatever the operator decided. The person being
    moved here is decided on already: the others are what remains to decide."""
    from .duplicates import SameAadhaar
    same = [c for c in candidates if c.same_aadhaar and c.member_id != move_from]
    if same:
        raise SameAadhaar(same)
    return [c for c in candidates if c.member_id != move_from]
