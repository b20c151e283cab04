"""Finding families from whatever they can tell, and the index kept in step with edits."""

from __future__ import annotations

from pathlib import Path

import pytest

from power_desktop.services import Services

from ..helpers import example_family, open_services

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


@pytest.fixture
def families(services: Services) -> dict[str, str]:
    first = example_family()
    second = example_family()
    second["mobile"] = "9876543210"
    second["members"] = [
        {"name": "Lakshmi Bisht", "name_hi": "लक्ष्मी बिष्ट", "relation": "head", "gender": "F",
         "father_or_husband_name": "Mohan Singh Bisht", "dob": "1990-03-03",
         "aadhaar": "4991 1866 5246", "mobile": "7011223344"},
        {"name": "Mohd Salim", "relation": "spouse", "gender": "M", "age": 36}]
    return {"kamla": services.registration.register(first).family_id,
            "lakshmi": services.registration.register(second).family_id}


def names(services: Services, query: str) -> list[str]:
    return [h.name for h in services.search.search(query).hits]


@pytest.mark.parametrize(("query", "expected"), [
    ("laxmi bist", "Lakshmi Bisht"), ("Lakshmi", "Lakshmi Bisht"), ("लक्ष्मी", "Lakshmi Bisht"),
    ("लक्ष्मी बिष्ट", "Lakshmi Bisht"), ("Muhammad Saleem", "Mohd Salim"),
    ("kamla", "Kamla Devi"), ("कमला", "Kamla Devi"), ("Lak", "Lakshmi Bisht"),
])
def test_names_in_either_script_and_spelling(services: Services, families: dict[str, str],
                                             query: str, expected: str) -> None:
    assert names(services, query)[0] == expected


def test_fathers_or_husbands_name(services: Services, families: dict[str, str]) -> None:
    hits = services.search.search("Suresh Kumar").hits
    assert hits and hits[0].name == "Kamla Devi"
    assert "father's/husband's name" in hits[0].why


def test_any_four_or_more_mobile_digits(services: Services, families: dict[str, str]) -> None:
    hits = services.search.search("1223").hits  # from the middle of 7011223344
    assert [h.name for h in hits] == ["Lakshmi Bisht"] and hits[0].why == ("mobile",)
    family_mobile = services.search.search("76543").hits
    assert {h.name for h in family_mobile} == {"Lakshmi Bisht", "Mohd Salim"}
    assert services.search.search("+91 98765 43210").hits
    typed_in_hindi = services.search.search("७६५४३").hits  # a Hindi keyboard's digits
    assert {h.name for h in typed_in_hindi} == {"Lakshmi Bisht", "Mohd Salim"}


def test_aadhaar_full_by_token_and_last_four_with_name(services: Services,
                                                        families: dict[str, str]) -> None:
    hits = services.search.search("4991 1866 5246").hits
    assert [h.name for h in hits] == ["Lakshmi Bisht"] and hits[0].why == ("Aadhaar",)
    assert hits[0].aadhaar_masked == "XXXX XXXX 5246"
    with_name = services.search.search("bisht 5246").hits
    assert with_name[0].name == "Lakshmi Bisht" and "Aadhaar last four" in with_name[0].why
    assert services.search.search("4991 1866 5247").hits == ()  # mistyped: nothing


def test_ids_with_or_without_dashes_open_directly(services: Services,
                                                  families: dict[str, str]) -> None:
    family_id = families["lakshmi"]
    for typed in (family_id, family_id.replace("-", ""), family_id.lower()):
        result = services.search.search(typed)
        assert result.exact == family_id and len(result.hits) == 2
    member = services.search.search(family_id.replace("-", "") + "M02")
    assert member.exact == family_id and member.hits[0].name == "Mohd Salim"
    services.eligibility.answer(families["kamla"], {("member.school_class", 2): "kg"})
    app = services.eligibility.apply_all_eligible(families["kamla"])
    if app:
        assert services.search.search(app[0].application_id).exact == families["kamla"]


def test_index_follows_edits(services: Services, families: dict[str, str]) -> None:
    data = example_family()
    for no, member in enumerate(data["members"], start=1):
        member["member_no"] = no
    data["members"][0]["name"] = "Kamlesh Devi"
    services.registration.update(families["kamla"], data, 1)
    assert "Kamla Devi" not in names(services, "kamla ")
    assert names(services, "kamlesh")[0] == "Kamlesh Devi"


def test_nothing_for_nothing(services: Services, families: dict[str, str]) -> None:
    assert services.search.search("   ").hits == ()
    assert services.search.search("zzqx").hits == ()
    assert services.search.search("12").hits == ()


