"""What an attendance sheet and the certificates print: the session, its half-days,
its people and speakers, and who issues them. Gathered here, drawn in printing/."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select

from ..clock import PARIS
from ..db.database import Database
from ..db.models import (
    AttendanceStatus,
    Person,
    Registration,
    RegistrationStatus,
    SessionFormat,
    TimeSlot,
    TrainingSession,
)
from ..db.types import utc_now
from ..text import fold
from .attendance import AttendanceGrid, LogEvidence, load_grid
from .membership import session_memberships
from .records import load
from .settings import NetworkIdentity, network_identity


@dataclass(frozen=True)
class SheetSlot:
    date: date
    start: time
    end: time
    tentative: bool


@dataclass(frozen=True)
class SheetPerson:
    last_name: str
    first_name: str
    organisation: str
    #: Per half-day, the connection log that attests the person's presence, if one does.
    attested: tuple[LogEvidence | None, ...] = ()


@dataclass(frozen=True)
class SheetSession:
    """A session as documents print it (the title exactly as recorded)."""

    title: str
    format: SessionFormat
    location: str
    slots: tuple[SheetSlot, ...]
    speakers: tuple[str, ...]


@dataclass(frozen=True)
class AttendanceSheet:
    session: SheetSession
    #: The confirmed registrants, by last name then first name.
    people: tuple[SheetPerson, ...]
    issuer: NetworkIdentity


def sheet_session(record: TrainingSession) -> SheetSession:
    return SheetSession(
        title=record.title,
        format=record.format,
        location=record.location,
        slots=tuple(
            SheetSlot(slot.date, slot.start, slot.end, slot.tentative)
            for slot in sorted(record.time_slots, key=_slot_order)
        ),
        speakers=tuple(link.speaker.name for link in record.speakers),
    )


def _attested(grid: AttendanceGrid) -> dict[int, tuple[LogEvidence | None, ...]]:
    """Per registration, the logs attesting a presence, half-day by half-day."""
    return {
        line.registration_id: tuple(
            line.log_evidence(position) if mark is AttendanceStatus.PRESENT else None
            for position, mark in enumerate(line.marks)
        )
        for line in grid.lines
    }


def _slot_order(slot: TimeSlot) -> tuple[date, time]:
    return (slot.date, slot.start)


def attendance_sheet(database: Database, session_id: int) -> AttendanceSheet:
    """The sheet of a session: one line per confirmed registrant, by name."""
    with database.read() as session:
        record = load(session, TrainingSession, session_id)
        members = session_memberships(session, session_id)
        rows = session.execute(
            select(
                Registration.id,
                Person.last_name,
                Person.first_name,
                Registration.organisation_answer,
            )
            .join(Person, Person.id == Registration.person_id)
            .where(
                Registration.session_id == session_id,
                Registration.status == RegistrationStatus.CONFIRMED,
            )
        ).all()
        attested = _attested(load_grid(session, session_id))
        people = sorted(
            (
                SheetPerson(
                    last,
                    first,
                    members[row_id].organisation or answer,
                    attested.get(row_id, ()),
                )
                for row_id, last, first, answer in rows
            ),
            key=lambda person: (fold(person.last_name), fold(person.first_name)),
        )
        shown = sheet_session(record)
    return AttendanceSheet(shown, tuple(people), network_identity(database))


@dataclass(frozen=True)
class Certificate:
    """One person's attendance certificate ("attestation de présence")."""

    last_name: str
    first_name: str
    organisation: str
    #: The half-days attended, in the session's order.
    attended: tuple[SheetSlot, ...]
    minutes_attended: int
    #: For each half-day attended, the connection log that attests it, if one does.
    attested: tuple[LogEvidence | None, ...] = ()


@dataclass(frozen=True)
class Certificates:
    session: SheetSession
    minutes_planned: int
    certificates: tuple[Certificate, ...]
    issuer: NetworkIdentity
    issued_on: date


def certificates(database: Database, session_id: int, on: date | None = None) -> Certificates:
    """A certificate for everyone who attended at least one half-day, by name, dated
    `on` (today, in Paris, unless given)."""
    with database.read() as session:
        record = load(session, TrainingSession, session_id)
        grid = load_grid(session, session_id)
        members = session_memberships(session, session_id)
        shown = sheet_session(record)
        by_column = [
            SheetSlot(column.date, column.start, column.end, column.tentative)
            for column in grid.slots
        ]
        made = []
        for line in grid.lines:
            present = [
                (slot, line.log_evidence(position))
                for position, (slot, mark) in enumerate(zip(by_column, line.marks, strict=True))
                if mark is AttendanceStatus.PRESENT
            ]
            attended = tuple(slot for slot, _proof in present)
            if not attended:
                continue
            member = members.get(line.registration_id)
            organisation = (member.organisation if member else None) or line.organisation
            made.append(
                Certificate(
                    line.last_name,
                    line.first_name,
                    organisation,
                    attended,
                    grid.minutes_attended(line),
                    tuple(proof for _slot, proof in present),
                )
            )
    made.sort(key=lambda c: (fold(c.last_name), fold(c.first_name)))
    issued = on or utc_now().astimezone(PARIS).date()
    return Certificates(
        shown, grid.minutes_planned, tuple(made), network_identity(database), issued
    )
