"""Importing a session's Google Form responses: plan (writes nothing), apply, undo.

`plan_import` reads the file, maps its columns, validates and classifies every
row and simulates the queue; the preview and `import --dry-run` show that plan.
`apply_import` writes it in one transaction, comparing again with what the
database holds then, and records an import batch from which `undo_import` can
take it back. Rules (DESIGN.md): the normalised e-mail is the person; the same
e-mail twice in the file is one registration whose earliest response keeps its
place in the queue and whose latest answers win.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from operator import attrgetter
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import exc as sa_exc

from ..clock import PARIS
from ..db.database import Database
from ..db.models import RegistrationStatus
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, DatabaseError, Message, UserError
from ..spreadsheets.mapping import (
    ColumnMapping,
    Field,
    MissingColumnError,
    find_header_row,
    guess_mapping,
)
from ..spreadsheets.reading import Cell, Workbook, read_workbook
from ..spreadsheets.timestamps import (
    guess_day_first,
    guess_needed,
    in_sheet_order,
    parse_timestamp,
)
from ..text import fold, is_valid_email, normalise_email
from . import import_store
from .outcomes import Outcome
from .queue import QueueEntry, compute_statuses
from .records import collided, paused_collector


@dataclass(frozen=True)
class ImportOptions:
    """What the coordinator may correct in the preview; None means "as guessed"."""

    sheet: str | None = None
    mapping: Mapping[str, str] | None = None  # header text -> field name
    day_first: bool | None = None
    time_zone: str = "Europe/Paris"


@dataclass(slots=True)  # not frozen: 100,000 are made per import, frozen ones cost twice
class Response:
    """One person's response, merged over their rows: what gets written.

    Its answers are made from the row they come from each time they are needed
    (compared, written), not kept: a plan of 100,000 responses would otherwise
    hold a second copy of the sheet.
    """

    email: str
    submitted_at: datetime | None  # the earliest of the person's rows
    first_name: str
    last_name: str
    organisation: str
    job_title: str
    phone: str
    commune: str
    #: Photo, newsletter, list sharing: yes only when answered yes; None: not asked.
    consents: tuple[bool | None, bool | None, bool | None]
    row: Sequence[Cell]  # the row the answers come from
    answered_at: datetime | None  # that row's own timestamp
    layout: AnswerLayout

    @property
    def answers(self) -> dict[str, Any]:
        return self.layout.answers(self.row, self.answered_at)


@dataclass(frozen=True, slots=True)
class AnswerLayout:
    """How the rows of a sheet become answers: every non-empty cell, by its header, so
    that nothing the form collected is lost.

    The timestamp is kept as the moment it means, not as the text of one download:
    the sheet's .xlsx and the form's .csv of the same responses then compare equal.
    """

    header: Sequence[str]
    time_column: int | None

    def answers(self, row: Sequence[Cell], answered_at: datetime | None) -> dict[str, Any]:
        time_name = moment = None
        if answered_at is not None and self.time_column is not None:
            time_name, moment = self.header[self.time_column], answered_at.isoformat()
        return {
            name: moment
            if name == time_name
            else value
            if type(value) is str
            else _json_value(value)
            for name, value in zip(self.header, row, strict=False)
            if value is not None and (type(value) is not str or (value and not value.isspace()))
        }


@dataclass(frozen=True)
class RowMessage:
    row: int
    message: Message


@dataclass(slots=True)
class PlannedRow:
    """A data row of the sheet and what the import does with it."""

    row: int
    outcome: Outcome
    email: str
    name: str
    organisation: str
    submitted_at: datetime | None
    status: RegistrationStatus | None = None
    message: Message | None = None


@dataclass(frozen=True)
class ImportCounts:
    rows: int
    added: int
    updated: int
    unchanged: int
    duplicates: int
    invalid: list[RowMessage]
    warnings: list[RowMessage]
    confirmed: int
    waitlisted: int
    late: int


@dataclass(frozen=True)
class ImportPlan:
    session_id: int
    path: Path
    sha256: str
    workbook_kind: str
    sheet: str
    sheet_names: list[str]
    encoding: str | None
    delimiter: str | None
    header_row: int
    header: list[str]
    mapping: ColumnMapping
    day_first: bool
    day_first_guessed: bool
    time_zone: str
    rows: list[PlannedRow]
    responses: dict[str, Response] = field(repr=False)  # by e-mail, in the sheet's order
    counts: ImportCounts
    #: What the plan compared with; apply reuses it if the session has not changed since.
    snapshot: Snapshot | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class Snapshot:
    fingerprint: tuple[object, ...]
    existing: Mapping[str, import_store.Existing]
    changes: Changes
    statuses: Mapping[str, RegistrationStatus]


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    counts: ImportCounts


class NoEmailColumnError(MissingColumnError):
    """No column was recognised as the e-mail: the preview lets the coordinator choose it."""

    def __init__(self, workbook: Workbook, header: list[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "No e-mail column in {sheet}: the e-mail identifies each registrant. "
                "Choose the column that holds it.",
            ),
            workbook,
            header,
        )


# Reading and parsing ------------------------------------------------------------------


def plan_import(
    database: Database, session_id: int, path: Path, options: ImportOptions = ImportOptions()
) -> ImportPlan:
    """What importing `path` into the session would do; writes nothing."""
    target = import_store.load_target(database, session_id)
    with paused_collector():
        workbook = read_workbook(path, sheet_name=options.sheet)
        parsed = _parse(workbook, options, target.remembered_mapping)
        with database.read() as session:
            fingerprint = import_store.fingerprint(session, session_id)
            existing = import_store.existing_registrations(
                session, session_id, parsed.responses, _email_header(parsed.header, parsed.mapping)
            )
        plan = _classify(target, path, _sha256(path), workbook, parsed, existing)
        return replace(plan, snapshot=replace(plan.snapshot, fingerprint=fingerprint))


def apply_import(database: Database, plan: ImportPlan) -> ImportResult:
    """Writes the plan in one transaction, against the database as it is now.

    Two imports of the same new people at once (into two sessions, from two
    computers) race for their rows: the one that loses is rolled back whole and
    compares again with what the other wrote.
    """
    try:
        return _apply_import(database, plan)
    except (sa_exc.IntegrityError, DatabaseError) as error:
        if not collided(error):
            raise
        return _apply_import(database, replace(plan, snapshot=None))


def _apply_import(database: Database, plan: ImportPlan) -> ImportResult:
    with paused_collector(), database.write() as session:
        target = import_store.lock_target(session, plan.session_id)
        snapshot = plan.snapshot
        if snapshot is None or import_store.fingerprint(session, plan.session_id) != (
            snapshot.fingerprint
        ):  # someone changed the session meanwhile: compare again
            existing = import_store.existing_registrations(
                session, plan.session_id, plan.responses, _email_header(plan.header, plan.mapping)
            )
            changes = _changes(plan.responses.values(), existing)
            snapshot = Snapshot((), existing, changes, _simulate(target, existing, changes))
        existing, changes, statuses = snapshot.existing, snapshot.changes, snapshot.statuses
        counts = _counts(plan.rows, changes, statuses)
        if not changes.new and not changes.updated:
            # Nothing to undo, but the report's queue is the one stored.
            import_store.update_statuses(session, existing, statuses, utc_now())
            return ImportResult(None, counts)
        batch_id = import_store.write(session, plan, changes, counts, existing, statuses)
        return ImportResult(batch_id, counts)


@dataclass(frozen=True)
class ImportSummary:
    """An import that can be undone, as the coordinator recognises it."""

    batch_id: int
    file_name: str
    imported_at: datetime
    added: int
    updated: int


def latest_import(database: Database, session_id: int) -> ImportSummary | None:
    """The session's most recent import not undone yet (the one undo takes back)."""
    with database.read() as session:
        batch = import_store.latest_batch(session, session_id)
        if batch is None:
            return None
        return ImportSummary(
            batch.id,
            batch.file_name,
            batch.imported_at,
            int(batch.counts.get("added", 0)),
            int(batch.counts.get("updated", 0)),
        )


