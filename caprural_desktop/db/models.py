"""The schema, as typed SQLAlchemy 2 mappings.

Every editable entity has a version counter, so that a save over a change made
elsewhere since the record was loaded is refused instead of silently lost.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from .types import JSONDocument, UTCDateTime, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Enums stored as their lower-case values, checked by a named constraint."""
    return Enum(
        cls,
        name=name,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=True,
        length=20,
    )


class SessionFormat(enum.StrEnum):
    WEB = "web"
    ONSITE = "onsite"


class SessionStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    HELD = "held"
    CANCELLED = "cancelled"


class SpeakerKind(enum.StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


class RegistrationStatus(enum.StrEnum):
    CONFIRMED = "confirmed"
    WAITLISTED = "waitlisted"
    LATE = "late"
    CANCELLED = "cancelled"


class OrganisationKind(enum.StrEnum):
    COMMUNE = "commune"
    INTERCOMMUNALITY = "intercommunality"
    ASSOCIATION = "association"
    PAYS_GAL = "pays_gal"
    REGIONAL_PARK = "regional_park"
    CHAMBER = "chamber"
    STATE_SERVICE = "state_service"
    INDIVIDUAL = "individual"
    OTHER = "other"


class PaymentMethod(enum.StrEnum):
    TRANSFER = "transfer"
    CHEQUE = "cheque"
    ADMINISTRATIVE_ORDER = "administrative_order"
    CASH = "cash"


class DueStatus(enum.StrEnum):
    """Derived from a due's amounts, never stored: it cannot disagree with them."""

    CALLED = "called"
    PAID = "paid"
    WAIVED = "waived"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class AttendanceSource(enum.StrEnum):
    """Who said so: the coordinator (whose word always wins) or a connection log."""

    MANUAL = "manual"
    LOG = "log"


class ConferenceTool(enum.StrEnum):
    """The web-conference tools whose participant reports can be imported."""

    ZOOM = "zoom"
    TEAMS = "teams"
    MEET = "meet"
    BIGBLUEBUTTON = "bigbluebutton"
    WEBEX = "webex"


class Versioned:
    """Optimistic locking: UPDATEs check and bump `version`."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class TrainingSession(Versioned, Base):
    __tablename__ = "training_session"
    __table_args__ = (
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
        CheckConstraint(
            "attendance_threshold BETWEEN 1 AND 100", name="attendance_threshold_percent"
        ),
        Index("ix_training_session_search_key", "search_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    why: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    format: Mapped[SessionFormat] = mapped_column(_enum(SessionFormat, "session_format"))
    location: Mapped[str] = mapped_column(String(500), default="")
    capacity: Mapped[int] = mapped_column(Integer)
    registration_deadline: Mapped[date | None] = mapped_column(Date)
    #: The date of the earliest half-day, kept by the sessions service: the
    #: listing reads it without grouping 100,000 half-days at start-up.
    first_date: Mapped[date | None] = mapped_column(Date)
    requires_dues: Mapped[bool] = mapped_column(Boolean, default=True)
    registration_form_url: Mapped[str] = mapped_column(String(1000), default="")
    dues_form_url: Mapped[str] = mapped_column(String(1000), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    status: Mapped[SessionStatus] = mapped_column(
        _enum(SessionStatus, "session_status"), default=SessionStatus.DRAFT
    )
    search_key: Mapped[str] = mapped_column(Text, default="")
    #: The share of a half-day, in percent, that a connection log must prove to
    #: count someone present.
    attendance_threshold: Mapped[int] = mapped_column(Integer, default=50)

    time_slots: Mapped[list[TimeSlot]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="(TimeSlot.date, TimeSlot.start)",
    )
    programme: Mapped[list[ProgrammeItem]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="ProgrammeItem.position",
    )
    speakers: Mapped[list[SessionSpeaker]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="SessionSpeaker.position",
    )
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="session", cascade="all, delete-orphan", passive_deletes=True
    )


class TimeSlot(Base):
    """A half-day of a session; attendance is signed per time slot."""

    __tablename__ = "time_slot"
    __table_args__ = (CheckConstraint("end_time > start_time", name="ends_after_start"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date, index=True)
    start: Mapped[time] = mapped_column("start_time", Time)
    end: Mapped[time] = mapped_column("end_time", Time)
    tentative: Mapped[bool] = mapped_column(Boolean, default=False)

    session: Mapped[TrainingSession] = relationship(back_populates="time_slots")


class ProgrammeItem(Base):
    __tablename__ = "programme_item"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))

    session: Mapped[TrainingSession] = relationship(back_populates="programme")


class Speaker(Versioned, Base):
    """A person or an organisation who speaks at sessions."""

    __tablename__ = "speaker"
    __table_args__ = (Index("ix_speaker_search_key", "search_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SpeakerKind] = mapped_column(_enum(SpeakerKind, "speaker_kind"))
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    website: Mapped[str] = mapped_column(String(1000), default="")
    search_key: Mapped[str] = mapped_column(Text, default="")

    sessions: Mapped[list[SessionSpeaker]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )


class SessionSpeaker(Base):
    __tablename__ = "session_speaker"
    __table_args__ = (UniqueConstraint("session_id", "speaker_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"))
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speaker.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[TrainingSession] = relationship(back_populates="speakers")
    speaker: Mapped[Speaker] = relationship(back_populates="sessions")


class Organisation(Versioned, Base):
    """A member organisation ("structure"), or an individual member."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[OrganisationKind] = mapped_column(
        _enum(OrganisationKind, "organisation_kind"), default=OrganisationKind.OTHER
    )
    territory: Mapped[str] = mapped_column(String(300), default="")
    department: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    #: The name normalised for matching form answers (see services/matching.py).
    match_key: Mapped[str] = mapped_column(Text, default="", index=True)

    people: Mapped[list[Person]] = relationship(back_populates="organisation")
    aliases: Mapped[list[OrganisationAlias]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )
    dues: Mapped[list[Due]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )


