"""Registrations as the registrants listing shows them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import Person, Registration, RegistrationStatus, TrainingSession
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, ConflictError
from ..text import search_key
from .membership import (
    Membership,
    MembershipResolver,
    membership_of,
    session_memberships,
    session_year,
)
from .queue import QueueEntry, compute_statuses
from .records import load, lock_row


class RegistrationRow(NamedTuple):
    """One line of the registrants listing."""

    id: int
    session_id: int
    session_title: str
    last_name: str
    first_name: str
    email: str
    organisation: str
    submitted_at: datetime | None
    status: RegistrationStatus
    #: The matched member organisation, None while unmatched.
    member_organisation: str | None
    #: False: "cotisation à régulariser"; None: the session requires no dues.
    dues_ok: bool | None
    search_text: str


def list_registrations(database: Database) -> list[RegistrationRow]:
    query = (
        select(
            Registration.id,
            Registration.session_id,
            TrainingSession.title,
            Person.last_name,
            Person.first_name,
            Person.email,
            Registration.organisation_answer,
            Registration.submitted_at,
            Registration.status,
            Person.organisation_id,
            TrainingSession.first_date,
            TrainingSession.registration_deadline,
            TrainingSession.requires_dues,
        )
        .join(TrainingSession, TrainingSession.id == Registration.session_id)
        .join(Person, Person.id == Registration.person_id)
        .order_by(
            TrainingSession.first_date.desc(),
            Registration.session_id,
            Registration.submitted_at.is_(None),
            Registration.submitted_at,
            Registration.id,
        )
    )
    with database.read() as session:
        rows = session.execute(query).all()
        resolver = MembershipResolver(
            session, {session_year(row.first_date, row.registration_deadline) for row in rows}
        )
    listed = []
    for row in rows:
        year = session_year(row.first_date, row.registration_deadline)
        member = resolver.resolve(row[6], row.organisation_id, year, row.requires_dues)
        listed.append(
            RegistrationRow(
                *row[:9],
                member.organisation,
                member.dues_ok,
                search_key(*row[2:7], member.organisation),
            )
        )
    return listed


# The queue of a session ---------------------------------------------------------------


def in_queue_order(session_id: int, *columns: Any) -> Select[Any]:
    """A session's registrations with their person, in queue order (submission time,
    untimed responses last, then entry)."""
    return (
        select(*columns)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.session_id == session_id)
        .order_by(Registration.submitted_at.is_(None), Registration.submitted_at, Registration.id)
    )


class QueueRow(NamedTuple):
    """A registration in the session's queue, as the CLI and the queue view show it."""

    id: int
    email: str
    first_name: str
    last_name: str
    organisation: str
    status: RegistrationStatus
    submitted_at: datetime | None
    forced_confirmed: bool
    accepted_late: bool
    member_organisation: str | None
    dues_ok: bool | None


def session_queue(database: Database, session_id: int) -> list[QueueRow]:
    """The session's registrations in queue order (submission time, untimed last)."""
    query = in_queue_order(
        session_id,
        Registration.id,
        Person.email,
        Person.first_name,
        Person.last_name,
        Registration.organisation_answer,
        Registration.status,
        Registration.submitted_at,
        Registration.forced_confirmed,
        Registration.accepted_late,
    )
    with database.read() as session:
        load(session, TrainingSession, session_id)
        members = session_memberships(session, session_id)
        return [
            QueueRow(
                *row,
                members[row.id].organisation,
                members[row.id].dues_ok,
            )
            for row in session.execute(query)
        ]


def recompute_queue(session: Session, session_id: int) -> dict[int, RegistrationStatus]:
    """Applies the queue rules to every registration of the session; returns what changed."""
    record = load(session, TrainingSession, session_id)
    rows = session.execute(
        select(
            Registration.id,
            Registration.submitted_at,
            Registration.status,
            Registration.forced_confirmed,
            Registration.accepted_late,
        ).where(Registration.session_id == session_id)
    ).all()
    statuses = compute_statuses(
        (
            QueueEntry(
                id=row.id,
                submitted_at=row.submitted_at,
                cancelled=row.status is RegistrationStatus.CANCELLED,
                forced_confirmed=row.forced_confirmed,
                accepted_late=row.accepted_late,
                confirmed=row.status is RegistrationStatus.CONFIRMED,
            )
            for row in rows
        ),
        capacity=record.capacity,
        deadline=record.registration_deadline,
    )
    changed = {row.id: statuses[row.id] for row in rows if statuses[row.id] is not row.status}
    by_status: dict[RegistrationStatus, list[int]] = {}
    for registration_id, status in changed.items():
        by_status.setdefault(status, []).append(registration_id)
    for status, ids in by_status.items():
        for start in range(0, len(ids), 500):
            session.execute(
                update(Registration)
                .where(Registration.id.in_(ids[start : start + 500]))
                .values(status=status, version=Registration.version + 1, updated_at=utc_now())
            )
    return changed


