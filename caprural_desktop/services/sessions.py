"""Training sessions: listing, editing, duplicating and deleting them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, time, timedelta
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..db.database import Database
from ..db.models import (
    ProgrammeItem,
    Registration,
    SessionFormat,
    SessionSpeaker,
    SessionStatus,
    Speaker,
    TimeSlot,
    TrainingSession,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, Message, NotFoundError, UserError
from ..text import clean, normalise_email, search_key
from .records import load, load_for_update, lock_row, read_rows
from .registrations import recompute_queue
from .validation import (
    Errors,
    check_email,
    check_lengths,
    check_phone,
    check_url,
    raise_if_any,
    require_text,
)

MAX_CAPACITY = 10_000
DEFAULT_START = time(9, 30)
DEFAULT_END = time(12, 0)


@dataclass(frozen=True)
class TimeSlotData:
    date: date
    start: time
    end: time
    tentative: bool = False
    #: The stored half-day this edits; None for a new one. Attendance is signed per
    #: half-day, so an edited half-day keeps its identity. Not part of equality: two
    #: drafts with the same half-days are the same.
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class SessionSpeakerData:
    speaker_id: int
    role: str = ""
    name: str = ""


@dataclass(frozen=True)
class SessionDraft:
    """Everything a coordinator edits in a session; `version` is the one they loaded."""

    title: str
    format: SessionFormat = SessionFormat.WEB
    capacity: int = 20
    registration_deadline: date | None = None
    why: str = ""
    audience: str = ""
    location: str = ""
    requires_dues: bool = True
    #: The share of a half-day a connection log must prove to count someone present.
    attendance_threshold: int = 50
    registration_form_url: str = ""
    dues_form_url: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    status: SessionStatus = SessionStatus.DRAFT
    time_slots: tuple[TimeSlotData, ...] = ()
    programme: tuple[str, ...] = ()
    speakers: tuple[SessionSpeakerData, ...] = ()
    version: int | None = None


@dataclass(frozen=True)
class SessionDetails:
    id: int
    draft: SessionDraft
    registration_count: int

    @property
    def first_date(self) -> date | None:
        return self.draft.time_slots[0].date if self.draft.time_slots else None


class SessionRow(NamedTuple):
    """One line of the sessions listing (a tuple: 100,000 of them load at start-up)."""

    id: int
    title: str
    first_date: date | None
    format: SessionFormat
    capacity: int
    registration_deadline: date | None
    status: SessionStatus
    search_text: str


#: As long as their columns allow (PostgreSQL refuses longer; SQLite would keep them).
PROGRAMME_LINE_CHARS = 500
ROLE_CHARS = 200


def validate_session(draft: SessionDraft) -> Errors:
    """Every problem of the draft, keyed by field; empty when it can be saved."""
    errors: Errors = {}
    require_text(
        errors, "title", draft.title, QT_TRANSLATE_NOOP("Messages", "Give the session a title.")
    )
    if not 1 <= draft.capacity <= MAX_CAPACITY:
        errors["capacity"] = Message(
            QT_TRANSLATE_NOOP("Messages", "The number of places must be between 1 and {most}."),
            {"most": MAX_CAPACITY},
        )
    if not 1 <= draft.attendance_threshold <= 100:
        errors["attendance_threshold"] = Message(
            QT_TRANSLATE_NOOP("Messages", "The threshold is a percentage, from 1 to 100.")
        )
    _check_time_slots(errors, draft.time_slots)
    slots = sorted(draft.time_slots, key=lambda slot: (slot.date, slot.start))
    if draft.registration_deadline and slots and draft.registration_deadline > slots[0].date:
        errors["registration_deadline"] = Message(
            QT_TRANSLATE_NOOP(
                "Messages", "The registration deadline must not be after the first half-day."
            )
        )
    check_email(errors, "contact_email", draft.contact_email.strip())
    check_phone(errors, "contact_phone", draft.contact_phone.strip())
    if draft.format is SessionFormat.WEB and "://" in draft.location:
        check_url(errors, "location", draft.location.strip())
    check_url(errors, "registration_form_url", draft.registration_form_url.strip())
    check_url(errors, "dues_form_url", draft.dues_form_url.strip())
    check_lengths(
        errors,
        {
            "title": (draft.title, 300),
            "location": (draft.location, 500),
            "contact_name": (draft.contact_name, 200),
            "contact_phone": (draft.contact_phone, 50),
            "contact_email": (draft.contact_email, 320),
            "registration_form_url": (draft.registration_form_url, 1000),
            "dues_form_url": (draft.dues_form_url, 1000),
        },
    )
    for number, line in enumerate(draft.programme, start=1):
        if len(line.strip()) > PROGRAMME_LINE_CHARS:
            errors["programme"] = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Line {number} of the programme is over {most} characters."
                ),
                {"number": number, "most": PROGRAMME_LINE_CHARS},
            )
            break
    speaker_ids = [speaker.speaker_id for speaker in draft.speakers]
    if len(set(speaker_ids)) != len(speaker_ids):
        errors["speakers"] = Message(QT_TRANSLATE_NOOP("Messages", "A speaker is listed twice."))
    elif any(len(speaker.role.strip()) > ROLE_CHARS for speaker in draft.speakers):
        errors["speakers"] = Message(
            QT_TRANSLATE_NOOP("Messages", "A speaker's role is over {most} characters."),
            {"most": ROLE_CHARS},
        )
    return errors


def _check_time_slots(errors: Errors, slots: tuple[TimeSlotData, ...]) -> None:
    for number, slot in enumerate(slots, start=1):
        if slot.end <= slot.start:
            errors["time_slots"] = Message(
                QT_TRANSLATE_NOOP(
                    "Messages", "Half-day {number}: the end must be after the start."
                ),
                {"number": number},
            )
            return
    for first in range(len(slots)):
        for second in range(first + 1, len(slots)):
            a, b = slots[first], slots[second]
            if a.date == b.date and a.start < b.end and b.start < a.end:
                errors["time_slots"] = Message(
                    QT_TRANSLATE_NOOP("Messages", "Half-days {first} and {second} overlap."),
                    {"first": first + 1, "second": second + 1},
                )
                return


def list_sessions(database: Database) -> list[SessionRow]:
    """All sessions, latest first, for the listing."""
    query = select(
        TrainingSession.id,
        TrainingSession.title,
        TrainingSession.first_date,
        TrainingSession.format,
        TrainingSession.capacity,
        TrainingSession.registration_deadline,
        TrainingSession.status,
        TrainingSession.search_key,
    ).order_by(TrainingSession.first_date.desc(), TrainingSession.id.desc())
    with database.read() as session:
        return read_rows(session, query, SessionRow)


def get_session(database: Database, session_id: int) -> SessionDetails:
    with database.read() as session:
        record = load(session, TrainingSession, session_id)
        return _details(session, record)


def all_session_details(database: Database) -> list[SessionDetails]:
    """Every session complete, in date order (for exports and the CLI)."""
    query = select(TrainingSession).options(
        selectinload(TrainingSession.time_slots),
        selectinload(TrainingSession.programme),
        selectinload(TrainingSession.speakers).selectinload(SessionSpeaker.speaker),
    )
    with database.read() as session:
        counts = dict(
            session.execute(
                select(Registration.session_id, func.count()).group_by(Registration.session_id)
            ).all()
        )
        details = [
            _details(session, record, counts.get(record.id, 0)) for record in session.scalars(query)
        ]
    return sorted(details, key=lambda d: (d.first_date or date.max, d.id))


def _details(
    session: Session, record: TrainingSession, registration_count: int | None = None
) -> SessionDetails:
    if registration_count is None:
        registration_count = (
            session.scalar(select(func.count()).where(Registration.session_id == record.id)) or 0
        )
    draft = SessionDraft(
        title=record.title,
        format=record.format,
        capacity=record.capacity,
        registration_deadline=record.registration_deadline,
        why=record.why,
        audience=record.audience,
        location=record.location,
        requires_dues=record.requires_dues,
        attendance_threshold=record.attendance_threshold,
        registration_form_url=record.registration_form_url,
        dues_form_url=record.dues_form_url,
        contact_name=record.contact_name,
        contact_phone=record.contact_phone,
        contact_email=record.contact_email,
        status=record.status,
        time_slots=tuple(
            TimeSlotData(slot.date, slot.start, slot.end, slot.tentative, slot.id)
            for slot in record.time_slots
        ),
        programme=tuple(item.title for item in record.programme),
        speakers=tuple(
            SessionSpeakerData(link.speaker_id, link.role, link.speaker.name)
            for link in record.speakers
        ),
        version=record.version,
    )
    return SessionDetails(id=record.id, draft=draft, registration_count=registration_count)


def create_session(database: Database, draft: SessionDraft) -> int:
    with database.write() as session:
        return insert_session(session, draft)


def insert_session(session: Session, draft: SessionDraft) -> int:
    """Adds a session within the caller's transaction."""
    raise_if_any(validate_session(draft))
    record = TrainingSession()
    _apply(session, record, draft)
    session.add(record)
    session.flush()
    return record.id