def undo_import(database: Database, batch_id: int) -> None:
    """Takes an import back: its new registrations go, its updates are reverted."""
    with database.write() as session:
        import_store.undo(session, batch_id)


@dataclass(frozen=True)
class _Parsed:
    header_row: int
    header: list[str]
    mapping: ColumnMapping
    day_first: bool
    day_first_guessed: bool
    time_zone: str
    rows: list[PlannedRow]  # INVALID rows and, for valid ones, their first classification
    responses: dict[str, Response]  # by e-mail, in the sheet's order
    row_emails: list[tuple[int, str]]  # (row, email) of every valid row, in sheet order
    warnings: list[RowMessage]


def _parse(
    workbook: Workbook, options: ImportOptions, remembered: Mapping[str, str] | None
) -> _Parsed:
    rows = workbook.sheet.rows
    header_position = find_header_row(rows)
    if header_position is None:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "No header row found in {sheet}: is it the form's response sheet?"
            ),
            sheet=workbook.sheet.name,
        )
    data = [
        (header_position + 2 + offset, row)
        for offset, row in enumerate(rows[header_position + 1 :])
        if not _is_blank(row)
    ]
    # A CSV's row may run past its header: those cells are answers too.
    header = _header(rows[header_position], max((len(row) for _, row in data), default=0))
    mapping = guess_mapping(header, options.mapping or remembered)
    if options.mapping is not None:
        mapping = ColumnMapping(
            tuple(Field(options.mapping[h]) if h in options.mapping else None for h in header)
        )
    if options.mapping is None and remembered is None:  # a guess: the cells have a say
        sample = [row for _, row in data[:ADDRESS_SAMPLE]]
        addresses = _addresses_column(mapping, sample)
        if addresses is not None:  # guessed again around it: the column it left may be another
            mapping = guess_mapping(header, {header[addresses]: Field.EMAIL.value})
        mapping = _without_numbers_for_names(mapping, sample)
    email_column = mapping.column_of(Field.EMAIL)
    if email_column is None:
        raise NoEmailColumnError(workbook, header)
    time_column = mapping.column_of(Field.SUBMITTED_AT)
    texts = (
        []
        if time_column is None
        else [row[time_column] for _, row in data if isinstance(_cell(row, time_column), str)]
    )
    guessed = guess_day_first(texts) if options.day_first is None else options.day_first
    day_first = guessed is not False
    # Only text dates have an order to guess; date cells and ISO text do not.
    order_uncertain = guessed is None and guess_needed(texts)
    zone = ZoneInfo(options.time_zone)

    planned: list[PlannedRow] = []
    warnings: list[RowMessage] = []
    latest: dict[str, tuple[tuple[Any, ...], Response]] = {}
    earliest: dict[str, datetime | None] = {}
    row_emails: list[tuple[int, str]] = []
    details = [mapping.column_of(field) for field in _DETAILS]
    consent_columns = [mapping.column_of(field) for field in _CONSENTS]
    layout = AnswerLayout(header, time_column)

    no_time = datetime.min.replace(tzinfo=PARIS)
    previous_time: datetime | None = None
    for number, row in data:
        email = normalise_email(_text(_cell(row, email_column)))
        first, last, organisation, job_title, phone, commune = _texts(row, details)
        if not email or not is_valid_email(email):
            reason = (
                Message(QT_TRANSLATE_NOOP("Messages", "No e-mail address."))
                if not email
                else Message(
                    QT_TRANSLATE_NOOP("Messages", "Invalid e-mail address: {email}"),
                    {"email": email},
                )
            )
            planned.append(
                PlannedRow(
                    number,
                    Outcome.INVALID,
                    email,
                    _name(first, last),
                    organisation,
                    None,
                    message=reason,
                )
            )
            continue
        submitted_at = None
        if time_column is not None:
            raw = _cell(row, time_column)
            submitted_at = parse_timestamp(raw, day_first=day_first, local_zone=zone)
            if submitted_at is None:
                warnings.append(RowMessage(number, _timestamp_warning(raw)))
            else:
                submitted_at = in_sheet_order(submitted_at, raw, previous_time, zone)
                previous_time = submitted_at
        else:
            warnings.append(RowMessage(number, _timestamp_warning(None)))
        response = Response(
            email=email,
            submitted_at=submitted_at,
            first_name=first,
            last_name=last,
            organisation=organisation,
            job_title=job_title,
            phone=phone,
            commune=commune,
            consents=_consents(row, consent_columns),
            row=row,
            answered_at=submitted_at,
            layout=layout,
        )
        # Latest answers win (by timestamp, then by position); the earliest keeps the place.
        rank = (submitted_at is not None, submitted_at or no_time, number)
        previous = latest.get(email)
        if previous is None:
            latest[email] = (rank, response)
            earliest[email] = submitted_at
        else:
            if rank >= previous[0]:
                latest[email] = (rank, response)
            first_time = earliest[email]
            if submitted_at is not None and (first_time is None or submitted_at < first_time):
                earliest[email] = submitted_at
        row_emails.append((number, email))
    responses = {
        email: _with_time(response, earliest[email]) for email, (_, response) in latest.items()
    }
    return _Parsed(
        header_row=header_position + 1,
        header=header,
        mapping=mapping,
        day_first=day_first,
        day_first_guessed=order_uncertain,
        time_zone=options.time_zone,
        rows=planned,
        responses=responses,
        row_emails=row_emails,
        warnings=warnings,
    )


