"""Reasons an operator reads, in English and Hindi: what agrees, and what speaks against."""

from __future__ import annotations

from dataclasses import dataclass, field

from .compare import NameAgreement, Person


@dataclass
class Explanation:
    reasons: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    reasons_hi: tuple[str, ...] = ()
    against_hi: tuple[str, ...] = ()
    _for: list[tuple[str, str]] = field(default_factory=list)
    _against: list[tuple[str, str]] = field(default_factory=list)

    def yes(self, en: str, hi: str) -> None:
        self._for.append((en, hi))

    def no(self, en: str, hi: str) -> None:
        self._against.append((en, hi))

    def done(self) -> Explanation:
        self.reasons = tuple(e for e, _ in self._for)
        self.reasons_hi = tuple(h for _, h in self._for)
        self.against = tuple(e for e, _ in self._against)
        self.against_hi = tuple(h for _, h in self._against)
        return self


def _years(a: Person, b: Person) -> int:
    return round(abs((a.dob - b.dob).days) / 365.25)


def explain(a: Person, b: Person, lv: dict[str, str], names: NameAgreement) -> Explanation:
    e = Explanation()
    pair = f"{a.name} / {b.name}"
    if lv["mobile"] == "same":
        e.yes("same mobile", "वही मोबाइल")
    dob = lv["dob"]
    if dob == "exact":
        e.yes("same date of birth", "वही जन्म तिथि")
    elif dob == "typo":
        e.yes("date of birth nearly the same (one part differs or day and month swapped)",
              "जन्म तिथि लगभग वही (एक हिस्सा अलग, या दिन और महीना उलटे)")
    elif dob == "within1":
        e.yes("born within a year", "एक साल के अंदर जन्म")
    elif dob.startswith("est_"):
        span = dob[4:]
        e.yes(f"age told, fits within {span} year{'s' if span != '1' else ''}",
              f"बताई गई आयु, {span} साल के अंदर मेल खाती है")
    if names.given == "exact" and names.rest in ("agree", "both_empty"):
        e.yes(f"same name ({pair})", f"वही नाम ({pair})")
    elif names.given in ("exact", "alike", "fuzzy", "initial"):
        e.yes(f"names alike ({pair})", f"नाम मिलते-जुलते ({pair})")
    father = lv["father"]
    if father == "exact":
        e.yes(f"same father's/husband's name ({a.father})",
              f"पिता/पति का वही नाम ({a.father})")
    elif father == "alike":
        e.yes(f"father's/husband's names alike ({a.father} / {b.father})",
              f"पिता/पति के नाम मिलते-जुलते ({a.father} / {b.father})")
    elif father == "switch":
        e.yes("father's name on one record, husband's on the other (married since)",
              "एक में पिता का नाम, दूसरे में पति का (बाद में विवाह)")
    if lv["place"] == "same":
        e.yes("same locality", "वही मोहल्ला")

    # What speaks against.
    if names.given == "differ":
        if lv.get("twin") == "yes" or dob in ("exact", "typo"):
            e.no("different first name, same birth date: twins?",
                 "पहला नाम अलग, जन्म तिथि वही: जुड़वाँ?")
        else:
            e.no(f"different first name ({pair})", f"पहला नाम अलग ({pair})")
    elif names.rest == "differ":
        e.no("other name words differ", "नाम के बाकी शब्द अलग")
    if lv["kin"] == "parent":
        e.no("one's father's/husband's name is the other's name: parent and child?",
             "एक के पिता/पति का नाम दूसरे का नाम है: माता-पिता और संतान?")
    if dob in ("differ", "within5") or (dob == "est_10"):
        years = _years(a, b)
        e.no(f"born {years} years apart", f"जन्म में {years} साल का अंतर")
    if father == "differ":
        e.no(f"different father's/husband's name ({a.father} / {b.father})",
             f"पिता/पति का नाम अलग ({a.father} / {b.father})")
    if lv["gender"] == "differ":
        e.no("different gender", "लिंग अलग")
    return e.done()
