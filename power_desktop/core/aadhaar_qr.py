"""UIDAI's Secure QR code (on Aadhaar letters, PVC cards and e-Aadhaar since 2019), decoded and
its signature checked.

A 2D scanner in keyboard mode types the code as one big decimal integer. As big-endian bytes it
is a gzip or zlib stream; unpacked, the last 256 bytes are an RSA-2048 PKCS#1 v1.5 SHA-256
signature over every byte before them. Before the signature: ISO-8859-1 text fields separated
by byte 255, then the photo (a JPEG 2000 codestream), then (version 1 only) SHA-256 hashes of
the email and mobile as the first field says. Version 2 and later start with a "V2" ("V3", ...)
field, carry no hashes and add the mobile's last four digits after the last address field.

A code that does not parse exactly so is refused (`QrRefused`) with a message in English and
Hindi; nothing is ever half read. The signature verdict is one of three: verified by a named
certificate, not verifiable with the certificates given, or invalid (the code was altered
after the holder of one of those certificates signed it).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

Verdict = Literal["verified", "unverifiable", "invalid"]

SIGNATURE_BYTES = 256
HASH_BYTES = 32
MAX_DIGITS = 20_000  # real codes have about 3,100-3,200; far more is not an Aadhaar QR
MAX_UNPACKED = 64 * 1024
J2K_CODESTREAM = b"\xff\x4f\xff\x51"
JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
# EMSA-PKCS1-v1_5: the DER DigestInfo prefix of a SHA-256 hash (RFC 8017, section 9.2).
_SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")

# The text fields in the order every version carries them (after "Vn" in version 2 and later).
FIELDS = ("email_mobile_indicator", "reference_id", "name", "dob", "gender", "care_of",
          "district", "landmark", "house", "location", "pin", "post_office", "state", "street",
          "sub_district", "vtc")
GENDER_CODES = {"M": "M", "F": "F", "T": "T", "MALE": "M", "FEMALE": "F", "TRANSGENDER": "T"}


# --- refusals -----------------------------------------------------------------------------------
_REFUSALS: dict[str, tuple[str, str]] = {
    "empty": ("Nothing was scanned.", "कुछ भी स्कैन नहीं हुआ।"),
    "xml_qr": (
        "This is an old Aadhaar QR code (before 2019, not signed by UIDAI): type the details "
        "from the card.",
        "यह पुराना आधार QR कोड है (2019 से पहले का, UIDAI के हस्ताक्षर के बिना): कार्ड से "
        "विवरण टाइप करें।"),
    "not_digits": (
        "This is not an Aadhaar Secure QR code (it holds '{char}', not only digits).",
        "यह आधार सिक्योर QR कोड नहीं है (इसमें '{char}' है, केवल अंक नहीं)।"),
    "too_long": (
        "This is not an Aadhaar Secure QR code ({count} digits, far more than one holds).",
        "यह आधार सिक्योर QR कोड नहीं है ({count} अंक, एक कोड से बहुत अधिक)।"),
    "not_packed": (
        "The scan is incomplete or a digit is wrong ({count} digits read; an Aadhaar QR "
        "holds about 3,000 and they must unpack exactly): scan the code again.",
        "स्कैन अधूरा है या कोई अंक गलत है ({count} अंक पढ़े गए; आधार QR में लगभग 3,000 "
        "होते हैं और उन्हें ठीक से खुलना चाहिए): कोड फिर से स्कैन करें।"),
    "too_short": (
        "This is not an Aadhaar Secure QR code (too little data for UIDAI's signature).",
        "यह आधार सिक्योर QR कोड नहीं है (UIDAI के हस्ताक्षर के लिए बहुत कम डेटा)।"),
    "unknown_version": (
        "This Aadhaar QR code has a format this program does not know ('{value}'): type the "
        "details from the card.",
        "इस आधार QR कोड का प्रारूप यह प्रोग्राम नहीं जानता ('{value}'): कार्ड से विवरण "
        "टाइप करें।"),
    "bad_layout": (
        "This Aadhaar QR code (version {version}) is not laid out as this program knows "
        "({detail}): nothing was filled; type the details from the card.",
        "यह आधार QR कोड (संस्करण {version}) उस रूप में नहीं है जो यह प्रोग्राम जानता है "
        "({detail}): कुछ नहीं भरा गया; कार्ड से विवरण टाइप करें।"),
}


class QrRefused(ValueError):
    """The scanned text is not a whole, known Aadhaar Secure QR code."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}

    def message(self, lang: str = "en") -> str:
        en, hi = _REFUSALS[self.code]
        return (hi if lang == "hi" else en).format(**self.params)

    def __str__(self) -> str:
        return self.message("en")


