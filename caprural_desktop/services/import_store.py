"""The database side of an import: the target session, what it holds, bulk writes, undo.

Writes go through Core statements in bulk (one INSERT of many rows, not one ORM
flush per row): a 100,000-response import stays within seconds.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date, datetime
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Text, bindparam, delete, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import (
    Attendance,
    ImportBatch,
    Person,
    Registration,
    RegistrationStatus,
    TrainingSession,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..text import normalise_email
from .people import normalise_phone, person_search_key
from .records import load, lock_row
from .registrations import recompute_queue

if TYPE_CHECKING:
    from .importing import Changes, ImportCounts, ImportPlan, Response

CHUNK = 500  # rows per statement: below every database's limit on bound parameters
#: Rows handed to the SQLite driver at a time (one statement, run for each row).
DRIVER_BATCH = 1000
#: SQLite's page cache while an import writes, in KiB.
PAGE_CACHE_KIB = 8 << 10


@dataclass(frozen=True)
class Target:
    session_id: int
    capacity: int
    deadline: date | None
    remembered_mapping: dict[str, str] | None


class Existing(NamedTuple):
    """A registration of the session as an import compares with it (a tuple: a
    re-import reads 100,000 of them)."""

    registration_id: int
    person_id: int
    email: str
    submitted_at: datetime | None
    status: RegistrationStatus
    forced_confirmed: bool
    accepted_late: bool
    #: Whether the stored answers and organisation are the file's (True if the file
    #: has no response for this e-mail): compared as they are read, not kept.
    same_answers: bool


def load_target(database: Database, session_id: int) -> Target:
    with database.read() as session:
        return _target(session, session_id)


def lock_target(session: Session, session_id: int) -> Target:
    """The session, locked while its queue is recomputed (PostgreSQL; SQLite's write
    transaction already holds the only write lock)."""
    lock_row(session, TrainingSession, session_id)
    return _target(session, session_id)


def _target(session: Session, session_id: int) -> Target:
    record = load(session, TrainingSession, session_id)
    batch = latest_batch(session, session_id)
    mapping = batch.mapping if batch is not None else None
    return Target(session_id, record.capacity, record.registration_deadline, mapping or None)


def latest_batch(session: Session, session_id: int) -> ImportBatch | None:
    return session.scalar(
        select(ImportBatch)
        .where(ImportBatch.session_id == session_id, ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.id.desc())
        .limit(1)
    )


def existing_registrations(
    session: Session, session_id: int, responses: Mapping[str, Response], email_header: str
) -> dict[str, Existing]:
    """The session's registrations by e-mail, their answers compared with those of the
    file's `responses` (by e-mail) as they are read: 100,000 stored answers are not
    held in memory at once (undo reads those it needs again).

    A person whose e-mail the coordinator corrected since is still found by the address
    the form gave (the answer under `email_header`), which the file still holds.
    """
    query = (
        select(
            Registration.id,
            Registration.person_id,
            Person.email,
            Registration.submitted_at,
            Registration.status,
            Registration.forced_confirmed,
            Registration.accepted_late,
            Registration.organisation_answer,
            type_coerce(Registration.answers, Text),
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.session_id == session_id)
        .order_by(Registration.id)  # ties in the queue go to the earlier registration
    )
    # A registration with no response under its own address may be the response under
    # the address it answered with: decided once every address registered as such is
    # known (theirs, then). Such rows are few; only they are kept meanwhile.
    entries: list[Existing | None] = []
    corrected: list[tuple[int, str, tuple[Any, ...]]] = []
    for row in session.connection().execute(query):
        email, stored = row[2], row[-1]
        response = responses.get(email)
        if response is None:
            answered = normalise_email(str(_answers(stored).get(email_header, "")))
            if answered != email and answered in responses:
                corrected.append((len(entries), answered, tuple(row)))
                entries.append(None)
                continue
        entries.append(_existing(row, response))
    registered = {entry.email for entry in entries if entry is not None}
    for position, answered, row in corrected:
        mine = answered not in registered  # one registration per address
        registered.add(answered)
        entries[position] = _existing(row, responses[answered] if mine else None)
    return {entry.email: entry for entry in entries if entry is not None}


def _existing(row: Sequence[Any], response: Response | None) -> Existing:
    """A registration as the import compares with it; its answers compared with the
    file's `response` as they are read."""
    registration_id, person_id, email, submitted_at, *state, organisation, stored = row
    same = True
    if response is not None:
        # Where the file holds the same text or moment, the database's copy can go.
        if submitted_at == response.submitted_at:
            submitted_at = response.submitted_at
        same = organisation == response.organisation and _same_answers(stored, response.answers)
        email = response.email
    return Existing(registration_id, person_id, email, submitted_at, *state, same)


