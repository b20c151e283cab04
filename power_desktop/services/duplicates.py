"""Looking for the people of a new family among those already registered, before saving."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from power_desktop.core import ids
from power_desktop.core.family import FamilyInput, parse_family
from power_desktop.core.linkage import blocking
from power_desktop.core.linkage.compare import Person
from power_desktop.core.linkage.model import Match, TermFrequency, compare
from power_desktop.core.linkage.names import given_key
from power_desktop.core.validate import age_on
from power_desktop.store import db, search_index
from power_desktop.store.models import AuditEntry, Family, Member

from .errors import InvalidFamily, ServiceError

if TYPE_CHECKING:
    from .context import Services

CANDIDATES = 50  # people the blocking rules bring for one typed member, most rules first
TF_KEEP_SECONDS = 300
TF_MIN_PEOPLE = 2000
KEPT_CHECKS = 8  # recent answers kept, for the save that follows a check made while typing


@dataclass(frozen=True)
class Candidate:
    member_index: int  # which typed member (0-based) it looks like
    member_name: str  # the typed member's name
    member_id: str
    family_id: str
    name: str
    relation: str
    age: int
    father_or_husband_name: str
    locality: str
    score: int
    reasons: tuple[str, ...]
    against: tuple[str, ...] = ()
    reasons_hi: tuple[str, ...] = ()
    against_hi: tuple[str, ...] = ()

    @property
    def same_aadhaar(self) -> bool:
        """One Aadhaar is one person: such a candidate can't be saved as someone else."""
        return self.score == 100 and self.reasons[:1] == ("same Aadhaar",)


