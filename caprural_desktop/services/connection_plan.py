"""What connection logs prove about a session's attendance, before anything is written.

The plan reads the reports, puts each on the session's clock (its day when it
has none, and a whole-hour shift when its times only fit shifted), tells who
each line is, and proposes a status for every registrant and every half-day
the reports cover. Lines that are not surely a registrant change nothing until
the coordinator confirms them.
"""

from __future__ import annotations

import dataclasses
import enum
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..connection_logs.identity import (
    Candidate,
    is_full_name,
    likely,
    name_keys,
    person_key,
    words_key,
)
from ..connection_logs.presence import (
    Presence,
    Verdict,
    covered_minutes,
    presence,
    threshold_minutes,
)
from ..connection_logs.reading import ReadReport, read_report
from ..connection_logs.records import Report, ReportLine, Role, stored_report
from ..connection_logs.shift import Clock, best_shift, connections, fit
from ..connection_logs.times import UNDATED
from ..db.database import Database
from ..db.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    ConnectionFile,
    ConnectionImport,
    ConnectionName,
    Person,
    Registration,
    RegistrationStatus,
    SessionSpeaker,
    Speaker,
    TrainingSession,
)
from ..errors import QT_TRANSLATE_NOOP, Message, UserError
from ..text import normalise_email
from .attendance import SlotColumn
from .records import load

#: A half-day counts as covered by the reports when the meeting ran for this share of it.
COVERED_SHARE = 0.25


class Identity(enum.StrEnum):
    REGISTRANT = "registrant"
    STAFF = "staff"
    NOT_REGISTERED = "not_registered"
    UNMATCHED = "unmatched"


@dataclass(frozen=True)
class Registrant:
    registration_id: int
    person_id: int
    email: str
    first_name: str
    last_name: str
    status: RegistrationStatus

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.email


@dataclass(frozen=True)
class Source:
    """A line of a report, and where it came from (shown as the proof of a proposal)."""

    file_name: str
    line: int


@dataclass(frozen=True)
class Unmatched:
    """A line that is not surely anyone: the likely registrants, best first, to confirm."""

    source: Source
    name: str
    email: str
    reason: Message
    candidates: tuple[int, ...]
    #: What a confirmation remembers on the person, for the next sessions.
    pairing_key: str


@dataclass(frozen=True)
class NotRegistered:
    """Someone who attended without registering (a full name, or an unknown address)."""

    name: str
    email: str
    person_id: int | None
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Proposal:
    registration_id: int
    email: str
    slot: SlotColumn
    verdict: Verdict
    presence: Presence
    sources: tuple[Source, ...]
    #: The mark recorded now, and whether the coordinator gave it (then it is kept).
    current: AttendanceStatus | None
    manual: bool


@dataclass(frozen=True)
class PlannedFile:
    read: ReadReport
    #: The hours added to the report's times, and the day given to undated times.
    time_shift: int
    day: date | None
    already_imported: bool

    @property
    def report(self) -> Report:
        return self.read.report


@dataclass(frozen=True)
class ConnectionPlan:
    session_id: int
    threshold: int
    files: tuple[PlannedFile, ...]
    refused: tuple[tuple[str, UserError], ...]
    #: The half-days the reports cover, in the session's order.
    slots: tuple[SlotColumn, ...]
    #: The grid's rows: the confirmed registrants, and anyone else the reports found.
    registrants: tuple[Registrant, ...]
    #: Every registration of the session, to pair a doubtful line with.
    everyone: tuple[Registrant, ...]
    proposals: tuple[Proposal, ...]
    unmatched: tuple[Unmatched, ...]
    not_registered: tuple[NotRegistered, ...]
    staff: tuple[str, ...]
    skipped: tuple[tuple[Source, str, Message], ...]
    #: Pairings confirmed in the preview, saved with the import.
    pairings: Mapping[str, int] = field(default_factory=dict)

    @property
    def time_shift(self) -> int:
        return next((planned.time_shift for planned in self.files if planned.time_shift), 0)

    @property
    def tool(self) -> str:
        return ", ".join(dict.fromkeys(planned.report.tool.value for planned in self.files))

    @property
    def tool_names(self) -> str:
        return ", ".join(dict.fromkeys(planned.report.tool_name for planned in self.files))

    @property
    def all_imported(self) -> bool:
        return all(planned.already_imported for planned in self.files)

    def proposal(self, registration_id: int, slot_id: int) -> Proposal | None:
        for proposal in self.proposals:
            if proposal.registration_id == registration_id and proposal.slot.id == slot_id:
                return proposal
        return None


