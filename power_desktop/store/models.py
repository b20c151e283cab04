"""Database tables as typed SQLAlchemy 2 models.

Every change to these goes with an Alembic migration in store/migrations/versions; a test checks
that the migrations build exactly this schema.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Camp(Base):
    """One camp held on this laptop. A laptop serves many camps; only one is current."""

    __tablename__ = "camp"

    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(String(2))
    district: Mapped[str] = mapped_column(String(40))
    district_code: Mapped[str] = mapped_column(String(2))
    camp_code: Mapped[str] = mapped_column(String(6))
    device_code: Mapped[str] = mapped_column(String(6))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    scheme_pack: Mapped[str] = mapped_column(String(40))
    operator_name: Mapped[str] = mapped_column(String(100))
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    next_family_seq: Mapped[int] = mapped_column(Integer, default=1)
    next_application_seq: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("state", "district_code", "camp_code", "device_code"),)

    @property
    def label(self) -> str:
        """DL-SO-C07-L2: state, district, camp and device codes."""
        return f"{self.state}-{self.district_code}-{self.camp_code}-{self.device_code}"


class Family(Base):
    __tablename__ = "family"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    family_code: Mapped[str] = mapped_column(String(40), unique=True)  # DL-SO-C07-L2-000123-K
    lookup_key: Mapped[str] = mapped_column(String(40), unique=True)  # the same without dashes
    camp_id: Mapped[int] = mapped_column(ForeignKey("camp.id"))
    address_line: Mapped[str] = mapped_column(String(200))
    locality: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(2))
    pin: Mapped[str] = mapped_column(String(6))
    mobile: Mapped[str | None] = mapped_column(String(10))
    ration_card_number: Mapped[str | None] = mapped_column(String(30))
    ration_category: Mapped[str | None] = mapped_column(String(4))
    annual_income: Mapped[int | None] = mapped_column(Integer)
    social_category: Mapped[str | None] = mapped_column(String(3))
    minority: Mapped[bool | None] = mapped_column(Boolean)
    years_in_state: Mapped[int | None] = mapped_column(Integer)
    extra: Mapped[str | None] = mapped_column(Text)  # JSON: answers to scheme-pack questions
    head_name: Mapped[str] = mapped_column(String(100))  # kept for fast lists
    member_count: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    exported_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    members: Mapped[list[Member]] = relationship(
        back_populates="family", order_by="Member.member_no", cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_family_created_at", "created_at", "id"),
        Index("ix_family_district_created", "district", "created_at", "id"),
        Index("ix_family_mobile", "mobile"),
    )


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"))
    member_no: Mapped[int] = mapped_column(Integer)
    relation: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    name_hi: Mapped[str | None] = mapped_column(String(100))
    father_or_husband_name: Mapped[str | None] = mapped_column(String(100))
    gender: Mapped[str] = mapped_column(String(1))
    dob: Mapped[date] = mapped_column(Date)
    dob_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    marital_status: Mapped[str | None] = mapped_column(String(20))
    aadhaar_cipher: Mapped[bytes | None] = mapped_column(LargeBinary)
    aadhaar_token: Mapped[str | None] = mapped_column(String(64))
    aadhaar_last4: Mapped[str | None] = mapped_column(String(4))
    mobile: Mapped[str | None] = mapped_column(String(10))
    disability_percent: Mapped[int | None] = mapped_column(Integer)
    occupation: Mapped[str | None] = mapped_column(String(30))
    construction_days_last_year: Mapped[int | None] = mapped_column(Integer)
    income_tax_payer: Mapped[bool | None] = mapped_column(Boolean)
    pregnant: Mapped[bool | None] = mapped_column(Boolean)
    lactating: Mapped[bool | None] = mapped_column(Boolean)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    school_class: Mapped[str | None] = mapped_column(String(10))
    bank_ifsc: Mapped[str | None] = mapped_column(String(11))
    bank_account: Mapped[str | None] = mapped_column(String(18))
    extra: Mapped[str | None] = mapped_column(Text)  # JSON: answers to scheme-pack questions

    family: Mapped[Family] = relationship(back_populates="members")

    __table_args__ = (
        UniqueConstraint("family_id", "member_no"),
        Index("ix_member_aadhaar_token", "aadhaar_token"),
        Index("ix_member_mobile", "mobile"),
    )


class MemberPhoto(Base):
    """A member's photo from their Aadhaar QR code, kept only when the person agreed to it on
    the forms; sealed with the vault's data key and bound to the member's UUID, as Aadhaar
    numbers are, so the database never holds it in clear."""

    __tablename__ = "member_photo"

    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"),
                                           primary_key=True)
    cipher: Mapped[bytes] = mapped_column(LargeBinary)
    source: Mapped[str] = mapped_column(String(20))  # "aadhaar_qr"
    signature: Mapped[str] = mapped_column(String(20))  # the QR's verdict when it was kept
    added_by: Mapped[str] = mapped_column(String(100))
    added_at: Mapped[datetime] = mapped_column(DateTime)


class FamilyVersion(Base):
    """The family as it was before each edit: history that supervisors can read."""

    __tablename__ = "family_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON, Aadhaar as last four only
    changes: Mapped[str] = mapped_column(Text)  # JSON list of {field, old, new}
    changed_by: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[datetime] = mapped_column(DateTime)


class AuditEntry(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    operator: Mapped[str] = mapped_column(String(100))
    device: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    entry_hash: Mapped[str | None] = mapped_column(String(64))


class Draft(Base):
    """Half-typed registration forms, sealed with the vault key (they may hold Aadhaar numbers)."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    slot: Mapped[str] = mapped_column(String(60), unique=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class Application(Base):
    """One scheme applied for, for one member (or the family, for family-level schemes)."""

    __tablename__ = "application"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    app_code: Mapped[str] = mapped_column(String(40), unique=True)  # DL-SO-C07-L2-A000042-Q
    lookup_key: Mapped[str] = mapped_column(String(40), unique=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("family.id"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    camp_id: Mapped[int] = mapped_column(ForeignKey("camp.id"))
    scheme_code: Mapped[str] = mapped_column(String(32), index=True)
    scheme_pack: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))  # created printed handed_over exported ...
    annual_value: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    exported_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The central system's verdict, from acknowledgement files.
    central_status: Mapped[str | None] = mapped_column(String(20))
    central_reason: Mapped[str | None] = mapped_column(Text)
    central_reference: Mapped[str | None] = mapped_column(String(60))
    central_at: Mapped[datetime | None] = mapped_column(DateTime)


