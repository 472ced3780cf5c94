"""The directory of speakers, and the sessions each speaks at."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import SessionSpeaker, Speaker, SpeakerKind, TimeSlot, TrainingSession
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP
from ..text import clean, normalise_email, search_key
from .records import load, load_for_update, read_rows
from .sessions import refresh_search_keys
from .validation import (
    Errors,
    check_email,
    check_lengths,
    check_phone,
    check_url,
    raise_if_any,
    require_text,
)


@dataclass(frozen=True)
class SpeakerDraft:
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    organisation: str = ""
    description: str = ""
    email: str = ""
    phone: str = ""
    website: str = ""
    version: int | None = None


@dataclass(frozen=True)
class SpeakerSession:
    """A session a speaker speaks at, as the speaker's details list it."""

    session_id: int
    title: str
    first_date: date | None
    role: str


@dataclass(frozen=True)
class SpeakerDetails:
    id: int
    draft: SpeakerDraft
    sessions: tuple[SpeakerSession, ...]


class SpeakerRow(NamedTuple):
    """One line of the speakers directory."""

    id: int
    name: str
    kind: SpeakerKind
    organisation: str
    email: str
    phone: str
    session_count: int
    search_text: str


def validate_speaker(draft: SpeakerDraft) -> Errors:
    errors: Errors = {}
    require_text(errors, "name", draft.name, QT_TRANSLATE_NOOP("Messages", "Give a name."))
    check_email(errors, "email", draft.email.strip())
    check_phone(errors, "phone", draft.phone.strip())
    check_url(errors, "website", draft.website.strip())
    check_lengths(
        errors,
        {
            "name": (draft.name, 300),
            "organisation": (draft.organisation, 300),
            "email": (draft.email, 320),
            "phone": (draft.phone, 50),
            "website": (draft.website, 1000),
        },
    )
    return errors


def list_speakers(database: Database) -> list[SpeakerRow]:
    sessions = (
        select(func.count())
        .where(SessionSpeaker.speaker_id == Speaker.id)
        .correlate(Speaker)
        .scalar_subquery()
    )
    query = select(
        Speaker.id,
        Speaker.name,
        Speaker.kind,
        Speaker.organisation,
        Speaker.email,
        Speaker.phone,
        sessions,
        Speaker.search_key,
    ).order_by(
        # An expression, not the indexed column: SQLite then scans the table and
        # sorts, instead of following the index to every row in random order.
        Speaker.search_key.concat("")
    )
    with database.read() as session:
        return read_rows(session, query, SpeakerRow)


def get_speaker(database: Database, speaker_id: int) -> SpeakerDetails:
    first_date = (
        select(func.min(TimeSlot.date))
        .where(TimeSlot.session_id == TrainingSession.id)
        .scalar_subquery()
    )
    query = (
        select(TrainingSession.id, TrainingSession.title, first_date, SessionSpeaker.role)
        .join(SessionSpeaker, SessionSpeaker.session_id == TrainingSession.id)
        .where(SessionSpeaker.speaker_id == speaker_id)
        .order_by(first_date.desc())
    )
    with database.read() as session:
        record = load(session, Speaker, speaker_id)
        sessions = tuple(SpeakerSession(*row) for row in session.execute(query))
        draft = SpeakerDraft(
            name=record.name,
            kind=record.kind,
            organisation=record.organisation,
            description=record.description,
            email=record.email,
            phone=record.phone,
            website=record.website,
            version=record.version,
        )
    return SpeakerDetails(id=speaker_id, draft=draft, sessions=sessions)


def create_speaker(database: Database, draft: SpeakerDraft) -> int:
    with database.write() as session:
        return insert_speaker(session, draft)


def insert_speaker(session: Session, draft: SpeakerDraft) -> int:
    """Adds a speaker within the caller's transaction."""
    raise_if_any(validate_speaker(draft))
    record = Speaker()
    _apply(record, draft)
    session.add(record)
    session.flush()
    return record.id


def update_speaker(database: Database, speaker_id: int, draft: SpeakerDraft) -> None:
    raise_if_any(validate_speaker(draft))
    with database.write() as session:
        speaker = load_for_update(session, Speaker, speaker_id, draft.version)
        _apply(speaker, draft)
        refresh_search_keys(session, [link.session_id for link in speaker.sessions])


def delete_speaker(database: Database, speaker_id: int) -> None:
    """Deletes a speaker and their place in sessions' line-ups."""
    with database.write() as session:
        speaker = load(session, Speaker, speaker_id)
        session_ids = [link.session_id for link in speaker.sessions]
        session.delete(speaker)
        refresh_search_keys(session, session_ids)


def _apply(record: Speaker, draft: SpeakerDraft) -> None:
    record.kind = draft.kind
    record.name = clean(draft.name)
    record.organisation = clean(draft.organisation)
    record.description = draft.description.strip()
    record.email = normalise_email(draft.email)
    record.phone = clean(draft.phone)
    record.website = clean(draft.website)
    record.search_key = search_key(record.name, record.organisation, record.email)
    record.updated_at = utc_now()
