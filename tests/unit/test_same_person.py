"""One Aadhaar number is one person: never saved twice, whatever is decided; moving a person."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from power_desktop.services import Services
from power_desktop.services.duplicates import SameAadhaar
from power_desktop.services.errors import ServiceError
from power_desktop.store.models import AuditEntry, Member
from tests.helpers import aadhaar_number, example_family

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def _son_family(mother_aadhaar: str) -> dict[str, Any]:
    """Kamla Devi's son's household, where she now lives (typed at another visit)."""
    return {
        "mobile": "9876501234",
        "address": {"line1": "B-12", "locality": "Madanpur Khadar", "district": "South East",
                    "state": "DL", "pin": "110076"},
        "members": [
            {"name": "Ravi Kumar", "relation": "head", "gender": "M", "dob": "2000-03-04",
             "father_or_husband_name": "Suresh Kumar"},
            {"name": "Kamla Devi", "relation": "mother", "gender": "F", "dob": "1981-02-10",
             "aadhaar": mother_aadhaar, "marital_status": "widowed"}]}


def _tokens(services: Services) -> list[str | None]:
    with services.sessions() as session:
        return list(session.scalars(select(Member.aadhaar_token)
                                    .where(Member.aadhaar_token.is_not(None))))


def test_same_aadhaar_is_never_saved_as_a_different_person(services: Services) -> None:
    first = services.registration.register(example_family())
    again = example_family()
    again["members"][0]["name"] = "Kamala Devi"  # the operator thinks it is someone else
    for decision in (None, "different people, confirmed by Asha"):
        with pytest.raises(SameAadhaar) as refused:
            services.registration.register(again, duplicate_decision=decision)
        assert refused.value.candidates[0].member_id == first.member_ids[0]
        assert "One Aadhaar number is one person" in str(refused.value)
        assert "एक आधार नंबर एक ही व्यक्ति" in refused.value.say("hi")
    assert services.registration.count() == 1 and len(_tokens(services)) == 1


def test_same_aadhaar_refused_when_added_to_an_existing_family(services: Services) -> None:
    """Editing a family to add a member whose Aadhaar is on another family is refused too,
    and so is adding it to the family that has it (the add-to-that-family path)."""
    first = services.registration.register(example_family())
    other = services.registration.register(example_family(1), duplicate_decision="test")
    data = services.registration.get(other.family_id).to_json()
    from power_desktop.services import family_mapping as fm
    edited = fm.view_to_input(data)
    edited["members"].append({"name": "K. Devi", "relation": "mother", "gender": "F",
                              "dob": "1981-02-10", "aadhaar": "2341 2341 2346"})
    with pytest.raises(SameAadhaar):
        services.registration.update(other.family_id, edited, 1, confirm_warnings=True,
                                     duplicate_decision="different person")
    with pytest.raises(ServiceError):
        services.registration.add_members(first.family_id, [edited["members"][-1]],
                                          decision="added")
    assert len(_tokens(services)) == 2


def test_two_members_of_one_family_cannot_share_an_aadhaar(services: Services) -> None:
    data = example_family()
    data["members"][1]["aadhaar"] = data["members"][0]["aadhaar"]
    with pytest.raises(ServiceError, match="the same as member 1"):  # the parser says it
        services.registration.register(data)
    assert services.registration.count() == 0


def test_a_person_moves_into_the_family_being_registered(services: Services) -> None:
    old = example_family()
    old["members"][0]["relation"] = "daughter"  # Kamla is not the head of her old family
    old["members"][1]["relation"] = "head"
    old["members"][1]["age"] = 40
    old["members"][0]["marital_status"] = "widowed"
    first = services.registration.register(old, confirm_warnings=True)
    kamla = first.member_ids[0]
    son = _son_family("2341 2341 2346")
    with pytest.raises(SameAadhaar):
        services.registration.register(son)
    moved = services.registration.register(son, confirm_warnings=True, move_from=kamla)
    assert len(moved.member_ids) == 2
    before = services.registration.get(first.family_id)
    assert [m.name for m in before.members] == ["Pooja Kumari"] and before.version == 2
    history = services.registration.history(first.family_id)
    assert history and any("Kamla" in str(c) for c in history[0].changes)
    assert len(_tokens(services)) == 1  # one person, one Aadhaar, in the new family
    with services.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "member.move")).one()
    assert kamla in entry.detail and moved.family_id in entry.detail
    assert "2341" not in entry.detail.replace(kamla, "")  # no Aadhaar in the trail
    found = services.search.search("kamla devi")
    assert {h.family_id for h in found.hits if h.name == "Kamla Devi"} == {moved.family_id}


def test_moving_the_head_or_an_only_member_is_refused_with_what_to_do(
        services: Services) -> None:
    first = services.registration.register(example_family())  # Kamla is its head
    with pytest.raises(ServiceError, match="head of family") as refused:
        services.registration.register(_son_family("2341 2341 2346"), confirm_warnings=True,
                                       move_from=first.member_ids[0])
    assert "मुखिया" in refused.value.say("hi")
    alone = example_family(5)
    alone["members"] = alone["members"][:1]
    lone = services.registration.register(alone, duplicate_decision="test")
    with pytest.raises(ServiceError, match="only member"):
        services.registration.register(_son_family(aadhaar_number(5)), confirm_warnings=True,
                                       move_from=lone.member_ids[0])
    assert services.registration.count() == 2  # nothing half-done
    assert services.registration.get(first.family_id).version == 1


def test_a_move_needs_the_same_aadhaar(services: Services) -> None:
    old = example_family()
    first = services.registration.register(old)
    pooja = first.member_ids[1]  # no Aadhaar on file
    with pytest.raises(ServiceError, match="same Aadhaar"):
        services.registration.register(_son_family(aadhaar_number(9)), confirm_warnings=True,
                                       move_from=pooja)
    assert services.registration.count() == 1
