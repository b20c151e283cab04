"""The Aadhaar Secure QR decoder: the shared samples, codes of our own, every verdict, and
damaged or foreign input."""

from __future__ import annotations

import io
import json
import shutil
import zlib
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from power_desktop.core import aadhaar_qr as q
from tests import aadhaar_codes as codes

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


@pytest.fixture(scope="module")
def uidai() -> list[q.Certificate]:
    return codes.uidai_certificates()


@pytest.fixture(scope="module")
def ours() -> list[q.Certificate]:
    return [codes.test_certificate()]


# --- certificates -------------------------------------------------------------------------------
def test_uidai_certificates_are_data_files_with_their_validity(uidai: list[q.Certificate]) -> None:
    by_name = {c.name: c for c in uidai}
    assert set(by_name) == {"uidai_prod_cdup.cer", "uidai_offline_publickey_26022021.cer"}
    old, new = by_name["uidai_prod_cdup.cer"], by_name["uidai_offline_publickey_26022021.cer"]
    assert (old.not_before.date().isoformat(), old.not_after.date().isoformat()) == \
        ("2017-06-08", "2020-06-07")
    assert (new.not_before.date().isoformat(), new.not_after.date().isoformat()) == \
        ("2021-02-26", "2024-02-27")
    assert all(c.public_key.key_size == 2048 for c in uidai)
    assert "UNIQUE IDENTIFICATION AUTHORITY OF INDIA" in new.subject


def test_a_new_certificate_is_a_new_file(tmp_path: Path) -> None:
    for cert in codes.UIDAI_CERTS.iterdir():
        shutil.copy(cert, tmp_path)
    before = q.load_certificates(tmp_path)
    assert q.decode(codes.sample(), before).signature.verdict == "unverifiable"
    shutil.copy(codes.SAMPLE_V2_CERT, tmp_path / "uidai_next.pem")
    after = q.load_certificates(tmp_path)
    assert len(after) == len(before) + 1
    signature = q.decode(codes.sample(), after).signature
    assert signature.verdict == "verified" and signature.certificate is not None
    assert signature.certificate.name == "uidai_next.pem"


def test_a_file_that_is_no_certificate_is_named(tmp_path: Path) -> None:
    (tmp_path / "broken.cer").write_text("-----BEGIN CERTIFICATE-----\nnonsense\n")
    with pytest.raises(q.CertificateError, match=r"broken\.cer"):
        q.load_certificates(tmp_path)


# --- the shared samples -------------------------------------------------------------------------
def test_uidai_version_1_sample_every_field(uidai: list[q.Certificate]) -> None:
    qr = q.decode(codes.sample(codes.SAMPLE_V1), uidai)
    assert qr.version == 1
    assert qr.email_mobile_indicator == 2 and qr.has_mobile and not qr.has_email
    assert qr.reference_last4 == "8908"
    assert qr.reference_time == datetime(2019, 3, 5, 15, 1, 37, 123000)
    assert (qr.name, qr.dob, qr.gender, qr.care_of) == \
        ("Penumarthi Venkat", "07-05-1987", "M", "S/O: Pattabhi Rama Rao")
    assert (qr.district, qr.landmark, qr.house, qr.location, qr.pin) == \
        ("East Godavari", "Near Siva Temple", "4-83", "Sctor-2", "533016")
    assert (qr.post_office, qr.state, qr.street, qr.sub_district, qr.vtc) == \
        ("Aratlakatta", "Andhra Pradesh", "Main Road", "Karapa", "Aratlakatta")
    assert qr.mobile_last4 is None
    assert qr.mobile_hash is not None and len(qr.mobile_hash) == 32 and qr.email_hash is None
    # README: it verifies with neither certificate here
    assert qr.signature.verdict == "unverifiable" and qr.signature.certificate is None


