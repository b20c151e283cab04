"""Looking for the people of a new family among those already registered, before saving."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from power_desktop.core import ids
from power_desktop.core.duplicates import Match, Person, compare
from power_desktop.core.family import FamilyInput, parse_family
from power_desktop.core.names import keys
from power_desktop.core.validate import age_on
from power_desktop.store import search_index
from power_desktop.store.models import AuditEntry, Family, Member

from .errors import InvalidFamily, ServiceError

if TYPE_CHECKING:
    from .context import Services

CANDIDATES = 100
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


class PossibleDuplicate(ServiceError):
    """Someone in the family looks already registered; nothing was saved."""

    def __init__(self, candidates: list[Candidate]) -> None:
        self.candidates = candidates
        lines = [f"  - {c.member_name} looks like {c.name} ({c.member_id}, age {c.age}, "
                 f"{c.locality}): {c.score}%, {', '.join(c.reasons)}" for c in candidates]
        lines_hi = [f"  - {c.member_name} {c.name} ({c.member_id}, आयु {c.age}, "
                    f"{c.locality}) जैसे लगते हैं: {c.score}%" for c in candidates]
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
        typed: list[Person] = []
        for m in family.members:
            token = self.s.vault.token(m.aadhaar) if m.aadhaar else None
            typed.append(Person(
                name=m.name, name_hi=m.name_hi, gender=m.gender, dob=m.dob,
                dob_estimated=m.dob_estimated, father=m.father_or_husband_name,
                mobiles=tuple(x for x in (m.mobile, family.mobile) if x),
                locality=family.address.locality, aadhaar_token=token))
        key = (tuple(typed), exclude_family)
        found: list[Candidate] = []
        with self.s.sessions() as session:
            generation = session.scalar(select(func.max(AuditEntry.id))) or 0
            with self._lock:
                kept = self._kept.get(key)
            if kept is not None and kept[0] == generation:
                return list(kept[1])
            # Two index queries for the whole family (each member's name near their year of
            # birth; any of the family's mobiles), one read of the candidates, then every
            # typed member is compared with every candidate (a cheap test rules most out).
            conn = session.connection()
            parts = [q for p in typed for q in self._queries(p)]
            mobiles = list(dict.fromkeys(m for p in typed for m in p.mobiles))
            found_ids = set(search_index.match(conn, CANDIDATES * len(typed),
                                               " OR ".join(parts))) if parts else set()
            if mobiles:
                found_ids.update(search_index.match(conn, CANDIDATES * len(typed),
                                                    phone=" OR ".join(mobiles)))
            tokens = [p.aadhaar_token for p in typed if p.aadhaar_token]
            rows = [(row, _person(row)) for row in self._rows(session, found_ids, tokens)
                    if row.family_code != exclude_family]
            for index, person in enumerate(typed):
                for row, other in rows:
                    match = compare(person, other)
                    if match.likely:
                        found.append(_candidate(index, person.name, row, match, today))
        found.sort(key=lambda c: (-c.score, c.member_index))
        with self._lock:
            if len(self._kept) >= KEPT_CHECKS:
                self._kept.pop(next(iter(self._kept)))
            self._kept[key] = (generation, found)
        return list(found)

    @staticmethod
    def _queries(typed: Person) -> list[str]:
        queries = []
        words = keys(typed.name) or keys(typed.name, optional=True)
        if words:
            # A name near a year of birth: "born" tokens join each name key to the year, so
            # even the commonest name asks for a few dozen people.
            spread = 3 if typed.dob_estimated else 1
            years = range(typed.dob.year - spread, typed.dob.year + spread + 1)
            near = " AND ".join(
                "(" + " OR ".join(f"born : {k}{y}" for y in years) + ")" for k in words)
            # ... and, as the rule asks, a father's/husband's name alike or the same locality
            # (a shared mobile is asked of the phone index, in check()).
            also = [f"father : {k}" for k in keys(typed.father)]
            place = search_index.place_token(typed.locality)
            if place:
                also.append(f"place : {place}")
            queries.append(f"({near} AND ({' OR '.join(also)}))" if also else f"({near})")
        return queries  # a shared mobile: asked of the phone index, by check()

    def _rows(self, session: Session, member_ids: set[int], tokens: list[str]) -> list[Any]:
        """The few columns the comparison needs, for all candidates at once."""
        conditions: list[ColumnElement[bool]] = []
        if member_ids:
            conditions.append(Member.id.in_(member_ids))
        if tokens:
            conditions.append(Member.aadhaar_token.in_(tokens))
        if not conditions:
            return []
        columns = [Member.id, Member.member_no, Member.name, Member.name_hi, Member.gender,
                   Member.dob, Member.dob_estimated, Member.father_or_husband_name,
                   Member.mobile, Member.aadhaar_token, Member.relation, Family.family_code,
                   Family.locality, Family.mobile.label("family_mobile")]
        return list(session.execute(select(*columns).join(Family, Family.id == Member.family_id)
                                    .where(or_(*conditions))).all())


def _person(row: Any) -> Person:
    return Person(name=row.name, name_hi=row.name_hi or "", gender=row.gender, dob=row.dob,
                  dob_estimated=row.dob_estimated, father=row.father_or_husband_name or "",
                  mobiles=tuple(x for x in (row.mobile, row.family_mobile) if x),
                  locality=row.locality, aadhaar_token=row.aadhaar_token)


def _candidate(index: int, typed_name: str, row: Any, match: Match, today: Any) -> Candidate:
    return Candidate(index, typed_name, ids.member_id(row.family_code, row.member_no),
                     row.family_code, row.name, row.relation, age_on(row.dob, today),
                     row.father_or_husband_name or "", row.locality, match.score, match.reasons)
