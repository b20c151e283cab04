"""What saving a member filled from an Aadhaar QR adds: the code checked again here (the
screen's word is not taken for it), a flag when the typed Aadhaar number's last four differ
from the code's, the photo sealed in the vault when the person agreed to it on forms, and an
audit entry with the verdict (no personal field in it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from power_desktop.core import validate as v
from power_desktop.core.aadhaar_qr import AadhaarQr
from power_desktop.core.family import MemberInput
from power_desktop.core.messages import Problem
from power_desktop.store.models import Member, MemberPhoto

from .aadhaar_qr import QrNotRead
from .audit import record

if TYPE_CHECKING:
    from .context import Services


def photo_owner(member_uuid: str) -> str:
    """The associated data a photo is sealed with: it opens for this member only."""
    return f"photo:{member_uuid}"


def qr_problems(services: Services, data: Mapping[str, Any]) -> list[Problem]:
    """Codes that do not read or were altered (errors); typed numbers that do not end as the
    member's code does (warnings, to confirm)."""
    problems: list[Problem] = []
    members = data.get("members") if isinstance(data, Mapping) else None
    for i, m in enumerate(members if isinstance(members, list) else []):
        digits = m.get("aadhaar_qr") if isinstance(m, Mapping) else None
        if not isinstance(digits, str) or not v._all_digits(digits.strip()):
            continue  # absent, or not digits: the family parser names that
        where = f"members[{i}]."
        try:
            qr = services.aadhaar_qr.read(digits)
        except QrNotRead as refusal:
            problems.append(Problem("qr_unreadable", where + "aadhaar_qr", "error", i,
                                    {"reason": str(refusal), "reason_hi": refusal.say("hi")}))
            continue
        if qr.signature.verdict == "invalid":
            problems.append(Problem("qr_altered", where + "aadhaar_qr", "error", i))
            continue
        try:
            typed = v.aadhaar(m.get("aadhaar")) if m.get("aadhaar") else None
        except v.Invalid:
            typed = None  # the parser names what is wrong with it
        if typed and typed[-4:] != qr.reference_last4:
            problems.append(Problem("aadhaar_qr_mismatch", where + "aadhaar", "warning", i,
                                    {"typed": typed[-4:], "qr": qr.reference_last4}))
    return problems


def keep(services: Services, session: Session, family_code: str,
         pairs: Sequence[tuple[MemberInput, Member]], member_id: Any) -> None:
    """After the members are flushed: photos kept or dropped, one audit entry per scan.

    `member_id(member_no)` gives the member's ID for the audit entry."""
    for given, row in pairs:
        if given.aadhaar_qr:
            qr = services.aadhaar_qr.read(given.aadhaar_qr)
            kept = bool(given.photo_consent)
            _set_photo(services, session, row, qr if kept else None)
            record(services, session, "member.aadhaar_qr", member_id(row.member_no),
                   family=family_code, version=qr.version, signature=qr.signature.verdict,
                   certificate=qr.signature.certificate.name if qr.signature.certificate
                   else None, photo_kept=kept,
                   aadhaar_last4_matches=_matches(given, qr))
        elif given.photo_consent is False:  # consent withdrawn on an edit: the photo goes
            session.execute(delete(MemberPhoto).where(MemberPhoto.member_id == row.id))


def _matches(given: MemberInput, qr: AadhaarQr) -> bool | None:
    return given.aadhaar[-4:] == qr.reference_last4 if given.aadhaar else None


def _set_photo(services: Services, session: Session, row: Member, qr: AadhaarQr | None) -> None:
    session.execute(delete(MemberPhoto).where(MemberPhoto.member_id == row.id))
    if qr is None:
        return
    session.add(MemberPhoto(
        member_id=row.id, cipher=services.vault.seal(qr.photo, photo_owner(row.uuid)),
        source="aadhaar_qr", signature=qr.signature.verdict, added_by=services.operator,
        added_at=services.clock.now()))


def photos(services: Services, session: Session, members: Sequence[Member]) -> dict[int, bytes]:
    """The members' photos (JPEG 2000), opened from the vault, by member row id."""
    from sqlalchemy import select
    ids = {m.id: m for m in members}
    if not ids:
        return {}
    rows = session.scalars(select(MemberPhoto).where(MemberPhoto.member_id.in_(ids)))
    return {p.member_id: services.vault.open(p.cipher, photo_owner(ids[p.member_id].uuid))
            for p in rows}