def test_version_2_sample_every_field_as_expected() -> None:
    expected = json.loads(codes.SAMPLE_V2_EXPECTED.read_text())
    qr = q.decode(codes.sample(), [])
    assert qr.version == 2
    got = {
        "Email_mobile_present_bit_indicator_value": str(qr.email_mobile_indicator),
        "Name": qr.name, "DOB": qr.dob, "Gender": qr.gender, "CareOf": qr.care_of,
        "District": qr.district, "Landmark": qr.landmark, "House": qr.house,
        "Location": qr.location, "PinCode": qr.pin, "PostOffice": qr.post_office,
        "State": qr.state, "Street": qr.street, "SubDistrict": qr.sub_district, "VTC": qr.vtc,
        "PhoneNumberLast4": qr.mobile_last4,
    }
    assert got == {k: v for k, v in expected.items() if k != "ReferenceId"}
    assert qr.reference_last4 == expected["ReferenceId"][:4]
    assert qr.email_hash is None and qr.mobile_hash is None  # version 2 carries none


def test_version_2_sample_trusting_only_uidai_is_not_verifiable(
        uidai: list[q.Certificate]) -> None:
    assert q.decode(codes.sample(), uidai).signature.verdict == "unverifiable"


def test_version_2_sample_verifies_with_its_test_certificate(uidai: list[q.Certificate]) -> None:
    test_cert = q.read_certificate(codes.SAMPLE_V2_CERT)
    signature = q.decode(codes.sample(), [*uidai, test_cert]).signature
    assert signature.verdict == "verified"
    assert signature.certificate == test_cert
    assert signature.signed_within_validity is True  # 20 April 2024, in 2024-03-01..2025-03-01
    assert "verified" in signature.describe() and "सत्यापित" in signature.describe("hi")


@pytest.mark.parametrize("path", [codes.SAMPLE_V1, codes.SAMPLE_V2])
def test_the_photo_is_a_jpeg_2000_pillow_reads(path: Path) -> None:
    qr = q.decode(codes.sample(path), [])
    assert qr.photo.startswith(b"\xff\x4f\xff\x51")
    assert qr.photo.endswith(b"\xff\xd9") or path == codes.SAMPLE_V2
    with Image.open(io.BytesIO(qr.photo)) as image:
        image.load()
        assert 20 < image.width < 400 and 20 < image.height < 400


# --- codes of our own ---------------------------------------------------------------------------
@pytest.mark.parametrize("packing", ["zlib", "gzip"])
@pytest.mark.parametrize("version", [1, 2, 3])
def test_own_codes_every_version_and_packing(version: int, packing: str,
                                             ours: list[q.Certificate]) -> None:
    qr = q.decode(codes.code(version=version, packing=packing), ours)
    assert qr.version == version
    for name in q.FIELDS[2:]:
        if name not in ("dob", "gender"):
            assert getattr(qr, name) == codes.FIELDS_V2[name], name
    assert (qr.dob, qr.gender, qr.reference_last4) == ("15-08-1979", "F", "4321")
    assert qr.mobile_last4 == (None if version == 1 else "9876")
    assert qr.photo == codes.sample_photo()
    assert qr.signature.verdict == "verified"
    assert qr.signature.certificate == ours[0]


@pytest.mark.parametrize(("indicator", "email", "mobile"),
                         [("0", False, False), ("1", True, False), ("2", False, True),
                          ("3", True, True)])
def test_version_1_hashes_follow_the_indicator(indicator: str, email: bool, mobile: bool,
                                               ours: list[q.Certificate]) -> None:
    qr = q.decode(codes.code({"email_mobile_indicator": indicator}, version=1), ours)
    assert (qr.email_hash is not None, qr.mobile_hash is not None) == (email, mobile)
    assert qr.photo == codes.sample_photo()  # the hashes are not taken for photo bytes
    assert qr.signature.verdict == "verified"


def test_altered_after_signing_is_invalid_naming_the_certificate(
        ours: list[q.Certificate], uidai: list[q.Certificate]) -> None:
    data = codes.body()
    signature = codes.sign(data)
    altered = data.replace(b"Kamla Devi", b"Kamla Dewi")
    qr = q.decode(codes.to_digits(altered + signature), [*uidai, *ours])
    assert qr.name == "Kamla Dewi"
    assert qr.signature.verdict == "invalid"
    assert qr.signature.certificate == ours[0]
    assert "altered" in qr.signature.describe()


