"""The table of every fact of the Delhi pack: docs/scheme-facts.md is what the pack gives, and
the facts this issue corrected hold, each with its source and date."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from power_desktop.schemes import default_pack_dir, facts_table, load_pack

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "scheme-facts.md"
SCHEMES = load_pack(default_pack_dir("delhi"))


def test_the_document_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == facts_table.document(SCHEMES, "delhi"), \
        "docs/scheme-facts.md is not what the pack gives: run `make scheme-facts`"


def test_a_changed_fact_makes_the_document_stale(tmp_path: Path) -> None:
    folder = tmp_path / "delhi"
    shutil.copytree(default_pack_dir("delhi"), folder)
    path = folder / "bocw_registration.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "min_days = 90", "min_days = 100"), encoding="utf-8")
    changed = facts_table.document(load_pack(folder), "delhi")
    assert changed != DOC.read_text(encoding="utf-8")
    assert "(`min_days = 100`)" in changed


def test_one_row_per_fact_with_source_date_and_confirmation() -> None:
    table = facts_table.markdown(SCHEMES).splitlines()
    assert table[0] == "| scheme | fact | value | source | checked | confirmed |"
    facts = facts_table.rows(SCHEMES)
    assert len(table) == 2 + len(facts)
    assert len(facts) == sum(len(s.criteria) + 2 + len(s.notes) for s in SCHEMES)
    for line in table[2:]:
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        assert len(cells) == 6 and all(cells[:5]), line
        assert date.fromisoformat(cells[4]) >= date(2026, 1, 1)
        assert cells[5] == "yes" or cells[5].startswith("**no**: ")


def row(scheme: str, key: str) -> dict[str, object]:
    return next(r for r in facts_table.as_json(SCHEMES)
                if r["scheme"] == scheme and r["fact"] == key)


def test_the_corrected_facts_carry_their_source_and_date() -> None:
    income = row("DL-DISP", "criterion income")
    assert income["params"] == {"income_limit": 100000} and income["confirmed"]
    assert "January 2017" in str(income["source"]) and income["checked_on"] == "2026-12-01"
    assert "3 January 2025" in str(row("DL-RTE", "criterion age_for_class")["source"])
    assert row("DL-RTE", "criterion age_for_class")["params"] == {
        "cwsn_disability": 40, "cwsn_extra_years": 2}
    assert "rule 45" in str(row("DL-BOCW", "criterion age")["source"])
    assert "Electricity bill in a member's name" in str(row("DL-NFSA", "documents")["value"])
    for key in ("note window", "note minimum_age"):
        note = row("PMMVY", key)
        assert not note["confirmed"] and note["unconfirmed_hi"] and note["source_hi"]
    raise_ = row("DL-OAP", "benefit")
    assert not raise_["confirmed"] and "March 2025" in str(raise_["unconfirmed"])
    assert not row("DL-DISP", "benefit")["confirmed"]  # the rate above 60% disability
    assert row("PMMVY", "benefit")["confirmed"]  # Rs 6,000 for a second girl, now counted


def test_pipes_in_a_text_do_not_break_the_table(tmp_path: Path) -> None:
    folder = tmp_path / "delhi"
    shutil.copytree(default_pack_dir("delhi"), folder)
    path = folder / "eshram.toml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        'pass = { en = "Aged 16 to 59"', 'pass = { en = "Aged 16 | 59"'), encoding="utf-8")
    line = next(x for x in facts_table.markdown(load_pack(folder)).splitlines()
                if x.startswith("| ESHRAM | criterion age |"))
    assert "Aged 16 \\| 59" in line and line.count(" | ") == 5


def test_the_make_target_writes_the_document_whole(tmp_path: Path) -> None:
    out = tmp_path / "facts.md"
    assert facts_table.main([str(default_pack_dir("delhi")), str(out)]) == 0
    assert out.read_text(encoding="utf-8") == DOC.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.part"))
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "x.toml").write_text('code = "X1"\n', encoding="utf-8")
    assert facts_table.main([str(broken), str(tmp_path / "bad.md")]) == 1
    assert not (tmp_path / "bad.md").exists()
