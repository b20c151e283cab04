"""Code lists, survey codes, districts, number formatting."""

from __future__ import annotations

import pytest

from power_desktop.core.codes import RELATIONS, indian_grouping, survey_relation_code
from power_desktop.core.districts import districts_of, find_district, legacy_district


@pytest.mark.parametrize(("number", "text"), [
    (0, "0"), (999, "999"), (1000, "1,000"), (120000, "1,20,000"), (200000, "2,00,000"),
    (12345678, "1,23,45,678"), (-5000, "-5,000")])
def test_indian_grouping(number: int, text: str) -> None:
    assert indian_grouping(number) == text


def test_every_relation_has_a_survey_code() -> None:
    codes = {r: survey_relation_code(r, "married") for r in RELATIONS}
    assert codes["head"] == 1 and codes["spouse"] == 2 and codes["son"] == 3
    assert survey_relation_code("daughter", "never_married") == 5
    assert codes["daughter_in_law"] == 4 and codes["grandchild"] == 6
    assert codes["mother_in_law"] == 7 and codes["sister"] == 8 and codes["non_relative"] == 9


def test_delhi_has_thirteen_districts_with_unique_codes() -> None:
    districts = districts_of("DL")
    assert len(districts) == 13
    assert len({d.code for d in districts}) == 13
    assert find_district("DL", "old delhi") == find_district("DL", "OD")
    assert find_district("DL", "Shahdara") is None
    assert legacy_district("DL", "shahdara") is not None


def test_history_field_names_in_words() -> None:
    from power_desktop.core.messages import change_label
    assert change_label("member 2.name") == "Member 2: Name"
    assert change_label("member 2.name", "hi") == "सदस्य 2: नाम"
    assert change_label("address.pin", "hi") == "पिन कोड"
    assert change_label("extra.widow_certificate") == "extra.widow_certificate"  # unknown: as is
