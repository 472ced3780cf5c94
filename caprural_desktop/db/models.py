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
    """A member organisation ("structure")."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(50), default="")
    territory: Mapped[str] = mapped_column(String(300), default="")
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)

    people: Mapped[list[Person]] = relationship(back_populates="organisation")


class Person(Versioned, Base):
    """A registrant; the normalised e-mail is their identity across sessions."""

    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(150), default="")
    last_name: Mapped[str] = mapped_column(String(150), default="")
    email: Mapped[str] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    job_title: Mapped[str] = mapped_column(String(300), default="")
    commune: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    search_key: Mapped[str] = mapped_column(Text, default="", index=True)

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
    organisation_answer: Mapped[str] = mapped_column(String(500), default="")
    #: The coordinator's decisions, which the queue respects when it is recomputed.
    forced_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    accepted_late: Mapped[bool] = mapped_column(Boolean, default=False)
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batch.id", ondelete="SET NULL"), index=True
    )

    session: Mapped[TrainingSession] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship(back_populates="registrations")


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