def fingerprint(session: Session, session_id: int) -> tuple[object, ...]:
    """Changes whenever the session or anything of its registrations or registrants does:
    every write bumps a version, adds or removes a row."""
    session_version = session.scalar(
        select(TrainingSession.version).where(TrainingSession.id == session_id)
    )
    totals = session.execute(
        select(
            func.count(Registration.id),
            func.max(Registration.id),
            func.coalesce(func.sum(Registration.version), 0),
            func.coalesce(func.sum(Person.version), 0),
            func.max(Person.id),
        )
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.session_id == session_id)
    ).one()
    return (session_version, *totals)


def merged_time(current: datetime | None, incoming: datetime | None) -> datetime | None:
    """The earliest response keeps its place in the queue."""
    if current is None or incoming is None:
        return current or incoming
    return min(current, incoming)


def _same_answers(stored: str | dict[str, Any], answers: dict[str, Any]) -> bool:
    """Text first (SQLite keeps the JSON as written, read without decoding it), the
    decoded value otherwise (psycopg decodes PostgreSQL's JSONB itself)."""
    if isinstance(stored, dict):
        return stored == answers
    return stored == json.dumps(answers) or json.loads(stored) == answers


def _answers(stored: str | dict[str, Any]) -> dict[str, Any]:
    return stored if isinstance(stored, dict) else json.loads(stored)


def would_change(current: Existing, response: Response) -> bool:
    return not current.same_answers or current.submitted_at != merged_time(
        current.submitted_at, response.submitted_at
    )


def write(
    session: Session,
    plan: ImportPlan,
    changes: Changes,
    counts: ImportCounts,
    existing: Mapping[str, Existing],
    statuses: Mapping[str, RegistrationStatus],
) -> int:
    """Writes the changes and the batch that records them; returns the batch's id.

    `statuses` is the queue as the import computed it (by e-mail): new
    registrations are written with theirs, and only the existing ones whose
    status changes are updated.
    """
    with _roomy_page_cache(session):
        return _write(session, plan, changes, counts, existing, statuses)


@contextmanager
def _roomy_page_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache at 8 MB (2 MB by default) while an import writes.

    The indexes of 100,000 new people (e-mail, search key) take their rows in
    no order: in 2 MB their pages are spilled to the log and read back over and
    over, a tenth of the writing time. The cache only grows as far as needed,
    and is given back before the commit (which writes the pages it holds).
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    size = connection.exec_driver_sql("PRAGMA cache_size").scalar_one()
    connection.exec_driver_sql(f"PRAGMA cache_size = {-PAGE_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(size)}")


def _write(
    session: Session,
    plan: ImportPlan,
    changes: Changes,
    counts: ImportCounts,
    existing: Mapping[str, Existing],
    statuses: Mapping[str, RegistrationStatus],
) -> int:
    now = utc_now()
    batch_id = session.execute(
        insert(ImportBatch).returning(ImportBatch.id),
        {
            "session_id": plan.session_id,
            "file_name": plan.path.name,
            "sha256": plan.sha256,
            "sheet": plan.sheet,
            "mapping": plan.mapping.to_json(plan.header),
            "options": {"day_first": plan.day_first, "time_zone": plan.time_zone},
            "counts": _counts_json(counts),
            "undo": {},
            "imported_at": now,
        },
    ).scalar_one()
    people, created_people, previous_people = _people_ids(
        session,
        changes.new,
        {current.person_id: response for current, response in changes.updated},
        now,
    )
    new = changes.new
    _insert(
        session,
        Registration,
        {
            "person_id": (people[response.email] for response in new),
            "submitted_at": (response.submitted_at for response in new),
            "status": (statuses[response.email] for response in new),
            "answers": (response.answers for response in new),
            "organisation_answer": (response.organisation for response in new),
        },
        {
            "session_id": plan.session_id,
            "forced_confirmed": False,
            "accepted_late": False,
            "import_batch_id": batch_id,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        },
    )
    replaced = _undo_states(session, [current.registration_id for current, _ in changes.updated])
    _update_registrations(session, changes, now)
    undo = {"created_people": created_people, "updated": replaced, "people": previous_people}
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(undo=undo))
    update_statuses(session, existing, statuses, now)
    return batch_id