def cancel_registration(database: Database, registration_id: int) -> dict[int, RegistrationStatus]:
    """Cancels someone; the head of the waitlist takes the seat. Returns what changed."""
    return _decide(database, registration_id, status=RegistrationStatus.CANCELLED, forced=False)


def force_confirm(database: Database, registration_id: int) -> dict[int, RegistrationStatus]:
    """Confirms someone whatever their place; nobody loses a seat, so a full session
    is then over capacity until a cancellation."""
    return _decide(database, registration_id, forced=True)


class NoSeatError(ConflictError):
    """The session is full: someone took the last seat meanwhile, perhaps on another computer."""


def confirm_if_free(database: Database, registration_id: int) -> dict[int, RegistrationStatus]:
    """Confirms someone on a free seat; refused, and nothing changed, when none is left.

    The session's row is locked first, so that two coordinators giving the last seat
    at once cannot both succeed: the second one waits, then finds the session full.
    """
    return _confirm_if_free(database, registration_id, lock=True)


def _confirm_if_free(
    database: Database,
    registration_id: int,
    *,
    lock: bool,
    counted: Callable[[], None] | None = None,
) -> dict[int, RegistrationStatus]:
    """`lock=False` and `counted` (called between counting and writing) exist for the
    test that shows what the lock prevents."""
    with database.write() as session:
        registration = load(session, Registration, registration_id)
        if lock:
            lock_row(session, TrainingSession, registration.session_id)
        capacity = session.scalar(
            select(TrainingSession.capacity).where(TrainingSession.id == registration.session_id)
        )
        confirmed = session.scalar(
            select(func.count(Registration.id)).where(
                Registration.session_id == registration.session_id,
                Registration.status == RegistrationStatus.CONFIRMED,
            )
        )
        if counted is not None:
            counted()
        if registration.status is not RegistrationStatus.CONFIRMED and confirmed >= capacity:
            raise NoSeatError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No seat left: the session is full ({capacity} places). The queue is "
                    "shown again as it is now.",
                ),
                capacity=capacity,
            )
        registration.status = RegistrationStatus.CONFIRMED
        registration.forced_confirmed = True  # the coordinator's decision stands
        session.flush()
        changed = recompute_queue(session, registration.session_id)
        changed.setdefault(registration_id, registration.status)
        return changed


def accept_late(database: Database, registration_id: int) -> dict[int, RegistrationStatus]:
    """Lets a late response join the queue, in its order of submission."""
    return _decide(database, registration_id, accepted_late=True)


def restore_registration(database: Database, registration_id: int) -> dict[int, RegistrationStatus]:
    """Undoes a cancellation or a forced confirmation: back to the queue's rules."""
    return _decide(database, registration_id, status=RegistrationStatus.WAITLISTED, forced=False)


def _decide(
    database: Database,
    registration_id: int,
    *,
    status: RegistrationStatus | None = None,
    forced: bool | None = None,
    accepted_late: bool | None = None,
) -> dict[int, RegistrationStatus]:
    with database.write() as session:
        registration = load(session, Registration, registration_id)
        lock_row(session, TrainingSession, registration.session_id)
        if status is not None:
            registration.status = status
        if forced is not None:
            registration.forced_confirmed = forced
        if accepted_late is not None:
            registration.accepted_late = accepted_late
        session.flush()
        changed = recompute_queue(session, registration.session_id)
        changed.setdefault(registration_id, registration.status)
        return changed


@dataclass(frozen=True)
class RegistrationDetails:
    """A registration whole, for the details pane: who, where in the queue, every answer."""

    id: int
    session_title: str
    first_name: str
    last_name: str
    email: str
    phone: str
    job_title: str
    commune: str
    organisation: str
    status: RegistrationStatus
    submitted_at: datetime | None
    forced_confirmed: bool
    accepted_late: bool
    answers: dict[str, Any]
    membership: Membership


def get_registration(database: Database, registration_id: int) -> RegistrationDetails:
    with database.read() as session:
        registration = load(session, Registration, registration_id)
        person = registration.person
        return RegistrationDetails(
            id=registration.id,
            session_title=registration.session.title,
            first_name=person.first_name,
            last_name=person.last_name,
            email=person.email,
            phone=person.phone,
            job_title=person.job_title,
            commune=person.commune,
            organisation=registration.organisation_answer,
            status=registration.status,
            submitted_at=registration.submitted_at,
            forced_confirmed=registration.forced_confirmed,
            accepted_late=registration.accepted_late,
            answers=dict(registration.answers),
            membership=membership_of(session, registration),
        )
