"""Reading an Aadhaar Secure QR code: decoded, its signature checked against UIDAI's
certificates, and the photo made viewable.

Reading needs no login and touches no record: it only decodes what it is given (the command
line uses it to test a scanner). What a save does with a code (the audit entry, the photo in
the vault) is the registration service's.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from power_desktop.core import aadhaar_qr as q
from power_desktop.paths import AADHAAR_CERTIFICATES

from .errors import ServiceError

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.aadhaar_qr")

MAX_PHOTO_SIDE = 1000  # UIDAI's photos are about 100 x 120 pixels


class QrNotRead(ServiceError):
    """The scan is not a whole Aadhaar Secure QR code this program knows."""

    def __init__(self, refusal: q.QrRefused) -> None:
        super().__init__(refusal.message("en"), hi=refusal.message("hi"))
        self.code = refusal.code


class AadhaarQrService:
    def __init__(self, services: Services, folder: Path = AADHAAR_CERTIFICATES) -> None:
        self.s = services
        self.folder = folder
        self._certificates: list[q.Certificate] | None = None

    @property
    def certificates(self) -> list[q.Certificate]:
        """The certificates in resources/aadhaar, read once."""
        if self._certificates is None:
            try:
                self._certificates = q.load_certificates(self.folder)
            except q.CertificateError as bad:
                raise ServiceError(
                    f"A UIDAI certificate file is damaged: {bad}. Reinstall the program.",
                    hi=f"UIDAI का एक प्रमाणपत्र फ़ाइल ख़राब है: {bad}। प्रोग्राम फिर से "
                       "इंस्टॉल करें।") from None
            log.info("%d signing certificates loaded", len(self._certificates))
        return self._certificates

    def trust(self, certificate: q.Certificate) -> None:
        """Also accept codes signed with this certificate (tests and demos use a test key)."""
        self.certificates.append(certificate)

    def read(self, text: str) -> q.AadhaarQr:
        try:
            qr = q.decode(text, self.certificates)
        except q.QrRefused as refusal:
            log.info("Aadhaar QR refused: %s", refusal.code)
            raise QrNotRead(refusal) from None
        log.info("Aadhaar QR read: version %d, signature %s", qr.version, qr.signature.verdict)
        return qr

    def kept_photo(self, member_id: str) -> bytes | None:
        """The photo kept for a registered member (with their consent), as PNG; None if
        none is kept. Opened from the vault, shown in the member form, never written out."""
        from sqlalchemy import select

        from power_desktop.core import ids
        from power_desktop.store.models import Family, Member

        from .member_qr import photos
        self.s.require("view")
        try:
            family_key, member_no = ids.parse_member_id(member_id.replace("-", "").upper())
        except ids.BadId:
            return None
        with self.s.sessions() as session:
            member = session.scalar(select(Member).join(Family).where(
                Family.lookup_key == family_key, Member.member_no == member_no))
            if member is None:
                return None
            photo = photos(self.s, session, [member]).get(member.id)
        return self.photo_png(photo) if photo else None

    def photo_png(self, photo: bytes) -> bytes | None:
        """The JPEG 2000 photo as PNG (Qt reads no JPEG 2000); None if it does not decode."""
        from PIL import Image, UnidentifiedImageError
        try:
            with Image.open(io.BytesIO(photo)) as image:
                if max(image.size) > MAX_PHOTO_SIDE:
                    return None
                image.load()
                out = io.BytesIO()
                image.convert("RGB").save(out, "PNG")
                return out.getvalue()
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
            log.info("the QR's photo does not decode")
            return None
