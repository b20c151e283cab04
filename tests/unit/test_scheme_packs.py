"""Scheme packs: a new scheme is a data file alone; a broken pack is refused, saying where."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from power_desktop.core.eligibility import screen
from power_desktop.schemes import PackError, default_pack_dir, load_pack

NEW_SCHEME = '''
code = "DL-TEST"
level = "member"
checked_on = 2026-11-01
source = "test"
name = { en = "Bicycle for students", hi = "विद्यार्थियों के लिए साइकिल" }
description = { en = "A bicycle for girls in Class 9", hi = "कक्षा 9 की छात्राओं को साइकिल" }
documents = [{ en = "School ID card", hi = "स्कूल पहचान पत्र" }]

[params]
income_limit = 200000

[benefit]
amount = 4000
period = "once"
text = { en = "A bicycle worth Rs 4,000", hi = "4,000 रु की साइकिल" }
source = "Education department order 12/2026"
checked_on = 2026-11-01

[[criteria]]
id = "girl_in_class_9"
rule = "member.gender == 'F' && member.school_class == '9'"
pass = { en = "A girl in Class 9", hi = "कक्षा 9 की छात्रा" }
fail = { en = "Only for girls in Class 9", hi = "केवल कक्षा 9 की छात्राओं के लिए" }
source = "Education department order 12/2026"
checked_on = 2026-11-01

[[criteria]]
id = "income"
rule = "family.annual_income <= params.income_limit"
pass = { en = "Income up to Rs 2 lakh", hi = "आय 2 लाख तक" }
fail = { en = "Income above Rs 2 lakh", hi = "आय 2 लाख से अधिक" }
source = { en = "News report, November 2026", hi = "समाचार, नवंबर 2026" }
checked_on = 2026-11-20
unconfirmed = { en = "The limit is from a news report", hi = "2 लाख की सीमा एक समाचार से है" }
'''


def copy_pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(default_pack_dir("delhi"), folder)
    return folder


def family(school_class: str) -> dict[str, object]:
    return {"address": {"state": "DL", "district": "South"}, "annual_income": 90000,
            "ration_card": {}, "members": [
                {"member_no": 1, "name": "Asha", "relation": "head", "gender": "F",
                 "dob": "1985-01-01"},
                {"member_no": 2, "name": "Rani", "relation": "daughter", "gender": "F",
                 "dob": "2012-05-05", "school_class": school_class}]}


def test_a_new_scheme_is_a_data_file_alone(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "bicycle.toml").write_text(NEW_SCHEME, encoding="utf-8")
    schemes = load_pack(folder)
    assert "DL-TEST" in {s.code for s in schemes}
    result = screen(schemes, family("9"), date(2026, 11, 27))
    rani = next(v for v in result.verdicts if v.code == "DL-TEST" and v.member_no == 2)
    assert rani.status == "eligible" and rani.annual_value == 4000
    other = screen(schemes, family("8"), date(2026, 11, 27))
    assert next(v for v in other.verdicts if v.code == "DL-TEST" and v.member_no == 2
                ).status == "not_eligible"


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.replace("member.gender == 'F'", "member.gender = 'F'"),
     "bicycle.toml: DL-TEST: criterion 'girl_in_class_9': cannot read"),
    (lambda s: s.replace("member.school_class", "member.standard"),
     "bicycle.toml: DL-TEST: criterion 'girl_in_class_9': 'member.standard' is not a known fact"),
    (lambda s: s.replace(', hi = "कक्षा 9 की छात्रा"', ""),
     "bicycle.toml: DL-TEST: 'pass' needs both languages"),
    (lambda s: s.replace("params.income_limit", "params.limit"),
     "bicycle.toml: DL-TEST: criterion 'income': 'params.limit' is not defined in [params]"),
    (lambda s: s.replace("member.school_class == '9'", "member.school_class > 8"),
     "bicycle.toml: DL-TEST: criterion 'girl_in_class_9': the rule compares values of "
     "different kinds"),
    (lambda s: s.replace('period = "once"', 'period = "weekly"'),
     "bicycle.toml: DL-TEST: [benefit] 'period' must be one of once, month, year"),
    (lambda s: s.replace('code = "DL-TEST"', 'code = "DL-OAP"'),
     "old_age_pension.toml: DL-OAP: the code DL-OAP is also used by bicycle.toml"),
    (lambda s: s.replace("checked_on = 2026-11-01", ""),
     "bicycle.toml: DL-TEST: 'checked_on' must be the date"),
    (lambda s: s.replace("[[criteria]]", "[[criteria", 1), "bicycle.toml: not valid TOML"),
    (lambda s: s + '[[form.sections]]\ntitle = { en = "A", hi = "अ" }\nfields = ["member.shoe"]\n',
     "bicycle.toml: DL-TEST: form section 1: 'member.shoe' is not a field a form can print"),
    (lambda s: s + '[[export.columns]]\nname = "x"\nvalue = "member.age +"\n',
     "bicycle.toml: DL-TEST: export column 'x': cannot read"),
])
def test_a_broken_pack_is_refused_naming_file_scheme_and_problem(
        tmp_path: Path, change: object, message: str) -> None:
    folder = copy_pack(tmp_path)
    (folder / "bicycle.toml").write_text(change(NEW_SCHEME), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(PackError) as refused:
        load_pack(folder)
    assert any(p.startswith(message) for p in refused.value.problems), refused.value.problems


@pytest.mark.parametrize(("change", "message"), [
    (lambda s: s.replace('source = "Education department order 12/2026"\nchecked_on = 2026-11-01'
                         '\n\n[[criteria]]\nid = "income"', '\n[[criteria]]\nid = "income"'),
     "bicycle.toml: DL-TEST: criterion 'girl_in_class_9': 'source' must say where"),
    (lambda s: s.replace("checked_on = 2026-11-20\n", ""),
     "bicycle.toml: DL-TEST: criterion 'income': 'checked_on' must be the date"),
    (lambda s: s.replace(', hi = "समाचार, नवंबर 2026"', ""),
     "bicycle.toml: DL-TEST: criterion 'income': 'source' needs both languages"),
    (lambda s: s.replace('{ en = "News report, November 2026", hi = "समाचार, नवंबर 2026" }',
                         '"News report"'),
     "bicycle.toml: DL-TEST: criterion 'income': an unconfirmed fact is shown to operators, so "
     "its 'source' needs both languages"),
    (lambda s: s.replace('source = "Education department order 12/2026"\nchecked_on = 2026-11-01'
                         '\n\n[[criteria]]\nid = "girl', '\n[[criteria]]\nid = "girl'),
     "bicycle.toml: DL-TEST: [benefit]: 'source' must say where"),
    (lambda s: s.replace('documents =', 'unconfirmed = [{ en = "x", hi = "क" }]\ndocuments ='),
     "bicycle.toml: DL-TEST: 'unconfirmed' now belongs to the fact it is about"),
    (lambda s: s.replace(', hi = "2 लाख की सीमा एक समाचार से है"', ""),
     "bicycle.toml: DL-TEST: criterion 'income': 'unconfirmed' says what is in doubt, in both "
     "languages"),
    (lambda s: s + '[[notes]]\nid = "Window"\ntext = { en = "x", hi = "क" }\nsource = "s"\n'
                   'checked_on = 2026-11-01\n',
     "bicycle.toml: DL-TEST: note 1: 'id' must be a lower-case name"),
    (lambda s: s + '[[notes]]\nid = "window"\ntext = { en = "x", hi = "क" }\nsource = "s"\n',
     "bicycle.toml: DL-TEST: note 'window': 'checked_on' must be the date"),
    (lambda s: s + '[[notes]]\nid = "window"\ntext = { en = "x", hi = "क" }\nsource = "s"\n'
                   'checked_on = 2026-11-01\nconfirmed = false\n',
     "bicycle.toml: DL-TEST: note 'window': unknown key 'confirmed'"),
])
def test_every_fact_must_say_where_it_comes_from(tmp_path: Path, change: object,
                                                 message: str) -> None:
    folder = copy_pack(tmp_path)
    (folder / "bicycle.toml").write_text(change(NEW_SCHEME), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(PackError) as refused:
        load_pack(folder)
    assert any(p.startswith(message) for p in refused.value.problems), refused.value.problems


def test_each_fact_keeps_its_own_source_date_and_doubt(tmp_path: Path) -> None:
    folder = copy_pack(tmp_path)
    (folder / "bicycle.toml").write_text(NEW_SCHEME, encoding="utf-8")
    scheme = next(s for s in load_pack(folder) if s.code == "DL-TEST")
    girl, income = scheme.criteria
    assert girl.origin.confirmed and girl.origin.checked_on == date(2026, 11, 1)
    assert not income.origin.confirmed and income.origin.checked_on == date(2026, 11, 20)
    assert income.origin.source.hi == "समाचार, नवंबर 2026"
    assert income.origin.doubt is not None and income.origin.doubt.hi.startswith("2 लाख")
    assert [f.key for f in scheme.unconfirmed] == ["criterion income"]
    facts = {f.key: f for f in scheme.facts}
    assert list(facts) == ["criterion girl_in_class_9", "criterion income", "benefit",
                           "documents"]
    assert facts["criterion income"].params == (("income_limit", 200000),)
    assert facts["documents"].value.en == "School ID card"


def test_missing_folder_and_empty_pack(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="no such folder"):
        load_pack(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(PackError, match="no scheme files"):
        load_pack(tmp_path / "empty")


def test_the_delhi_pack_flags_unconfirmed_facts() -> None:
    """Each still-unconfirmed fact of the Delhi pack, flagged on the fact it is about."""
    schemes = {s.code: s for s in load_pack(default_pack_dir("delhi"))}
    flagged = {(s.code, f.key) for s in schemes.values() for f in s.unconfirmed}
    assert {("DL-OAP", "benefit"),  # the raises announced in March 2025
            ("DL-DISP", "benefit"),  # the rate above 60% disability
            ("PMMVY", "note window"), ("PMMVY", "note minimum_age")} <= flagged
    # Confirmed since: the disability pension's Rs 1,00,000 limit, PMMVY's Rs 6,000.
    assert not any(code == "DL-DISP" and key.startswith("criterion") for code, key in flagged)
    assert ("PMMVY", "benefit") not in flagged
    assert not schemes["PMJAY-70"].unconfirmed
    for code, key in flagged:
        fact = next(f for f in schemes[code].unconfirmed if f.key == key)
        assert fact.origin.doubt and fact.origin.doubt.hi and fact.origin.source.hi


def test_forms_come_from_the_pack_default_or_the_scheme() -> None:
    schemes = {s.code: s for s in load_pack(default_pack_dir("delhi"))}
    assert schemes["DL-WDP"].form["sections"][0]["title"].en == "Applicant"
    assert schemes["DL-RTE"].form["sections"][0]["title"].en == "Child"
    assert schemes["DL-OAP"].form["aadhaar_full"] and not schemes["DL-WDP"].form["aadhaar_full"]
    assert "extra.owns_four_wheeler" in schemes["DL-NFSA"].form["sections"][1]["fields"]


def test_a_key_that_toml_puts_inside_the_last_criterion_is_caught(tmp_path: Path) -> None:
    """`documents = [...]` written after [[criteria]] silently belongs to that criterion."""
    folder = copy_pack(tmp_path)
    misplaced = NEW_SCHEME.replace(
        'documents = [{ en = "School ID card", hi = "स्कूल पहचान पत्र" }]\n', "") + \
        'documents = [{ en = "School ID card", hi = "स्कूल पहचान पत्र" }]\n'
    (folder / "bicycle.toml").write_text(misplaced, encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(folder)
    message = str(caught.value)
    assert "criterion 'income': unknown key 'documents'" in message
    assert "'documents' is missing" in message


def test_every_delhi_scheme_lists_its_documents() -> None:
    for scheme in load_pack(default_pack_dir("delhi")):
        assert scheme.documents, scheme.code
        assert scheme.form["declaration"].hi and scheme.form["submit_to"].en


def test_the_guide_s_whole_scheme_example_is_a_valid_scheme(tmp_path: Path) -> None:
    guide = (Path(__file__).resolve().parents[2] / "docs" / "scheme-packs.md").read_text(
        encoding="utf-8")
    example = guide.split("## Adding a scheme")[1].split("```toml\n")[1].split("```")[0]
    folder = copy_pack(tmp_path)
    (folder / "bicycle.toml").write_text(example.replace(
        'description = { en = "...", hi = "..." }', 'description = { en = "A", hi = "अ" }'),
        encoding="utf-8")
    scheme = next(s for s in load_pack(folder) if s.code == "DL-TEST")
    assert [f.key for f in scheme.unconfirmed] == ["note delivery"]
    assert scheme.documents[0].en == "School admission slip"
