"""Moving a family between its typed form (core.family), the tables and the views."""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from power_desktop.core import ids
from power_desktop.core.family import FamilyInput, MemberInput
from power_desktop.core.validate import age_on, mask_aadhaar
from power_desktop.store.models import Family, Member
from power_desktop.store.vault import Vault

from .results import FamilyView, MemberView

FAMILY_FIELDS = ("mobile", "annual_income", "social_category", "minority", "years_in_state",
                 "ration_card_number", "ration_category")
MEMBER_FIELDS = ("name", "name_hi", "relation", "gender", "father_or_husband_name", "dob",
                 "dob_estimated", "marital_status", "mobile", "disability_percent", "occupation",
                 "construction_days_last_year", "income_tax_payer", "pregnant", "lactating",
                 "delivery_date", "school_class", "bank_ifsc", "bank_account")


def family_columns(data: FamilyInput) -> dict[str, Any]:
    """Column values of the family table that come from what was typed."""
    a = data.address
    cols: dict[str, Any] = {"address_line": a.line1, "locality": a.locality,
                            "district": a.district, "state": a.state, "pin": a.pin,
                            "head_name": data.head.name, "member_count": len(data.members)}
    cols.update({name: getattr(data, name) for name in FAMILY_FIELDS})
    cols["extra"] = _dump_extra(data.extra)
    return cols


def _dump_extra(extra: dict[str, Any]) -> str | None:
    return json.dumps(extra, sort_keys=True, ensure_ascii=False) if extra else None


def _load_extra(text: str | None) -> dict[str, Any]:
    return dict(json.loads(text)) if text else {}


def member_columns(data: MemberInput, member_uuid: str, vault: Vault) -> dict[str, Any]:
    """Column values of the member table; the Aadhaar number goes in sealed, never clear."""
    cols = {name: (getattr(data, name) if getattr(data, name) != "" else None)
            for name in MEMBER_FIELDS}
    cols["extra"] = _dump_extra(data.extra)
    if data.aadhaar:
        sealed = vault.seal_aadhaar(data.aadhaar, member_uuid)
        cols.update(aadhaar_cipher=sealed.cipher, aadhaar_token=sealed.token,
                    aadhaar_last4=sealed.last4)
    return cols


def apply_family(row: Family, data: FamilyInput) -> None:
    for name, value in family_columns(data).items():
        setattr(row, name, value)


def apply_member(row: Member, data: MemberInput, vault: Vault) -> None:
    for name, value in member_columns(data, row.uuid, vault).items():
        setattr(row, name, value)


def new_member(data: MemberInput, member_no: int, vault: Vault) -> Member:
    row = Member(uuid=str(uuid.uuid4()), member_no=member_no)
    apply_member(row, data, vault)
    return row


def member_view(family_code: str, m: Member, today: date) -> MemberView:
    return MemberView(
        member_id=ids.member_id(family_code, m.member_no), uuid=m.uuid, member_no=m.member_no,
        name=m.name, name_hi=m.name_hi or "", relation=m.relation, gender=m.gender,
        father_or_husband_name=m.father_or_husband_name or "", dob=m.dob,
        dob_estimated=m.dob_estimated, age=age_on(m.dob, today),
        marital_status=m.marital_status,
        aadhaar_masked=mask_aadhaar(m.aadhaar_last4) if m.aadhaar_last4 else None,
        mobile=m.mobile, disability_percent=m.disability_percent, occupation=m.occupation,
        construction_days_last_year=m.construction_days_last_year,
        income_tax_payer=m.income_tax_payer, pregnant=m.pregnant, lactating=m.lactating,
        delivery_date=m.delivery_date, school_class=m.school_class, bank_ifsc=m.bank_ifsc,
        bank_account=m.bank_account, extra=_load_extra(m.extra),
    )


def family_view(f: Family, camp_label: str, today: date) -> FamilyView:
    return FamilyView(
        family_id=f.family_code, uuid=f.uuid, camp=camp_label,
        address={"line1": f.address_line, "locality": f.locality, "district": f.district,
                 "state": f.state, "pin": f.pin},
        mobile=f.mobile, annual_income=f.annual_income, social_category=f.social_category,
        minority=f.minority, years_in_state=f.years_in_state,
        ration_card={"number": f.ration_card_number, "category": f.ration_category},
        created_by=f.created_by, created_at=f.created_at, updated_by=f.updated_by,
        updated_at=f.updated_at, version=f.version, extra=_load_extra(f.extra),
        members=tuple(member_view(f.family_code, m, today) for m in f.members),
    )


def flatten(view_json: dict[str, Any]) -> dict[str, Any]:
    """Field path -> value, members keyed by member number, for listing what an edit changed."""
    flat: dict[str, Any] = {}
    for key in ("mobile", "annual_income", "social_category", "minority", "years_in_state"):
        flat[key] = view_json[key]
    for key, value in view_json["address"].items():
        flat[f"address.{key}"] = value
    for key, value in view_json["ration_card"].items():
        flat[f"ration_card.{key}"] = value
    for key, value in (view_json.get("extra") or {}).items():
        flat[f"extra.{key}"] = value
    for m in view_json["members"]:
        tag = f"member {m['member_no']}"
        for key, value in m.items():
            if key in ("member_id", "uuid", "member_no", "age"):
                continue
            if key in ("bank", "extra"):
                for bkey, bvalue in (value or {}).items():
                    flat[f"{tag}.{key}.{bkey}"] = bvalue
            else:
                flat[f"{tag}.{key}"] = value
    return flat


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    a, b = flatten(old), flatten(new)
    return [{"field": k, "old": a.get(k), "new": b.get(k)}
            for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


def view_to_input(view: dict[str, Any]) -> dict[str, Any]:
    """A FamilyView's JSON turned back into the family JSON format for an update."""
    data = {k: view[k] for k in ("mobile", "annual_income", "social_category", "minority",
                                 "years_in_state", "extra") if view.get(k) not in (None, {})}
    data["address"] = view["address"]
    if any(view["ration_card"].values()):
        data["ration_card"] = {k: v for k, v in view["ration_card"].items() if v is not None}
    members = []
    for m in view["members"]:
        member = {k: m[k] for k in ("name", "name_hi", "relation", "gender",
                                    "father_or_husband_name", "dob", "dob_estimated",
                                    "marital_status", "mobile", "disability_percent",
                                    "occupation", "construction_days_last_year",
                                    "income_tax_payer", "pregnant", "lactating", "delivery_date",
                                    "school_class", "member_no", "extra")
                  if m.get(k) not in (None, "", {})}
        bank = {k: v for k, v in (m.get("bank") or {}).items() if v}
        if bank:
            member["bank"] = bank
        members.append(member)
    data["members"] = members
    return data


def new_version(session: Any, row: Family, before: dict[str, Any], changes: list[Any],
                operator: str, now: Any) -> None:
    """Keep the family as it was (its history) and count a new version of it."""
    from power_desktop.store.models import FamilyVersion
    session.add(FamilyVersion(
        family_id=row.id, version=row.version,
        snapshot=json.dumps(before, ensure_ascii=False, default=str),
        changes=json.dumps(changes, ensure_ascii=False, default=str),
        changed_by=operator, changed_at=now))
    row.version += 1
    row.updated_by, row.updated_at = operator, now
