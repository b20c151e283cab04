"""Every field's length is limited where it is typed, and an export checks the file it wrote
before it marks anything: a cell cut short never counts as sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from power_desktop.core import validate as v
from power_desktop.core.family import parse_family
from power_desktop.services import Services
from power_desktop.services.errors import ServiceError
from power_desktop.store import workbook
from power_desktop.store.models import Family

from ..helpers import TODAY, example_family, usb


def _problems(data: dict[str, Any]) -> list[str]:
    return [f"{p.field}: {p.message()}" for p in parse_family(data, TODAY).errors]


def test_a_five_megabyte_answer_is_refused_naming_the_question() -> None:
    family = example_family()
    family["extra"] = {"note": "x" * 5_000_000}
    problems = _problems(family)
    assert problems == ["extra: The answer to 'note' is too long (at most 200 characters)."]
    member = example_family()
    member["members"][1]["extra"] = {"note": "y" * 201}
    assert _problems(member) == [
        "members[1].extra: The answer to 'note' is too long (at most 200 characters)."]


@pytest.mark.parametrize(("where", "limit"), [
    (("members", 0, "name"), 100), (("members", 0, "name_hi"), 100),
    (("members", 0, "father_or_husband_name"), 100), (("address", "line1"), 200),
    (("address", "locality"), 100), (("ration_card", "number"), 30)])
def test_every_free_text_field_has_a_limit(where: tuple[Any, ...], limit: int) -> None:
    family = example_family()
    family.setdefault("ration_card", {"number": "DL123", "category": "PHH"})
    target: Any = family
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = "क" * (limit + 1)
    problems = _problems(family)
    assert len(problems) == 1 and f"at most {limit} characters" in problems[0], problems


def test_too_many_answers_and_long_keys_are_refused() -> None:
    with pytest.raises(v.Invalid, match="too_many_answers"):
        v.answers({f"q{i}": True for i in range(v.ANSWERS_LIMIT + 1)})
    with pytest.raises(v.Invalid, match="unknown_key"):
        v.answers({"k" * (v.ANSWER_KEY_LIMIT + 1): True})
    with pytest.raises(v.Invalid, match="answer_too_large"):
        v.answers({"n": 10**40})


def test_echoed_values_are_clipped() -> None:
    family = example_family()
    family["address"]["district"] = "Q" * 100_000
    problems = parse_family(family, TODAY).errors
    assert problems and all(len(p.message()) < 1000 for p in problems)


@given(st.text(max_size=300))
def test_answers_never_keep_a_text_longer_than_the_limit(text: str) -> None:
    try:
        kept = v.answers({"q": text})
    except v.Invalid as bad:
        assert bad.code in ("answer_too_long", "answer_hidden_character")
        return
    assert len(str(kept.get("q", ""))) <= v.ANSWER_LIMIT


def test_an_export_whose_file_reads_back_differently_marks_nothing(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services.registration.register(example_family())
    real = workbook.BatchWriter.row

    def cut(self: Any, sheet: str, cells: list[Any]) -> None:  # a writer that cuts cells short
        real(self, sheet, [c[:5] if isinstance(c, str) else c for c in cells])

    monkeypatch.setattr(workbook.BatchWriter, "row", cut)
    drive = usb(tmp_path / "usb")
    with pytest.raises(ServiceError, match="failed its check after writing"):
        services.export.export(drive)
    assert list(drive.iterdir()) == []
    assert services.export.pending_count() == 1
    with services.sessions() as session:
        assert session.query(Family).one().exported_version == 0
