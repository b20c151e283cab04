"""Screening families against the camp's scheme pack, answering its questions, applying."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from power_desktop.core import ids
from power_desktop.core.eligibility import Scheme, Screening, screen
from power_desktop.core.facts import FACTS, Fact
from power_desktop.schemes import default_pack_dir, load_pack
from power_desktop.store import counters
from power_desktop.store.models import Application, Family, Member

from . import family_mapping as fm
from . import numbering
from .audit import record
from .camp import current_row
from .errors import NotFound, NotSetUp, ServiceError, no_family
from .results import Change
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

log = logging.getLogger("power.eligibility")


@dataclass(frozen=True)
class ApplicationView:
    application_id: str
    family_id: str
    member_id: str | None
    member_name: str
    scheme_code: str
    status: str
    annual_value: int


@dataclass(frozen=True)
class Preview:
    scheme_code: str
    families: int
    eligible_families: int
    eligible_members: int
    needs_info: int


class EligibilityService:
    def __init__(self, services: Services) -> None:
        self.s = services
        self._packs: dict[str, list[Scheme]] = {}

    # --- the pack ---------------------------------------------------------------------------------
    def schemes(self, pack: str | None = None) -> list[Scheme]:
        """The schemes of a pack (the current camp's by default), loaded and checked once."""
        if pack is None:
            camp = self.s.camp.current()
            if camp is None:
                raise NotSetUp()
            pack = camp.scheme_pack
        if pack not in self._packs:
            self._packs[pack] = load_pack(default_pack_dir(pack))
        return self._packs[pack]

    def pack_version(self, pack: str) -> str:
        """The pack's content fingerprint: the first 12 hex digits of a SHA-256 over its files
        (names and bytes), so a batch says exactly which rules and forms made it."""
        import hashlib
        digest = hashlib.sha256()
        for path in sorted(default_pack_dir(pack).glob("*.toml")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        return digest.hexdigest()[:12]

    def scheme(self, code: str) -> Scheme:
        for scheme in self.schemes():
            if scheme.code.upper() == code.strip().upper():
                return scheme
        raise NotFound(f"No scheme {code!r} in this camp's pack; see `power-desktop schemes list`.",
                       hi=f"इस कैंप के पैक में {code!r} योजना नहीं है।")

    # --- screening --------------------------------------------------------------------------------
    def screen(self, family_id: str) -> Screening:
        self.s.require("screen")
        family = self.s.registration.get(family_id)
        return screen(self.schemes(), family.to_json(), self.s.clock.today())

    def answer(self, family_id: str, answers: dict[tuple[str, int | None], Any],
               expected_version: int | None = None) -> Screening:
        """Save answers to screening questions in the family record, then screen again.

        `answers` maps (fact path, member number or None) to the value, e.g.
        {("family.annual_income", None): 60000, ("member.school_class", 2): "kg"}.
        """
        self.s.require("screen")
        family = self.s.registration.get(family_id)
        data = fm.view_to_input(family.to_json())
        facts = {f.path: f for s in self.schemes() for f in s.questions.values()}
        for (path, member_no), value in answers.items():
            level = path.partition(".")[0]
            fact = facts.get(path) or FACTS.get(path)
            if fact is None or fact.record_field is None:
                raise ServiceError(f"'{path}' cannot be answered directly.",
                                   hi=f"'{path}' का उत्तर सीधे नहीं दिया जा सकता।")
            target = data if level == "family" else next(
                (m for m in data["members"] if m.get("member_no") == member_no), None)
            if target is None:
                raise NotFound(f"Family {family_id} has no member {member_no}.",
                               hi=f"परिवार {family_id} में सदस्य {member_no} नहीं है।")
            _set(target, fact.record_field, value)
        self.s.registration.update(family_id, data, expected_version or family.version,
                                   confirm_warnings=True)
        return self.screen(family_id)

    # --- applying ---------------------------------------------------------------------------------
    def apply(self, family_id: str, scheme_code: str, member_no: int | None = None) -> (
            ApplicationView):
        """Create an application; refused, saying why, unless the member is eligible."""
        self.s.require("apply")
        scheme = self.scheme(scheme_code)
        screening = self.screen(family_id)
        if scheme.level == "family":
            member_no = None
        elif member_no is None:
            raise ServiceError(f"{scheme.code} is for one person: say which member "
                               "(--member).", hi=f"{scheme.code} एक व्यक्ति के लिए है: "
                                                 "बताएँ कि कौन-सा सदस्य।")
        verdict = next((v for v in screening.verdicts
                        if v.scheme.code == scheme.code and v.member_no == member_no), None)
        if verdict is None:
            raise NotFound(f"Family {family_id} has no member {member_no}.",
                           hi=f"परिवार {family_id} में सदस्य {member_no} नहीं है।")
        if verdict.status != "eligible":
            if verdict.status == "not_eligible":
                why = "; ".join(r.get("en") for r in verdict.reasons)
                why_hi = "; ".join(r.get("hi") for r in verdict.reasons)
            else:
                why = "needs information: " + "; ".join(q.question("en")
                                                        for q in verdict.questions)
                why_hi = "जानकारी चाहिए: " + "; ".join(q.question("hi")
                                                      for q in verdict.questions)
            raise ServiceError(f"{verdict.member_name} is not eligible for {scheme.name.en}: "
                               f"{why}", hi=f"{verdict.member_name} {scheme.name.hi} के लिए "
                                            f"पात्र नहीं: {why_hi}")
        return self._create(family_id, scheme, member_no, verdict.member_name,
                            verdict.annual_value)

    def apply_all_eligible(self, family_id: str) -> list[ApplicationView]:
        self.s.require("apply")
        existing = {(a.scheme_code, a.member_id) for a in self.applications(family_id)}
        made = []
        for v in self.screen(family_id).eligible:
            member = ids.member_id(family_id, v.member_no) if v.member_no else None
            if (v.scheme.code, member) in existing:
                continue
            made.append(self._create(family_id, v.scheme, v.member_no, v.member_name,
                                     v.annual_value))
        return made

    def _create(self, family_id: str, scheme: Scheme, member_no: int | None, member_name: str,
                value: int) -> ApplicationView:
        now = self.s.clock.now()
        with transaction(self.s.sessions) as session:
            family = session.scalar(select(Family).where(
                Family.lookup_key == ids.lookup_key(family_id)))
            camp = current_row(self.s, session)
            if family is None:
                raise no_family(family_id)
            if camp is None:
                raise NotSetUp()
            member_pk = None
            if member_no is not None:
                member_pk = session.scalar(select(Member.id).where(
                    Member.family_id == family.id, Member.member_no == member_no))
            duplicate = session.scalar(select(Application.app_code).where(
                Application.family_id == family.id, Application.scheme_code == scheme.code,
                Application.member_id.is_(None) if member_pk is None
                else Application.member_id == member_pk,
                Application.status != "rejected"))
            if duplicate:
                raise ServiceError(f"{member_name} already has application {duplicate} for "
                                   f"{scheme.name.en}.",
                                   hi=f"{member_name} का {scheme.name.hi} के लिए आवेदन "
                                      f"{duplicate} पहले से है।")
            seq = counters.take(session, camp.id, "application")
            numbering.reserve(self.s, camp.label, "application", seq)
            code = ids.application_id(camp.state, camp.district_code, camp.camp_code,
                                      camp.device_code, seq)
            session.add(Application(
                uuid=str(uuid.uuid4()), app_code=code, lookup_key=code.replace("-", ""),
                family_id=family.id, member_id=member_pk, camp_id=camp.id,
                scheme_code=scheme.code, scheme_pack=camp.scheme_pack, status="created",
                annual_value=value, created_by=self.s.operator, created_at=now,
                updated_at=now, version=1))
            record(self.s, session, "application.create", code, family=family.family_code,
                   scheme=scheme.code, member=member_no)
        self.s.notify(Change("application", (code,), "created"))
        member_id = ids.member_id(family_id, member_no) if member_no else None
        return ApplicationView(code, family.family_code, member_id, member_name, scheme.code,
                               "created", value)

    def applications(self, family_id: str) -> list[ApplicationView]:
        self.s.require("view")
        with self.s.sessions() as session:
            family = session.scalar(select(Family).where(
                Family.lookup_key == ids.lookup_key(family_id)))
            if family is None:
                raise no_family(family_id)
            rows = session.execute(
                select(Application, Member.member_no, Member.name)
                .outerjoin(Member, Member.id == Application.member_id)
                .where(Application.family_id == family.id).order_by(Application.id)).all()
            return [ApplicationView(
                a.app_code, family.family_code,
                ids.member_id(family.family_code, no) if no else None, name or family.head_name,
                a.scheme_code, a.status, a.annual_value) for a, no, name in rows]

    # --- the supervisor's preview ----------------------------------------------------------------
    def preview(self, scheme_code: str, params: dict[str, Any] | None = None,
                progress: Callable[[int, int], bool] | None = None) -> Preview:
        """How many registered families qualify for a scheme, with its limits as they are or
        changed (`params`), without changing the pack. `progress(done, total)` may return
        False to stop early."""
        self.s.require("screen")
        scheme = self.scheme(scheme_code)
        if params:
            unknown = set(params) - set(scheme.params)
            if unknown:
                raise ServiceError(f"{scheme.code} has no limit named {', '.join(unknown)}; "
                                   f"its limits are {', '.join(scheme.params) or 'none'}.",
                                   hi=f"{scheme.code} में {', '.join(unknown)} नाम की सीमा नहीं "
                                      f"है; इसकी सीमाएँ: {', '.join(scheme.params) or 'कोई नहीं'}।")
            scheme = replace(scheme, params={**scheme.params, **params})
        from .preview import count_eligible
        camp = self.s.camp.current()
        assert camp is not None  # self.scheme() checked it
        return count_eligible(self.s, scheme, camp.scheme_pack, progress)


def _set(target: dict[str, Any], field: str, value: Any) -> None:
    if field.startswith("extra."):
        target.setdefault("extra", {})[field.split(".", 1)[1]] = value
    elif field == "ration_card.category":
        target.setdefault("ration_card", {})["category"] = value
    elif field == "dob":
        target.pop("dob_estimated", None)
        target.pop("dob", None)
        target["age" if isinstance(value, int) else "dob"] = value
    else:
        target[field] = value


__all__ = ["ApplicationView", "EligibilityService", "Fact", "Preview"]
