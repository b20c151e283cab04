"""Looking for the people of a new family among those already registered, before saving."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from power_desktop.core import ids
from power_desktop.core.duplicates import Match, Person, compare
from power_desktop.core.family import FamilyInput, parse_family
from power_desktop.core.names import keys
from power_desktop.core.validate import age_on
from power_desktop.store import search_index
from power_desktop.store.models import Family, Member

from .errors import InvalidFamily, ServiceError

if TYPE_CHECKING:
    from .context import Services

CANDIDATES = 100


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
        super().__init__("Possible duplicate registration; nothing was saved:\n"
                         + "\n".join(lines))


class DuplicateService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def check(self, data: Mapping[str, Any], exclude_family: str | None = None) -> list[
            Candidate]:
        """Likely duplicates of each member of a family (in the family JSON format), best
        first. Saves nothing."""
        parsed = parse_family(data, self.s.clock.today())
        if parsed.family is None:
            raise InvalidFamily(parsed.errors or parsed.problems)
        return self.check_parsed(parsed.family, exclude_family)

    def check_parsed(self, family: FamilyInput, exclude_family: str | None = None) -> list[
            Candidate]:
        today = self.s.clock.today()
        found: list[Candidate] = []
        with self.s.sessions() as session:
            for index, m in enumerate(family.members):
                token = self.s.vault.token(m.aadhaar) if m.aadhaar else None
                mobiles = tuple(x for x in (m.mobile, family.mobile) if x)
                typed = Person(name=m.name, name_hi=m.name_hi, gender=m.gender,
                               dob=m.dob, dob_estimated=m.dob_estimated,
                               father=m.father_or_husband_name, mobiles=mobiles,
                               locality=family.address.locality, aadhaar_token=token)
                for member, family_code, locality, family_mobile in self._candidates(
                        session, typed):
                    if family_code == exclude_family:
                        continue
                    match = compare(typed, _person(member, locality, family_mobile))
                    if match.likely:
                        found.append(_candidate(index, m.name, member, family_code, locality,
                                                match, today))
        found.sort(key=lambda c: (-c.score, c.member_index))
        return found

    def _candidates(self, session: Session, typed: Person) -> list[Any]:
        ids_found: set[int] = set()
        conn = session.connection()
        words = keys(typed.name) or keys(typed.name, optional=True)
        if words:
            query = " AND ".join(f"name : {k}" for k in words)
            ids_found.update(search_index.match(conn, query, CANDIDATES))
        for mobile in typed.mobiles:
            ids_found.update(search_index.match(conn, f"phone : {mobile}", CANDIDATES))
        conditions: list[ColumnElement[bool]] = [Member.id.in_(ids_found)] if ids_found else []
        if typed.aadhaar_token:
            conditions.append(Member.aadhaar_token == typed.aadhaar_token)
        if not conditions:
            return []
        return list(session.execute(
            select(Member, Family.family_code, Family.locality, Family.mobile)
            .join(Family, Family.id == Member.family_id).where(or_(*conditions))).all())


def _person(member: Member, locality: str, family_mobile: str | None) -> Person:
    return Person(name=member.name, name_hi=member.name_hi or "", gender=member.gender,
                  dob=member.dob, dob_estimated=member.dob_estimated,
                  father=member.father_or_husband_name or "",
                  mobiles=tuple(x for x in (member.mobile, family_mobile) if x),
                  locality=locality, aadhaar_token=member.aadhaar_token)


def _candidate(index: int, typed_name: str, member: Member, family_code: str, locality: str,
               match: Match, today: Any) -> Candidate:
    return Candidate(index, typed_name, ids.member_id(family_code, member.member_no),
                     family_code, member.name, member.relation, age_on(member.dob, today),
                     member.father_or_husband_name or "", locality, match.score, match.reasons)
