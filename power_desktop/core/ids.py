"""Human identifiers that stay unique across laptops with no network between them.

A family ID reads `DL-SO-C07-L2-000123-K`: state, district code, camp code, device code, a
sequence the laptop counts on its own, and an ISO 7064 mod 37,36 check character over the rest, so
a mistyped or misread ID is caught before it is looked up. A member ID adds the member number:
`DL-SO-C07-L2-000123-K-M03`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NewType

from stdnum.iso7064 import mod_37_36

FamilyId = NewType("FamilyId", str)
ApplicationId = NewType("ApplicationId", str)
MemberId = NewType("MemberId", str)

_PART = re.compile(r"^[A-Z0-9]{1,6}$")


class BadId(ValueError):
    """An ID that does not have the right shape or whose check character is wrong."""


def normalise_code(value: str) -> str:
    """Camp and device codes: upper case, no spaces or dashes."""
    return re.sub(r"[\s\-_]", "", value).upper()


def is_valid_code(value: str) -> bool:
    return bool(_PART.match(value))


def _body(state: str, district: str, camp: str, device: str, seq: int) -> str:
    return f"{state}{district}{camp}{device}{seq:06d}"


def family_id(state: str, district_code: str, camp: str, device: str, seq: int) -> FamilyId:
    """Make the family ID for the `seq`-th family registered on a device at a camp."""
    for part in (state, district_code, camp, device):
        if not is_valid_code(part):
            raise BadId(f"ID part {part!r} must be 1-6 capital letters or digits")
    if seq < 1:
        raise BadId("sequence starts at 1")
    check = mod_37_36.calc_check_digit(_body(state, district_code, camp, device, seq))
    return FamilyId(f"{state}-{district_code}-{camp}-{device}-{seq:06d}-{check}")


@dataclass(frozen=True)
class ParsedFamilyId:
    state: str
    district: str
    camp: str
    device: str
    seq: int

    @property
    def family_id(self) -> FamilyId:
        return family_id(self.state, self.district, self.camp, self.device, self.seq)


def parse_family_id(text: str) -> ParsedFamilyId:
    """Read a family ID written with its dashes (any case, spaces around ignored)."""
    parts = text.strip().upper().split("-")
    if len(parts) != 6:
        raise BadId(f"{text!r} is not a family ID")
    state, district, camp, device, seq, check = parts
    if not (seq.isdigit() and all(is_valid_code(p) for p in (state, district, camp, device))):
        raise BadId(f"{text!r} is not a family ID")
    if mod_37_36.calc_check_digit(_body(state, district, camp, device, int(seq))) != check:
        raise BadId(f"{text!r}: the check character does not match; the ID is mistyped")
    return ParsedFamilyId(state, district, camp, device, int(seq))


def lookup_key(text: str) -> str:
    """The dash-free key of a family ID typed with or without dashes, after checking it.

    Scanners and operators drop dashes; the key is what the database indexes, so both find the
    same family. Raises BadId when the shape or the check character is wrong.
    """
    return _checked_key(text, r"[A-Z]{2}[A-Z]{2}[A-Z0-9]{2,12}\d{6,}[A-Z0-9]", "a family ID")


def _checked_key(text: str, shape: str, what: str) -> str:
    """Dashes and spaces dropped, upper case, shape and check character checked."""
    flat = re.sub(r"[\s\-]", "", text).upper()
    if not re.fullmatch(shape, flat):
        raise BadId(f"{text!r} is not {what}")
    if not mod_37_36.is_valid(flat):
        raise BadId(f"{text!r}: the check character does not match; the ID is mistyped")
    return flat


def member_id(family: str, member_no: int) -> MemberId:
    return MemberId(f"{family}-M{member_no:02d}")


def parse_member_id(text: str) -> tuple[str, int]:
    """(family lookup key, member number) of a member ID typed with or without dashes."""
    m = re.match(r"^(?P<family>.+?)-?M(?P<no>\d{1,3})$", text.strip().upper())
    if not m:
        raise BadId(f"{text!r} is not a member ID")
    return lookup_key(m.group("family")), int(m.group("no"))


def application_id(state: str, district_code: str, camp: str, device: str,
                   seq: int) -> ApplicationId:
    """`DL-SO-C07-L2-A000042-Q`: like a family ID, with an A before the laptop's own count of
    applications, and a check character over the whole."""
    for part in (state, district_code, camp, device):
        if not is_valid_code(part):
            raise BadId(f"ID part {part!r} must be 1-6 capital letters or digits")
    body = f"{state}{district_code}{camp}{device}A{seq:06d}"
    check = mod_37_36.calc_check_digit(body)
    return ApplicationId(f"{state}-{district_code}-{camp}-{device}-A{seq:06d}-{check}")


def application_lookup_key(text: str) -> str:
    """The dash-free key of an application ID, after checking its shape and check character."""
    return _checked_key(text, r"[A-Z]{2}[A-Z]{2}[A-Z0-9]{2,12}A\d{6,}[A-Z0-9]",
                        "an application ID")


def batch_id(state: str, district_code: str, camp: str, device: str, seq: int) -> str:
    """`DL-SO-C07-L2-B0005`: the laptop's fifth batch at that camp."""
    return f"{state}-{district_code}-{camp}-{device}-B{seq:04d}"