def test_a_member_added_on_edit_is_checked_too(services: Services,
                                               families: dict[str, str]) -> None:
    from power_desktop.services.duplicates import PossibleDuplicate
    lakshmi = services.registration.get(families["lakshmi"])
    data = example_family()
    for no, member in enumerate(data["members"], start=1):
        member["member_no"] = no
    data["members"].append({"name": "Laxmi Bist", "relation": "other_relative", "gender": "F",
                            "dob": "1990-03-10", "father_or_husband_name": "Mohan Bisht",
                            "mobile": "7011223344"})
    with pytest.raises(PossibleDuplicate) as dup:
        services.registration.update(families["kamla"], data, 1)
    assert dup.value.candidates[0].member_id == lakshmi.members[0].member_id
    done = services.registration.update(families["kamla"], data, 1,
                                        duplicate_decision="different people")
    assert done.version == 2


def test_a_bulk_load_cut_short_is_healed_at_the_next_start(tmp_path: Path) -> None:
    """A demo load turns FTS merging off while it runs; a power cut mid-load must not leave
    it off for good (the index would fragment and every search slow down)."""
    from power_desktop.store import search_index
    services = open_services(tmp_path)
    with services.engine.begin() as conn:
        search_index.bulk_load(conn, True)
    services.close()
    services = open_services(tmp_path)
    with services.engine.connect() as conn:
        value = conn.exec_driver_sql(
            "SELECT v FROM member_search_config WHERE k = 'automerge'").scalar()
    services.close()
    assert int(value) == search_index.AUTOMERGE_DEFAULT


def test_an_edit_leaves_no_stale_index_rows(services: Services) -> None:
    """The index keeps no text (contentless): an edit removes the old tokens it was written
    with, so the old name, father's name and mobile no longer find the member, and FTS5's
    own integrity check passes."""
    from power_desktop.services import family_mapping as fm
    done = services.registration.register(example_family())
    data = fm.view_to_input(services.registration.get(done.family_id).to_json())
    data["members"][0]["name"] = "Shabnam Bano"
    data["members"][0].pop("name_hi", None)
    data["members"][0]["father_or_husband_name"] = "Iqbal Ahmed"
    data["members"][0]["mobile"] = "9700011122"
    data["mobile"] = "9700011122"
    services.registration.update(done.family_id, data, 1)
    assert not [h for h in services.search.search("kamla").hits if h.family_id == done.family_id]
    assert not services.search.search("22233").hits
    assert [h.name for h in services.search.search("shabnam").hits] == ["Shabnam Bano"]
    assert services.search.search("iqbal ahmad").hits
    from power_desktop.store import search_index
    with services.engine.begin() as conn:
        assert search_index.check(conn) == []


def _one(name: str, father: str = "", dob: str = "1975-04-02", name_hi: str = "",
         locality: str = "Sangam Vihar") -> dict[str, object]:
    member: dict[str, object] = {"name": name, "relation": "head", "gender": "M", "dob": dob,
                                 "father_or_husband_name": father}
    if name_hi:
        member["name_hi"] = name_hi
    return {"address": {"line1": "H 1", "locality": locality, "district": "South",
                        "pin": "110080"}, "members": [member]}


@pytest.mark.parametrize(("registered", "query"), [
    ("Om Prakash Yadav", "omprakash"),  # written joined, registered split
    ("Omprakash Yadav", "om prakash"),  # and the other way round
    ("Shyam Lal", "shyamlal"),
    ("Rajesh Kumar Gupta", "R K Gupta"),  # initials
    ("Rajesh Kumar Gupta", "rk gupta"),  # initials written together
    ("Manoj Kumar Singh", "मनोज कुमार सिंह"),  # the other script
    ("Shambhu Nath", "शंभू नाथ"),
])
def test_search_uses_the_linkage_keys(services: Services, registered: str, query: str) -> None:
    done = services.registration.register(_one(registered))
    decoys = ["Rakesh Kumar Gupta", "Om Pal Yadav", "Manoj Singh", "Shambhu Dayal"]
    for n, decoy in enumerate(decoys):
        services.registration.register(_one(decoy, dob=f"19{60 + n}-01-01"),
                                       duplicate_decision="test")
    hits = services.search.search(query).hits
    assert hits and hits[0].family_id == done.family_id, [h.name for h in hits]


def test_name_with_an_age_picks_the_person(services: Services) -> None:
    """'sunita 45' among Sunitas of many ages: the one aged about 45 first."""
    today = services.clock.today()
    wanted = ""
    for age in (20, 31, 45, 58, 66):
        family = _one("Sunita Devi", dob=f"{today.year - age}-01-15")
        family["members"][0]["gender"] = "F"  # type: ignore[index]
        done = services.registration.register(family, duplicate_decision="test")
        if age == 45:
            wanted = done.family_id
    hits = services.search.search("sunita 45").hits
    assert hits[0].family_id == wanted and "age" in hits[0].why