class NoUsableReportError(UserError):
    """None of the files given can be used."""


class UndatedReportError(UserError):
    """A report without dates fits several days of the session: the coordinator says which."""

    def __init__(self, text: str, days: Sequence[date], **params: object) -> None:
        super().__init__(text, **params)
        self.days = tuple(days)


def plan_connection_import(
    database: Database,
    session_id: int,
    paths: Sequence[Path],
    *,
    threshold: int | None = None,
    time_shift: int | None = None,
    day: date | None = None,
    pairings: Mapping[str, int] | None = None,
) -> ConnectionPlan:
    """Reads the reports and proposes; writes nothing."""
    if threshold is not None and not 1 <= threshold <= 100:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The threshold is a percentage, from 1 to 100.")
        )
    with database.read() as session:
        facts = _SessionFacts.load(session, session_id)
        read, refused = _read_all(paths, facts.dates)
        files = tuple(_place(session, facts, item, time_shift=time_shift, day=day) for item in read)
        earlier = _earlier_reports(session, session_id, {item.sha256 for item in read})
        lines = [line for report in [*(f.report for f in files), *earlier] for line in report.lines]
        remembered = _remembered(session, lines)
        known_people = _people_by_email(session, lines)
    return _Planner(
        facts,
        threshold if threshold is not None else facts.threshold,
        dict(pairings or {}),
        remembered,
        known_people,
    ).plan(files, tuple(earlier), refused)


def _earlier_reports(session: Session, session_id: int, given: set[str]) -> list[Report]:
    """The logs imported into the session before, as their lines were read then: what
    they proved still counts, so that a later, partial log cannot take it back."""
    rows = session.execute(
        select(ConnectionFile.tool, ConnectionFile.file_name, ConnectionFile.lines)
        .join(ConnectionImport, ConnectionImport.id == ConnectionFile.connection_import_id)
        .where(ConnectionImport.session_id == session_id, ConnectionFile.sha256.not_in(given))
        .order_by(ConnectionFile.id)
    ).all()
    return [stored_report(tool, name, stored) for tool, name, stored in rows]


def _read_all(
    paths: Sequence[Path], dates: Sequence[date]
) -> tuple[list[ReadReport], list[tuple[str, UserError]]]:
    read: list[ReadReport] = []
    refused: list[tuple[str, UserError]] = []
    for path in paths:
        try:
            report = read_report(path, dates)
        except UserError as error:
            refused.append((path.name, error))
            continue
        if all(report.sha256 != other.sha256 for other in read):  # a copy given twice
            read.append(report)
    if not read:
        if len(refused) == 1:
            raise refused[0][1]
        raise NoUsableReportError(
            QT_TRANSLATE_NOOP("Messages", "None of these files is a connection log: {names}."),
            names=", ".join(name for name, _error in refused),
        )
    return read, refused


@dataclass
class _SessionFacts:
    session_id: int
    threshold: int
    slots: tuple[SlotColumn, ...]
    registrants: list[Registrant]
    phones: dict[int, str]
    marks: dict[tuple[int, int], tuple[AttendanceStatus, AttendanceSource]]
    staff_keys: set[str]
    staff_emails: set[str]

    @property
    def dates(self) -> list[date]:
        return sorted({slot.date for slot in self.slots})

    @classmethod
    def load(cls, session: Session, session_id: int) -> _SessionFacts:
        record = load(session, TrainingSession, session_id)
        slots = tuple(
            SlotColumn(slot.id, number, slot.date, slot.start, slot.end, slot.tentative)
            for number, slot in enumerate(record.time_slots, start=1)
        )
        if not slots:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "This session has no half-day yet: add its dates first."
                )
            )
        rows = session.execute(
            select(
                Registration.id,
                Person.id,
                Person.email,
                Person.first_name,
                Person.last_name,
                Person.phone,
                Registration.status,
            )
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.session_id == session_id)
            .order_by(Person.last_name, Person.first_name, Person.email)
        ).all()
        registrants = [Registrant(r[0], r[1], r[2], r[3], r[4], r[6]) for r in rows]
        marks = {
            (registration_id, slot_id): (status, source)
            for registration_id, slot_id, status, source in session.execute(
                select(
                    Attendance.registration_id,
                    Attendance.time_slot_id,
                    Attendance.status,
                    Attendance.source,
                )
                .join(Registration, Registration.id == Attendance.registration_id)
                .where(Registration.session_id == session_id)
            )
        }
        speakers = session.execute(
            select(Speaker.name, Speaker.email)
            .join(SessionSpeaker, SessionSpeaker.speaker_id == Speaker.id)
            .where(SessionSpeaker.session_id == session_id)
        ).all()
        staff_keys = {words_key(name) for name, _email in speakers} | {
            words_key(record.contact_name)
        }
        staff_emails = {normalise_email(email) for _name, email in speakers} | {
            normalise_email(record.contact_email)
        }
        return cls(
            session_id,
            record.attendance_threshold,
            slots,
            registrants,
            {r[0]: r[5] for r in rows},
            marks,
            staff_keys - {""},
            staff_emails - {""},
        )

    def slot_span(self, slot: SlotColumn) -> tuple[datetime, datetime]:
        return datetime.combine(slot.date, slot.start), datetime.combine(slot.date, slot.end)