# --- certificates -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Certificate:
    """A signing certificate: who it names and when it is valid (X.509 times, UTC)."""

    name: str  # the file's name, e.g. uidai_offline_publickey_26022021.cer
    subject: str  # its common name
    not_before: datetime
    not_after: datetime
    public_key: rsa.RSAPublicKey = field(repr=False, compare=False)

    def label(self) -> str:
        return (f"{self.subject} ({self.name}, valid {self.not_before:%d/%m/%Y} to "
                f"{self.not_after:%d/%m/%Y})")

    def valid_on(self, when: datetime) -> bool:
        return self.not_before <= when <= self.not_after


class CertificateError(ValueError):
    """A certificate file that cannot be used (named in the message)."""


def read_certificate(path: Path) -> Certificate:
    return parse_certificate(path.read_bytes(), path.name)


def parse_certificate(raw: bytes, name: str) -> Certificate:
    """A PEM or DER X.509 certificate holding an RSA key."""
    try:
        cert = (x509.load_pem_x509_certificate(raw) if b"-----BEGIN" in raw
                else x509.load_der_x509_certificate(raw))
    except ValueError as bad:
        raise CertificateError(f"{name}: not an X.509 certificate ({bad})") from None
    key = cert.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise CertificateError(f"{name}: not an RSA certificate")
    names = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    subject = str(names[0].value) if names else cert.subject.rfc4514_string()
    return Certificate(name, subject, cert.not_valid_before_utc.replace(tzinfo=None),
                       cert.not_valid_after_utc.replace(tzinfo=None), key)


def load_certificates(folder: Path) -> list[Certificate]:
    """Every certificate (.cer, .crt, .pem) in a folder, by name: a new one is a new file."""
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.iterdir() if p.suffix.lower() in (".cer", ".crt", ".pem"))
    return [read_certificate(p) for p in files]


# --- the decoded code ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Signature:
    verdict: Verdict
    certificate: Certificate | None = None  # the one that verified it (or whose signature broke)
    signed_within_validity: bool | None = None  # the reference time inside its validity

    def describe(self, lang: str = "en") -> str:
        cert = self.certificate.subject if self.certificate else ""
        if self.verdict == "verified":
            text = (f"signature verified (certificate {cert})" if lang != "hi"
                    else f"हस्ताक्षर सत्यापित (प्रमाणपत्र {cert})")
            if self.signed_within_validity is False:
                text += (", but the code's time is outside the certificate's validity"
                         if lang != "hi" else ", पर कोड का समय प्रमाणपत्र की वैधता से बाहर है")
            return text
        if self.verdict == "unverifiable":
            return ("signature not verifiable with the certificates this program has"
                    if lang != "hi" else "इस प्रोग्राम के प्रमाणपत्रों से हस्ताक्षर जाँचा नहीं जा सका")
        return (f"signature INVALID: the code was altered after it was signed ({cert})"
                if lang != "hi" else
                f"हस्ताक्षर अमान्य: हस्ताक्षर के बाद कोड बदला गया है ({cert})")


