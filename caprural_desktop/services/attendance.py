"""Who came to each half-day of a session, and the hours each attended.

The grid lists the session's confirmed registrants, then anyone else with a
mark (a waitlisted or cancelled person who came anyway is recorded and counted),
then the other registrations, so that one who turns up can be marked too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.database import Database, changed_elsewhere
from ..db.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    ConferenceTool,
    Person,
    Registration,
    RegistrationStatus,
    TimeSlot,
    TrainingSession,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..text import normalise_email
from .records import load, lock_row


@dataclass(frozen=True)
class SlotColumn:
    """A half-day as the grid's column: its number (from 1, in date order) and hours."""

    id: int
    number: int
    date: date
    start: time
    end: time
    tentative: bool

    @property
    def minutes(self) -> int:
        return _minutes(self.start, self.end)


@dataclass(frozen=True)
class LogEvidence:
    """A mark proved by a connection log: the tool, and the minutes of the half-day."""

    tool: ConferenceTool
    minutes_low: int
    minutes_high: int


@dataclass(frozen=True)
class AttendanceLine:
    registration_id: int
    first_name: str
    last_name: str
    email: str
    organisation: str
    status: RegistrationStatus
    #: One mark per half-day, in the grid's order; None when not recorded.
    marks: tuple[AttendanceStatus | None, ...]
    #: Per half-day, the connection log that proved the mark, if one did.
    evidence: tuple[LogEvidence | None, ...] = ()

    def log_evidence(self, position: int) -> LogEvidence | None:
        return self.evidence[position] if position < len(self.evidence) else None

    @property
    def attended_slots(self) -> int:
        return sum(mark is AttendanceStatus.PRESENT for mark in self.marks)


@dataclass(frozen=True)
class SlotCounts:
    present: int
    absent: int
    excused: int
    #: Present although not confirmed (waitlisted, late or cancelled: they came anyway).
    present_unconfirmed: int


@dataclass(frozen=True)
class AttendanceGrid:
    session_id: int
    slots: tuple[SlotColumn, ...]
    lines: tuple[AttendanceLine, ...]

    def counts(self, position: int) -> SlotCounts:
        marks = [(line.marks[position], line.status) for line in self.lines]
        return SlotCounts(
            present=sum(mark is AttendanceStatus.PRESENT for mark, _status in marks),
            absent=sum(mark is AttendanceStatus.ABSENT for mark, _status in marks),
            excused=sum(mark is AttendanceStatus.EXCUSED for mark, _status in marks),
            present_unconfirmed=sum(
                mark is AttendanceStatus.PRESENT and status is not RegistrationStatus.CONFIRMED
                for mark, status in marks
            ),
        )

    def minutes_attended(self, line: AttendanceLine) -> int:
        return sum(
            slot.minutes
            for slot, mark in zip(self.slots, line.marks, strict=True)
            if mark is AttendanceStatus.PRESENT
        )

    @property
    def minutes_planned(self) -> int:
        return sum(slot.minutes for slot in self.slots)


def _minutes(start: time, end: time) -> int:
    return int(
        (datetime.combine(date.min, end) - datetime.combine(date.min, start)).total_seconds() // 60
    )


def attendance_grid(database: Database, session_id: int) -> AttendanceGrid:
    with database.read() as session:
        return load_grid(session, session_id)


def load_grid(session: Session, session_id: int) -> AttendanceGrid:
    record = load(session, TrainingSession, session_id)
    slots = tuple(
        SlotColumn(slot.id, number, slot.date, slot.start, slot.end, slot.tentative)
        for number, slot in enumerate(record.time_slots, start=1)
    )
    position = {slot.id: index for index, slot in enumerate(slots)}
    marks: dict[int, list[AttendanceStatus | None]] = {}
    evidence: dict[int, list[LogEvidence | None]] = {}
    for registration_id, slot_id, status, tool, low, high in session.execute(
        select(
            Attendance.registration_id,
            Attendance.time_slot_id,
            Attendance.status,
            Attendance.tool,
            Attendance.minutes_low,
            Attendance.minutes_high,
        )
        .join(Registration, Registration.id == Attendance.registration_id)
        .where(Registration.session_id == session_id)
    ):
        marks.setdefault(registration_id, [None] * len(slots))[position[slot_id]] = status
        if tool is not None and low is not None:
            proof = LogEvidence(tool, low, high if high is not None else low)
            evidence.setdefault(registration_id, [None] * len(slots))[position[slot_id]] = proof
    rows = session.execute(
        select(
            Registration.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            Registration.organisation_answer,
            Registration.status,
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.session_id == session_id)
    ).all()
    lines = [
        AttendanceLine(
            row.id,
            row.first_name,
            row.last_name,
            row.email,
            row.organisation_answer,
            row.status,
            tuple(marks.get(row.id, [None] * len(slots))),
            tuple(evidence.get(row.id, [None] * len(slots))),
        )
        for row in rows
    ]
    lines.sort(key=_grid_order)
    return AttendanceGrid(session_id, slots, tuple(lines))


