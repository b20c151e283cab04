"""Name keys and similarity: the spellings real Indian names take must find each other."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from power_desktop.core.names import keys, similarity, transliterate

SAME = [
    ("Laxmi Bist", "Lakshmi Bisht"), ("कमला देवी", "Kamla Devi"), ("Mohd Salim", "Muhammad Saleem"),
    ("Pooja Kumari", "Puja"), ("R K Sharma", "Ram Kumar Sharma"), ("Sunita Devi", "Sunita Debi"),
    ("लक्ष्मी", "Laxmi"), ("सुरेश कुमार", "Suresh Kumar"), ("Sharma Geeta", "Geeta Sharma"),
    ("मोहम्मद सलीम", "Mohammad Salim"), ("Rajesh Kumar", "Rajesh"), ("Shanti", "Santi"),
    ("Savitri Devi", "सावित्री देवी"), ("Vijay", "Wijay"), ("Farzana", "Farjana"),
]
DIFFERENT = [("Rakesh Kumar", "Ramesh Kumar"), ("Geeta Sharma", "Sita Sharma"),
             ("Sunita Devi", "Anita Devi"), ("Mohan Lal", "Imran Khan")]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person_spelt_differently(a: str, b: str) -> None:
    assert set(keys(a)) & set(keys(b)), (keys(a), keys(b))
    assert similarity(a, b) >= 88


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_people_score_lower(a: str, b: str) -> None:
    assert similarity(a, b) < 88


def test_transliteration_follows_hindi_habits() -> None:
    assert transliterate("कमला") == "kamalaa"
    assert transliterate("सुरेश") == "suresh"  # no final inherent a
    assert transliterate("लक्ष्मी") == "lakshmee"


@given(st.text(max_size=30))
def test_never_crashes_and_is_symmetric(name: str) -> None:
    keys(name)
    assert similarity(name, name) in (0.0, 100.0)
    assert similarity(name, "Kamla Devi") == similarity("Kamla Devi", name)