#: The first rows looked at to tell which column holds the addresses.
ADDRESS_SAMPLE = 50


def _addresses_column(mapping: ColumnMapping, rows: Sequence[Sequence[Cell]]) -> int | None:
    """The column of addresses, when it is not the e-mail column the headers gave: its
    cells are addresses and the other's are not (an address asked under another
    heading, or a question such as "Acceptez-vous d'être recontacté par mail ?" taken
    for it). None when the headers' guess stands."""
    if not rows:
        return None

    def addresses(column: int) -> int:
        return sum(is_valid_email(normalise_email(_text(_cell(row, column)))) for row in rows)

    guessed = mapping.column_of(Field.EMAIL)
    if guessed is not None and addresses(guessed) * 2 >= len(rows):
        return None
    best = max(range(len(mapping.fields)), key=addresses, default=None)
    if best is None or addresses(best) * 2 < len(rows):
        return None
    return best


def _email_header(header: Sequence[str], mapping: ColumnMapping) -> str:
    """The heading of the addresses' column, under which each registration keeps its own."""
    column = mapping.column_of(Field.EMAIL)
    return "" if column is None else header[column]


def _without_numbers_for_names(
    mapping: ColumnMapping, rows: Sequence[Sequence[Cell]]
) -> ColumnMapping:
    """The headers' guess, less a name, organisation, job or commune whose cells are
    mostly numbers: "Nombre de personnes de votre structure" is not the organisation."""

    def numbers(column: int) -> bool:
        cells = [_cell(row, column) for row in rows]
        answered = [cell for cell in cells if cell is not None and _text(cell)]
        counted = sum(
            isinstance(cell, int | float) or bool(_NUMBER.match(_text(cell))) for cell in answered
        )
        return bool(answered) and counted * 2 > len(answered)

    fields = tuple(
        None if field in _WORDS and numbers(column) else field
        for column, field in enumerate(mapping.fields)
    )
    return mapping if fields == mapping.fields else ColumnMapping(fields)


