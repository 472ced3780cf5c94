"""The demo session: the real programme this app was designed from."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import (
    Due,
    OrganisationKind,
    PaymentMethod,
    Person,
    Registration,
    RegistrationStatus,
    SessionFormat,
    SessionStatus,
    Speaker,
    SpeakerKind,
)
from .dues import PaymentDraft, add_payment
from .organisations import OrganisationDraft, insert_alias, insert_organisation
from .people import person_search_key
from .registrations import recompute_queue
from .sessions import SessionDraft, SessionSpeakerData, TimeSlotData, insert_session
from .speakers import SpeakerDraft, insert_speaker


def _resource(name: str) -> dict[str, Any]:
    source = files("caprural_desktop") / "resources" / "demo" / name
    return json.loads(source.read_text(encoding="utf-8"))


def demo_session() -> dict[str, Any]:
    return _resource("session.json")


def add_demo_data(database: Database) -> int:
    """The demo session with fictional members, dues and registrants, all in one go:
    enough for every view to show what it is for. Returns the session's id."""
    with database.write() as session:
        session_id = insert_demo_session(session, demo_session())
        insert_demo_members(session, session_id, _resource("members.json"))
        return session_id


def insert_demo_members(session: Session, session_id: int, data: dict[str, Any]) -> None:
    """Organisations with their dues of the session's year, and registrants of the session
    (some whose answers match no organisation yet, one late)."""
    named: dict[str, int] = {}
    for entry in data["organisations"]:
        organisation_id = insert_organisation(
            session,
            OrganisationDraft(
                name=entry["name"],
                kind=OrganisationKind(entry["kind"]),
                territory=entry.get("territory", ""),
                department=entry.get("department", ""),
                address=entry.get("address", ""),
                contact_name=entry.get("contact_name", ""),
                contact_email=entry.get("contact_email", ""),
            ),
        )
        named[entry["name"]] = organisation_id
        due = Due(
            organisation_id=organisation_id,
            year=data["year"],
            called_cents=entry["called"],
            paid_cents=0,
            waived=entry.get("waived", False),
            note="",
        )
        session.add(due)
        if entry.get("paid"):
            add_payment(
                session,
                due,
                PaymentDraft(
                    entry["paid"],
                    date.fromisoformat(entry["paid_on"]),
                    PaymentMethod(entry["method"]),
                    entry["reference"],
                ),
            )
    for answer, name in data["aliases"]:
        insert_alias(session, named[name], answer)
    people: dict[str, Person] = {}
    for submitted, email, last, first, answer, job in data["registrants"]:
        person = people[email] = Person(
            email=email,
            first_name=first,
            last_name=last,
            job_title=job,
            search_key=person_search_key(first, last, email),
        )
        session.add(person)
        session.flush()
        session.add(
            Registration(
                session_id=session_id,
                person_id=person.id,
                submitted_at=datetime.fromisoformat(submitted),
                status=RegistrationStatus.WAITLISTED,
                answers={"Structure": answer, "Fonction": job},
                organisation_answer=answer,
            )
        )
    for email, name in data["individual_members"]:
        people[email].organisation_id = named[name]
    session.flush()
    recompute_queue(session, session_id)


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
