"""Registrations as the registrants listing shows them."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select

from ..db.database import Database
from ..db.models import Organisation, Person, Registration, RegistrationStatus, TrainingSession
from ..text import search_key


class RegistrationRow(NamedTuple):
    """One line of the registrants listing."""

    id: int
    session_title: str
    last_name: str
    first_name: str
    email: str
    organisation: str
    submitted_at: datetime
    status: RegistrationStatus
    search_text: str


def list_registrations(database: Database) -> list[RegistrationRow]:
    query = (
        select(
            Registration.id,
            TrainingSession.title,
            Person.last_name,
            Person.first_name,
            Person.email,
            Organisation.name,
            Registration.submitted_at,
            Registration.status,
        )
        .join(TrainingSession, TrainingSession.id == Registration.session_id)
        .join(Person, Person.id == Registration.person_id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Registration.session_id, Registration.submitted_at)
    )
    with database.read() as session:
        rows = session.execute(query).all()
    return [
        RegistrationRow(
            id=reg_id,
            session_title=title,
            last_name=last,
            first_name=first,
            email=email,
            organisation=organisation or "",
            submitted_at=submitted,
            status=status,
            search_text=search_key(title, last, first, email, organisation),
        )
        for reg_id, title, last, first, email, organisation, submitted, status in rows
    ]
