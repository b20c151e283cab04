"""Field validators, with hypothesis for the parsers."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum import verhoeff
from stdnum.in_ import aadhaar as stdnum_aadhaar

from power_desktop.core import validate as v

digits = st.text("0123456789", min_size=1, max_size=1)


@st.composite
def aadhaar_numbers(draw: st.DrawFn) -> str:
    body = draw(st.sampled_from("23456789")) + draw(st.text("0123456789", min_size=10,
                                                            max_size=10))
    number = body + verhoeff.calc_check_digit(body)
    assume(number != number[::-1])  # never issued
    return number


@given(aadhaar_numbers(), st.sampled_from(["", " ", "-"]))
def test_valid_aadhaar_accepted_in_any_grouping(number: str, sep: str) -> None:
    typed = sep.join([number[:4], number[4:8], number[8:]])
    assert v.aadhaar(typed) == number


@given(aadhaar_numbers(), st.integers(0, 11), st.integers(1, 9))
def test_one_mistyped_aadhaar_digit_is_caught(number: str, pos: int, delta: int) -> None:
    wrong = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1:]
    with pytest.raises(v.Invalid) as bad:
        v.aadhaar(wrong)
    assert bad.value.code in ("aadhaar_checksum", "aadhaar_first_digit", "aadhaar_invalid")


@pytest.mark.parametrize(("typed", "code"), [
    ("2341 2341 234", "aadhaar_length"), ("12345678901", "aadhaar_length"),
    ("034123412346", "aadhaar_first_digit"), ("134123412346", "aadhaar_first_digit"),
    ("2341 2341 2345", "aadhaar_checksum"), ("abcd efgh ijkl", "aadhaar_length"),
    ("800000000008", "aadhaar_invalid"),
])
def test_bad_aadhaar_named(typed: str, code: str) -> None:
    with pytest.raises(v.Invalid) as bad:
        v.aadhaar(typed)
    assert bad.value.code == code


@given(st.one_of(aadhaar_numbers(), st.text("0123456789", min_size=12, max_size=12),
                 st.text(min_size=0, max_size=14)))
def test_aadhaar_agrees_with_python_stdnum(typed: str) -> None:
    """The checks are made here, one by one, to name what is wrong; together they are
    python-stdnum's rule, no more and no less."""
    try:
        accepted = v.aadhaar(typed) is not None
    except v.Invalid:
        accepted = False
    assert accepted == stdnum_aadhaar.is_valid(typed.translate(str.maketrans("", "", " -")))


DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


@given(aadhaar_numbers())
def test_numbers_typed_with_a_hindi_keyboard_are_read_as_digits(number: str) -> None:
    assert v.aadhaar(number.translate(DEVANAGARI)) == number
    assert v.mobile("९८११ १२२ २३३") == "9811122233"
    assert v.pin("११००८०") == "110080"
    assert v.bank_account("१२३४५६७८९०१") == "12345678901"


@pytest.mark.parametrize("typed", ["৯৮১১১২২২৩৩", "98111222³³"])  # Bengali digits, superscripts
def test_other_digits_are_refused_not_stored(typed: str) -> None:
    with pytest.raises(v.Invalid):
        v.mobile(typed)
    with pytest.raises(v.Invalid):
        v.bank_account(typed)


@given(st.sampled_from("6789"), st.text("0123456789", min_size=9, max_size=9),
       st.sampled_from(["", "+91", "+91 ", "91", "0"]))
def test_mobile_prefixes_normalised(first: str, rest: str, prefix: str) -> None:
    assert v.mobile(prefix + first + rest) == first + rest


@pytest.mark.parametrize("typed", ["5811122233", "981112223", "98111222333", "98111x2233", ""])
def test_bad_mobile(typed: str) -> None:
    with pytest.raises(v.Invalid):
        v.mobile(typed)


@given(st.text(max_size=12))
def test_mobile_never_crashes(text: str) -> None:
    try:
        result = v.mobile(text)
    except v.Invalid:
        return
    assert len(result) == 10 and result[0] in "6789"


