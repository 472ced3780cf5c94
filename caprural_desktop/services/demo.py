"""The demo session: the real programme this app was designed from."""

from __future__ import annotations

import json
from datetime import date, time
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import SessionFormat, SessionStatus, Speaker, SpeakerKind
from .sessions import SessionDraft, SessionSpeakerData, TimeSlotData, insert_session
from .speakers import SpeakerDraft, insert_speaker


def demo_session() -> dict[str, Any]:
    source = files("caprural_desktop") / "resources" / "demo" / "session.json"
    return json.loads(source.read_text(encoding="utf-8"))


def add_demo_session(database: Database) -> int:
    """Adds the demo session, reusing its speakers if they are already in the directory."""
    with database.write() as session:
        return insert_demo_session(session, demo_session())


def insert_demo_session(session: Session, data: dict[str, Any]) -> int:
    speakers = tuple(
        SessionSpeakerData(_speaker_id(session, speaker), speaker["role"])
        for speaker in data["speakers"]
    )
    draft = SessionDraft(
        title=data["title"],
        why=data["why"],
        audience=data["audience"],
        format=SessionFormat(data["format"]),
        location=data["location"],
        capacity=data["capacity"],
        registration_deadline=date.fromisoformat(data["registration_deadline"]),
        requires_dues=data["requires_dues"],
        registration_form_url=data["registration_form_url"],
        dues_form_url=data["dues_form_url"],
        contact_name=data["contact_name"],
        contact_phone=data["contact_phone"],
        contact_email=data["contact_email"],
        status=SessionStatus(data["status"]),
        time_slots=tuple(
            TimeSlotData(
                date.fromisoformat(slot["date"]),
                time.fromisoformat(slot["start"]),
                time.fromisoformat(slot["end"]),
                slot["tentative"],
            )
            for slot in data["time_slots"]
        ),
        programme=tuple(data["programme"]),
        speakers=speakers,
    )
    return insert_session(session, draft)


def _speaker_id(session: Session, speaker: dict[str, Any]) -> int:
    existing = session.scalar(select(Speaker.id).where(Speaker.name == speaker["name"]))
    if existing is not None:
        return existing
    return insert_speaker(
        session,
        SpeakerDraft(
            name=speaker["name"],
            kind=SpeakerKind(speaker["kind"]),
            description=speaker["description"],
        ),
    )
