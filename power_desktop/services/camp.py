"""Setting up a camp on this laptop, and moving on to the next one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from power_desktop.core import ids
from power_desktop.core.codes import STATES
from power_desktop.core.districts import District, districts_of, find_district
from power_desktop.core.validate import clean_text
from power_desktop.store.models import Camp

from .errors import ServiceError
from .results import CampInfo, Change
from .tx import transaction

if TYPE_CHECKING:
    from .context import Services

DEFAULT_PACK = {"DL": "delhi"}


@dataclass(frozen=True)
class CampSetup:
    state: str
    district: str
    camp_code: str
    device_code: str
    operator_name: str
    start_date: date | None = None
    scheme_pack: str | None = None


def _info(camp: Camp) -> CampInfo:
    return CampInfo(camp.id, camp.state, camp.district, camp.district_code, camp.camp_code,
                    camp.device_code, camp.start_date, camp.end_date, camp.scheme_pack,
                    camp.operator_name, camp.is_current)


class CampService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def current(self, session: Session | None = None) -> CampInfo | None:
        if session is not None:
            camp = session.scalar(select(Camp).where(Camp.is_current.is_(True)))
            return _info(camp) if camp else None
        with self.s.sessions() as own:
            return self.current(own)

    def all(self) -> list[CampInfo]:
        with self.s.sessions() as session:
            return [_info(c) for c in session.scalars(select(Camp).order_by(Camp.id))]

    def check(self, setup: CampSetup) -> tuple[str, District, str, str, str]:
        """The set-up's fields cleaned (state, district, camp code, device code, operator), or
        ServiceError naming the field; lets a first set-up be checked before anything is made."""
        state = setup.state.strip().upper()
        if state not in STATES:
            raise ServiceError(f"State '{setup.state}' has no scheme pack here; "
                               f"choose one of: {', '.join(STATES)}.",
                               hi=f"राज्य '{setup.state}' का योजना पैक यहाँ नहीं है; इनमें से "
                                  f"चुनें: {', '.join(STATES)}।")
        district = find_district(state, setup.district)
        if district is None:
            names = ", ".join(d.name for d in districts_of(state))
            names_hi = ", ".join(d.name_hi for d in districts_of(state))
            raise ServiceError(f"District '{setup.district}' is not a district of {state}. "
                               f"Choose one of: {names}.",
                               hi=f"'{setup.district}' {state} का ज़िला नहीं है। इनमें से "
                                  f"चुनें: {names_hi}।")
        camp_code = ids.normalise_code(setup.camp_code)
        device_code = ids.normalise_code(setup.device_code)
        for label, label_hi, code in (("Camp code", "कैंप कोड", camp_code),
                                      ("Device code", "डिवाइस कोड", device_code)):
            if not ids.is_valid_code(code):
                raise ServiceError(f"{label} '{code}' must be 1 to 6 letters or digits, "
                                   "for example C07 or L2.",
                                   hi=f"{label_hi} '{code}' में 1 से 6 अक्षर या अंक हों, "
                                      "जैसे C07 या L2।")
        operator = clean_text(setup.operator_name)
        if not operator:
            raise ServiceError("Operator name is required.", hi="ऑपरेटर का नाम भरना ज़रूरी है।")
        return state, district, camp_code, device_code, operator

    def setup(self, setup: CampSetup) -> CampInfo:
        """Start a camp on this laptop. Earlier camps and all their records stay as they were."""
        self.s.require("camp_setup")
        state, district, camp_code, device_code, operator = self.check(setup)
        with transaction(self.s.sessions) as session:
            clash = session.scalar(select(Camp).where(
                Camp.state == state, Camp.district_code == district.code,
                Camp.camp_code == camp_code, Camp.device_code == device_code))
            previous = session.scalar(select(Camp).where(Camp.is_current.is_(True)))
            if previous is not None and previous is not clash and previous.end_date is None:
                previous.end_date = self.s.clock.today()  # the camp this laptop is leaving
            session.execute(update(Camp).values(is_current=False))
            if clash is not None:  # the same camp again (a second day): carry on its numbering
                clash.is_current = True
                clash.operator_name = operator
                camp = clash
            else:
                camp = Camp(
                    state=state, district=district.name, district_code=district.code,
                    camp_code=camp_code, device_code=device_code,
                    start_date=setup.start_date or self.s.clock.today(), end_date=None,
                    scheme_pack=setup.scheme_pack or DEFAULT_PACK[state], operator_name=operator,
                    is_current=True, next_family_seq=1, created_at=self.s.clock.now())
                session.add(camp)
            session.flush()
            info = _info(camp)
            from .audit import record
            from .signing import laptop_public_key
            record(self.s, session, "camp.setup", info.label, device=info.label,
                   district=info.district, resumed=clash is not None,
                   batch_signing_key=laptop_public_key(session, self.s.vault))
        self.s.notify(Change("camp", (info.label,), "setup"))
        return info
