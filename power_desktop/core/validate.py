"""Field validators: each takes what was typed and returns the normalised value or raises Invalid.

The same functions check the registration screen as the operator types, the JSON the command line
reads, and survey lists imported before a camp.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from stdnum import verhoeff

MAX_AGE = 120


class Invalid(ValueError):
    """What was typed is not acceptable; `code` names a message template in core.messages."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        # What was typed is echoed in the message: a few words of it, never megabytes.
        self.params = {k: clip(str(v)) for k, v in params.items()}


ECHO_LIMIT = 60
# The longest a free answer to a scheme-pack question may be, and how many a record holds.
ANSWER_LIMIT, ANSWERS_LIMIT, ANSWER_KEY_LIMIT = 200, 60, 40
# A whole number typed with more digits than this is too large for any field here (and
# Python refuses to read one of more than 4,300 digits at all).
NUMBER_DIGITS_LIMIT = 15


def clip(text: str) -> str:
    """A few words of what was typed, with any hidden or control character shown as its code
    (an echoed escape sequence would otherwise clear or retitle the operator's terminal) and
    anything that reads as an Aadhaar number masked."""
    text = text if len(text) <= ECHO_LIMIT else text[:ECHO_LIMIT - 1] + "…"
    text = mask_aadhaar_like(text)
    return "".join(c if c == " " or c.isprintable() else f"\\u{ord(c):04x}" for c in text)


