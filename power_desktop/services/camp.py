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


def current_row(services: Services, session: Session) -> Camp | None:
    """The camp this laptop works at now. On a camp server each laptop has its own camp row
    (its device code and numbering), found by the id the laptop remembers; on a laptop's own
    database, the one marked current."""
    if services.on_server:
        if services.laptop_camp_id is None:
            return None  # not joined: it must not take another laptop's device code
        return session.get(Camp, services.laptop_camp_id)
    return session.scalar(select(Camp).where(Camp.is_current.is_(True)))


class CampService:
    def __init__(self, services: Services) -> None:
        self.s = services

    def current(self, session: Session | None = None) -> CampInfo | None:
        if session is not None:
            camp = current_row(self.s, session)
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
            previous = current_row(self.s, session)
            if previous is not None and previous is not clash and previous.end_date is None:
                previous.end_date = self.s.clock.today()  # the camp this laptop is leaving
            if self.s.on_server:  # the other laptops' camps are theirs
                if previous is not None:
                    previous.is_current = False
                if clash is not None and clash.id not in self.own_camps():
                    raise _device_taken(clash)
            else:
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
        if self.s.on_server:
            self._remember(info.id)
        self.s.notify(Change("camp", (info.label,), "setup"))
        return info

    def join(self, device_code: str, operator_name: str | None = None) -> CampInfo:
        """Add this laptop to the camp set up on the camp server (by `init` on its first
        laptop): its own camp row, with its own device code and numbering, so that IDs made
        on different laptops never collide. A supervisor does it."""
        self.s.require("camp_setup")
        if not self.s.on_server:
            raise ServiceError("Joining is for a camp server: give its address with "
                               "--database URL.",
                               hi="जुड़ना कैंप सर्वर के लिए है: उसका पता --database URL से दें।")
        device = ids.normalise_code(device_code)
        if not ids.is_valid_code(device):
            raise ServiceError(f"Device code '{device}' must be 1 to 6 letters or digits, "
                               "for example L2.",
                               hi=f"डिवाइस कोड '{device}' में 1 से 6 अक्षर या अंक हों, "
                                  "जैसे L2।")
        with transaction(self.s.sessions) as session:
            if self.s.laptop_camp_id is not None:
                mine = session.get(Camp, self.s.laptop_camp_id)
                if mine is not None:
                    raise ServiceError(f"This laptop has joined already, as {_info(mine).label}.",
                                       hi=f"यह लैपटॉप पहले ही {_info(mine).label} के रूप में "
                                          "जुड़ चुका है।")
            camp = session.scalar(select(Camp).order_by(Camp.id.desc()).limit(1))
            if camp is None:
                raise ServiceError("No camp is set up on this server yet: set it up from the "
                                   "first laptop with power-desktop --database URL init ...",
                                   hi="इस सर्वर पर अभी कोई कैंप नहीं है: पहले लैपटॉप से "
                                      "power-desktop --database URL init ... चलाएँ।")
            clash = session.scalar(select(Camp).where(
                Camp.state == camp.state, Camp.district_code == camp.district_code,
                Camp.camp_code == camp.camp_code, Camp.device_code == device))
            if clash is not None:
                raise _device_taken(clash)
            row = Camp(state=camp.state, district=camp.district,
                       district_code=camp.district_code, camp_code=camp.camp_code,
                       device_code=device, start_date=self.s.clock.today(), end_date=None,
                       scheme_pack=camp.scheme_pack,
                       operator_name=clean_text(operator_name or self.s.operator),
                       is_current=False, next_family_seq=1, created_at=self.s.clock.now())
            session.add(row)
            session.flush()
            info = _info(row)
            from .audit import record
            from .signing import laptop_public_key
            record(self.s, session, "camp.join", info.label, device=info.label,
                   district=info.district,
                   batch_signing_key=laptop_public_key(session, self.s.vault))
        self._remember(info.id)
        self.s.notify(Change("camp", (info.label,), "setup"))
        return info

    def laptops(self) -> list[CampInfo]:
        """The camp's laptops: every camp row of the current camp (state, district, code)."""
        with self.s.sessions() as session:
            camp = current_row(self.s, session)
            if camp is None:
                return []
            return [_info(c) for c in session.scalars(select(Camp).where(
                Camp.state == camp.state, Camp.district_code == camp.district_code,
                Camp.camp_code == camp.camp_code).order_by(Camp.device_code))]

    def own_camps(self) -> set[int]:
        """On a camp server, the camp rows this laptop has worked as (its own numbering,
        its own print queue); empty on a laptop's own database."""
        if not self.s.on_server:
            return set()
        from power_desktop.store import db, server_config
        return server_config.own_camps(self.s.paths.settings, db.where(self.s.engine))

    def _remember(self, camp_id: int) -> None:
        from power_desktop.store import db, server_config
        server_config.remember_device(self.s.paths.settings, db.where(self.s.engine), camp_id)
        self.s.laptop_camp_id = camp_id


def _device_taken(camp: Camp) -> ServiceError:
    label = _info(camp).label
    return ServiceError(f"Device code {camp.device_code} is taken: {label} is another laptop "
                        "of this camp. Give this laptop a code of its own (L3, L4, ...): the "
                        "device code is part of every ID it makes.",
                        hi=f"डिवाइस कोड {camp.device_code} पहले से लिया हुआ है: {label} इस "
                           "कैंप का दूसरा लैपटॉप है। इस लैपटॉप को अपना कोड दें (L3, L4, ...): "
                           "डिवाइस कोड इसकी बनाई हर ID का हिस्सा है।")