def _with_time(response: Response, submitted_at: datetime | None) -> Response:
    return (
        response
        if response.submitted_at == submitted_at
        else replace(response, submitted_at=submitted_at)
    )


def _timestamp_warning(raw: Cell) -> Message:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Message(
            QT_TRANSLATE_NOOP(
                "Messages", "No timestamp: kept, queued after the timestamped responses."
            )
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Unreadable timestamp “{value}”: kept, queued after the timestamped responses.",
        ),
        {"value": _text(raw)},
    )


def _header(row: Sequence[Cell], width: int = 0) -> list[str]:
    """Header texts, made unique (two "Nom" columns stay two answers), for `width` columns
    at least: a column without a heading is named by its position."""
    names: list[str] = []
    for position in range(max(len(row), width)):
        name = _text(_cell(row, position)) or f"Colonne {position + 1}"
        candidate, copy = name, 2
        while candidate in names:
            candidate, copy = f"{name} ({copy})", copy + 1
        names.append(candidate)
    return names


def _is_blank(row: Sequence[Cell]) -> bool:
    return all(cell is None or (type(cell) is str and not cell.strip()) for cell in row)


def _cell(row: Sequence[Cell], column: int) -> Cell:
    return row[column] if column < len(row) else None


def _text(value: Cell) -> str:
    if type(value) is str:  # nearly every cell: the quick path
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