@dataclass(frozen=True)
class AadhaarQr:
    version: int
    email_mobile_indicator: int
    reference_last4: str  # the last four digits of the Aadhaar number
    reference_time: datetime | None  # when UIDAI made the code
    name: str
    dob: str  # as printed: DD-MM-YYYY (some codes carry a year only)
    gender: str  # M, F or T
    care_of: str
    district: str
    landmark: str
    house: str
    location: str
    pin: str
    post_office: str
    state: str
    street: str
    sub_district: str
    vtc: str
    mobile_last4: str | None  # version 2 and later
    photo: bytes = field(repr=False)
    email_hash: bytes | None = field(default=None, repr=False)
    mobile_hash: bytes | None = field(default=None, repr=False)
    signature: Signature = field(default_factory=lambda: Signature("unverifiable"))

    @property
    def birth_date(self) -> date | None:
        match = re.fullmatch(r"(\d{2})[-/](\d{2})[-/](\d{4})", self.dob)
        if not match:
            return None
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            return None

    @property
    def has_email(self) -> bool:
        return self.email_mobile_indicator in (1, 3)

    @property
    def has_mobile(self) -> bool:
        return self.email_mobile_indicator in (2, 3)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        """Everything but the photo and the hashes (their sizes only), for the command line."""
        cert = self.signature.certificate
        return {
            "version": self.version, "reference_last4": self.reference_last4,
            "reference_time": self.reference_time.isoformat() if self.reference_time else None,
            "name": self.name, "dob": self.dob, "gender": self.gender, "care_of": self.care_of,
            "district": self.district, "landmark": self.landmark, "house": self.house,
            "location": self.location, "pin": self.pin, "post_office": self.post_office,
            "state": self.state, "street": self.street, "sub_district": self.sub_district,
            "vtc": self.vtc, "mobile_last4": self.mobile_last4,
            "email_registered": self.has_email, "mobile_registered": self.has_mobile,
            "photo_bytes": len(self.photo),
            "signature": {
                "verdict": self.signature.verdict,
                "certificate": cert.name if cert else None,
                "certificate_subject": cert.subject if cert else None,
                "signed_within_validity": self.signature.signed_within_validity,
                "text": self.signature.describe(lang),
            },
        }


# --- decoding -----------------------------------------------------------------------------------
def decode(text: str, certificates: Sequence[Certificate] = ()) -> AadhaarQr:
    """The scanned digits decoded, with the signature checked against `certificates`.

    Raises QrRefused, naming why, for anything that is not a whole Aadhaar Secure QR code in a
    layout this program knows."""
    data = unpack(text)
    body, sig = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    qr = _parse(body)
    return _with_signature(qr, check_signature(body, sig, certificates, qr.reference_time))


