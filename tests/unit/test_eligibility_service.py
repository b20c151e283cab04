"""Screening through the services: answers saved in the record, applications, the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from power_desktop.services import Services, demo
from power_desktop.services.errors import ServiceError
from power_desktop.store import db

from ..helpers import example_family

pytestmark = pytest.mark.engines  # each test on SQLite and on PostgreSQL


def widow_family() -> dict[str, object]:
    data = example_family()
    data["members"].append({"name": "Savitri Devi", "relation": "mother", "gender": "F",
                            "dob": "1950-05-01", "marital_status": "widowed"})
    return data


def test_answering_a_question_updates_the_record_and_screens_again(services: Services) -> None:
    done = services.registration.register(widow_family())
    before = services.eligibility.screen(done.family_id)
    oap = next(v for v in before.verdicts if v.code == "DL-OAP" and v.member_no == 3)
    assert oap.status == "needs_info"
    assert [q.path for q in oap.questions] == ["member.gets_other_pension"]
    after = services.eligibility.answer(done.family_id,
                                        {("member.gets_other_pension", 3): False,
                                         ("member.school_class", 2): "kg"})
    oap = next(v for v in after.verdicts if v.code == "DL-OAP" and v.member_no == 3)
    # 76, SC family: the Rs 500 SC/ST/minority addition is for ages 60-69 only
    assert oap.status == "eligible" and oap.annual_value == 2500 * 12
    family = services.registration.get(done.family_id)
    assert family.members[2].extra == {"gets_other_pension": False}
    assert family.members[1].school_class == "kg" and family.version == 2
    changes = {c["field"] for c in services.registration.history(done.family_id)[0].changes}
    assert changes == {"member 3.extra.gets_other_pension", "member 2.school_class"}
    assert after.total_annual_value >= 30000


def test_apply_refuses_saying_why_and_creates_ids(services: Services) -> None:
    done = services.registration.register(widow_family())
    with pytest.raises(ServiceError, match="Kamla Devi is not eligible for Delhi Old Age "
                                           "Pension: Under 60 years of age"):
        services.eligibility.apply(done.family_id, "DL-OAP", 1)
    with pytest.raises(ServiceError, match="needs information"):
        services.eligibility.apply(done.family_id, "DL-OAP", 3)
    with pytest.raises(ServiceError, match="say which member"):
        services.eligibility.apply(done.family_id, "DL-OAP")
    services.eligibility.answer(done.family_id, {("member.gets_other_pension", 3): False})
    app = services.eligibility.apply(done.family_id, "dl-oap", 3)
    assert app.application_id.startswith("DL-SO-C07-L2-A000001-")
    assert app.member_id == done.member_ids[2] and app.status == "created"
    with pytest.raises(ServiceError, match="already has application"):
        services.eligibility.apply(done.family_id, "DL-OAP", 3)
    more = services.eligibility.apply_all_eligible(done.family_id)
    assert "DL-OAP" not in {a.scheme_code for a in more}  # not twice
    assert {a.scheme_code for a in more} >= {"PMJAY-70"}
    listed = services.eligibility.applications(done.family_id)
    assert len(listed) == 1 + len(more)
    assert len({a.application_id for a in listed}) == len(listed)


def test_preview_counts_and_changed_limits(services: Services) -> None:
    demo.generate(services, 300, seed=11)
    base = services.eligibility.preview("DL-NFSA")
    assert base.families == 300
    wider = services.eligibility.preview("DL-NFSA", {"income_limit": 1_000_000})
    assert wider.eligible_families >= base.eligible_families
    lbase = services.eligibility.preview("DL-RTE")
    assert lbase.families == 300
    with pytest.raises(ServiceError, match="no limit named"):
        services.eligibility.preview("DL-NFSA", {"nope": 1})


def test_screening_one_family_by_one_scheme_matches_the_preview(services: Services) -> None:
    demo.generate(services, 120, seed=5)
    preview = services.eligibility.preview("PMJAY-70")
    counted = 0
    for row in services.registration.page(limit=200):
        result = services.eligibility.screen(row.family_id)
        counted += sum(1 for v in result.eligible if v.code == "PMJAY-70")
    assert preview.eligible_members == counted


def test_database_from_the_first_release_upgrades_keeping_records(tmp_path: Path) -> None:
    """A laptop running the first schema (0001) gets the newest on start, records intact."""
    from alembic import command
    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(path)
    command.upgrade(db.alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO camp (id, state, district, district_code, camp_code, device_code, "
            "start_date, scheme_pack, operator_name, is_current, next_family_seq, created_at) "
            "VALUES (1, 'DL', 'South', 'SO', 'C07', 'L2', '2026-01-10', 'delhi', 'Asha', 1, 2, "
            "'2026-01-10 05:00:00')"))
        conn.execute(text(
            "INSERT INTO family (id, uuid, family_code, lookup_key, camp_id, address_line, "
            "locality, district, state, pin, head_name, member_count, created_by, created_at, "
            "updated_by, updated_at, version) VALUES (1, 'u1', 'DL-SO-C07-L2-000001-8', "
            "'DLSOC07L20000018', 1, 'H 1', 'Sangam Vihar', 'South', 'DL', '110080', 'Kamla', 1, "
            "'Asha', '2026-01-10 05:00:00', 'Asha', '2026-01-10 05:00:00', 1)"))
        conn.execute(text(
            "INSERT INTO member (id, uuid, family_id, member_no, relation, name, gender, dob, "
            "dob_estimated) VALUES (1, 'm1', 1, 1, 'head', 'Kamla', 'F', '1960-01-01', 0)"))
    engine.dispose()
    db.migrate(db.make_engine(path))
    check = create_engine(f"sqlite:///{path}")
    with check.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            db.SCHEMA_HEAD
        assert conn.execute(text("SELECT name FROM member")).scalar() == "Kamla"
        assert conn.execute(text("SELECT next_application_seq FROM camp")).scalar() == 1
    check.dispose()


def test_preview_in_worker_processes_counts_the_same(services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from power_desktop.services import preview
    demo.generate(services, 150, seed=8)
    alone = services.eligibility.preview("DL-RTE", {"ews_income_limit": 300000})
    monkeypatch.setattr(preview, "PARALLEL_FROM", 10)
    monkeypatch.setattr(preview, "CHUNK", 20)
    seen: list[int] = []
    split = services.eligibility.preview("DL-RTE", {"ews_income_limit": 300000},
                                         progress=lambda done, total: seen.append(done) or True)
    assert split == alone and seen and seen[-1] > 0


def test_pmmvy_questions_answered_once_decide_the_second_child(services: Services) -> None:
    """Child order, the baby's sex and paid maternity leave are not on the registration form:
    asked once each, saved in the record, and a second child who is a boy is refused."""
    data = example_family()
    data["members"].append({"name": "Rekha", "relation": "daughter_in_law", "gender": "F",
                            "dob": "1998-04-01", "marital_status": "married",
                            "occupation": "none", "lactating": True})
    done = services.registration.register(data, confirm_warnings=True)
    before = services.eligibility.screen(done.family_id)
    asked = [(f.path, who) for f, who in before.questions() if who == 3]
    assert ("member.child_order", 3) in asked and ("member.baby_sex", 3) in asked
    assert len(asked) == len(set(asked))
    boy = services.eligibility.answer(done.family_id, {
        ("member.child_order", 3): 2, ("member.baby_sex", 3): "boy",
        ("member.paid_maternity_leave", 3): False})
    refused = next(v for v in boy.verdicts if v.code == "PMMVY" and v.member_no == 3)
    assert refused.status == "not_eligible"
    assert [r.en for r in refused.reasons] == [
        "Only for the first child, or a second child who is a girl (paid after the birth: "
        "apply then)"]
    assert services.registration.get(done.family_id).members[2].extra == {
        "child_order": 2, "baby_sex": "boy", "paid_maternity_leave": False}
    girl = services.eligibility.answer(done.family_id, {("member.baby_sex", 3): "girl"})
    paid = next(v for v in girl.verdicts if v.code == "PMMVY" and v.member_no == 3)
    assert paid.status == "eligible" and paid.annual_value == 6000