#: The person's fields, in the order `_texts` gives them.
_DETAILS = (
    Field.FIRST_NAME,
    Field.LAST_NAME,
    Field.ORGANISATION,
    Field.JOB_TITLE,
    Field.PHONE,
    Field.COMMUNE,
)
#: The person's details that are words: a column of numbers is not one of them.
_WORDS = frozenset(_DETAILS) - {Field.PHONE}
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


#: The consents a form may ask for, in the order of `Response.consents`.
_CONSENTS = (Field.CONSENT_PHOTO, Field.CONSENT_NEWSLETTER, Field.CONSENT_LIST_SHARING)
_YES = frozenset({"oui", "yes", "j'accepte", "accepte", "d'accord", "ok", "x", "true", "vrai"})
_FIRST_WORD = re.compile(r"[\s,.;:!()]+")


def _consents(
    row: Sequence[Cell], columns: Sequence[int | None]
) -> tuple[bool | None, bool | None, bool | None]:
    photo, newsletter, sharing = (
        None if column is None else _said_yes(_cell(row, column)) for column in columns
    )
    return photo, newsletter, sharing


def _said_yes(value: Cell) -> bool:
    """Yes only when the answer says so ("Oui", "Oui, j'accepte", "Yes"…); anything else,
    blank included, is no."""
    words = fold(_text(value)).replace("’", "'")
    return _FIRST_WORD.split(words, maxsplit=1)[0] in _YES


def _texts(row: Sequence[Cell], columns: Sequence[int | None]) -> list[str]:
    """The text of each column of the row; "" for a column not mapped or beyond the row."""
    size = len(row)
    return ["" if column is None or column >= size else _text(row[column]) for column in columns]


def _name(first: str, last: str) -> str:
    return f"{first} {last}" if first and last else first or last


def _json_value(value: Cell) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return value


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


# Comparing with the database -----------------------------------------------------------


@dataclass(frozen=True)
class Changes:
    new: list[Response]
    updated: list[tuple[import_store.Existing, Response]]
    unchanged: list[import_store.Existing]


def _changes(
    responses: Iterable[Response], existing: Mapping[str, import_store.Existing]
) -> Changes:
    """What the responses do to the registrations; `existing` was read for these
    responses (its answers compared with theirs)."""
    new, updated, unchanged = [], [], []
    for response in responses:
        current = existing.get(response.email)
        if current is None:
            new.append(response)
        elif import_store.would_change(current, response):
            updated.append((current, response))
        else:
            unchanged.append(current)
    return Changes(new, updated, unchanged)