def update_statuses(
    session: Session,
    existing: Mapping[str, Existing],
    statuses: Mapping[str, RegistrationStatus],
    now: datetime,
) -> None:
    by_status: dict[RegistrationStatus, list[int]] = {}
    for email, current in existing.items():
        if statuses[email] is not current.status:
            by_status.setdefault(statuses[email], []).append(current.registration_id)
    for status, ids in by_status.items():
        for chunk in _chunks(ids):
            session.execute(
                update(Registration)
                .where(Registration.id.in_(chunk))
                .values(status=status, version=Registration.version + 1, updated_at=now)
            )


def _people_ids(
    session: Session, responses: Sequence[Response], updated: Mapping[int, Response], now: datetime
) -> tuple[dict[str, int], list[int], list[dict[str, Any]]]:
    """Each new response's person by e-mail, found across sessions or else created; the
    ids of those created; and what the known people whose details changed had before
    (those of the new responses, and those of the `updated` registrations by person)."""
    known = _ids_by_email(session, [response.email for response in responses])
    # In e-mail order: two imports that create the same people then wait for each
    # other in one order, instead of each holding what the other needs (a deadlock).
    missing = sorted(
        (response for response in responses if response.email not in known),
        key=lambda response: response.email,
    )
    created = _insert_people(session, missing, now)
    previous = _update_people(
        session, {known[r.email]: r for r in responses if r.email in known} | dict(updated), now
    )
    known.update(created)
    return known, sorted(created.values()), previous


#: A person's details that the form's answers may change, as `_details` gives them.
DETAILS = (
    "first_name",
    "last_name",
    "phone",
    "job_title",
    "commune",
    "consent_photo",
    "consent_newsletter",
    "consent_list_sharing",
)


def _update_people(
    session: Session, responses: Mapping[int, Response], now: datetime
) -> list[dict[str, Any]]:
    """Known people's details take the latest answers the form gave; a blank answer, or a
    consent the form did not ask for, keeps what is stored. Only people whose details
    change are written; what they had and what they got is returned, for undo."""
    previous, changed = [], []
    columns = [getattr(Person, name) for name in DETAILS]
    for chunk in _chunks(list(responses)):
        current = session.connection().execute(
            select(Person.id, Person.email, Person.version, *columns).where(Person.id.in_(chunk))
        )
        for person_id, email, version, *values in current:
            stored = dict(zip(DETAILS, values, strict=True))
            answered = _details(responses[person_id])
            merged = {
                name: stored[name] if answered[name] in ("", None) else answered[name]
                for name in DETAILS
            }
            if merged == stored:
                continue
            search_key = person_search_key(merged["first_name"], merged["last_name"], email)
            changed.append(
                {"person_id": person_id, "read_version": version, "new_search_key": search_key}
                | {f"new_{name}": value for name, value in merged.items()}
            )
            previous.append(
                {"person_id": person_id, "email": email, "before": stored, "after": merged}
            )
    for chunk in _chunks(changed):
        session.connection().execute(_SET_DETAILS.values(updated_at=now), chunk)
    return previous


#: Sets a person's details to the `new_…` values bound for each person, unless someone
#: changed the person since they were read (a server's other writers): theirs stays.
_SET_DETAILS = (
    update(Person)
    .where(Person.id == bindparam("person_id"), Person.version == bindparam("read_version"))
    .values({name: bindparam(f"new_{name}") for name in (*DETAILS, "search_key")})
    .values(version=Person.version + 1)
)


def _details(response: Response) -> dict[str, Any]:
    photo, newsletter, sharing = response.consents
    return {
        "first_name": response.first_name,
        "last_name": response.last_name,
        "phone": normalise_phone(response.phone),
        "job_title": response.job_title,
        "commune": response.commune,
        "consent_photo": photo,
        "consent_newsletter": newsletter,
        "consent_list_sharing": sharing,
    }


def restore_people(session: Session, previous: Sequence[Mapping[str, Any]]) -> None:
    """Undo: people's details as they were before the import, where they are still what
    the import wrote (a later import undone first has put them back; a change by hand
    since is kept)."""
    now = utc_now()
    columns = [getattr(Person, name) for name in DETAILS]
    for state in previous:
        current = (
            session.connection()
            .execute(select(Person.email, *columns).where(Person.id == state["person_id"]))
            .one_or_none()
        )
        if current is None or dict(zip(DETAILS, current[1:], strict=True)) != state["after"]:
            continue
        before = state["before"]
        # The address as it is now: the coordinator may have corrected it since.
        search_key = person_search_key(before["first_name"], before["last_name"], current[0])
        session.connection().execute(
            update(Person)
            .where(Person.id == state["person_id"])
            .values(
                {**before, "search_key": search_key, "version": Person.version + 1},
            )
            .values(updated_at=now)
        )


