"""Aadhaar Secure QR codes made for tests: any fields, any version, signed with a test key.

The key is made once per test run (never kept anywhere); its self-signed certificate stands in
for UIDAI's. The photo is the one in the shared version-2 sample.
"""

from __future__ import annotations

import gzip
import hashlib
import zlib
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from power_desktop.core import aadhaar_qr as q

DATA = Path(__file__).parent / "data" / "aadhaar_qr"
SAMPLE_V1 = DATA / "sample-v1-penumarthi.txt"
SAMPLE_V2 = DATA / "sample-v2-testkey.txt"
SAMPLE_V2_EXPECTED = DATA / "sample-v2-testkey.expected.json"
SAMPLE_V2_CERT = DATA / "testCertificate.pem"
UIDAI_CERTS = Path(__file__).parents[1] / "resources" / "aadhaar"

FIELDS_V2 = {
    "email_mobile_indicator": "2", "reference_id": "4321" + "20250114093015123",
    "name": "Kamla Devi", "dob": "15-08-1979", "gender": "F", "care_of": "W/O Ramesh Kumar",
    "district": "North East Delhi", "landmark": "Near Shiv Mandir", "house": "H.No. 12",
    "location": "Gali No. 3", "pin": "110053", "post_office": "Seelampur", "state": "Delhi",
    "street": "Jafrabad", "sub_district": "Seelampur", "vtc": "Jafrabad",
}


def sample(path: Path = SAMPLE_V2) -> str:
    return path.read_text().strip()


@lru_cache(maxsize=1)
def sample_photo() -> bytes:
    return q._parse(q.unpack(sample())[:-q.SIGNATURE_BYTES]).photo


@lru_cache(maxsize=1)
def test_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def certificate_pem(days: int = 3650) -> bytes:
    """The test key's self-signed certificate, valid from 1 January 2019 for `days` days."""
    from cryptography.hazmat.primitives.serialization import Encoding
    key = test_key()
    subject = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, "PoWER test signer")])
    start = datetime(2019, 1, 1, tzinfo=UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(1).not_valid_before(start)
            .not_valid_after(start + timedelta(days=days)).sign(key, hashes.SHA256()))
    return cert.public_bytes(Encoding.PEM)


@lru_cache(maxsize=4)
def test_certificate(days: int = 3650) -> q.Certificate:
    return q.parse_certificate(certificate_pem(days), "power-test-signer.pem")


def uidai_certificates() -> list[q.Certificate]:
    return q.load_certificates(UIDAI_CERTS)


def body(fields: dict[str, str] | None = None, version: int = 2, mobile_last4: str = "9876",
         photo: bytes | None = None, hashes_for: str | None = None) -> bytes:
    """The bytes before the signature. Version 1 gets SHA-256 hashes as its indicator says."""
    values = {**FIELDS_V2, **(fields or {})}
    parts = [values[name] for name in q.FIELDS]
    if version > 1:
        parts = [f"V{version}", *parts, mobile_last4]
    text = b"\xff".join(p.encode("latin-1") for p in parts)
    data = text + b"\xff" + (photo if photo is not None else sample_photo())
    if version == 1:
        indicator = int(values["email_mobile_indicator"])
        if indicator in (1, 3):
            data += hashlib.sha256(b"kamla@example.org").digest()
        if indicator in (2, 3):
            data += hashlib.sha256(b"9876543210").digest()
    return data


def sign(data: bytes, key: rsa.RSAPrivateKey | None = None) -> bytes:
    return (key or test_key()).sign(data, padding.PKCS1v15(), hashes.SHA256())


def to_digits(data: bytes, packing: str = "zlib") -> str:
    packed = gzip.compress(data, mtime=0) if packing == "gzip" else zlib.compress(data)
    return str(int.from_bytes(packed, "big"))


def code(fields: dict[str, str] | None = None, version: int = 2, packing: str = "zlib",
         **kwargs: object) -> str:
    """A whole code, signed with the test key, as a scanner types it."""
    data = body(fields, version, **kwargs)  # type: ignore[arg-type]
    return to_digits(data + sign(data), packing)
