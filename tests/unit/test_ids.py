"""Family and member IDs: shape, check character, typed with or without dashes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from power_desktop.core import ids

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
codes = st.text(ALNUM, min_size=1, max_size=6)


def test_issue_example_shape() -> None:
    family = ids.family_id("DL", "SO", "C07", "L2", 123)
    assert family.startswith("DL-SO-C07-L2-000123-")
    assert len(family.rsplit("-", 1)[1]) == 1
    assert ids.member_id(family, 3) == family + "-M03"


@given(codes, codes, st.integers(1, 999_999))
def test_round_trip(camp: str, device: str, seq: int) -> None:
    family = ids.family_id("DL", "SO", camp, device, seq)
    parsed = ids.parse_family_id(family)
    assert (parsed.camp, parsed.device, parsed.seq) == (camp, device, seq)
    assert parsed.family_id == family
    assert ids.lookup_key(family) == family.replace("-", "")
    assert ids.lookup_key(family.replace("-", "").lower()) == family.replace("-", "")


@given(codes, codes, st.integers(1, 999_999), st.data())
def test_any_single_mistyped_character_is_caught(camp: str, device: str, seq: int,
                                                 data: st.DataObject) -> None:
    family = ids.family_id("DL", "SO", camp, device, seq)
    flat = family.replace("-", "")
    pos = data.draw(st.integers(0, len(flat) - 1))
    wrong_char = data.draw(st.sampled_from(ALNUM).filter(lambda c: c != flat[pos]))
    wrong = flat[:pos] + wrong_char + flat[pos + 1:]
    with pytest.raises(ids.BadId):
        ids.lookup_key(wrong)


def test_sequences_on_two_laptops_never_collide() -> None:
    one = {ids.family_id("DL", "SO", "C07", "L1", n) for n in range(1, 2000)}
    two = {ids.family_id("DL", "SO", "C07", "L2", n) for n in range(1, 2000)}
    assert not one & two


@pytest.mark.parametrize("text", [
    "", "DL-SO", "hello", "DL-SO-C07-L2-00012-K", "DL-SO-C07-L2-ABCDEF-K"])
def test_not_an_id(text: str) -> None:
    with pytest.raises(ids.BadId):
        ids.parse_family_id(text)
    with pytest.raises(ids.BadId):
        ids.lookup_key(text)


def test_member_id_parse() -> None:
    family = ids.family_id("DL", "SO", "C07", "L2", 5)
    assert ids.parse_member_id(ids.member_id(family, 12)) == (family.replace("-", ""), 12)
    assert ids.parse_member_id(ids.member_id(family, 2).replace("-", ""))[1] == 2


def test_bad_codes_refused() -> None:
    with pytest.raises(ids.BadId):
        ids.family_id("DL", "SO", "C-07", "L2", 1)
    with pytest.raises(ids.BadId):
        ids.family_id("DL", "SO", "C07", "L2", 0)
    assert ids.normalise_code(" c 07 ") == "C07"

