"""What a decoded Aadhaar QR fills in: care-of line, district mapping, address, Hindi offer."""

from __future__ import annotations

import pytest

from power_desktop.core import aadhaar_qr as q
from power_desktop.core.aadhaar_fill import care_of, household_fill, map_district, member_fill
from power_desktop.core.devanagari import to_devanagari
from tests import aadhaar_codes as codes


@pytest.mark.parametrize(("line", "word", "name"), [
    ("S/O: Pattabhi Rama Rao", "S/O", "Pattabhi Rama Rao"),
    ("C/O Ishwar Chand", "C/O", "Ishwar Chand"),
    ("w/o  Ramesh   Kumar", "W/O", "Ramesh Kumar"),
    ("D/O - Mohan Lal", "D/O", "Mohan Lal"),
    ("H/O Sunita", "H/O", "Sunita"),
    ("Ramesh Kumar", None, "Ramesh Kumar"),
    ("", None, ""),
])
def test_care_of_line(line: str, word: str | None, name: str) -> None:
    got = care_of(line)
    assert (got.word, got.name) == (word, name)


def test_version_1_sample_member() -> None:
    fill = member_fill(q.decode(codes.sample(codes.SAMPLE_V1), []))
    assert (fill.name, fill.dob, fill.gender) == ("Penumarthi Venkat", "07/05/1987", "M")
    assert fill.father_or_husband_name == "Pattabhi Rama Rao" and fill.relation_word == "S/O"
    assert not fill.care_of_unsure and fill.marital_hint is None
    assert fill.name_hi_offer == "पेनुमर्थी वेंकट"


def test_version_2_sample_member_care_of_is_unsure() -> None:
    fill = member_fill(q.decode(codes.sample(), []))
    assert (fill.name, fill.dob, fill.father_or_husband_name) == \
        ("Sumit Kumar", "01/01/1984", "Ishwar Chand")
    assert fill.care_of_unsure and fill.marital_hint is None
    assert fill.name_hi_offer == "सुमित कुमार"


def test_wife_of_gives_husband_and_married_hint() -> None:
    fill = member_fill(q.decode(codes.code(), []))
    assert fill.father_or_husband_name == "Ramesh Kumar" and fill.marital_hint == "married"


def test_husband_of_is_not_a_father_or_husband_name() -> None:
    fill = member_fill(q.decode(codes.code({"care_of": "H/O Kamla Devi", "gender": "M"}), []))
    assert fill.father_or_husband_name == "" and fill.marital_hint is None


def test_year_only() -> None:
    fill = member_fill(q.decode(codes.code({"dob": "1979"}), []))
    assert (fill.dob, fill.birth_year) == ("", "1979")


def test_delhi_household_from_the_version_2_sample() -> None:
    fill = household_fill(q.decode(codes.sample(), []), "DL")
    assert fill.line1 == "B-31, 3rd Floor, Radhey Shyam Park Extension"
    assert fill.locality == "Krishna Nagar" and fill.pin == "110051"
    assert fill.district == "East" and fill.district_read_as and fill.district_refusal is None


def test_another_states_address_leaves_the_district_with_the_reason() -> None:
    fill = household_fill(q.decode(codes.sample(codes.SAMPLE_V1), []), "DL")
    assert fill.line1 == "4-83, Main Road, Near Siva Temple"
    assert fill.locality == "Sctor-2, Aratlakatta" and fill.pin == "533016"
    assert fill.district is None and fill.district_refusal is not None
    en, hi = fill.district_refusal
    assert "East Godavari, Andhra Pradesh" in en and "Delhi" in en and "East Godavari" in hi


@pytest.mark.parametrize(("district", "state", "expected"), [
    ("East Delhi", "Delhi", "East"), ("New Delhi", "Delhi", "New Delhi"),
    ("North East Delhi", "NCT of Delhi", "North East"), ("central delhi", "DELHI", "Central"),
    ("South West", "Delhi", "South West"), ("Old Delhi", "Delhi", "Old Delhi"),
])
def test_delhi_district_names_map(district: str, state: str, expected: str) -> None:
    assert map_district("DL", district, state)[0] == expected


@pytest.mark.parametrize(("district", "words"), [
    ("Shahdara", "merged"), ("Gurgaon", "not one of Delhi's districts"),
])
def test_districts_that_do_not_map_are_refused(district: str, words: str) -> None:
    found, _mapped, refusal = map_district("DL", district, "Delhi")
    assert found is None and refusal is not None and words in refusal[0]


@pytest.mark.parametrize(("latin", "hindi"), [
    ("Sumit Kumar", "सुमित कुमार"), ("Sunita Devi", "सुनिता देवी"), ("Meera", "मीरा"),
    ("Geeta", "गीता"), ("Suresh Yadav", "सुरेश यादव"), ("Ambika", "अंबिका"),
    ("Ishwar Chand", "इश्वर चंद"), ("Mohd Salim", "मोहम्मद सलिम"), ("Pooja", "पूजा"),
])
def test_devanagari_offer(latin: str, hindi: str) -> None:
    assert to_devanagari(latin) == hindi


def test_devanagari_leaves_other_letters_alone() -> None:
    assert to_devanagari("Zoë O'Brien") == "Zoë O'Brien"