def update_session(database: Database, session_id: int, draft: SessionDraft) -> None:
    """Saves the editor's draft, unless the session changed since it was loaded.

    A new capacity or deadline applies to the queue at once: seats added go to the
    waitlist in order, responses no longer late join it (nobody confirmed loses a seat).
    """
    raise_if_any(validate_session(draft))
    with database.write() as session:
        lock_row(session, TrainingSession, session_id)  # its queue may change
        record = load_for_update(session, TrainingSession, session_id, draft.version)
        rules = (record.capacity, record.registration_deadline)
        _apply(session, record, draft)
        if rules != (record.capacity, record.registration_deadline):
            session.flush()
            recompute_queue(session, session_id)


def duplicate_session(database: Database, session_id: int, *, first_date: date) -> int:
    """A new draft of the same session, its half-days and deadline moved to `first_date`.

    Registrations are not copied: the new date gets its own form responses.
    """
    with database.write() as session:
        original = _details(session, load(session, TrainingSession, session_id)).draft
        shift = first_date - original.time_slots[0].date if original.time_slots else timedelta(0)
        slots = tuple(
            replace(slot, date=slot.date + shift, id=None) for slot in original.time_slots
        ) or (TimeSlotData(first_date, DEFAULT_START, DEFAULT_END),)
        copy = replace(
            original,
            status=SessionStatus.DRAFT,
            version=None,
            time_slots=slots,
            registration_deadline=(
                original.registration_deadline + shift if original.registration_deadline else None
            ),
        )
        return insert_session(session, copy)