class OrganisationAlias(Base):
    """A way an organisation appears in form answers, confirmed once by the coordinator."""

    __tablename__ = "organisation_alias"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    match_key: Mapped[str] = mapped_column(Text, unique=True)

    organisation: Mapped[Organisation] = relationship(back_populates="aliases")


class Due(Versioned, Base):
    """An organisation's membership fee for a year; payments add up to `paid_cents`."""

    __tablename__ = "due"
    __table_args__ = (
        UniqueConstraint("organisation_id", "year"),
        CheckConstraint("called_cents >= 0", name="called_not_negative"),
        CheckConstraint("paid_cents >= 0", name="paid_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer, index=True)
    called_cents: Mapped[int] = mapped_column(Integer, default=0)
    #: The sum of the payments, kept by the dues service in the same transaction.
    paid_cents: Mapped[int] = mapped_column(Integer, default=0)
    waived: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")

    organisation: Mapped[Organisation] = relationship(back_populates="dues")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="due",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(Payment.paid_on, Payment.id)",
    )

    @property
    def status(self) -> DueStatus:
        if self.waived:
            return DueStatus.WAIVED
        if self.called_cents > 0 and self.paid_cents >= self.called_cents:
            return DueStatus.PAID
        return DueStatus.CALLED


class Payment(Base):
    """One payment towards a due; partial payments add up."""

    __tablename__ = "payment"
    __table_args__ = (CheckConstraint("amount_cents > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    due_id: Mapped[int] = mapped_column(ForeignKey("due.id", ondelete="CASCADE"), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date)
    #: None when a ledger imported from a spreadsheet did not say.
    method: Mapped[PaymentMethod | None] = mapped_column(_enum(PaymentMethod, "payment_method"))
    reference: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    due: Mapped[Due] = relationship(back_populates="payments")


class DuesRate(Base):
    """The scale: the yearly fee called from each kind of organisation."""

    __tablename__ = "dues_rate"

    kind: Mapped[OrganisationKind] = mapped_column(
        _enum(OrganisationKind, "organisation_kind"), primary_key=True
    )
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """A setting shared by everyone using the database (the network's name, address…)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONDocument())


class Person(Versioned, Base):
    """A registrant; the normalised e-mail is their identity across sessions."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Text, not String(n): form answers come as long as people write them, and
    # PostgreSQL, unlike SQLite, would refuse one over a length.
    first_name: Mapped[str] = mapped_column(Text, default="")
    last_name: Mapped[str] = mapped_column(Text, default="")
    email: Mapped[str] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(Text, default="")
    job_title: Mapped[str] = mapped_column(Text, default="")
    commune: Mapped[str] = mapped_column(Text, default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)
    #: Optional consents, yes only when the person said so (a form answer, or to the team).
    consent_photo: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_newsletter: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_list_sharing: Mapped[bool] = mapped_column(Boolean, default=False)
    #: When the person's identity was removed (at their request or by the retention rule).
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    registrations: Mapped[list[Registration]] = relationship(back_populates="person")


class Registration(Versioned, Base):
    """A person in a session, with every answer of the form kept as it came."""

    __tablename__ = "registration"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"), index=True)
    #: The form's timestamp; None for a row typed into the sheet without one
    #: (queued after every timestamped response).
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[RegistrationStatus] = mapped_column(
        _enum(RegistrationStatus, "registration_status")
    )
    answers: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)
    #: The organisation as the respondent wrote it (matched to a member later).
    organisation_answer: Mapped[str] = mapped_column(Text, default="")
    #: The coordinator's decisions, which the queue respects when it is recomputed.
    forced_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_late: Mapped[bool] = mapped_column(Boolean, default=False)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    session: Mapped[TrainingSession] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship(back_populates="registrations")


class Attendance(Versioned, Base):
    """Whether a registrant came to one half-day; no row means not recorded yet."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("registration_id", "time_slot_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    time_slot_id: Mapped[int] = mapped_column(
        ForeignKey("time_slot.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus, "attendance_status"))
    source: Mapped[AttendanceSource] = mapped_column(
        _enum(AttendanceSource, "attendance_source"), default=AttendanceSource.MANUAL
    )
    #: For a mark from a connection log: the tool, and the minutes of the
    #: half-day it proves (low = high when the connections are known exactly).
    tool: Mapped[ConferenceTool | None] = mapped_column(_enum(ConferenceTool, "conference_tool"))
    minutes_low: Mapped[int | None] = mapped_column(Integer)
    minutes_high: Mapped[int | None] = mapped_column(Integer)
    connection_import_id: Mapped[int | None] = mapped_column(
        ForeignKey("connection_import.id", ondelete="SET NULL"), index=True
    )


class ConnectionImport(Base):
    """One import of connection logs into a session's attendance.

    `undo` holds the marks it replaced, so that it can be taken back.
    """

    __tablename__ = "connection_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), index=True
    )
    time_shift: Mapped[int] = mapped_column(Integer, default=0)
    threshold: Mapped[int] = mapped_column(Integer)
    undo: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    files: Mapped[list[ConnectionFile]] = relationship(
        back_populates="connection_import",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ConnectionFile.id",
    )


class ConnectionFile(Base):
    """A connection log kept as evidence ("justificatif de connexion"): the file as
    the tool wrote it, its digest, and the lines read from it."""

    __tablename__ = "connection_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_import_id: Mapped[int] = mapped_column(
        ForeignKey("connection_import.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    tool: Mapped[ConferenceTool] = mapped_column(_enum(ConferenceTool, "conference_tool"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    lines: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)

    connection_import: Mapped[ConnectionImport] = relationship(back_populates="files")


class ConnectionName(Base):
    """A name or address under which a person joins web conferences, confirmed once
    by the coordinator and recognised in the next sessions' logs."""

    __tablename__ = "connection_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    match_key: Mapped[str] = mapped_column(Text, unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PrivacyEvent(Base):
    """What was done with someone's personal data, and when (exported, anonymised)."""

    __tablename__ = "privacy_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    action: Mapped[str] = mapped_column(String(50))
    #: Who it was about, in words that survive the anonymisation ("personne n° 12").
    subject: Mapped[str] = mapped_column(String(300))
    details: Mapped[str] = mapped_column(Text, default="")


class ImportBatch(Base):
    """One imported response file: what it was, how it was read, what it changed.

    `undo` holds what the import replaced, so that it can be taken back.
    """

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("training_session.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str] = mapped_column(String(300), default="")
    mapping: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)
    options: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)
    counts: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)
    undo: Mapped[dict[str, Any]] = mapped_column(JSONDocument(), default=dict)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
