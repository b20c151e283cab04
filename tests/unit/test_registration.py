"""Registering, editing with history, listing by pages, camps."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from power_desktop.core import ids
from power_desktop.services import Services, demo
from power_desktop.services.camp import CampSetup
from power_desktop.services.errors import (
    InvalidFamily,
    NotFound,
    NotSetUp,
    ServiceError,
    StaleRecord,
)
from power_desktop.services.results import Change
from power_desktop.store.models import AuditEntry, Family, Member

from ..helpers import example_family, open_services

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def test_register_then_read_back(services: Services) -> None:
    done = services.registration.register(example_family())
    assert done.family_id == ids.family_id("DL", "SO", "C07", "L2", 1)
    family = services.registration.get(done.family_id)
    assert family.version == 1 and family.created_by == "Asha"
    head, child = family.members
    assert head.aadhaar_masked == "XXXX XXXX 2346"
    assert head.name_hi == "कमला देवी" and head.bank_ifsc == "SBIN0001234"
    assert child.member_id == done.member_ids[1] and child.dob_estimated
    text = json.dumps(family.to_json(), ensure_ascii=False)
    assert "234123412346" not in text and "XXXX XXXX 2346" in text


def test_lookup_with_or_without_dashes(services: Services) -> None:
    done = services.registration.register(example_family())
    assert services.registration.get(done.family_id.replace("-", "").lower()).uuid == done.uuid
    with pytest.raises(NotFound, match="mistyped"):
        services.registration.get(done.family_id[:-1] + ("A" if done.family_id[-1] != "A" else "B"))


def test_sequence_counts_up_and_invalid_family_writes_nothing(services: Services) -> None:
    first = services.registration.register(example_family())
    bad = example_family()
    bad["members"][0]["aadhaar"] = "2341 2341 2345"
    with pytest.raises(InvalidFamily) as refused:
        services.registration.register(bad)
    assert "Member 1" in str(refused.value) and "Aadhaar" in str(refused.value)
    second = services.registration.register(example_family(1), duplicate_decision="test")
    assert ids.parse_family_id(first.family_id).seq == 1
    assert ids.parse_family_id(second.family_id).seq == 2
    assert services.registration.count() == 2
    with services.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 4


def test_warnings_need_confirmation(services: Services) -> None:
    data = example_family()
    data["members"][1].update(relation="spouse", gender="M", age=15, marital_status="married")
    with pytest.raises(InvalidFamily) as refused:
        services.registration.register(data)
    assert refused.value.needs_confirmation
    assert services.registration.count() == 0
    done = services.registration.register(data, confirm_warnings=True)
    assert [w.code for w in done.warnings] == ["married_minor", "young_spouse"] or \
        {w.code for w in done.warnings} == {"married_minor", "young_spouse"}


def test_edit_keeps_history_and_stored_aadhaar(services: Services) -> None:
    done = services.registration.register(example_family())
    data = example_family()
    for no, member in enumerate(data["members"], start=1):
        member["member_no"] = no
    del data["members"][0]["aadhaar"]  # not retyped: keep the stored number
    data["mobile"] = "9999988888"
    data["members"][1]["name"] = "Pooja"
    data["members"].append({"name": "Sonu", "relation": "son", "gender": "M", "age": 9})
    edited = services.registration.update(done.family_id, data, expected_version=1)
    assert edited.version == 2
    family = services.registration.get(done.family_id)
    assert family.members[0].aadhaar_masked == "XXXX XXXX 2346"
    assert [m.member_no for m in family.members] == [1, 2, 3]
    assert family.members[1].uuid == services.registration.get(done.family_id).members[1].uuid
    history = services.registration.history(done.family_id)
    assert len(history) == 1 and history[0].version == 1 and history[0].changed_by == "Asha"
    changed = {c["field"]: (c["old"], c["new"]) for c in history[0].changes}
    assert changed["mobile"] == ("9811122233", "9999988888")
    assert changed["member 2.name"] == ("Pooja Kumari", "Pooja")
    assert changed["member 3.name"] == (None, "Sonu")
    with pytest.raises(StaleRecord, match="changed by Asha"):
        services.registration.update(done.family_id, data, expected_version=1)


def test_edit_without_changes_adds_no_version(services: Services) -> None:
    done = services.registration.register(example_family())
    data = example_family()
    for no, member in enumerate(data["members"], start=1):
        member["member_no"] = no
    family = services.registration.get(done.family_id)
    data["members"][1]["dob"] = family.members[1].dob.isoformat()
    data["members"][1]["dob_estimated"] = True
    del data["members"][1]["age"]
    assert services.registration.update(done.family_id, data, 1).version == 1
    assert services.registration.history(done.family_id) == []


def test_removed_member_is_kept_in_history(services: Services) -> None:
    done = services.registration.register(example_family())
    data = example_family()
    data["members"] = data["members"][:1]
    data["members"][0]["member_no"] = 1
    services.registration.update(done.family_id, data, 1)
    assert len(services.registration.get(done.family_id).members) == 1
    changes = services.registration.history(done.family_id)[0].changes
    assert {"field": "member 2.name", "old": "Pooja Kumari", "new": None} in changes


def test_audit_entries_written_with_masked_details(services: Services) -> None:
    services.registration.register(example_family())
    with services.sessions() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["account.create", "accounts.sealed", "camp.setup",
                                           "family.register"]
    assert entries[3].operator == "Asha" and entries[3].device == "DL-SO-C07-L2"
    assert all("234123412346" not in (e.detail or "") for e in entries)


def test_change_notice_after_each_write(services: Services) -> None:
    seen: list[Change] = []
    services.subscribe(seen.append)
    done = services.registration.register(example_family())
    assert seen == [Change("family", (done.family_id,), "registered")]


def test_no_camp_no_registration(data_dir: Path) -> None:
    services = open_services(data_dir, with_camp=False)
    with pytest.raises(NotSetUp):
        services.registration.register(example_family())
    services.close()


def test_next_camp_keeps_earlier_records_and_ids(services: Services) -> None:
    first = services.registration.register(example_family())
    camp = services.camp.setup(CampSetup("DL", "North", "C08", "L2", "Ravi",
                                         start_date=date(2026, 12, 1)))
    second = services.registration.register(example_family(1), duplicate_decision="test")
    assert second.family_id.startswith("DL-NO-C08-L2-000001-")
    assert services.registration.get(first.family_id).camp == "DL-SO-C07-L2"
    assert services.registration.get(second.family_id).camp == camp.label
    camps = services.camp.all()
    assert len(camps) == 2 and camps[0].end_date is not None and camps[1].end_date is None
    services.camp.setup(CampSetup("DL", "South", "C07", "L2", "Asha"))  # back to the first camp
    third = services.registration.register(example_family(2), duplicate_decision="test")
    assert ids.parse_family_id(third.family_id).seq == 2


@pytest.mark.parametrize(("field", "value", "message"), [
    ("district", "Gurgaon", "not a district"), ("camp_code", "C-07!", "Camp code"),
    ("device_code", "", "Device code"), ("operator_name", " ", "Operator name"),
    ("state", "XX", "no scheme pack")])
def test_camp_setup_refuses_bad_input(services: Services, field: str, value: str,
                                      message: str) -> None:
    values = {"state": "DL", "district": "South", "camp_code": "C09", "device_code": "L1",
              "operator_name": "Asha"} | {field: value}
    with pytest.raises(ServiceError, match=message):
        services.camp.setup(CampSetup(**values))


def test_pages_by_keyset_cover_everything_once(services: Services) -> None:
    demo.generate(services, 450, seed=7)
    for sort in ("created", "district"):
        for descending in (True, False):
            seen: list[str] = []
            after = None
            while True:
                page = services.registration.page(sort, descending, after, 100)  # type: ignore[arg-type]
                if not page:
                    break
                seen.extend(r.family_id for r in page)
                after = services.registration.sort_key(page[-1], sort)  # type: ignore[arg-type]
            assert len(seen) == len(set(seen)) == 450
    districts = [r.district for r in services.registration.page("district", False, None, 450)]
    assert districts == sorted(districts)


def test_demo_families_are_valid_and_realistic(services: Services) -> None:
    assert demo.generate(services, 60, seed=3) == 60
    with services.sessions() as session:
        codes = session.scalars(select(Family.family_code)).all()
        aadhaar = session.scalars(select(Member.aadhaar_last4)
                                  .where(Member.aadhaar_last4.is_not(None))).all()
    assert len(set(codes)) == 60 and len(aadhaar) > 60
    for code in codes[:20]:
        view = services.registration.get(code)
        data = view.to_json()
        heads = [m for m in data["members"] if m["relation"] == "head"]
        assert len(heads) == 1 and heads[0]["age"] >= 18
        assert data["address"]["pin"].startswith("110")
        assert any(m["name_hi"] for m in data["members"])


def test_a_duplicate_check_made_while_typing_serves_the_save(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The save reuses the answer of a check on the same people when nothing was written
    since; any write in between (an audit entry) makes it ask the index again."""
    from power_desktop.store import search_index
    services = open_services(tmp_path)
    services.registration.register(example_family())
    asked: list[str] = []
    real = search_index.blocked
    monkeypatch.setattr(search_index, "blocked",
                        lambda *a, **k: asked.append(a) or real(*a, **k))  # type: ignore
    other = example_family()
    other["members"] = other["members"][1:]
    other["members"][0]["relation"] = "head"
    first = services.duplicates.check(other)
    once = len(asked)  # one blocking query for each typed member
    assert once == len(other["members"]) and first
    assert services.duplicates.check(other) == first and len(asked) == once  # kept
    services.registration.register(other, confirm_warnings=True,
                                   duplicate_decision="different person")
    assert len(asked) == once  # the save reused it
    services.duplicates.check(other)
    assert len(asked) == 2 * once  # the save wrote: asked again
    services.close()


def test_demo_load_leaves_every_connection_flushing_each_commit(tmp_path: Path) -> None:
    """The demo load commits without waiting for the disk, with a large page cache; typed
    families never do, and the cache goes back to SQLite's default."""
    services = open_services(tmp_path)
    demo.generate(services, 5, seed=3)
    for _ in range(3):  # whichever pooled connection comes next
        with services.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
    services.close()