def test_signed_with_a_key_we_do_not_have_is_unverifiable(uidai: list[q.Certificate]) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    data = codes.body()
    qr = q.decode(codes.to_digits(data + codes.sign(data, other)), [*uidai,
                                                                  codes.test_certificate()])
    assert qr.signature.verdict == "unverifiable"


def test_a_code_made_after_its_certificate_expired_says_so() -> None:
    cert = codes.test_certificate(days=30)  # valid January 2019 only; the code says 2025
    qr = q.decode(codes.code(), [cert])
    assert qr.signature.verdict == "verified" and qr.signature.signed_within_validity is False
    assert "outside" in qr.signature.describe()


def test_a_year_only_birth_date() -> None:
    qr = q.decode(codes.code({"dob": "1979"}), [])
    assert qr.dob == "1979" and qr.birth_date is None


def test_json_has_last_four_only_and_no_photo() -> None:
    data = q.decode(codes.sample(codes.SAMPLE_V1), codes.uidai_certificates()).to_json()
    text = json.dumps(data)
    assert "890820190305150137123" not in text and data["reference_last4"] == "8908"
    assert data["photo_bytes"] > 500 and "photo" not in data
    assert data["signature"]["verdict"] == "unverifiable"


# --- damaged and foreign input ------------------------------------------------------------------
def _refusal(text: str) -> q.QrRefused:
    with pytest.raises(q.QrRefused) as caught:
        q.decode(text, [])
    return caught.value


@pytest.mark.parametrize("cut", [1, 10, 500, 1500, 3000])
def test_a_truncated_scan_is_refused(cut: int) -> None:
    digits = codes.sample()
    for shorter in (digits[:-cut], digits[cut:]):
        refusal = _refusal(shorter)
        assert refusal.code in ("not_packed", "too_short")
        assert "scan" in refusal.message().lower() or "not an Aadhaar" in refusal.message()
        assert refusal.message("hi") != refusal.message()


@pytest.mark.parametrize("path", [codes.SAMPLE_V1, codes.SAMPLE_V2])
def test_one_changed_digit_anywhere_is_refused_or_changes_nothing(path: Path) -> None:
    digits = codes.sample(path)
    original = q.decode(digits, [])
    refused = 0
    for i in range(len(digits)):
        wrong = str((int(digits[i]) + 1 + i % 9) % 10)
        try:
            qr = q.decode(digits[:i] + wrong + digits[i + 1:], [])
        except q.QrRefused as refusal:
            assert refusal.code in ("not_packed", "too_short", "unknown_version", "bad_layout")
            refused += 1
            continue
        # only the gzip header's unchecked bytes (its time stamp) can change unnoticed
        assert qr == original, i
    assert refused >= len(digits) - 20


def test_a_mistyped_digit_message_names_the_count() -> None:
    digits = codes.sample()
    refusal = _refusal(digits[:1000] + ("1" if digits[1000] != "1" else "2") + digits[1001:])
    assert refusal.code == "not_packed" and f"{len(digits):,} digits" in refusal.message()


@pytest.mark.parametrize(("text", "code"), [
    ("", "empty"), ("   \n", "empty"),
    ("https://uidai.gov.in/", "not_digits"),
    ("DLSOC07L20000018", "not_digits"),
    ('<?xml version="1.0" encoding="UTF-8"?><PrintLetterBarcodeData uid="234567890123" '
     'name="Kamla"/>', "xml_qr"),
    ("8901234567890", "not_packed"),  # a shop barcode
    ("1" * 25_000, "too_long"),
])
def test_non_aadhaar_codes_are_refused(text: str, code: str) -> None:
    refusal = _refusal(text)
    assert refusal.code == code
    assert refusal.message() and refusal.message("hi")


def test_a_packed_stream_that_is_not_an_aadhaar_code_is_refused() -> None:
    short = str(int.from_bytes(zlib.compress(b"hello"), "big"))
    assert _refusal(short).code == "too_short"
    other = str(int.from_bytes(zlib.compress(b"Some other\xffsigned\xffthing" * 30), "big"))
    assert _refusal(other).code == "unknown_version"


