"""A web-conference session to import connection logs into (the `web_session` fixture)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import Person, Registration, RegistrationStatus
from caprural_desktop.services.sessions import (
    SessionDraft,
    SessionSpeakerData,
    TimeSlotData,
    create_session,
)
from caprural_desktop.services.speakers import SpeakerDraft, create_speaker

DAY = datetime(2020, 10, 8)


@dataclass(frozen=True)
class WebSession:
    id: int
    registrations: dict[str, int]  # by e-mail


REGISTRANTS = (
    ("elodie@example.org", "Élodie", "Dupont", "", RegistrationStatus.CONFIRMED),
    (
        "mh.robert@asso.fr",
        "Marie-Hélène",
        "Robert",
        "+33 6 12 34 56 78",
        RegistrationStatus.CONFIRMED,
    ),
    ("jean@example.org", "Jean", "Martin", "", RegistrationStatus.CONFIRMED),
    ("zoe@example.org", "Zoé", "Vidal", "", RegistrationStatus.WAITLISTED),
)


def make_web_session(database: Database) -> WebSession:
    """8 October 2020, 9h30–12h and 14h–16h30; three confirmed, one waitlisted; one speaker."""
    speaker = create_speaker(
        database, SpeakerDraft(name="Claire Intervenante", email="claire@conseil.fr")
    )
    created = create_session(
        database,
        SessionDraft(
            title="Accueillir de nouvelles populations",
            capacity=3,
            contact_name="Équipe Cap Rural",
            contact_email="equipe@caprural.fr",
            time_slots=(
                TimeSlotData(date(2020, 10, 8), time(9, 30), time(12, 0)),
                TimeSlotData(date(2020, 10, 8), time(14, 0), time(16, 30)),
            ),
            speakers=(SessionSpeakerData(speaker, "", "Claire Intervenante"),),
        ),
    )
    registrations = {}
    with database.write() as session:
        for email, first, last, phone, status in REGISTRANTS:
            person = Person(email=email, first_name=first, last_name=last, phone=phone)
            session.add(person)
            session.flush()
            registration = Registration(
                session_id=created, person_id=person.id, status=status, answers={}
            )
            session.add(registration)
            session.flush()
            registrations[email] = registration.id
    return WebSession(created, registrations)
