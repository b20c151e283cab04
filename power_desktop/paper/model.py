"""What goes on paper, as plain data: the services fill these in, the drawing reads them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from power_desktop.core.eligibility import Text


@dataclass(frozen=True)
class FieldLine:
    label: Text
    value: str | None  # None: printed as an empty box to fill by hand


@dataclass(frozen=True)
class Section:
    title: Text
    fields: tuple[FieldLine, ...]


@dataclass(frozen=True)
class FormPage:
    """One application form."""

    application_id: str
    family_id: str
    member_id: str | None
    scheme_code: str
    scheme_name: Text
    benefit: Text
    camp: str
    district: Text
    applied_on: date
    printed_at: datetime
    operator: str
    sections: tuple[Section, ...]
    documents: tuple[Text, ...]
    declaration: Text
    payload: str  # the QR code's content (core.payload)
    copy_no: int = 0  # 0 the original; n > 0 the n-th duplicate
    # The member's photo (PNG, from their Aadhaar QR), when they agreed to it on forms.
    photo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class SlipLine:
    application_id: str
    scheme_name: Text
    member_name: str
    benefit: Text
    submit_to: Text


@dataclass(frozen=True)
class Slip:
    """What a family takes home: every application of the visit, and what to do next."""

    family_id: str
    head_name: str
    camp: str
    district: Text
    printed_at: datetime
    operator: str
    lines: tuple[SlipLine, ...]
    documents: tuple[Text, ...]  # still to bring, each once
    next_steps: Text
    helpline: str = ""


@dataclass(frozen=True)
class SchemeLine:
    code: str
    name_en: str
    name_hi: str
    today: int
    statuses: dict[str, int]  # created / printed / handed_over, and central verdicts
    annual_value_today: int  # the benefit of today's applications; paid once if one_time
    one_time: bool = False


@dataclass(frozen=True)
class OperatorLine:
    name: str
    families: int
    members: int
    applications: int
    prints: int


@dataclass(frozen=True)
class LaptopLine:
    """One laptop's part of a camp day on a camp server."""
    label: str  # the laptop's camp label, e.g. DL-SO-C07-L2
    families: int
    members: int
    applications: int


@dataclass(frozen=True)
class DayFigures:
    day: date
    camp: str
    families_today: int
    members_today: int
    families_total: int
    members_total: int
    applications_today: int
    applications_total: int
    annual_value_today: int  # yearly benefits only
    prints_waiting: int
    not_exported: int
    acks_pending: int
    once_value_today: int = 0  # one-time benefits (NFBS's Rs 20,000), never in the yearly
    schemes: list[SchemeLine] = field(default_factory=list)
    operators: list[OperatorLine] = field(default_factory=list)
    # On a camp server the figures are the whole camp's, and this says each laptop's part.
    laptops: list[LaptopLine] = field(default_factory=list)