@pytest.mark.parametrize(("change", "detail"), [
    ({"gender": "X"}, "gender"), ({"dob": "born 1979"}, "date of birth"),
    ({"pin": "1100"}, "PIN code"), ({"reference_id": "ABCD"}, "reference ID"),
    ({"email_mobile_indicator": "7"}, "indicator"), ({"name": ""}, "name"),
])
def test_fields_that_do_not_parse_refuse_the_whole_code(change: dict[str, str],
                                                        detail: str) -> None:
    refusal = _refusal(codes.code(change))
    assert refusal.code == "bad_layout" and detail in refusal.message()
    assert "nothing was filled" in refusal.message()


def test_a_newer_version_laid_out_differently_is_refused() -> None:
    data = codes.body(version=4)
    # a version 4 with one more field before the photo: the photo is then not where it must be
    data = data.replace(b"\xff9876\xff", b"\xff9876\xffextra\xff", 1)
    refusal = _refusal(codes.to_digits(data + codes.sign(data)))
    assert refusal.code == "bad_layout" and "version 4" in refusal.message()
    assert _refusal(codes.to_digits(b"V2" + b"\xff1" * 5 + b"x" * 600)).code == "bad_layout"


def test_an_unknown_first_field_is_refused() -> None:
    data = codes.body().replace(b"V2", b"X1", 1)
    refusal = _refusal(codes.to_digits(data + codes.sign(data)))
    assert refusal.code == "unknown_version" and "X1" in refusal.message()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=0, max_size=4000))
def test_random_digit_strings_are_always_a_refusal(digits: str) -> None:
    with pytest.raises(q.QrRefused):
        q.decode(digits, codes.uidai_certificates())


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=0, max_size=2000), st.sampled_from(["zlib", "gzip"]))
def test_any_packed_bytes_give_a_code_or_a_refusal(data: bytes, packing: str) -> None:
    try:
        qr = q.decode(codes.to_digits(b"V2\xff" + data, packing), [codes.test_certificate()])
    except q.QrRefused as refusal:
        assert refusal.message() and refusal.message("hi")
    else:
        assert qr.signature.verdict in ("verified", "unverifiable", "invalid")


_latin_text = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=254,
                                             blacklist_characters="\x7f"), max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_latin_text.filter(lambda s: s.strip()), care_of=_latin_text, house=_latin_text,
       street=_latin_text, version=st.integers(1, 3))
def test_any_latin_fields_come_back_as_signed(name: str, care_of: str, house: str, street: str,
                                              version: int) -> None:
    fields = {"name": name, "care_of": care_of, "house": house, "street": street}
    qr = q.decode(codes.code(fields, version=version), [codes.test_certificate()])
    assert qr.name == " ".join(name.split())
    assert (qr.care_of, qr.house, qr.street) == (care_of.strip(), house.strip(), street.strip())
    assert qr.signature.verdict == "verified"


# --- the service --------------------------------------------------------------------------------
def test_service_reads_with_uidai_certificates_and_refuses_in_both_languages(
        services: object) -> None:
    from power_desktop.services.aadhaar_qr import QrNotRead
    reader = services.aadhaar_qr  # type: ignore[attr-defined]
    assert {c.name for c in reader.certificates} >= {"uidai_prod_cdup.cer",
                                                     "uidai_offline_publickey_26022021.cer"}
    assert reader.read(codes.sample()).signature.verdict == "unverifiable"
    reader.trust(codes.test_certificate())
    assert reader.read(codes.code()).signature.verdict == "verified"
    with pytest.raises(QrNotRead) as caught:
        reader.read(codes.sample()[:-3])
    assert "scan" in str(caught.value) and "स्कैन" in caught.value.say("hi")


def test_service_photo_as_png(services: object) -> None:
    reader = services.aadhaar_qr  # type: ignore[attr-defined]
    png = reader.photo_png(codes.sample_photo())
    assert png is not None and png.startswith(b"\x89PNG")
    assert reader.photo_png(b"\xff\x4f\xff\x51 not really a photo") is None
