"""Writing what connection logs prove: marks, evidence, remembered names; and undoing it.

The coordinator's marks always win: a log never changes them. Each import
keeps its files as evidence and what it replaced, so that the latest can be
taken back; importing the same files again changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..connection_logs.identity import is_distinctive, name_keys
from ..connection_logs.presence import Verdict
from ..connection_logs.records import stored_lines
from ..db.database import Database
from ..db.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    ConferenceTool,
    ConnectionFile,
    ConnectionImport,
    ConnectionName,
    Person,
    Registration,
    RegistrationStatus,
    TrainingSession,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, DatabaseError, UserError
from ..text import is_valid_email, normalise_email
from .connection_plan import ConnectionPlan, Proposal, name_key
from .people import person_search_key
from .records import collided, load, lock_row

Cell = tuple[int, int]  # registration, half-day

VERDICT_MARKS = {Verdict.PRESENT: AttendanceStatus.PRESENT, Verdict.ABSENT: AttendanceStatus.ABSENT}


@dataclass(frozen=True)
class AppliedImport:
    """What an import changed; `import_id` is None when it changed nothing."""

    import_id: int | None
    marked: int
    kept_manual: int
    decided: int


def apply_connection_import(
    database: Database, plan: ConnectionPlan, decisions: Mapping[Cell, AttendanceStatus] = {}
) -> AppliedImport:
    """Writes the plan's present and absent proposals, and the coordinator's `decisions`
    (their own marks, for half-days to check), in one transaction."""
    with database.write() as session:
        load(session, TrainingSession, plan.session_id)
        _remember(session, plan)
        undo: list[dict[str, Any]] = []
        record = ConnectionImport(
            session_id=plan.session_id, time_shift=plan.time_shift, threshold=plan.threshold
        )
        session.add(record)
        session.flush()
        existing = _existing_marks(session, plan)
        marked = kept = decided = 0
        tools = {planned.report.file_name: planned.report.tool for planned in plan.files}
        for proposal in plan.proposals:
            cell = (proposal.registration_id, proposal.slot.id)
            if cell in decisions:
                continue
            status = VERDICT_MARKS.get(proposal.verdict)
            if status is None:
                continue
            current = existing.get(cell)
            if current is not None and current.source is AttendanceSource.MANUAL:
                kept += 1
                continue
            tool = _tool(proposal, tools)
            if current is not None and _same(current, status, proposal, tool):
                continue
            undo.append(_snapshot(cell, current))
            _write(session, current, cell, status, AttendanceSource.LOG, record.id, proposal, tool)
            marked += 1
        for cell, status in decisions.items():
            current = existing.get(cell)
            if current is not None and current.status is status:
                continue
            undo.append(_snapshot(cell, current))
            _write(session, current, cell, status, AttendanceSource.MANUAL, record.id, None, None)
            decided += 1
        new_files = [planned for planned in plan.files if not planned.already_imported]
        if not undo and not new_files:
            session.delete(record)
            return AppliedImport(None, 0, kept, 0)
        for planned in new_files:
            session.add(
                ConnectionFile(
                    connection_import_id=record.id,
                    file_name=planned.report.file_name,
                    tool=planned.report.tool,
                    sha256=planned.read.sha256,
                    content=planned.read.content,
                    lines=stored_lines(planned.report),
                )
            )
        record.undo = {"cells": undo}
        return AppliedImport(record.id, marked, kept, decided)


def _existing_marks(session: Session, plan: ConnectionPlan) -> dict[Cell, Attendance]:
    slot_ids = [slot.id for slot in plan.slots]
    if not slot_ids:
        return {}
    return {
        (mark.registration_id, mark.time_slot_id): mark
        for mark in session.scalars(
            select(Attendance)
            .join(Registration, Registration.id == Attendance.registration_id)
            .where(
                Registration.session_id == plan.session_id, Attendance.time_slot_id.in_(slot_ids)
            )
        )
    }


def _tool(proposal: Proposal, tools: Mapping[str, ConferenceTool]) -> ConferenceTool | None:
    return next((tools[source.file_name] for source in proposal.sources), None)


def _same(
    mark: Attendance, status: AttendanceStatus, proposal: Proposal, tool: ConferenceTool | None
) -> bool:
    return (
        mark.status is status
        and mark.source is AttendanceSource.LOG
        and mark.tool is tool
        and mark.minutes_low == proposal.presence.low
        and mark.minutes_high == proposal.presence.high
    )


def _snapshot(cell: Cell, mark: Attendance | None) -> dict[str, Any]:
    previous = None
    if mark is not None:
        previous = {
            "status": mark.status.value,
            "source": mark.source.value,
            "tool": mark.tool.value if mark.tool else None,
            "minutes_low": mark.minutes_low,
            "minutes_high": mark.minutes_high,
            "connection_import_id": mark.connection_import_id,
        }
    return {"registration": cell[0], "slot": cell[1], "previous": previous}


def _write(
    session: Session,
    mark: Attendance | None,
    cell: Cell,
    status: AttendanceStatus,
    source: AttendanceSource,
    import_id: int,
    proposal: Proposal | None,
    tool: ConferenceTool | None,
) -> None:
    if mark is None:
        mark = Attendance(registration_id=cell[0], time_slot_id=cell[1], status=status)
        session.add(mark)
    mark.status = status
    mark.source = source
    mark.tool = tool
    mark.minutes_low = proposal.presence.low if proposal else None
    mark.minutes_high = proposal.presence.high if proposal else None
    mark.connection_import_id = import_id
    mark.updated_at = utc_now()


def _remember(session: Session, plan: ConnectionPlan) -> None:
    """The pairings confirmed in the preview, recognised in the next sessions' logs: an
    address, or a name distinctive enough ("Marie-Hélène R.", not "Marie" or "iPhone")."""
    for key, person_id in plan.pairings.items():
        kind, _colon, text = key.partition(":")
        if not text or (kind != "email" and not is_distinctive(text)):
            continue
        load(session, Person, person_id)
        known = session.scalar(select(ConnectionName).where(ConnectionName.match_key == key))
        if known is None:
            session.add(ConnectionName(person_id=person_id, text=text[:500], match_key=key))
        else:
            known.person_id = person_id


def undo_last_connection_import(database: Database, session_id: int) -> int:
    """Takes back the session's latest import of connection logs; returns the marks restored.

    A mark the coordinator changed since is theirs, and stays.
    """
    with database.write() as session:
        load(session, TrainingSession, session_id)
        record = session.scalar(
            select(ConnectionImport)
            .where(ConnectionImport.session_id == session_id)
            .order_by(ConnectionImport.id.desc())
            .limit(1)
        )
        if record is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "No connection log was imported into this session.")
            )
        restored = 0
        for cell in record.undo.get("cells", []):
            mark = session.scalar(
                select(Attendance).where(
                    Attendance.registration_id == cell["registration"],
                    Attendance.time_slot_id == cell["slot"],
                )
            )
            if mark is None or mark.connection_import_id != record.id:
                continue
            previous = cell["previous"]
            if previous is None:
                session.delete(mark)
            else:
                mark.status = AttendanceStatus(previous["status"])
                mark.source = AttendanceSource(previous["source"])
                mark.tool = ConferenceTool(previous["tool"]) if previous["tool"] else None
                mark.minutes_low = previous["minutes_low"]
                mark.minutes_high = previous["minutes_high"]
                mark.connection_import_id = previous["connection_import_id"]
                mark.updated_at = utc_now()
            restored += 1
        session.flush()
        session.delete(record)
        return restored


@dataclass(frozen=True)
class Evidence:
    """A connection log kept with the session ("justificatif de connexion")."""

    id: int
    file_name: str
    tool: ConferenceTool
    sha256: str
    size: int
    imported_at: Any


def session_evidence(database: Database, session_id: int) -> list[Evidence]:
    with database.read() as session:
        rows = session.execute(
            select(
                ConnectionFile.id,
                ConnectionFile.file_name,
                ConnectionFile.tool,
                ConnectionFile.sha256,
                func.length(ConnectionFile.content),
                ConnectionImport.imported_at,
            )
            .join(ConnectionImport, ConnectionImport.id == ConnectionFile.connection_import_id)
            .where(ConnectionImport.session_id == session_id)
            .order_by(ConnectionFile.id)
        ).all()
    return [Evidence(*row) for row in rows]


def evidence_content(database: Database, file_id: int) -> bytes:
    with database.read() as session:
        return load(session, ConnectionFile, file_id).content


def add_walk_ins(
    database: Database, session_id: int, people: Sequence[tuple[str, str]]
) -> list[int]:
    """Registers people who attended without registering (name as the log wrote it, e-mail).

    They are confirmed, since they came; someone already registered is left as is.
    Another computer adding the same people at the same moment (into this session or
    another) is waited for, or found when done again.
    """
    try:
        return _add_walk_ins(database, session_id, people)
    except (sa_exc.IntegrityError, DatabaseError) as error:
        if not collided(error):
            raise
        return _add_walk_ins(database, session_id, people)


def _add_walk_ins(
    database: Database, session_id: int, people: Sequence[tuple[str, str]]
) -> list[int]:
    added = []
    with database.write() as session:
        load(session, TrainingSession, session_id)
        lock_row(session, TrainingSession, session_id)  # its registrations: one adder at a time
        for name, raw_email in people:
            email = normalise_email(raw_email)
            if not is_valid_email(email):
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "Give a valid e-mail address for {name} to add them."
                    ),
                    name=name,
                )
            person = session.scalar(select(Person).where(Person.email == email))
            if person is None:
                first_name, last_name = split_name(name)
                person = Person(
                    email=email,
                    first_name=first_name,
                    last_name=last_name,
                    search_key=person_search_key(first_name, last_name, email),
                )
                session.add(person)
                session.flush()
            registered = session.scalar(
                select(Registration.id).where(
                    Registration.session_id == session_id, Registration.person_id == person.id
                )
            )
            if registered is not None:
                continue
            registration = Registration(
                session_id=session_id,
                person_id=person.id,
                status=RegistrationStatus.CONFIRMED,
                forced_confirmed=True,
                answers={},
            )
            session.add(registration)
            session.flush()
            added.append(registration.id)
            keys = name_keys(name)
            if keys and is_distinctive(keys[0]):
                _remember_name(session, person.id, name, name_key(keys[0]))
    return added


def _remember_name(session: Session, person_id: int, name: str, key: str) -> None:
    if session.scalar(select(ConnectionName.id).where(ConnectionName.match_key == key)) is None:
        session.add(ConnectionName(person_id=person_id, text=name[:500], match_key=key))


def split_name(name: str) -> tuple[str, str]:
    """First and last name from a connection name: "Dupont, Élodie" or "Élodie Dupont"."""
    text = " ".join(name.replace("(", " (").split())
    text = text.split(" (", 1)[0].strip()
    if "," in text:
        last, _comma, first = text.partition(",")
        return first.strip(), last.strip()
    first, _space, last = text.rpartition(" ")
    return (first, last) if first else (last, "")