# Zero-width joiner and non-joiner: part of how Devanagari is written (क्‍ष, half forms), so
# kept between two Devanagari letters; anywhere else, like every other invisible or control
# character, they only hide what a name really is.
_JOINERS = {"\u200c", "\u200d"}
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _devanagari(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"


def hidden_character(text: str) -> str | None:
    """The first character of `text` that is a control, format, private-use, unassigned or
    lone-surrogate character (a joiner between Devanagari letters excepted), or None."""
    if text.isascii() and text.isprintable():
        return None  # the common case, at once
    for i, ch in enumerate(text):
        if unicodedata.category(ch) not in _HIDDEN_CATEGORIES:
            continue
        if ch in _JOINERS and 0 < i < len(text) - 1 and _devanagari(text[i - 1]) and \
                _devanagari(text[i + 1]):
            continue
        return ch
    return None


# Twelve digits, alone or in groups split by a space or a dash, not part of a longer number.
_AADHAAR_RUN = re.compile(r"(?<![\d०-९])[\d०-९](?:[ \-]?[\d०-९]){11}(?![\d०-९])")


def _is_aadhaar(digits: str) -> bool:
    return (len(digits) == 12 and _all_digits(digits) and digits[0] not in "01"
            and digits != digits[::-1] and verhoeff.is_valid(digits))


def aadhaar_in(text: str) -> str | None:
    """The last four digits of the first Aadhaar number (12 digits passing its checks) found
    in free text, or None."""
    if sum(ch.isdigit() for ch in text) < 12:
        return None
    for found in _AADHAAR_RUN.finditer(text):
        digits = _digits(found.group())
        if _is_aadhaar(digits):
            return digits[-4:]
    return None


def mask_aadhaar_like(text: str) -> str:
    if sum(ch.isdigit() for ch in text) < 12:
        return text
    return _AADHAAR_RUN.sub(lambda m: mask_aadhaar(_digits(m.group())[-4:])
                            if _is_aadhaar(_digits(m.group())) else m.group(), text)


def text(value: object, max_len: int) -> str:
    """Free text typed by an operator (names, address, answers): text only, no hidden or
    control characters, at most `max_len` characters once white space is collapsed."""
    if not isinstance(value, str):
        raise Invalid("not_text")
    try:
        cleaned = clean_text(value)
    except UnicodeError:
        cleaned = value
    bad = hidden_character(cleaned)
    if bad is not None:
        name = unicodedata.name(bad, "a control character") if not \
            "\ud800" <= bad <= "\udfff" else "a broken character (lone surrogate)"
        raise Invalid("hidden_character", value=f"U+{ord(bad):04X}, {name}")
    if len(cleaned) > max_len:
        raise Invalid("too_long", limit=max_len)
    last4 = aadhaar_in(cleaned)
    if last4 is not None:
        raise Invalid("aadhaar_in_text", last4=last4)
    return cleaned


def clean_text(value: object) -> str:
    """Trim and collapse white space (any script is allowed); NFC so matras compare equal."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return " ".join(text.split())


def name(value: object, max_len: int = 100) -> str:
    cleaned = text(value, max_len)
    if not cleaned:
        raise Invalid("required")
    return cleaned


_SPACES_AND_DASHES = re.compile(r"[\s\-]")
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def _digits(value: object) -> str:
    """What was typed without spaces and dashes, Devanagari digits (a Hindi keyboard's) as
    0-9."""
    text = str(value or "")
    if text.isascii() and text.isdigit():
        return text
    return _SPACES_AND_DASHES.sub("", text).translate(DEVANAGARI_DIGITS)


def _all_digits(text: str) -> bool:
    """Only 0-9 (str.isdigit alone also passes other scripts' digits and superscripts)."""
    return text.isascii() and text.isdigit()


def aadhaar(value: object) -> str:
    """12 digits, first not 0 or 1, not a palindrome, Verhoeff check digit: the rules of
    python-stdnum's in_.aadhaar, whose format checks are made here to name what is wrong.
    Spaces/dashes ignored."""
    digits = _digits(value)
    if not _all_digits(digits) or len(digits) != 12:
        raise Invalid("aadhaar_length", count=sum(c.isdigit() for c in digits))
    if digits[0] in "01":
        raise Invalid("aadhaar_first_digit")
    if digits == digits[::-1]:
        raise Invalid("aadhaar_invalid")  # UIDAI issues no palindromes
    if not verhoeff.is_valid(digits):
        raise Invalid("aadhaar_checksum")
    return digits


def qr_digits(value: object) -> str:
    """The digits a scanner typed for an Aadhaar QR code (decoded and checked elsewhere)."""
    text = str(value).strip()
    if not _all_digits(text) or len(text) > 20_000:
        raise Invalid("qr_not_digits")
    return text


def mask_aadhaar(last4: str) -> str:
    return f"XXXX XXXX {last4}"


def mobile(value: object) -> str:
    """10 digits starting 6-9; a +91, 91 or 0 prefix is dropped."""
    digits = _digits(value)
    if digits.startswith("+91"):
        digits = digits[3:]
    elif len(digits) == 12 and digits.startswith("91"):
        digits = digits[2:]
    elif len(digits) == 11 and digits.startswith("0"):
        digits = digits[1:]
    if not (len(digits) == 10 and _all_digits(digits) and digits[0] in "6789"):
        raise Invalid("mobile_invalid")
    return digits


def pin(value: object) -> str:
    digits = _digits(value)
    if not (len(digits) == 6 and _all_digits(digits) and digits[0] in "12345678"):
        raise Invalid("pin_invalid")
    return digits


def is_delhi_pin(code: str) -> bool:
    return code.startswith("110")


_IFSC = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")


def ifsc(value: object) -> str:
    code = _digits(value).upper()
    if not _IFSC.match(code):
        raise Invalid("ifsc_invalid")
    return code


def bank_account(value: object) -> str:
    digits = _digits(value)
    if not (_all_digits(digits) and 9 <= len(digits) <= 18):
        raise Invalid("account_invalid")
    return digits


def whole_number(value: object, limit: int | None = None) -> int:
    if isinstance(value, bool):
        raise Invalid("not_a_number")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = str(value).strip().replace(",", "")
        if not re.fullmatch(r"-?\d+", text):
            raise Invalid("not_a_number")
        if len(text.lstrip("-").lstrip("0")) > NUMBER_DIGITS_LIMIT:
            if text.startswith("-"):
                raise Invalid("negative")
            raise Invalid("too_large", limit=limit if limit is not None else 10**15)
        number = int(text)
    if number < 0:
        raise Invalid("negative")
    if limit is not None and number > limit:
        raise Invalid("too_large", limit=limit)
    return number


def parse_date(value: object) -> date:
    """A date as YYYY-MM-DD (the JSON format) or DD/MM/YYYY / DD-MM-YYYY (as operators type)."""
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.isascii():
        try:  # the JSON format, the common case: fromisoformat is many times faster
            return date.fromisoformat(text)
        except ValueError:
            pass  # e.g. 2026-13-01, or non-digits: judged below
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
        if not m:
            raise Invalid("date_invalid")
        d, mo, y = (int(g) for g in m.groups())
    try:
        return date(y, mo, d)
    except ValueError:
        raise Invalid("date_invalid") from None


def date_of_birth(value: object, today: date) -> date:
    born = parse_date(value)
    if born > today:
        raise Invalid("date_future")
    if age_on(born, today) > MAX_AGE:
        raise Invalid("age_too_old")
    return born


def age_on(born: date, on: date) -> int:
    """Completed years on a date (a 29 February birthday counts from 1 March in other years)."""
    years = on.year - born.year
    if (on.month, on.day) < (born.month, born.day):
        years -= 1
    return years


def estimated_dob(age: int, today: date) -> date:
    """The date of birth recorded when only an age is declared: 1 July of the likely year.

    Mid-year keeps the error within six months either way, as census practice does; the record
    flags the date as estimated.
    """
    year = today.year - age
    candidate = date(year, 7, 1)
    if age_on(candidate, today) != age:
        candidate = date(year - 1, 7, 1)
    return candidate


def yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    if text in ("yes", "y", "true", "1", "हाँ", "हां"):
        return True
    if text in ("no", "n", "false", "0", "नहीं"):
        return False
    raise Invalid("not_yes_no")


def answers(value: object) -> dict[str, bool | int | str]:
    """Answers to scheme-pack questions: {"owns_four_wheeler": false, ...}."""
    if not isinstance(value, dict):
        raise Invalid("not_an_object")
    if len(value) > ANSWERS_LIMIT:
        raise Invalid("too_many_answers", limit=ANSWERS_LIMIT)
    clean: dict[str, bool | int | str] = {}
    for key, item in value.items():
        if not (isinstance(key, str) and len(key) <= ANSWER_KEY_LIMIT
                and re.fullmatch(r"[a-z_][a-z0-9_]*", key)):
            raise Invalid("unknown_key", value=key)
        if item is None:
            continue
        if not isinstance(item, bool | int | str):
            raise Invalid("not_an_answer", value=key)
        if isinstance(item, str):
            try:
                item = text(item, ANSWER_LIMIT)
            except Invalid as bad:
                if bad.code == "too_long":
                    raise Invalid("answer_too_long", value=key, limit=ANSWER_LIMIT) from None
                if bad.code == "aadhaar_in_text":
                    raise Invalid("answer_aadhaar", value=key, **bad.params) from None
                raise Invalid("answer_hidden_character", value=key,
                              character=bad.params.get("value", "")) from None
        elif not isinstance(item, bool) and abs(item) >= 10**NUMBER_DIGITS_LIMIT:
            raise Invalid("answer_too_large", value=key)
        elif not isinstance(item, bool) and _is_aadhaar(str(abs(item))):
            raise Invalid("answer_aadhaar", value=key, last4=str(abs(item))[-4:])
        clean[key] = item
    return clean