def _place(
    session: Session,
    facts: _SessionFacts,
    read: ReadReport,
    *,
    time_shift: int | None,
    day: date | None,
) -> PlannedFile:
    """The report on the session's clock: its day if it has none, and its shift."""
    report = read.report
    slots = [facts.slot_span(slot) for slot in facts.slots]
    days: list[date | None] = [None]
    if not report.dated:
        days = [day] if day is not None else list(facts.dates)
    choices = []
    for candidate_day in days:
        placed = _on_day(report, candidate_day)
        spans = connections(placed.lines, placed.known_until)
        if time_shift is not None:
            choices.append(
                (fit(spans, slots, time_shift), Clock(time_shift), candidate_day, placed)
            )
        else:
            clock, fitted = best_shift(spans, slots)
            choices.append((fitted, clock, candidate_day, placed))
    best = max(choice[0] for choice in choices)
    fitting = [choice for choice in choices if choice[0] == best]
    if len(fitting) > 1:
        raise UndatedReportError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The {tool} report {name} gives times without a date, and they fit several "
                "days of the session: say which day it is.",
            ),
            [choice[2] for choice in fitting],
            tool=report.tool_name,
            name=report.file_name,
        )
    _fit, clock, chosen_day, placed = fitting[0]
    shifted = _shifted(placed, clock)
    already = (
        session.scalar(
            select(ConnectionFile.id)
            .join(ConnectionImport, ConnectionImport.id == ConnectionFile.connection_import_id)
            .where(
                ConnectionImport.session_id == facts.session_id,
                ConnectionFile.sha256 == read.sha256,
            )
            .limit(1)
        )
        is not None
    )
    return PlannedFile(dataclasses.replace(read, report=shifted), clock.hours, chosen_day, already)


def _on_day(report: Report, day: date | None) -> Report:
    if day is None:
        return report

    def moved(moment: datetime | None) -> datetime | None:
        if moment is None or moment.date() != UNDATED:
            return moment
        return datetime.combine(day, moment.time())

    lines = tuple(
        dataclasses.replace(line, joined=moved(line.joined), left=moved(line.left))
        for line in report.lines
    )
    return dataclasses.replace(report, lines=lines, known_until=moved(report.known_until))


def _shifted(report: Report, clock: Clock) -> Report:
    if clock == Clock(0):
        return report
    move = clock.move
    lines = tuple(
        dataclasses.replace(
            line,
            joined=move(line.joined),
            left=None if line.left is None else move(line.left),
        )
        for line in report.lines
    )
    known_until = None if report.known_until is None else move(report.known_until)
    return dataclasses.replace(report, lines=lines, known_until=known_until)


def email_key(email: str) -> str:
    return f"email:{email}"


def name_key(key: str) -> str:
    return f"name:{key}"


def pairing_keys(line: ReportLine) -> list[str]:
    keys = [email_key(line.email)] if line.email else []
    return keys + [name_key(key) for key in name_keys(line.name)]


def _remembered(session: Session, lines: Iterable[ReportLine]) -> dict[str, int]:
    keys = {key for line in lines for key in pairing_keys(line)}
    if not keys:
        return {}
    return {
        key: person_id
        for key, person_id in session.execute(
            select(ConnectionName.match_key, ConnectionName.person_id).where(
                ConnectionName.match_key.in_(keys)
            )
        )
    }


def _people_by_email(session: Session, lines: Iterable[ReportLine]) -> dict[str, int]:
    emails = {line.email for line in lines if line.email}
    if not emails:
        return {}
    return {
        email: person_id
        for email, person_id in session.execute(
            select(Person.email, Person.id).where(Person.email.in_(emails))
        )
    }