def unpack(text: str) -> bytes:
    """The digits as the unpacked bytes (text fields, photo, hashes, signature)."""
    digits = text.strip()
    if not digits:
        raise QrRefused("empty")
    if digits.lstrip().startswith("<") or "PrintLetterBarcodeData" in digits[:200]:
        raise QrRefused("xml_qr")
    bad = next((ch for ch in digits if not ("0" <= ch <= "9")), None)
    if bad is not None:
        raise QrRefused("not_digits", char=bad if bad.isprintable() else repr(bad))
    if len(digits) > MAX_DIGITS:
        raise QrRefused("too_long", count=f"{len(digits):,}")
    number = _to_int(digits)
    packed = number.to_bytes(max(1, (number.bit_length() + 7) // 8), "big")
    try:
        inflater = zlib.decompressobj(32 + 15)  # gzip or zlib, told by the header
        data = inflater.decompress(packed, MAX_UNPACKED)
        if inflater.unconsumed_tail or not inflater.eof or inflater.unused_data:
            raise zlib.error("not one whole stream")
    except zlib.error:
        raise QrRefused("not_packed", count=f"{len(digits):,}") from None
    if len(data) < SIGNATURE_BYTES + 64:
        raise QrRefused("too_short")
    return data


def _to_int(digits: str) -> int:
    """int(digits) in pieces: Python refuses to convert more than 4,300 digits at once."""
    number = 0
    for start in range(0, len(digits), 1000):
        piece = digits[start:start + 1000]
        number = number * 10 ** len(piece) + int(piece)
    return number


def _parse(body: bytes) -> AadhaarQr:
    head = body[:body.find(b"\xff")] if b"\xff" in body else body[:8]
    first = head.decode("latin-1")
    if re.fullmatch(r"[0-3]", first):
        version = 1
    elif match := re.fullmatch(r"V([2-9]|[1-9]\d)", first):
        version = int(match.group(1))
    else:
        raise QrRefused("unknown_version", value=first[:12] if first.isprintable() else "?")
    count = len(FIELDS) + (0 if version == 1 else 2)  # "Vn" first, mobile's last 4 after VTC
    end = -1
    for _ in range(count):
        end = body.find(b"\xff", end + 1)
        if end < 0:
            raise QrRefused("bad_layout", version=version, detail="too few fields")
    raw = [part.decode("latin-1").strip() for part in body[:end].split(b"\xff")]
    if version > 1:
        raw = raw[1:]
    values = dict(zip(FIELDS, raw, strict=False))
    mobile_last4 = raw[len(FIELDS)] if version > 1 else None
    indicator = values["email_mobile_indicator"]
    if not re.fullmatch(r"[0-3]", indicator):
        raise QrRefused("bad_layout", version=version, detail="email/mobile indicator")
    hashes = {0: 0, 1: 1, 2: 1, 3: 2}[int(indicator)] if version == 1 else 0
    photo_end = len(body) - HASH_BYTES * hashes
    photo = body[end + 1:photo_end]
    if not (photo.startswith(J2K_CODESTREAM) or photo.startswith(JP2_SIGNATURE)) \
            or len(photo) < 64:
        raise QrRefused("bad_layout", version=version, detail="no photo after the address")
    email_hash = mobile_hash = None
    if hashes:
        tail = body[photo_end:]
        if int(indicator) in (1, 3):
            email_hash, tail = tail[:HASH_BYTES], tail[HASH_BYTES:]
        if int(indicator) in (2, 3):
            mobile_hash = tail[:HASH_BYTES]
    reference = values["reference_id"]
    if not re.fullmatch(r"\d{4}\d*", reference):
        raise QrRefused("bad_layout", version=version, detail="reference ID")
    gender = GENDER_CODES.get(values["gender"].upper())
    if gender is None:
        raise QrRefused("bad_layout", version=version, detail="gender")
    if not re.fullmatch(r"(\d{2}[-/]\d{2}[-/])?\d{4}", values["dob"]):
        raise QrRefused("bad_layout", version=version, detail="date of birth")
    if values["pin"] and not re.fullmatch(r"\d{6}", values["pin"]):
        raise QrRefused("bad_layout", version=version, detail="PIN code")
    if mobile_last4 and not re.fullmatch(r"\d{4}", mobile_last4):
        raise QrRefused("bad_layout", version=version, detail="mobile's last four digits")
    if not values["name"]:
        raise QrRefused("bad_layout", version=version, detail="name")
    return AadhaarQr(
        version=version, email_mobile_indicator=int(indicator),
        reference_last4=reference[:4], reference_time=_reference_time(reference[4:]),
        name=" ".join(values["name"].split()), dob=values["dob"], gender=gender,
        care_of=values["care_of"], district=values["district"], landmark=values["landmark"],
        house=values["house"], location=values["location"], pin=values["pin"],
        post_office=values["post_office"], state=values["state"], street=values["street"],
        sub_district=values["sub_district"], vtc=values["vtc"],
        mobile_last4=mobile_last4 or None, photo=photo, email_hash=email_hash,
        mobile_hash=mobile_hash)


def _reference_time(stamp: str) -> datetime | None:
    """yyyyMMddHHmmssSSS, as UIDAI writes it after the last four digits."""
    if not re.fullmatch(r"\d{17}", stamp):
        return None
    try:
        return datetime.strptime(stamp[:14], "%Y%m%d%H%M%S").replace(
            microsecond=int(stamp[14:]) * 1000)
    except ValueError:
        return None


def check_signature(body: bytes, sig: bytes, certificates: Iterable[Certificate],
                    signed_at: datetime | None = None) -> Signature:
    """Verified by the first certificate whose key verifies it. Otherwise, if one key opens
    the signature into a well-formed SHA-256 PKCS#1 v1.5 block for other data, the data was
    altered after signing (invalid); if none does, it was signed by a key we do not have."""
    broken: Certificate | None = None
    for cert in certificates:
        try:
            cert.public_key.verify(sig, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            if broken is None and _signed_by(cert.public_key, sig):
                broken = cert
            continue
        within = cert.valid_on(signed_at) if signed_at is not None else None
        return Signature("verified", cert, within)
    if broken is not None:
        return Signature("invalid", broken)
    return Signature("unverifiable")


def _signed_by(key: rsa.RSAPublicKey, sig: bytes) -> bool:
    """Whether the signature opens under this key into a SHA-256 PKCS#1 v1.5 block."""
    numbers = key.public_numbers()
    size = (numbers.n.bit_length() + 7) // 8
    if len(sig) != size:
        return False
    value = int.from_bytes(sig, "big")
    if value >= numbers.n:
        return False
    block = pow(value, numbers.e, numbers.n).to_bytes(size, "big")
    hash_at = size - hashlib.sha256().digest_size
    filler = hash_at - len(_SHA256_DIGEST_INFO) - 3
    return block[:hash_at] == b"\x00\x01" + b"\xff" * filler + b"\x00" + _SHA256_DIGEST_INFO


def _with_signature(qr: AadhaarQr, signature: Signature) -> AadhaarQr:
    from dataclasses import replace
    return replace(qr, signature=signature)
