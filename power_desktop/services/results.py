"""Plain results services hand back: no live database objects leave a service."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from power_desktop.core.messages import Problem


@dataclass(frozen=True)
class CampInfo:
    id: int
    state: str
    district: str
    district_code: str
    camp_code: str
    device_code: str
    start_date: date
    end_date: date | None
    scheme_pack: str
    operator_name: str
    is_current: bool

    @property
    def label(self) -> str:
        return f"{self.state}-{self.district_code}-{self.camp_code}-{self.device_code}"


@dataclass(frozen=True)
class Change:
    """What a write changed, for the one change notice the screens listen to."""

    kind: str  # "family", "camp", "draft"
    ids: tuple[str, ...] = ()
    action: str = "changed"


@dataclass(frozen=True)
class Registered:
    family_id: str
    uuid: str
    member_ids: tuple[str, ...]
    version: int
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class MemberView:
    member_id: str
    uuid: str
    member_no: int
    name: str
    name_hi: str
    relation: str
    gender: str
    father_or_husband_name: str
    dob: date
    dob_estimated: bool
    age: int
    marital_status: str | None
    aadhaar_masked: str | None
    mobile: str | None
    disability_percent: int | None
    occupation: str | None
    construction_days_last_year: int | None
    income_tax_payer: bool | None
    pregnant: bool | None
    lactating: bool | None
    delivery_date: date | None
    school_class: str | None
    bank_ifsc: str | None
    bank_account: str | None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class FamilyView:
    family_id: str
    uuid: str
    camp: str
    address: dict[str, str]
    mobile: str | None
    annual_income: int | None
    social_category: str | None
    minority: bool | None
    years_in_state: int | None
    ration_card: dict[str, str | None]
    created_by: str
    created_at: datetime
    updated_by: str
    updated_at: datetime
    version: int
    members: tuple[MemberView, ...] = field(default_factory=tuple)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The family in the JSON format, Aadhaar masked to the last four."""
        data = asdict(self)
        for key in ("created_at", "updated_at"):
            data[key] = data[key].isoformat(timespec="seconds")
        for m in data["members"]:
            for key in ("dob", "delivery_date"):
                if m[key] is not None:
                    m[key] = m[key].isoformat()
            m["aadhaar"] = m.pop("aadhaar_masked")
            m["bank"] = {"ifsc": m.pop("bank_ifsc"), "account": m.pop("bank_account")}
        return data


@dataclass(frozen=True)
class FamilyRow:
    """One line of the families list."""

    id: int
    family_id: str
    head_name: str
    member_count: int
    locality: str
    district: str
    mobile: str | None
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class HistoryEntry:
    version: int
    changed_by: str
    changed_at: datetime
    changes: list[dict[str, Any]]


@dataclass(frozen=True)
class User:
    """The person logged in."""

    id: int
    name: str
    role: str  # operator | supervisor

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"


@dataclass(frozen=True)
class AccountInfo:
    name: str
    role: str
    active: bool
    locked_until: datetime | None
    created_by: str
    created_at: datetime
    last_login_at: datetime | None


@dataclass(frozen=True)
class KeptLogin:
    """The database user a laptop keeps for its camp server: its own (made at init or join),
    or the camp's it joined with, and then why not its own."""
    user: str
    own: bool
    why_not_own: str | None = None
