"""Saving members filled from an Aadhaar QR: the code checked again, last four flagged, the photo
sealed only with consent, the audit entry without personal fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from power_desktop.services import Services
from power_desktop.services.errors import InvalidFamily
from power_desktop.services.member_qr import photo_owner
from power_desktop.store.models import AuditEntry, Member, MemberPhoto
from tests import aadhaar_codes as codes

from ..helpers import example_family, raw_database_bytes

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL

# The example family's head has Aadhaar ...2346: her code says so too.
HEAD_FIELDS = {"reference_id": "2346" + "20250114093015123", "name": "Kamla Devi"}


@pytest.fixture
def trusting(services: Services) -> Services:
    services.aadhaar_qr.trust(codes.test_certificate())
    return services


def _family(qr: str, consent: bool | None = True) -> dict[str, Any]:
    data = example_family()
    data["members"][0]["aadhaar_qr"] = qr
    if consent is not None:
        data["members"][0]["photo_consent"] = consent
    return data


def _entries(services: Services, action: str) -> list[AuditEntry]:
    with services.sessions() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def _photos(services: Services) -> list[MemberPhoto]:
    with services.sessions() as session:
        return list(session.scalars(select(MemberPhoto)))


def test_photo_sealed_with_consent_and_audited_without_personal_fields(
        trusting: Services, data_dir: Path) -> None:
    done = trusting.registration.register(_family(codes.code(HEAD_FIELDS)))
    (photo,) = _photos(trusting)
    assert photo.source == "aadhaar_qr" and photo.signature == "verified"
    with trusting.sessions() as session:
        head = session.get(Member, photo.member_id)
        assert head is not None and head.member_no == 1
        assert trusting.vault.open(photo.cipher, photo_owner(head.uuid)) == codes.sample_photo()
    (entry,) = _entries(trusting, "member.aadhaar_qr")
    assert entry.subject == done.member_ids[0]
    detail = json.loads(entry.detail or "{}")
    assert detail == {"family": done.family_id, "version": 2, "signature": "verified",
                      "certificate": "power-test-signer.pem", "photo_kept": True,
                      "aadhaar_last4_matches": True}
    assert "Kamla" not in (entry.detail or "") and "2346" not in (entry.detail or "")
    raw = raw_database_bytes(data_dir)
    assert codes.sample_photo()[100:140] not in raw  # never in clear on disk


def test_no_consent_keeps_no_photo(trusting: Services) -> None:
    trusting.registration.register(_family(codes.code(HEAD_FIELDS), consent=None))
    assert _photos(trusting) == []
    (entry,) = _entries(trusting, "member.aadhaar_qr")
    assert json.loads(entry.detail or "{}")["photo_kept"] is False


def test_unverifiable_code_is_saved_with_that_verdict(services: Services) -> None:
    services.registration.register(_family(codes.code(HEAD_FIELDS)))  # test key not trusted
    (entry,) = _entries(services, "member.aadhaar_qr")
    assert json.loads(entry.detail or "{}")["signature"] == "unverifiable"
    assert _photos(services)[0].signature == "unverifiable"


def test_typed_aadhaar_ending_otherwise_is_flagged(trusting: Services) -> None:
    data = _family(codes.code({**HEAD_FIELDS, "reference_id": "9999" + "0" * 17}))
    with pytest.raises(InvalidFamily) as caught:
        trusting.registration.register(data)
    assert caught.value.needs_confirmation
    (problem,) = [p for p in caught.value.problems if p.code == "aadhaar_qr_mismatch"]
    assert problem.member == 0 and "ends in 2346" in problem.message()
    assert "9999" in problem.message() and "234123412346" not in problem.message()
    assert problem.message("hi") != problem.message()
    done = trusting.registration.register(data, confirm_warnings=True)
    (entry,) = _entries(trusting, "member.aadhaar_qr")
    assert json.loads(entry.detail or "{}")["aadhaar_last4_matches"] is False
    assert done.family_id


def test_check_member_flags_the_last_four_while_typing(trusting: Services) -> None:
    member = {**example_family()["members"][0],
              "aadhaar_qr": codes.code({"reference_id": "1111" + "0" * 17})}
    problems = trusting.registration.check_member(member, 2)
    assert [(p.code, p.member) for p in problems] == [("aadhaar_qr_mismatch", 2)]


@pytest.mark.parametrize(("qr", "code", "words"), [
    (codes.sample()[:-5], "qr_unreadable", "scan the code again"),
    ("12ab", "qr_not_digits", "digits a scanner types"),
])
def test_codes_that_do_not_read_refuse_the_save(trusting: Services, qr: str, code: str,
                                                words: str) -> None:
    with pytest.raises(InvalidFamily) as caught:
        trusting.registration.register(_family(qr))
    (problem,) = [p for p in caught.value.problems if p.code == code]
    assert words in problem.message() and problem.message("hi") != problem.message()
    assert trusting.registration.count() == 0


def test_an_altered_code_refuses_the_save(trusting: Services) -> None:
    data = codes.body(HEAD_FIELDS)
    altered = codes.to_digits(data.replace(b"Kamla", b"Kamma") + codes.sign(data))
    with pytest.raises(InvalidFamily) as caught:
        trusting.registration.register(_family(altered))
    assert [p.code for p in caught.value.problems] == ["qr_altered"]


def test_consent_withdrawn_or_member_removed_drops_the_photo(trusting: Services) -> None:
    done = trusting.registration.register(_family(codes.code(HEAD_FIELDS)))
    family = trusting.registration.get(done.family_id)
    data = example_family()
    for i, m in enumerate(data["members"]):
        m["member_no"] = i + 1
        m.pop("aadhaar", None)
    data["members"][0]["photo_consent"] = False
    trusting.registration.update(done.family_id, data, family.version)
    assert _photos(trusting) == []
    # again with a photo, then the member removed
    data["members"][0].update(aadhaar_qr=codes.code(HEAD_FIELDS), photo_consent=True)
    family = trusting.registration.get(done.family_id)
    trusting.registration.update(done.family_id, data, family.version)
    assert len(_photos(trusting)) == 1
    data["members"][0]["relation"] = "head"
    data["members"] = data["members"][:1]
    data["members"][0].pop("aadhaar_qr")
    data["members"][0].pop("photo_consent")
    family = trusting.registration.get(done.family_id)
    trusting.registration.update(done.family_id, data, family.version, confirm_warnings=True)
    assert len(_photos(trusting)) == 1  # the head kept hers
    data["members"].append({"name": "Geeta", "relation": "daughter", "gender": "F", "age": 7,
                            "aadhaar_qr": codes.code({"name": "Geeta"}),
                            "photo_consent": True})
    family = trusting.registration.get(done.family_id)
    trusting.registration.update(done.family_id, data, family.version, confirm_warnings=True)
    assert len(_photos(trusting)) == 2
    data["members"] = data["members"][:1]
    family = trusting.registration.get(done.family_id)
    trusting.registration.update(done.family_id, data, family.version, confirm_warnings=True)
    assert len(_photos(trusting)) == 1  # Geeta's went with her


@pytest.mark.parametrize("consent", [True, False])
def test_the_photo_prints_in_the_form_box_only_with_consent(trusting: Services, tmp_path: Path,
                                                            consent: bool) -> None:
    family = example_family()
    family["members"].append({
        "name": "Savitri Devi", "relation": "mother", "gender": "F", "dob": "1950-05-01",
        "marital_status": "widowed", "aadhaar": "4991 1866 5246", "photo_consent": consent,
        "aadhaar_qr": codes.code({"reference_id": "5246" + "0" * 17, "name": "Savitri Devi"})})
    done = trusting.registration.register(family, confirm_warnings=True)
    trusting.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    made = trusting.eligibility.apply_all_eligible(done.family_id)
    hers = [a.application_id for a in made if a.member_id == done.member_ids[2]]
    assert hers
    (page,) = trusting.printing.form_pages(hers[:1])
    assert (page.photo is not None) == consent
    if consent:
        assert page.photo is not None and page.photo.startswith(b"\x89PNG")
    out = tmp_path / "form.pdf"
    trusting.printing.render_forms(hers[:1], out)
    assert (b"/Subtype /Image" in out.read_bytes()) == consent