class PossibleDuplicate(ServiceError):
    """Someone in the family looks already registered; nothing was saved."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        lines = [f"  - {c.member_name} looks like {c.name} ({c.member_id}, age {c.age}, "
                 f"{c.locality}): {c.score}%, {', '.join(c.reasons)}"
                 + (f"; against: {', '.join(c.against)}" if c.against else "")
                 for c in candidates]
        lines_hi = [f"  - {c.member_name} {c.name} ({c.member_id}, आयु {c.age}, "
                    f"{c.locality}) जैसे लगते हैं: {c.score}%, {', '.join(c.reasons_hi)}"
                    + (f"; विरुद्ध: {', '.join(c.against_hi)}" if c.against_hi else "")
                    for c in candidates]
        super().__init__("Possible duplicate registration; nothing was saved:\n"
                         + "\n".join(lines),
                         hi="संभावित दोहरा पंजीकरण; कुछ नहीं सहेजा गया:\n" + "\n".join(lines_hi))


class DuplicateService:
    """The check runs while a family is typed (the window asks after each member) and again
    at save; the save reuses the answer when nobody has written anything since (the audit
    trail's newest entry is the same: every write records one, in this program or another on
    the same database), so Ctrl+S waits only for the write."""

    def __init__(self, services: Services) -> None:
        self.s = services
        self._kept: dict[tuple[Any, ...], tuple[int, list[Candidate]]] = {}
        self._lock = threading.Lock()  # the window checks from a worker thread
        self._tf: dict[str, float | None] = {}
        self._tf_time = 0.0
        self._total = -1

    def check(self, data: Mapping[str, Any], exclude_family: str | None = None) -> list[
            Candidate]:
        """Likely duplicates of each member of a family (in the family JSON format), best
        first. Saves nothing."""
        self.s.require("view")
        parsed = parse_family(data, self.s.clock.today())
        if parsed.family is None:
            raise InvalidFamily(parsed.errors or parsed.problems)
        return self.check_parsed(parsed.family, exclude_family)

    def check_parsed(self, family: FamilyInput, exclude_family: str | None = None) -> list[
            Candidate]:
        self.s.require("view")
        today = self.s.clock.today()
        typed = self._typed(family)
        key = (tuple(typed), exclude_family)
        with self.s.sessions() as session:
            generation = session.scalar(select(func.max(AuditEntry.id))) or 0
            with self._lock:
                kept = self._kept.get(key)
            if kept is not None and kept[0] == generation:
                return list(kept[1])
            found = [_candidate(index, typed[index].name, row, match, today)
                     for index, row, _, match in self._compared(session, typed, exclude_family,
                                                                shown_only=True)
                     if match.likely]
        found.sort(key=lambda c: (-c.score, c.member_index))
        with self._lock:
            if len(self._kept) >= KEPT_CHECKS:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = (generation, found)
        return list(found)

    def compared(self, family: FamilyInput) -> list[tuple[int, str, Person, Person, Match]]:
        """Every person the blocking rules bring for each typed member, with the comparison
        (likely or not): (typed member index, member ID, typed, found, match). For measuring
        the check, and for a supervisor asking why someone was not shown."""
        self.s.require("view")
        typed = self._typed(family)
        with self.s.sessions() as session:
            return [(index, ids.member_id(row.family_code, row.member_no), typed[index], other,
                     match)
                    for index, row, other, match in self._compared(session, typed, None)]

    def given_share(self, person: Person) -> float | None:
        """The share of registered people with this person's given name (None: too few
        people to say), as the check weighs it."""
        with self.s.sessions() as session:
            return self._term_frequency(session.connection(), [person])(person)

    def typed_people(self, family: FamilyInput) -> list[Person]:
        """The typed members as the matcher sees them."""
        return self._typed(family)

    def _typed(self, family: FamilyInput) -> list[Person]:
        people = []
        for m in family.members:
            token = self.s.vault.token(m.aadhaar) if m.aadhaar else None
            people.append(Person(
                name=m.name, name_hi=m.name_hi, gender=m.gender, dob=m.dob,
                dob_estimated=m.dob_estimated, father=m.father_or_husband_name,
                mobiles=tuple(x for x in (m.mobile, family.mobile) if x),
                locality=family.address.locality, aadhaar_token=token, relation=m.relation,
                marital_status=m.marital_status or ""))
        return people

    def _compared(self, session: Session, typed: list[Person], exclude_family: str | None,
                  shown_only: bool = False) -> list[tuple[int, Any, Person, Match]]:
        # Each typed member is looked for by every blocking rule at once (one index query),
        # by a shared mobile and by the Aadhaar token; then compared with what was found, the
        # weight of a given name adjusted by how many people have it.
        today = self.s.clock.today()
        conn = session.connection()
        per_member = search_index.blocked_each(
            conn, [(list(blocking.query_rules(person, today).values()), person.mobiles)
                   for person in typed], CANDIDATES)
        tokens = [p.aadhaar_token for p in typed if p.aadhaar_token]
        every: set[int] = set().union(*per_member) if per_member else set()
        rows = {row.id: (row, _person(row)) for row in self._rows(session, every, tokens)
                if row.family_code != exclude_family}
        by_token: dict[str, set[int]] = {}
        for member_id, (row, _) in rows.items():
            if row.aadhaar_token:
                by_token.setdefault(row.aadhaar_token, set()).add(member_id)
        tf = self._term_frequency(conn, typed)
        out = []
        for index, person in enumerate(typed):
            wanted = per_member[index] | by_token.get(person.aadhaar_token or "", set())
            for member_id in sorted(wanted):
                if member_id in rows:
                    row, other = rows[member_id]
                    out.append((index, row, other,
                                compare(person, other, tf, shown_only=shown_only)))
        return out

    def _term_frequency(self, conn: Any, typed: list[Person]) -> TermFrequency:
        """The share of registered people who have each typed person's given name (counts
        kept for a few minutes: they change slowly)."""
        now = time.monotonic()
        wanted = {given_key(p) for p in typed} - {""}
        with self._lock:
            if now - self._tf_time > TF_KEEP_SECONDS:
                self._tf.clear()
                self._tf_time = now
                self._total = -1
            missing = [k for k in wanted if k not in self._tf]
            total = self._total
        if total < 0:
            total = search_index.member_total(conn)
            with self._lock:
                self._total = total
        if missing:
            counts = search_index.name_counts(conn, missing)
            with self._lock:
                for k in missing:
                    # Too few people to say how common a name is: no adjustment.
                    self._tf[k] = counts.get(k, 0) / total if total >= TF_MIN_PEOPLE else None
        with self._lock:
            shares = {k: self._tf.get(k) for k in wanted}

        def share(person: Person) -> float | None:
            return shares.get(given_key(person))
        return share

    def _rows(self, session: Session, member_ids: set[int], tokens: list[str]) -> list[Any]:
        """The few columns the comparison needs, for all candidates at once (plain rows:
        no ORM objects are made for them)."""
        m, f = Member.__table__.c, Family.__table__.c
        conditions: list[ColumnElement[bool]] = []
        if member_ids:
            conditions.append(db.one_of(session, m.id, member_ids))
        if tokens:
            conditions.append(db.one_of(session, m.aadhaar_token, tokens))
        if not conditions:
            return []
        columns = [m.id, m.member_no, m.name, m.name_hi, m.gender, m.dob, m.dob_estimated,
                   m.father_or_husband_name, m.mobile, m.aadhaar_token, m.relation,
                   m.marital_status, f.family_code, f.locality, f.mobile.label("family_mobile")]
        return list(session.connection().execute(
            select(*columns).join_from(Member.__table__, Family.__table__, f.id == m.family_id)
            .where(or_(*conditions))).all())


def _person(row: Any) -> Person:
    return Person(name=row.name, name_hi=row.name_hi or "", gender=row.gender, dob=row.dob,
                  dob_estimated=row.dob_estimated, father=row.father_or_husband_name or "",
                  mobiles=tuple(x for x in (row.mobile, row.family_mobile) if x),
                  locality=row.locality, aadhaar_token=row.aadhaar_token,
                  relation=row.relation or "", marital_status=row.marital_status or "")


def _candidate(index: int, typed_name: str, row: Any, match: Match, today: Any) -> Candidate:
    return Candidate(index, typed_name, ids.member_id(row.family_code, row.member_no),
                     row.family_code, row.name, row.relation, age_on(row.dob, today),
                     row.father_or_husband_name or "", row.locality, match.score, match.reasons,
                     match.against, match.reasons_hi, match.against_hi)


class SameAadhaar(PossibleDuplicate):
    """A typed Aadhaar number is already on file. One Aadhaar number is one person: the
    operator may open that family or move the person, never save them as someone else."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        lines = [f"  - {c.member_name}: this Aadhaar number is already registered for {c.name} "
                 f"({c.member_id}, family {c.family_id})" for c in candidates]
        lines_hi = [f"  - {c.member_name}: यह आधार नंबर पहले से {c.name} ({c.member_id}, "
                    f"परिवार {c.family_id}) के नाम दर्ज है" for c in candidates]
        ServiceError.__init__(
            self, "Same Aadhaar number already registered; nothing was saved. One Aadhaar "
            "number is one person: open that family, or move the person into this one.\n"
            + "\n".join(lines),
            hi="वही आधार नंबर पहले से दर्ज है; कुछ नहीं सहेजा गया। एक आधार नंबर एक ही "
               "व्यक्ति का होता है: वह परिवार खोलें, या व्यक्ति को इस परिवार में ले आएँ।\n"
               + "\n".join(lines_hi))
