"""Counting who qualifies for one scheme across every registered family, quickly.

The screen for one family collects every reason; a count over 200,000 families needs only the
verdict, so the scheme's criteria are joined into one CEL program (`(c1) && (c2) && ...`),
which CEL evaluates once per member, and facts are built straight from table rows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

import cel
from sqlalchemy import select

from power_desktop.core.eligibility import Scheme, context_for
from power_desktop.core.facts import family_facts, member_facts
from power_desktop.store.models import Family, Member

if TYPE_CHECKING:
    from .context import Services
    from .eligibility import Preview

CHUNK = 5000
MEMBER_COLUMNS = ("family_id", "member_no", "name", "relation", "gender", "dob",
                  "marital_status", "disability_percent", "occupation",
                  "construction_days_last_year", "income_tax_payer", "pregnant", "lactating",
                  "school_class", "aadhaar_last4", "bank_account", "extra")
FAMILY_COLUMNS = ("id", "state", "district", "annual_income", "social_category", "minority",
                  "years_in_state", "ration_category", "extra")


def _family_json(f: Any, members: list[Any]) -> dict[str, Any]:
    import json
    return {
        "address": {"state": f.state, "district": f.district},
        "annual_income": f.annual_income, "social_category": f.social_category,
        "minority": f.minority, "years_in_state": f.years_in_state,
        "ration_card": {"category": f.ration_category},
        "extra": json.loads(f.extra) if f.extra else {},
        "members": [{
            "member_no": m.member_no, "name": m.name, "relation": m.relation,
            "gender": m.gender, "dob": m.dob, "marital_status": m.marital_status,
            "disability_percent": m.disability_percent, "occupation": m.occupation,
            "construction_days_last_year": m.construction_days_last_year,
            "income_tax_payer": m.income_tax_payer, "pregnant": m.pregnant,
            "lactating": m.lactating, "school_class": m.school_class,
            "aadhaar": m.aadhaar_last4, "bank": {"account": m.bank_account},
            "extra": json.loads(m.extra) if m.extra else {},
        } for m in members],
    }


def count_eligible(services: Services, scheme: Scheme,
                   progress: Callable[[int, int], bool] | None = None) -> Preview:
    from .eligibility import Preview
    program = cel.compile(" && ".join(f"({c.rule.strip()})" for c in scheme.criteria))
    on = scheme.age_date(services.clock.today())
    families = eligible_families = eligible_members = needs_info = 0
    fcols = [getattr(Family, c) for c in FAMILY_COLUMNS]
    mcols = [getattr(Member, c) for c in MEMBER_COLUMNS]
    with services.sessions() as session:
        total = session.scalar(select(Family.id).order_by(Family.id.desc()).limit(1)) or 0
        last = 0
        while True:
            frows = session.execute(select(*fcols).where(Family.id > last)
                                    .order_by(Family.id).limit(CHUNK)).all()
            if not frows:
                break
            first, last = frows[0].id, frows[-1].id
            by_family: dict[int, list[Any]] = {}
            for m in session.execute(select(*mcols).where(Member.family_id.between(first, last))
                                     .order_by(Member.family_id, Member.member_no)):
                by_family.setdefault(m.family_id, []).append(m)
            for f in frows:
                members = by_family.get(f.id, [])
                if not members:
                    continue
                families += 1
                verdicts = _verdicts(program, scheme, _family_json(f, members), on)
                if True in verdicts:
                    eligible_families += 1
                    eligible_members += verdicts.count(True)
                needs_info += verdicts.count(None)
            if progress is not None and progress(last, total) is False:
                break
    return Preview(scheme.code, families, eligible_families, eligible_members, needs_info)


def _verdicts(program: Any, scheme: Scheme, family: dict[str, Any], on: date) -> list[
        bool | None]:
    members = [member_facts(m, on) for m in family["members"]]
    ffacts = family_facts(family, on, members)
    if scheme.level == "family":
        members = [next((m for m in members if m["relation"] == "head"), members[0])]
    out: list[bool | None] = []
    for m in members:
        try:
            out.append(program.execute(context_for(scheme, m, ffacts)) is True)
        except KeyError:
            out.append(None)
    return out
