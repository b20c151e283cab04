"""The QR payload printed on each application form: compact, and checked.

    PWR1/DL-SO-C07-L2-A000042-Q/DL-SO-C07-L2-000123-K/DL-OAP/3/DL-SO-C07-L2/20261127/9F3A61C2

Fields: format tag, application ID, family ID, scheme code, member number (0 for a family
scheme), camp, date (YYYYMMDD), then a CRC-32 (8 hex digits) of everything before the last
slash. A damaged or mistyped payload fails the check: CRC-32 catches every change of up to
32 consecutive bits, so any one wrong character.

Every character is one of QR's alphanumeric set (digits, capitals, - and /), which packs 5.5
bits a character instead of 8: a smaller code with larger squares, easier to scan.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import date, datetime

TAG = "PWR1"
SEP = "/"
_ALLOWED = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-")


class BadPayload(ValueError):
    """Not a PoWER payload, or one whose checksum does not match."""


@dataclass(frozen=True)
class Payload:
    application_id: str
    family_id: str
    scheme_code: str
    member_no: int
    camp: str
    on: date

    def encode(self) -> str:
        for text in (self.application_id, self.family_id, self.scheme_code, self.camp):
            if not text or not set(text) <= _ALLOWED:
                raise ValueError(f"payload fields take capitals, digits and '-' only: {text!r}")
        body = SEP.join([TAG, self.application_id, self.family_id, self.scheme_code,
                         str(self.member_no), self.camp, self.on.strftime("%Y%m%d")])
        return f"{body}{SEP}{_crc(body)}"

    @classmethod
    def decode(cls, text: str) -> Payload:
        body, _, check = text.rpartition(SEP)
        if not body.startswith(TAG + SEP):
            raise BadPayload("not a PoWER application code")
        if _crc(body) != check.upper():
            raise BadPayload("the code is damaged or mistyped (checksum does not match)")
        parts = body.split(SEP)
        if len(parts) != 7 or not parts[4].isdigit():
            raise BadPayload("the code has the wrong number of parts")
        try:
            on = datetime.strptime(parts[6], "%Y%m%d").date()
        except ValueError:
            raise BadPayload("the code's date is not a date") from None
        return cls(parts[1], parts[2], parts[3], int(parts[4]), parts[5], on)


def _crc(body: str) -> str:
    return f"{zlib.crc32(body.encode('utf-8')) & 0xFFFFFFFF:08X}"