class _Planner:
    def __init__(
        self,
        facts: _SessionFacts,
        threshold: int,
        pairings: dict[str, int],
        remembered: dict[str, int],
        known_people: dict[str, int],
    ) -> None:
        self.facts = facts
        self.threshold = threshold
        self.pairings = pairings
        self.remembered = remembered
        self.known_people = known_people
        registrants = facts.registrants
        self.by_email = {r.email: r for r in registrants}
        self.by_person = {r.person_id: r for r in registrants}
        self.by_name: dict[str, list[Registrant]] = defaultdict(list)
        for registrant in registrants:
            self.by_name[person_key(registrant.first_name, registrant.last_name)].append(registrant)
        self.candidates = [
            Candidate(r.registration_id, r.first_name, r.last_name, facts.phones[r.registration_id])
            for r in registrants
        ]

    def plan(
        self,
        files: tuple[PlannedFile, ...],
        earlier: tuple[Report, ...],
        refused: list[tuple[str, UserError]],
    ) -> ConnectionPlan:
        attended: dict[int, list[tuple[ReportLine, datetime | None, Source]]] = defaultdict(list)
        unmatched: list[Unmatched] = []
        walk_ins: dict[str, NotRegistered] = {}
        staff: dict[str, None] = {}
        skipped = []
        for report in earlier:  # still counts; what needed a decision was decided then
            for line in report.lines:
                registrant = self._earlier_identity(line)
                if registrant is not None:
                    attended[registrant.registration_id].append(
                        (line, report.known_until, Source(report.file_name, line.line))
                    )
        for planned in files:
            report = planned.report
            for skip in report.skipped:
                skipped.append((Source(report.file_name, skip.line), skip.name, skip.reason))
            for line in report.lines:
                source = Source(report.file_name, line.line)
                identity, found = self._identify(line, source)
                if identity is Identity.REGISTRANT:
                    assert isinstance(found, Registrant)
                    attended[found.registration_id].append((line, report.known_until, source))
                elif identity is Identity.STAFF:
                    staff.setdefault(line.name or line.email, None)
                elif identity is Identity.NOT_REGISTERED:
                    _add_walk_in(walk_ins, line, source, self.known_people.get(line.email))
                else:
                    assert isinstance(found, Unmatched)
                    unmatched.append(found)
        slots = self._covered(files)
        shown = [
            r
            for r in self.facts.registrants
            if r.status is RegistrationStatus.CONFIRMED or r.registration_id in attended
        ]
        proposals = [
            self._propose(registrant, slot, attended.get(registrant.registration_id, []))
            for registrant in shown
            for slot in slots
        ]
        return ConnectionPlan(
            session_id=self.facts.session_id,
            threshold=self.threshold,
            files=files,
            refused=tuple(refused),
            slots=slots,
            registrants=tuple(shown),
            everyone=tuple(self.facts.registrants),
            proposals=tuple(proposals),
            unmatched=tuple(unmatched),
            not_registered=tuple(walk_ins.values()),
            staff=tuple(staff),
            skipped=tuple(skipped),
            pairings=dict(self.pairings),
        )

    def _identify(
        self, line: ReportLine, source: Source
    ) -> tuple[Identity, Registrant | Unmatched | None]:
        """E-mail first, then the coordinator's confirmations, then the exact name; staff
        is told by the organiser's role or the speakers' names; the rest is proposed."""
        if line.email in self.by_email:
            return Identity.REGISTRANT, self.by_email[line.email]
        keys = name_keys(line.name)
        for key in pairing_keys(line):
            if self.pairings.get(key) in self.by_person:
                return Identity.REGISTRANT, self.by_person[self.pairings[key]]
        someone_else = line.email in self.known_people  # an address of another person
        namesakes = [r for key in keys for r in self.by_name.get(key, [])]
        remembered = self._remembered_registrant(line)
        if remembered is not None and not [r for r in namesakes if r is not remembered]:
            found = likely(line.name, line.email, self.candidates)
            if all(c.key == remembered.registration_id for c in found):
                return Identity.REGISTRANT, remembered
        if len(namesakes) == 1 and not someone_else and remembered is None:
            return Identity.REGISTRANT, namesakes[0]
        if remembered is not None:
            others = [c.key for c in likely(line.name, line.email, self.candidates)]
            candidates = [remembered.registration_id, *(r.registration_id for r in namesakes)]
            return Identity.UNMATCHED, self._unmatched(
                line,
                source,
                list(dict.fromkeys([*candidates, *others])),
                QT_TRANSLATE_NOOP(
                    "Messages", "{candidate} in an earlier session, but others fit: to confirm"
                ),
            )
        if namesakes:
            reason = (
                QT_TRANSLATE_NOOP("Messages", "several registrants have this name")
                if len(namesakes) > 1
                else QT_TRANSLATE_NOOP(
                    "Messages", "the name of {candidate}, from another address: to confirm"
                )
            )
            return Identity.UNMATCHED, self._unmatched(
                line, source, [r.registration_id for r in namesakes], reason
            )
        if self._is_staff(line, keys):
            return Identity.STAFF, None
        if someone_else:
            return Identity.NOT_REGISTERED, None
        found = likely(line.name, line.email, self.candidates)
        if found:
            reason = (
                QT_TRANSLATE_NOOP("Messages", "probably {candidate}: to confirm")
                if len(found) == 1
                else QT_TRANSLATE_NOOP("Messages", "several registrants possible: to choose")
            )
            return Identity.UNMATCHED, self._unmatched(line, source, [c.key for c in found], reason)
        if line.email or is_full_name(line.name):
            return Identity.NOT_REGISTERED, None
        return Identity.UNMATCHED, self._unmatched(
            line, source, [], QT_TRANSLATE_NOOP("Messages", "no registrant looks like this name")
        )

    def _earlier_identity(self, line: ReportLine) -> Registrant | None:
        identity, found = self._identify(line, Source("", line.line))
        return found if identity is Identity.REGISTRANT else None  # type: ignore[return-value]

    def _remembered_registrant(self, line: ReportLine) -> Registrant | None:
        """The registrant this name or address was confirmed as, in an earlier session."""
        for key in pairing_keys(line):
            person_id = self.remembered.get(key)
            if person_id in self.by_person:
                return self.by_person[person_id]
        return None

    def _is_staff(self, line: ReportLine, keys: list[str]) -> bool:
        """The organiser's account, or a speaker. Presenters are not staff by their role:
        Teams makes everyone a presenter unless told otherwise."""
        return (
            line.role is Role.ORGANISER
            or (bool(line.email) and line.email in self.facts.staff_emails)
            or any(key in self.facts.staff_keys for key in keys)
        )

    def _unmatched(
        self, line: ReportLine, source: Source, candidates: list[int], reason: str
    ) -> Unmatched:
        names = {r.registration_id: r.name for r in self.facts.registrants}
        message = Message(reason, {"candidate": names[candidates[0]] if candidates else ""})
        return Unmatched(
            source,
            line.name,
            line.email,
            message,
            tuple(candidates),
            pairing_keys(line)[0] if pairing_keys(line) else "",
        )

    def _covered(self, files: tuple[PlannedFile, ...]) -> tuple[SlotColumn, ...]:
        """The half-days during which the meeting ran: someone connected for a good part
        of them (not the host lingering after the end, nor another day of a series)."""
        spans = [
            span
            for planned in files
            for span in connections(planned.report.lines, planned.report.known_until)
        ]
        covered = []
        for slot in self.facts.slots:
            start, end = self.facts.slot_span(slot)
            running = covered_minutes(spans, start, end)
            if running >= COVERED_SHARE * (end - start).total_seconds() / 60:
                covered.append(slot)
        return tuple(covered)

    def _propose(
        self,
        registrant: Registrant,
        slot: SlotColumn,
        lines: list[tuple[ReportLine, datetime | None, Source]],
    ) -> Proposal:
        start, end = self.facts.slot_span(slot)
        found = presence(((line, known) for line, known, _source in lines), start, end)
        verdict = found.verdict(threshold_minutes(start, end, self.threshold))
        sources = tuple(
            source
            for line, _known, source in lines
            if (line.left or end) > start and line.joined < end
        )
        current = self.facts.marks.get((registrant.registration_id, slot.id))
        return Proposal(
            registrant.registration_id,
            registrant.email,
            slot,
            verdict,
            found,
            sources,
            current[0] if current else None,
            current is not None and current[1] is AttendanceSource.MANUAL,
        )


def _add_walk_in(
    walk_ins: dict[str, NotRegistered], line: ReportLine, source: Source, person_id: int | None
) -> None:
    key = line.email or words_key(line.name)
    known = walk_ins.get(key)
    if known is None:
        walk_ins[key] = NotRegistered(line.name, line.email, person_id, (source,))
    else:
        walk_ins[key] = dataclasses.replace(known, sources=(*known.sources, source))