def _insert_people(
    session: Session, responses: Sequence[Response], now: datetime
) -> dict[str, int]:
    """Creates a person for each response (none of them known yet); their ids by e-mail.

    Their ids are read back in one query, as the rows numbered after the largest
    id before the insert: on SQLite the write transaction holds the only write
    lock, so they are all ours; a server's other writers' rows are told apart by
    their e-mails.
    """
    if not responses:
        return {}
    before = session.scalar(select(func.coalesce(func.max(Person.id), 0)))
    _insert(
        session,
        Person,
        {
            "first_name": (response.first_name for response in responses),
            "last_name": (response.last_name for response in responses),
            "email": (response.email for response in responses),
            "phone": (normalise_phone(response.phone) for response in responses),
            "job_title": (response.job_title for response in responses),
            "commune": (response.commune for response in responses),
            "consent_photo": (bool(response.consents[0]) for response in responses),
            "consent_newsletter": (bool(response.consents[1]) for response in responses),
            "consent_list_sharing": (bool(response.consents[2]) for response in responses),
            "search_key": (
                person_search_key(response.first_name, response.last_name, response.email)
                for response in responses
            ),
        },
        {"version": 1, "created_at": now, "updated_at": now},
    )
    wanted = {response.email for response in responses}
    result = session.connection().execute(select(Person.email, Person.id).where(Person.id > before))
    return {email: person_id for email, person_id in result if email in wanted}


def _ids_by_email(session: Session, emails: Sequence[str]) -> dict[str, int]:
    """The people already known by these e-mails.

    On SQLite the e-mails go as one JSON array, unpacked by the database: one
    statement instead of one per chunk of 500 bound values.
    """
    connection = session.connection()
    unique = list(dict.fromkeys(emails))
    if connection.dialect.name == "sqlite":
        listed = func.json_each(json.dumps(unique)).table_valued("value")
        query = select(Person.email, Person.id).join(listed, Person.email == listed.c.value)
        return {email: person_id for email, person_id in connection.execute(query)}
    found: dict[str, int] = {}
    for chunk in _chunks(unique):
        result = connection.execute(select(Person.email, Person.id).where(Person.email.in_(chunk)))
        found.update((email, person_id) for email, person_id in result)
    return found


def _update_registrations(session: Session, changes: Changes, now: datetime) -> None:
    rows = [
        {
            "registration_id": current.registration_id,
            "new_submitted_at": merged_time(current.submitted_at, response.submitted_at),
            "new_answers": response.answers,
            "new_organisation": response.organisation,
        }
        for current, response in changes.updated
    ]
    for chunk in _chunks(rows):
        session.connection().execute(
            update(Registration)
            .where(Registration.id == bindparam("registration_id"))
            .values(
                submitted_at=bindparam("new_submitted_at", type_=Registration.submitted_at.type),
                answers=bindparam("new_answers", type_=Registration.answers.type),
                organisation_answer=bindparam("new_organisation"),
                version=Registration.version + 1,
                updated_at=now,
            ),
            chunk,
        )


def _undo_states(session: Session, registration_ids: Sequence[int]) -> list[dict[str, Any]]:
    """What undo puts back of each registration the import updates, read before it does."""
    states: dict[int, dict[str, Any]] = {}
    for chunk in _chunks(registration_ids):
        query = (
            select(
                Registration.id,
                Registration.person_id,
                Person.email,
                Registration.submitted_at,
                Registration.organisation_answer,
                Registration.status,
                Registration.forced_confirmed,
                Registration.accepted_late,
                Registration.import_batch_id,
                type_coerce(Registration.answers, Text),
            )
            .join(Person, Person.id == Registration.person_id)
            .where(Registration.id.in_(chunk))
        )
        states.update((row[0], _undo_json(*row)) for row in session.connection().execute(query))
    return [states[registration_id] for registration_id in registration_ids]


