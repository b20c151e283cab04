"""What goes on paper, as plain data: the services fill these in, the drawing reads them."""

from __future__ import annotations

from dataclasses import dataclass
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
