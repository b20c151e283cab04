"""Finding a family from whatever the family can tell the operator.

A name in either script (with the spellings real names take), the father's or husband's name,
any 4 or more digits of a mobile, a full Aadhaar number (matched through its token) or its last
four digits with a name, and family, member and application IDs with or without dashes. An ID
typed or scanned gives the record directly (`SearchResult.exact`).
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from power_desktop.core import ids
from power_desktop.core import validate as v
from power_desktop.store import db, search_index
from power_desktop.store.models import Application, Family, Member

from .search_rank import by_age_tokens, rank_name
from .search_rank import name_query as _name_query

if TYPE_CHECKING:
    from .context import Services


@dataclass(frozen=True)
class SearchHit:
    member_id: str
    family_id: str
    name: str
    name_hi: str
    relation: str
    age: int
    father_or_husband_name: str
    locality: str
    aadhaar_masked: str | None
    mobile: str | None
    why: tuple[str, ...]
    score: float
    rank: float = 0.0

@dataclass(frozen=True)
class SearchResult:
    query: str
    hits: tuple[SearchHit, ...]
    exact: str | None = None  # the family ID, when an ID was typed or scanned


FETCHED = 150  # index matches ranked for one search; the best are shown


class SearchService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def search(self, query: str, limit: int = 50) -> SearchResult:
        self.s.require("view")
        text = query.strip()
        if not text:
            return SearchResult(query, ())
        exact = self._by_id(text)
        if exact is not None:
            family_id, member_no, why = exact
            return SearchResult(query, self._family_hits(family_id, why, member_no), family_id)
        digits = re.sub(r"\D", "", text).translate(v.DEVANAGARI_DIGITS)  # Hindi keyboard
        if len(digits) >= 10:  # a mobile typed with +91 or 0 in front
            try:
                v.aadhaar(digits)
            except v.Invalid:
                with contextlib.suppress(v.Invalid):
                    digits = v.mobile(digits)
        # Split on spaces and punctuation, not on \W: Devanagari vowel signs are not word
        # characters to Python, and would cut a Hindi name in pieces.
        name_words = [w for w in re.split(r"[\s\d,.;:/()\-]+", text) if w]
        if len(digits) == 12 and not name_words:
            return SearchResult(query, self._by_aadhaar(digits))
        # A number of one to three digits with a name is an age ("sunita 45").
        age = next((int(n) for n in re.findall(r"\d+", text.translate(v.DEVANAGARI_DIGITS))
                    if len(n) <= 3 and int(n) <= 120), None) if name_words else None
        typing = not text[-1].isspace()
        parts = _name_query(name_words, typing)
        phone = f"{digits}*" if len(digits) >= 4 else None
        last4 = f"ids : a{digits}" if len(digits) == 4 else None  # or Aadhaar's last four
        if not parts and not phone:
            return SearchResult(query, ())
        with self.s.sessions() as session:
            conn = session.connection()
            found = search_index.match(conn, FETCHED, parts or None, phone, last4)
            if age is not None:  # the given name born in those years, from the check's index
                born = self.s.clock.today().year - age
                found = search_index.blocked(
                    conn, [by_age_tokens(name_words, range(born - 2, born + 2))], FETCHED) + \
                    found
            hits = self._hits(session, list(dict.fromkeys(found)), name_words, digits, age=age,
                              limit=limit, typing=typing)
        return SearchResult(query, tuple(hits))

    # --- IDs and Aadhaar -------------------------------------------------------------------------
    def _by_id(self, text: str) -> tuple[str, int | None, str] | None:
        compact = re.sub(r"[\s\-]", "", text).upper()
        if not re.fullmatch(r"[A-Z]{4}[A-Z0-9]{8,30}", compact):
            return None
        with self.s.sessions() as session:
            try:
                key = ids.application_lookup_key(compact)
                family = session.scalar(select(Family.family_code).join(
                    Application, Application.family_id == Family.id).where(
                    Application.lookup_key == key))
                if family:
                    return family, None, "application ID"
            except ids.BadId:
                pass
            try:
                family_key, member_no = ids.parse_member_id(compact)
                family = session.scalar(select(Family.family_code).where(
                    Family.lookup_key == family_key))
                if family:
                    return family, member_no, "member ID"
            except ids.BadId:
                pass
            try:
                family = session.scalar(select(Family.family_code).where(
                    Family.lookup_key == ids.lookup_key(compact)))
                if family:
                    return family, None, "family ID"
            except ids.BadId:
                pass
        return None

    def _by_aadhaar(self, digits: str) -> tuple[SearchHit, ...]:
        try:
            number = v.aadhaar(digits)
        except v.Invalid:
            return ()
        token = self.s.vault.token(number)
        with self.s.sessions() as session:
            found = list(session.scalars(select(Member.id).where(Member.aadhaar_token == token)))
            return tuple(self._hits(session, found, [], "", why=("Aadhaar",)))

    def _family_hits(self, family_id: str, why: str, member_no: int | None) -> tuple[
            SearchHit, ...]:
        with self.s.sessions() as session:
            found = list(session.scalars(select(Member.id).join(Family).where(
                Family.family_code == family_id).order_by(Member.member_no)))
            hits = self._hits(session, found, [], "", why=(why,))
        if member_no is not None:
            hits.sort(key=lambda h: h.member_id != ids.member_id(family_id, member_no))
        return tuple(hits)

    # --- building hits ---------------------------------------------------------------------------
    def _hits(self, session: object, member_ids: list[int], name_words: list[str], digits: str,
              why: tuple[str, ...] = (), age: int | None = None,
              limit: int | None = None, typing: bool = False) -> list[SearchHit]:
        """Hits for these members, best first: ranked on a few columns, and only the best
        `limit` read whole."""
        from sqlalchemy.orm import Session
        assert isinstance(session, Session)
        if not member_ids:
            return []
        rows = session.execute(
            select(Member.id, Member.member_no, Member.name, Member.name_hi, Member.relation,
                   Member.dob, Member.father_or_husband_name, Member.mobile,
                   Member.aadhaar_last4, Family.family_code, Family.locality,
                   Family.mobile.label("family_mobile"))
            .join(Family, Family.id == Member.family_id)
            .where(db.one_of(session, Member.id, member_ids))).all()
        today = self.s.clock.today()
        typed = tuple(name_words)
        ranked = []
        for r in rows:
            reasons = list(why)
            score, rank = 100.0, 0.0
            member_age = v.age_on(r.dob, today)
            if typed:
                fit = rank_name(typed, r.name, r.name_hi or "", r.father_or_husband_name or "",
                                r.locality or "", typing)
                score, rank = fit.score, fit.rank
                reasons.append(fit.why)
                if age is not None:
                    gap = abs(member_age - age)
                    rank += 60 if gap <= 2 else 30 if gap <= 5 else 0
                    if gap <= 2:
                        reasons.append("age")
            if digits and len(digits) >= 4:
                if (r.mobile and digits in r.mobile) or \
                        (r.family_mobile and digits in r.family_mobile):
                    reasons.append("mobile")
                # People tell the last digits, and their own number before the family's.
                rank += 40 if r.mobile and r.mobile.endswith(digits) else \
                    25 if r.family_mobile and r.family_mobile.endswith(digits) else \
                    10 if r.mobile and digits in r.mobile else 0
                if len(digits) == 4 and r.aadhaar_last4 == digits:
                    reasons.append("Aadhaar last four")
            ranked.append((rank, score, r, member_age, tuple(reasons)))
        ranked.sort(key=lambda t: (-t[0], -t[1], t[2].id))
        return [SearchHit(
            member_id=ids.member_id(r.family_code, r.member_no), family_id=r.family_code,
            name=r.name, name_hi=r.name_hi or "", relation=r.relation, age=member_age,
            father_or_husband_name=r.father_or_husband_name or "", locality=r.locality,
            aadhaar_masked=v.mask_aadhaar(r.aadhaar_last4) if r.aadhaar_last4 else None,
            mobile=r.mobile or r.family_mobile, why=reasons, score=score, rank=rank)
            for rank, score, r, member_age, reasons in ranked[:limit]]