def _grid_order(line: AttendanceLine) -> tuple[int, str, str, str]:
    if line.status is RegistrationStatus.CONFIRMED:
        group = 0
    elif any(mark is not None for mark in line.marks):
        group = 1
    else:
        group = 2
    return (group, line.last_name.casefold(), line.first_name.casefold(), line.email)


#: `mark`'s `shown` when the caller does not know the mark it replaces (a script).
UNKNOWN: Any = object()


def mark(
    database: Database,
    registration_id: int,
    slot_id: int,
    status: AttendanceStatus | None,
    shown: AttendanceStatus | None = UNKNOWN,
) -> None:
    """Records (or, with None, forgets) whether a registrant came to a half-day.

    `shown` is the mark the coordinator saw: if someone changed it since (another
    computer, a connection log), nothing is written and ConflictError says so.
    """
    with database.write() as session:
        registration = load(session, Registration, registration_id)
        slot = load(session, TimeSlot, slot_id)
        if slot.session_id != registration.session_id:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "This half-day belongs to another session.")
            )
        if shown is not UNKNOWN:
            # Two computers marking the same registrant take turns from here (PostgreSQL).
            lock_row(session, Registration, registration_id)
            current = session.scalar(
                select(Attendance.status).where(
                    Attendance.registration_id == registration_id,
                    Attendance.time_slot_id == slot_id,
                )
            )
            if current is not shown:
                raise changed_elsewhere()
        set_marks(session, [registration_id], slot_id, status)


def mark_all_present(database: Database, session_id: int, slot_id: int) -> int:
    """Every confirmed registrant not yet marked for the half-day is marked present.

    Marks already given (an absence, an excuse) are kept. Returns how many were marked.
    """
    with database.write() as session:
        grid = load_grid(session, session_id)
        position = next(
            (index for index, slot in enumerate(grid.slots) if slot.id == slot_id), None
        )
        if position is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "This half-day belongs to another session.")
            )
        unmarked = [
            line.registration_id
            for line in grid.lines
            if line.status is RegistrationStatus.CONFIRMED and line.marks[position] is None
        ]
        set_marks(session, unmarked, slot_id, AttendanceStatus.PRESENT)
        return len(unmarked)


def set_marks(
    session: Session,
    registration_ids: Sequence[int],
    slot_id: int,
    status: AttendanceStatus | None,
) -> None:
    if status is None:
        session.execute(
            delete(Attendance).where(
                Attendance.time_slot_id == slot_id,
                Attendance.registration_id.in_(registration_ids),
            )
        )
        return
    existing = {
        record.registration_id: record
        for record in session.scalars(
            select(Attendance).where(
                Attendance.time_slot_id == slot_id,
                Attendance.registration_id.in_(registration_ids),
            )
        )
    }
    for registration_id in registration_ids:
        record = existing.get(registration_id)
        if record is None:
            session.add(
                Attendance(registration_id=registration_id, time_slot_id=slot_id, status=status)
            )
        elif record.status is not status or record.source is not AttendanceSource.MANUAL:
            # The coordinator's word replaces a log's, and no longer cites it.
            record.status = status
            record.source = AttendanceSource.MANUAL
            record.tool = None
            record.minutes_low = record.minutes_high = None
            record.connection_import_id = None
            record.updated_at = utc_now()


def find_registration(database: Database, session_id: int, email: str) -> int:
    """The registration of the person with this e-mail in the session (for scripts)."""
    with database.read() as session:
        load(session, TrainingSession, session_id)
        found = session.scalar(
            select(Registration.id)
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.session_id == session_id, Person.email == normalise_email(email))
        )
    if found is None:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Nobody with the e-mail {email} in this session."),
            email=email.strip(),
        )
    return found