def _simulate(
    target: import_store.Target,
    existing: Mapping[str, import_store.Existing],
    changes: Changes,
) -> dict[str, RegistrationStatus]:
    """The status of every registration of the session after the import, by e-mail."""
    updated = {current.email: response for current, response in changes.updated}
    emails = [*existing, *(response.email for response in changes.new)]
    entries = []
    for number, current in enumerate(existing.values()):
        submitted_at = current.submitted_at
        if current.email in updated:
            submitted_at = import_store.merged_time(
                submitted_at, updated[current.email].submitted_at
            )
        entries.append(
            QueueEntry(
                id=number,
                submitted_at=submitted_at,
                cancelled=current.status is RegistrationStatus.CANCELLED,
                forced_confirmed=current.forced_confirmed,
                accepted_late=current.accepted_late,
                confirmed=current.status is RegistrationStatus.CONFIRMED,
            )
        )
    for number, response in enumerate(changes.new, start=len(existing)):
        entries.append(QueueEntry(id=number, submitted_at=response.submitted_at))
    statuses = compute_statuses(entries, capacity=target.capacity, deadline=target.deadline)
    return {emails[number]: status for number, status in statuses.items()}


def _classify(
    target: import_store.Target,
    path: Path,
    sha256: str,
    workbook: Workbook,
    parsed: _Parsed,
    existing: Mapping[str, import_store.Existing],
) -> ImportPlan:
    changes = _changes(parsed.responses.values(), existing)
    statuses = _simulate(target, existing, changes)
    by_email = parsed.responses
    outcome_of = {response.email: Outcome.NEW for response in changes.new}
    outcome_of.update({response.email: Outcome.UPDATED for _, response in changes.updated})
    outcome_of.update({current.email: Outcome.UNCHANGED for current in changes.unchanged})
    warnings = {warning.row: warning.message for warning in parsed.warnings}
    rows = list(parsed.rows)
    for number, email in parsed.row_emails:
        response = by_email[email]
        # An e-mail's first row takes its outcome; any later row is a duplicate.
        outcome = outcome_of.pop(email, Outcome.DUPLICATE)
        rows.append(
            PlannedRow(
                number,
                outcome,
                email,
                _name(response.first_name, response.last_name),
                response.organisation,
                response.submitted_at,
                statuses[email],
                warnings.get(number),
            )
        )
    rows.sort(key=attrgetter("row"))
    return ImportPlan(
        session_id=target.session_id,
        path=path,
        sha256=sha256,
        workbook_kind=workbook.kind,
        sheet=workbook.sheet.name,
        sheet_names=workbook.sheet_names,
        encoding=workbook.encoding,
        delimiter=workbook.delimiter,
        header_row=parsed.header_row,
        header=parsed.header,
        mapping=parsed.mapping,
        day_first=parsed.day_first,
        day_first_guessed=parsed.day_first_guessed,
        time_zone=parsed.time_zone,
        rows=rows,
        responses=parsed.responses,
        counts=_counts(rows, changes, statuses),
        snapshot=Snapshot((), existing, changes, statuses),
    )


def _counts(
    rows: Sequence[PlannedRow], changes: Changes, statuses: Mapping[str, RegistrationStatus]
) -> ImportCounts:
    """The report: what the rows became, and the session's queue after the import."""
    totals = dict.fromkeys(RegistrationStatus, 0)
    for status in statuses.values():
        totals[status] += 1
    return ImportCounts(
        rows=len(rows),
        added=len(changes.new),
        updated=len(changes.updated),
        unchanged=len(changes.unchanged),
        duplicates=sum(1 for row in rows if row.outcome is Outcome.DUPLICATE),
        invalid=[
            RowMessage(row.row, row.message)
            for row in rows
            if row.outcome is Outcome.INVALID and row.message
        ],
        warnings=[
            RowMessage(row.row, row.message)
            for row in rows
            if row.outcome is not Outcome.INVALID and row.message
        ],
        confirmed=totals[RegistrationStatus.CONFIRMED],
        waitlisted=totals[RegistrationStatus.WAITLISTED],
        late=totals[RegistrationStatus.LATE],
    )