def delete_session(
    database: Database, session_id: int, *, with_registrations: bool = False
) -> None:
    """Deletes a session; one with registrations only when asked explicitly."""
    with database.write() as session:
        record = load(session, TrainingSession, session_id)
        count = session.scalar(select(func.count()).where(Registration.session_id == session_id))
        if count and not with_registrations:
            raise HasRegistrationsError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "This session has {count} registration(s); cancel it rather than delete it.",
                ),
                count=count,
            )
        session.delete(record)


class HasRegistrationsError(UserError):
    """Deleting would lose registrations: the coordinator must confirm it explicitly."""


def _apply(session: Session, record: TrainingSession, draft: SessionDraft) -> None:
    # No flush half-way: the session row is written once, one version step a save.
    with session.no_autoflush:
        _apply_fields(session, record, draft)
    session.flush()  # frees the (session, position) pairs before they are reused
    record.programme = [
        ProgrammeItem(position=position, title=title.strip())
        for position, title in enumerate(item for item in draft.programme if item.strip())
    ]


def _apply_fields(session: Session, record: TrainingSession, draft: SessionDraft) -> None:
    record.title = clean(draft.title)
    record.format = draft.format
    record.capacity = draft.capacity
    record.registration_deadline = draft.registration_deadline
    record.why = draft.why.strip()
    record.audience = draft.audience.strip()
    record.location = clean(draft.location)
    record.requires_dues = draft.requires_dues
    record.attendance_threshold = draft.attendance_threshold
    record.registration_form_url = clean(draft.registration_form_url)
    record.dues_form_url = clean(draft.dues_form_url)
    record.contact_name = clean(draft.contact_name)
    record.contact_phone = clean(draft.contact_phone)
    record.contact_email = normalise_email(draft.contact_email)
    record.status = draft.status
    record.updated_at = utc_now()  # bumps the version even when only the lists changed
    record.first_date = min((slot.date for slot in draft.time_slots), default=None)
    _apply_time_slots(record, draft.time_slots)
    names = _apply_speakers(session, record, draft.speakers)
    record.search_key = session_search_key(record, names)
    record.programme = []


def session_search_key(record: TrainingSession, speaker_names: Iterable[str]) -> str:
    """What finds a session: its title, place, contact and speakers."""
    return search_key(record.title, record.location, record.contact_name, *speaker_names)


def refresh_search_keys(session: Session, session_ids: Iterable[int]) -> None:
    """A speaker renamed or removed: their sessions are found by the new line-up."""
    session.flush()
    for record in session.scalars(
        select(TrainingSession).where(TrainingSession.id.in_(list(session_ids)))
    ):
        session.refresh(record, ["speakers"])
        names = (link.speaker.name for link in record.speakers)
        record.search_key = session_search_key(record, names)


def _apply_time_slots(record: TrainingSession, slots: tuple[TimeSlotData, ...]) -> None:
    """Edits half-days in place (by id), adds the new ones, removes the ones taken out."""
    stored = {slot.id: slot for slot in record.time_slots}
    kept = []
    for data in sorted(slots, key=lambda slot: (slot.date, slot.start)):
        slot = stored.get(data.id) if data.id is not None else None
        if slot is None:
            slot = TimeSlot()
        slot.date, slot.start, slot.end = data.date, data.start, data.end
        slot.tentative = data.tentative
        kept.append(slot)
    record.time_slots = kept


def _apply_speakers(
    session: Session, record: TrainingSession, speakers: tuple[SessionSpeakerData, ...]
) -> list[str]:
    """Sets the line-up; returns the speakers' names."""
    names = []
    for link in speakers:
        speaker = session.get(Speaker, link.speaker_id)
        if speaker is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The speaker {name} was deleted meanwhile: remove them from the session.",
                ),
                name=link.name,
            )
        names.append(speaker.name)
    existing = {link.speaker_id: link for link in record.speakers}
    record.speakers = []
    for position, wanted in enumerate(speakers):
        link = existing.get(wanted.speaker_id) or SessionSpeaker(speaker_id=wanted.speaker_id)
        link.role = clean(wanted.role)
        link.position = position
        record.speakers.append(link)
    return names