class Account(Base):
    """A person who may use this laptop: an operator or a supervisor."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)  # case-folded, for login
    role: Mapped[str] = mapped_column(String(20))  # operator | supervisor
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, encoded with its cost
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class KeySlot(Base):
    """The vault's keys, wrapped under a key derived from one account's password or from the
    recovery code. Nothing here opens without that password or code (docs/security.md)."""

    __tablename__ = "key_slot"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(60), unique=True)  # account:<id> | recovery
    kdf: Mapped[str] = mapped_column(String(120))  # argon2id parameters, JSON
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped: Mapped[bytes] = mapped_column(LargeBinary)


class Setting(Base):
    """Laptop-wide settings a supervisor changes (idle lock minutes, slip paper, ...)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PrintRecord(Base):
    """Each time an application form was printed (or saved as PDF): who, when, where."""

    __tablename__ = "print_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), index=True)
    copy_no: Mapped[int] = mapped_column(Integer)  # 0 the original, n the n-th duplicate
    printer: Mapped[str] = mapped_column(String(200))
    printed_by: Mapped[str] = mapped_column(String(100))
    printed_at: Mapped[datetime] = mapped_column(DateTime)


class Batch(Base):
    """One exported batch. Its canonical rows are kept (compressed), so that it can be written
    again at any time with the same content and hashes."""

    __tablename__ = "batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)  # DL-SO-C07-L2-B0005
    camp_id: Mapped[int] = mapped_column(ForeignKey("camp.id"))
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # pending | complete
    period_from: Mapped[datetime | None] = mapped_column(DateTime)
    period_to: Mapped[datetime] = mapped_column(DateTime)
    exported_by: Mapped[str] = mapped_column(String(100))
    approved_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    target: Mapped[str] = mapped_column(Text)  # where the file was written
    manifest: Mapped[str] = mapped_column(Text)  # JSON: the Manifest sheet
    items: Mapped[str] = mapped_column(Text)  # JSON: record ids and versions it carries

    __table_args__ = (UniqueConstraint("camp_id", "seq"),)


class BatchContent(Base):
    """A batch's canonical rows, zlib-compressed, in pieces of about a megabyte (so that
    neither writing nor reading them needs the whole batch in memory)."""

    __tablename__ = "batch_content"

    batch_id: Mapped[int] = mapped_column(ForeignKey("batch.id", ondelete="CASCADE"),
                                          primary_key=True)
    piece: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AckImport(Base):
    """An acknowledgement file applied (by its SHA-256, so that the same file twice is seen)."""

    __tablename__ = "ack_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    applied: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    set_aside: Mapped[int] = mapped_column(Integer)
