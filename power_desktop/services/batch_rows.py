"""The rows of a batch, read from the database in chunks (plain tuples, no ORM objects), in
the column order of core.batch_format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from power_desktop.core import ids
from power_desktop.core.codes import survey_relation_code
from power_desktop.core.eligibility import Scheme
from power_desktop.core.facts import family_facts, member_facts
from power_desktop.store.models import Application, Camp, Family, Member

CHUNK = 500  # families (with their members) in memory at once


def _extra(text: str | None) -> str | None:
    if not text:
        return None
    data = json.loads(text)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) \
        if data else None


def pending_families(session: Session) -> Iterator[list[Any]]:
    """Family rows new or changed since they were last exported; the first two cells after
    the row are the family's database id and version (for marking)."""
    camps = {c.id: c.label for c in session.scalars(select(Camp))}
    f = Family.__table__.c
    query = (select(f.id, f.uuid, f.family_code, f.version, f.camp_id, f.state, f.district,
                    f.address_line, f.locality, f.pin, f.mobile, f.ration_card_number,
                    f.ration_category, f.annual_income, f.social_category, f.minority,
                    f.years_in_state, f.member_count, f.head_name, f.extra, f.created_at,
                    f.created_by, f.updated_at, f.updated_by)
             .where(f.version > f.exported_version).order_by(f.id))
    for r in session.execute(query.execution_options(yield_per=CHUNK)):
        label = camps[r.camp_id]
        yield [r.id, r.uuid, r.family_code, r.version, label, r.state, r.district,
               label.split("-")[1], r.address_line, r.locality, r.pin, r.mobile,
               r.ration_card_number, r.ration_category, r.annual_income, r.social_category,
               r.minority, r.years_in_state, r.member_count, r.head_name, _extra(r.extra),
               r.created_at, r.created_by, r.updated_at, r.updated_by]


def members_of(session: Session, family_ids: list[int]) -> Iterator[tuple[int, list[Any]]]:
    """(family database id, member row) for these families, in family then member order."""
    m = Member.__table__.c
    f = Family.__table__.c
    query = (select(m.family_id, m.uuid, m.member_no, f.uuid.label("family_uuid"),
                    f.family_code, f.version, m.name, m.name_hi, m.relation, m.gender, m.dob,
                    m.dob_estimated, m.marital_status, m.father_or_husband_name,
                    m.aadhaar_token, m.aadhaar_last4, m.mobile, m.disability_percent,
                    m.occupation, m.construction_days_last_year, m.income_tax_payer,
                    m.pregnant, m.lactating, m.delivery_date, m.school_class, m.bank_ifsc,
                    m.bank_account, m.extra)
             .join(Family.__table__, f.id == m.family_id)
             .where(m.family_id.in_(family_ids)).order_by(m.family_id, m.member_no))
    for r in session.execute(query):
        yield r.family_id, [
            r.uuid, ids.member_id(r.family_code, r.member_no), r.family_uuid, r.family_code,
            r.version, r.member_no, r.name, r.name_hi, r.relation,
            survey_relation_code(r.relation, r.marital_status), r.gender, r.dob,
            r.dob_estimated, r.marital_status, r.father_or_husband_name, r.aadhaar_token,
            r.aadhaar_last4, r.mobile, r.disability_percent, r.occupation,
            r.construction_days_last_year, r.income_tax_payer, r.pregnant, r.lactating,
            r.delivery_date, r.school_class, r.bank_ifsc, r.bank_account, _extra(r.extra)]


def pending_applications(session: Session) -> Iterator[tuple[int, int, list[Any]]]:
    """(application database id, version, row) for applications new or changed since they
    were last exported; the scheme columns are added by `scheme_values`."""
    a = Application.__table__.c
    f = Family.__table__.c
    m = Member.__table__.c
    query = (select(a.id, a.uuid, a.app_code, a.version, f.uuid.label("family_uuid"),
                    f.family_code, m.uuid.label("member_uuid"), m.member_no, a.scheme_code,
                    a.scheme_pack, a.status, a.annual_value, a.created_at, a.created_by,
                    a.family_id, a.member_id)
             .join(Family.__table__, f.id == a.family_id)
             .outerjoin(Member.__table__, m.id == a.member_id)
             .where(a.version > a.exported_version).order_by(a.id))
    for r in session.execute(query.execution_options(yield_per=CHUNK)):
        yield r.id, r.version, [
            r.uuid, r.app_code, r.version, r.family_uuid, r.family_code, r.member_uuid,
            ids.member_id(r.family_code, r.member_no) if r.member_no else None, r.scheme_code,
            r.scheme_pack, r.status, r.annual_value, r.created_at, r.created_by,
            r.family_id, r.member_id]


def scheme_values(scheme: Scheme, family_json: dict[str, Any], member_no: int | None,
                  today: date) -> dict[str, Any]:
    """The scheme's own export columns for one application ({} if it has none); a value the
    facts cannot give is left empty."""
    if not scheme.export_columns:
        return {}
    on = scheme.age_date(today)
    members = [member_facts(m, on) for m in family_json["members"]]
    ffacts = family_facts(family_json, on, members)
    mfacts = next((m for m in members if m["member_no"] == member_no),
                  next((m for m in members if m["relation"] == "head"), members[0]))
    context = {"member": mfacts, "family": ffacts, "params": scheme.params}
    out: dict[str, Any] = {}
    for column in scheme.export_columns:
        try:
            value = column["program"].execute(context)
        except (KeyError, TypeError, ValueError):
            value = None
        out[f"{scheme.code}.{column['name']}"] = value
    return out