@pytest.mark.parametrize(("typed", "ok"), [
    ("110080", True), ("800001", True), ("010080", False), ("910080", False), ("11008", False),
])
def test_pin(typed: str, ok: bool) -> None:
    if ok:
        assert v.pin(typed) == typed
    else:
        with pytest.raises(v.Invalid):
            v.pin(typed)


@pytest.mark.parametrize(("typed", "ok"), [
    ("SBIN0001234", True), ("sbin0001234", True), ("HDFC0ABC123", True),
    ("SBIN1001234", False), ("SBI00001234", False), ("SBIN000123", False),
])
def test_ifsc(typed: str, ok: bool) -> None:
    if ok:
        assert v.ifsc(typed) == typed.upper()
    else:
        with pytest.raises(v.Invalid):
            v.ifsc(typed)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_parse_in_both_ways_operators_type_them(day: date) -> None:
    assert v.parse_date(day.isoformat()) == day
    assert v.parse_date(day.strftime("%d/%m/%Y")) == day
    assert v.parse_date(day.strftime("%d-%m-%Y")) == day


@given(st.from_regex(r"\A[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}\Z") | st.text("0123456789-", min_size=10,
                                                                   max_size=10))
def test_iso_dates_read_as_the_general_pattern_reads_them(text: str) -> None:
    """parse_date reads YYYY-MM-DD the quick way; it must agree with the pattern it skips."""
    import re
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    try:
        expected: date | None = date(*(int(g) for g in m.groups())) if m else None
    except ValueError:
        expected = None
    try:
        got: date | None = v.parse_date(text)
    except v.Invalid:
        got = None
    if m or got is None:
        assert got == expected
    else:  # not YYYY-MM-DD, yet read: as DD-MM-YYYY
        assert got == v.parse_date(text.replace("-", "/"))


@given(st.text(max_size=12))
def test_parse_date_never_crashes(text: str) -> None:
    with contextlib.suppress(v.Invalid):
        v.parse_date(text)


def test_date_of_birth_limits() -> None:
    today = date(2026, 11, 27)
    with pytest.raises(v.Invalid) as bad:
        v.date_of_birth(today + timedelta(days=1), today)
    assert bad.value.code == "date_future"
    with pytest.raises(v.Invalid) as bad:
        v.date_of_birth("1900-01-01", today)
    assert bad.value.code == "age_too_old"
    assert v.date_of_birth("31/02/2000".replace("31", "29"), today) == date(2000, 2, 29)
    with pytest.raises(v.Invalid):
        v.date_of_birth("31/02/2000", today)


@given(st.integers(0, 120), st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_estimated_dob_gives_back_the_declared_age(age: int, today: date) -> None:
    born = v.estimated_dob(age, today)
    assert v.age_on(born, today) == age
    assert (born.month, born.day) == (7, 1)


def test_age_on_birthday_edges() -> None:
    assert v.age_on(date(1966, 3, 31), date(2026, 3, 31)) == 60
    assert v.age_on(date(1966, 4, 1), date(2026, 3, 31)) == 59
    assert v.age_on(date(2004, 2, 29), date(2026, 2, 28)) == 21
    assert v.age_on(date(2004, 2, 29), date(2026, 3, 1)) == 22


@given(st.text(max_size=50))
def test_clean_text_collapses_space(text: str) -> None:
    cleaned = v.clean_text(text)
    assert cleaned == cleaned.strip()
    assert "  " not in cleaned


def test_names_any_script_required() -> None:
    assert v.name("  कमला   देवी ") == "कमला देवी"
    with pytest.raises(v.Invalid):
        v.name("   ")


@pytest.mark.parametrize(("typed", "expected"), [
    ("60,000", 60000), (" 5 ", 5), (12, 12), (3.0, 3)])
def test_whole_number(typed: object, expected: int) -> None:
    assert v.whole_number(typed) == expected


@pytest.mark.parametrize("typed", ["-1", "1.5", "abc", True, "1e3"])
def test_whole_number_refuses(typed: object) -> None:
    with pytest.raises(v.Invalid):
        v.whole_number(typed)
