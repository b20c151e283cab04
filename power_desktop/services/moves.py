"""One Aadhaar number, one person: the guard every save passes, and moving a person.

A person registered in one family who now lives in another (a mother who moved into her son's
family) is *moved*: the family being saved takes them, and their old family loses them, in
one transaction, with a version of the old family kept and an audit entry naming both IDs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from power_desktop.core import ids
from power_desktop.store import db, search_index
from power_desktop.store.models import Camp, Family, Member

from . import family_mapping as fm
from .audit import record
from .errors import ServiceError

if TYPE_CHECKING:
    from .context import Services


class CannotMove(ServiceError):
    pass


def guard_aadhaar(session: Session, tokens: Sequence[tuple[str, int | None]],
                  family_row_id: int | None, move_from: str | None) -> None:
    """Refuse a save that would put an Aadhaar token already on file on a second person.
    `tokens`: (token, member_no when it is an existing member of this family)."""
    from .duplicates import Candidate, SameAadhaar
    wanted = [t for t, _ in tokens]
    if len(set(wanted)) < len(wanted):
        raise ServiceError("Two members of this family have the same Aadhaar number; one "
                           "Aadhaar number is one person. Nothing was saved.",
                           hi="इस परिवार के दो सदस्यों का आधार नंबर एक ही है; एक आधार नंबर "
                              "एक ही व्यक्ति का होता है। कुछ नहीं सहेजा गया।")
    if not wanted:
        return
    rows = session.execute(
        select(Member.member_no, Member.name, Member.aadhaar_token, Member.family_id,
               Family.family_code)
        .join(Family, Family.id == Member.family_id)
        .where(db.one_of(session, Member.aadhaar_token, wanted))).all()
    same = []
    for token, member_no in tokens:
        for r in rows:
            if r.aadhaar_token != token:
                continue
            if family_row_id is not None and r.family_id == family_row_id and \
                    r.member_no == member_no:
                continue  # the same member, edited
            member_id = ids.member_id(r.family_code, r.member_no)
            if move_from is not None and member_id == move_from:
                continue
            same.append(Candidate(0, "", member_id, r.family_code, r.name, "", 0, "", "", 100,
                                  ("same Aadhaar",), (), ("वही आधार",)))
    if same:
        raise SameAadhaar(same)


def take_out(services: Services, session: Session, member_id: str, into_family: str,
             tokens: Sequence[str]) -> None:
    """Remove a moved person from their old family (inside the caller's transaction)."""
    try:
        family_key, member_no = ids.parse_member_id(member_id.replace("-", "").upper())
    except ids.BadId:
        raise CannotMove(f"{member_id} is not a member ID.",
                         hi=f"{member_id} सदस्य ID नहीं है।") from None
    old = session.scalar(select(Family).where(Family.lookup_key == family_key)
                         .options(selectinload(Family.members)))
    member = next((m for m in old.members if m.member_no == member_no), None) if old else None
    if old is None or member is None:
        raise CannotMove(f"No member {member_id} is registered.",
                         hi=f"सदस्य {member_id} दर्ज नहीं है।")
    if old.family_code == into_family:
        raise CannotMove(f"{member_id} is already in family {into_family}.",
                         hi=f"{member_id} पहले से परिवार {into_family} में है।")
    if member.aadhaar_token not in tokens:
        raise CannotMove(
            f"{member.name} ({member_id}) can be moved only when the family being saved "
            "has a member with the same Aadhaar number.",
            hi=f"{member.name} ({member_id}) को तभी लाया जा सकता है जब सहेजे जा रहे परिवार "
               "में उसी आधार नंबर वाला सदस्य हो।")
    if len(old.members) == 1:
        raise CannotMove(
            f"{member.name} is the only member of family {old.family_code}: open that family "
            "and add the people typed here to it instead.",
            hi=f"{member.name} परिवार {old.family_code} के अकेले सदस्य हैं: वह परिवार खोलें "
               "और यहाँ लिखे लोगों को उसमें जोड़ें।")
    if member.relation == "head":
        raise CannotMove(
            f"{member.name} is the head of family {old.family_code}: open that family, make "
            "another member its head, then move them.",
            hi=f"{member.name} परिवार {old.family_code} के मुखिया हैं: वह परिवार खोलें, किसी "
               "और सदस्य को मुखिया बनाएँ, फिर उन्हें लाएँ।")
    camp_row = session.get(Camp, old.camp_id)
    assert camp_row is not None
    camp = f"{camp_row.state}-{camp_row.district_code}-{camp_row.camp_code}-" \
        f"{camp_row.device_code}"
    today = services.clock.today()
    before = fm.family_view(old, camp, today).to_json()
    old_index = search_index.family_rows(old)
    old.members = [m for m in old.members if m.member_no != member_no]
    old.member_count = len(old.members)
    session.flush()
    search_index.replace_rows(session.connection(), old_index, search_index.family_rows(old))
    after = fm.family_view(old, camp, today).to_json()
    now, operator = services.clock.now(), services.operator
    changes = fm.diff(before, after)
    fm.new_version(session, old, before, changes, operator, now)
    record(services, session, "member.move", old.family_code, member=member_id,
           to_family=into_family, version=old.version)