def _undo_json(
    registration_id: int,
    person_id: int,
    email: str,
    submitted_at: datetime | None,
    organisation_answer: str,
    status: RegistrationStatus,
    forced_confirmed: bool,
    accepted_late: bool,
    import_batch_id: int | None,
    answers_json: str | dict[str, Any],
) -> dict[str, Any]:
    return {
        "registration_id": registration_id,
        "person_id": person_id,
        "email": email,
        "submitted_at": submitted_at.isoformat() if submitted_at else None,
        "organisation_answer": organisation_answer,
        "status": status.value,
        "forced_confirmed": forced_confirmed,
        "accepted_late": accepted_late,
        "import_batch_id": import_batch_id,
        "answers": _answers(answers_json),
    }


def _counts_json(counts: ImportCounts) -> dict[str, Any]:
    data = asdict(counts)
    for key in ("invalid", "warnings"):
        data[key] = [
            {"row": item.row, "reason": item.message.render()} for item in getattr(counts, key)
        ]
    return data


def _insert(
    session: Session, model: type, columns: Mapping[str, Iterable[Any]], shared: Mapping[str, Any]
) -> None:
    """Inserts rows given column by column: `columns` holds each column's values in row
    order, made as they are read (generators), `shared` the values every row has.

    On SQLite the values go through the columns' own type processors (the
    stored form is the ORM's to the byte), a column at a time and a shared
    value once, straight to the driver in batches: Core's per-row parameter
    handling costs more than SQLite's writing, and only a batch of rows (their
    JSON texts) is in memory at a time.
    """
    names = [*columns, *shared]
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        same = tuple(shared.values())
        rows = (values + same for values in zip(*columns.values(), strict=True))
        for batch in _batches((dict(zip(names, row, strict=True)) for row in rows), CHUNK):
            connection.execute(insert(model), batch)
        return
    table = model.__table__  # type: ignore[attr-defined]
    process = {
        name: table.c[name].type._cached_bind_processor(connection.dialect) for name in names
    }
    varying = [
        values if process[name] is None else map(process[name], values)
        for name, values in columns.items()
    ]
    same = tuple(
        value if process[name] is None else process[name](value) for name, value in shared.items()
    )
    placeholders = ", ".join("?" for _ in names)
    statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({placeholders})"
    rows = (values + same for values in zip(*varying, strict=True))
    for batch in _batches(rows, DRIVER_BATCH):
        connection.exec_driver_sql(statement, batch)


def _batches(rows: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Lists of `size` rows (the last one shorter): a few at a time in memory."""
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# Undo -------------------------------------------------------------------------------


def undo(session: Session, batch_id: int) -> None:
    batch = load(session, ImportBatch, batch_id)
    lock_target(session, batch.session_id)  # the queue changes: as any other change of it
    session.refresh(batch)
    if batch.undone_at is not None:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "This import was already undone."))
    later = session.scalar(
        select(func.count()).where(
            ImportBatch.session_id == batch.session_id,
            ImportBatch.id > batch_id,
            ImportBatch.undone_at.is_(None),
        )
    )
    if later:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Undo the later imports of this session first, newest first."
            )
        )
    # Its new registrations carry its id (an update keeps the earlier import's).
    added = select(Registration.id).where(Registration.import_batch_id == batch_id)
    attended = session.scalar(
        select(func.count(func.distinct(Attendance.registration_id))).where(
            Attendance.registration_id.in_(added)
        )
    )
    if attended:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This import can no longer be undone: attendance was marked for {count} of "
                "the people it registered, and undoing it would erase those marks. Cancel "
                "the registrations you want to take back instead.",
            ),
            count=attended,
        )
    session.execute(delete(Registration).where(Registration.import_batch_id == batch_id))
    for state in batch.undo.get("updated", []):
        session.execute(
            update(Registration)
            .where(Registration.id == state["registration_id"])
            .values(
                submitted_at=datetime.fromisoformat(state["submitted_at"])
                if state["submitted_at"]
                else None,
                answers=state["answers"],
                organisation_answer=state["organisation_answer"],
                import_batch_id=state["import_batch_id"],
                version=Registration.version + 1,
                updated_at=utc_now(),
            )
        )
    restore_people(session, batch.undo.get("people", []))
    people = batch.undo.get("created_people", [])
    for chunk in _chunks(people):
        still_registered = select(Registration.person_id).where(Registration.person_id.in_(chunk))
        session.execute(
            delete(Person).where(Person.id.in_(chunk), Person.id.not_in(still_registered))
        )
    batch.undone_at = utc_now()
    recompute_queue(session, batch.session_id)
