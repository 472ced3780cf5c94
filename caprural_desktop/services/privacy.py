"""Personal data (GDPR): what is stored about someone, anonymising them, and retention.

Anonymising replaces a person's identity and their form answers; their
registrations and attendance stay, as the counts funders were given. Every
export and anonymisation is logged with its date. The retention purge first
says exactly whom it would anonymise; applying it changes nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..clock import PARIS
from ..db.database import Database
from ..db.models import (
    Attendance,
    ConnectionName,
    Due,
    ImportBatch,
    Organisation,
    OrganisationAlias,
    OrganisationKind,
    Person,
    PrivacyEvent,
    Registration,
    TimeSlot,
    TrainingSession,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, Translate, UserError, system_reason, untranslated
from ..spreadsheets.writing import SheetColumn, write_workbook
from .records import load
from .settings import MEMBER_YEARS, REGISTRANT_YEARS, get_setting

ANONYMOUS = "Anonyme"


def _today() -> date:
    return utc_now().astimezone(PARIS).date()


# What is stored about someone


def person_data(database: Database, person_id: int) -> dict[str, Any]:
    """Everything stored about a person, as JSON-ready data."""
    with database.read() as session:
        person = load(session, Person, person_id)
        registrations = session.execute(
            select(Registration, TrainingSession.title)
            .join(TrainingSession, TrainingSession.id == Registration.session_id)
            .where(Registration.person_id == person_id)
            .order_by(Registration.submitted_at)
        ).all()
        attendance = session.execute(
            select(
                TrainingSession.title,
                TimeSlot.date,
                TimeSlot.start,
                TimeSlot.end,
                Attendance.status,
            )
            .join(Registration, Registration.id == Attendance.registration_id)
            .join(TimeSlot, TimeSlot.id == Attendance.time_slot_id)
            .join(TrainingSession, TrainingSession.id == Registration.session_id)
            .where(Registration.person_id == person_id)
            .order_by(TimeSlot.date, TimeSlot.start)
        ).all()
        connection_names = session.scalars(
            select(ConnectionName.text)
            .where(ConnectionName.person_id == person_id)
            .order_by(ConnectionName.id)
        ).all()
        return {
            "person": {
                "first_name": person.first_name,
                "last_name": person.last_name,
                "email": person.email,
                "phone": person.phone,
                "job_title": person.job_title,
                "commune": person.commune,
                "organisation": person.organisation.name if person.organisation else None,
                "consents": {
                    "photo": person.consent_photo,
                    "newsletter": person.consent_newsletter,
                    "list_sharing": person.consent_list_sharing,
                },
                "created_at": person.created_at.isoformat(),
                "anonymised_at": person.anonymised_at.isoformat() if person.anonymised_at else None,
            },
            "registrations": [
                {
                    "session": title,
                    "status": registration.status.value,
                    "submitted_at": registration.submitted_at.isoformat()
                    if registration.submitted_at
                    else None,
                    "organisation_answer": registration.organisation_answer,
                    "answers": registration.answers,
                }
                for registration, title in registrations
            ],
            "attendance": [
                {
                    "session": title,
                    "date": day.isoformat(),
                    "start": start.isoformat(timespec="minutes"),
                    "end": end.isoformat(timespec="minutes"),
                    "status": status.value,
                }
                for title, day, start, end, status in attendance
            ],
            #: Names and addresses under which they joined web conferences.
            "connection_names": [{"name": name} for name in connection_names],
        }


DATA_SHEET = QT_TRANSLATE_NOOP("Messages", "Personal data")
DATA_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Section"),
    QT_TRANSLATE_NOOP("Columns", "Field"),
    QT_TRANSLATE_NOOP("Columns", "Value"),
)


def export_person_data(
    database: Database, person_id: int, folder: Path, translate: Translate = untranslated
) -> tuple[Path, Path]:
    """Writes everything stored about a person as JSON and as .xlsx in `folder`; logged."""
    data = person_data(database, person_id)
    base = folder / f"donnees-personne-{person_id}"
    json_path, xlsx_path = base.with_suffix(".json"), base.with_suffix(".xlsx")
    try:
        json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be written: {reason}"),
            name=json_path.name,
            reason=system_reason(error),
        ) from error
    write_workbook(
        xlsx_path,
        translate("Messages", DATA_SHEET),
        [SheetColumn(translate("Columns", title)) for title in DATA_COLUMNS],
        _flattened(data),
    )
    with database.write() as session:
        _log(session, "export", person_id, f"{json_path.name}, {xlsx_path.name}")
    return json_path, xlsx_path


def _flattened(data: dict[str, Any], section: str = "") -> list[tuple[str, str, str]]:
    """Nested data as (section, field, value) lines, for a spreadsheet."""
    lines: list[tuple[str, str, str]] = []
    for key, value in data.items():
        where = f"{section}.{key}" if section else key
        if isinstance(value, dict):
            lines += _flattened(value, where)
        elif isinstance(value, list):
            for number, item in enumerate(value, start=1):
                lines += _flattened(item, f"{where}[{number}]")
        else:
            lines.append((section or key, key, "" if value is None else str(value)))
    return lines


def _log(session: Session, action: str, person_id: int | None, details: str) -> None:
    subject = f"person {person_id}" if person_id is not None else ""
    session.add(PrivacyEvent(action=action, subject=subject, details=details))


# Anonymising


def anonymise_person(database: Database, person_id: int) -> None:
    """Replaces a person's identity and form answers; their attendance records stay."""
    with database.write() as session:
        _anonymise(session, load(session, Person, person_id), "anonymise", "at their request")
        _forget_in_imports(session, {person_id})


def _anonymise(session: Session, person: Person, action: str, details: str) -> None:
    person.first_name = ""
    person.last_name = ANONYMOUS
    person.email = f"anonyme-{person.id}@invalid"
    person.phone = person.job_title = person.commune = ""
    person.consent_photo = person.consent_newsletter = person.consent_list_sharing = False
    person.search_key = ANONYMOUS.lower()
    person.anonymised_at = utc_now()
    person.updated_at = utc_now()
    session.execute(
        update(Registration)
        .where(Registration.person_id == person.id)
        .values(answers={}, version=Registration.version + 1, updated_at=utc_now())
    )
    session.execute(delete(ConnectionName).where(ConnectionName.person_id == person.id))
    _log(session, action, person.id, details)


def _forget_in_imports(session: Session, person_ids: set[int]) -> None:
    """What imports kept to be undone (earlier answers, names, phones) goes too: undoing
    one later takes back registrations, never an anonymised person's data."""
    for batch in session.scalars(select(ImportBatch)):  # undone ones keep their record too
        undo = batch.undo or {}
        people = [s for s in undo.get("people", []) if s["person_id"] not in person_ids]
        updated = [
            {**s, "answers": {}, "email": ""} if s["person_id"] in person_ids else s
            for s in undo.get("updated", [])
        ]
        if people != undo.get("people", []) or updated != undo.get("updated", []):
            batch.undo = {**undo, "people": people, "updated": updated}


# Retention


@dataclass(frozen=True)
class PurgePlan:
    """Whom the retention rule would anonymise, said before anything is done."""

    on: date
    registrant_years: int
    member_years: int
    #: (person id, name, e-mail, the last session's date or None)
    people: tuple[tuple[int, str, str, date | None], ...]
    #: (organisation id, name, the last paid or waived year or None)
    members: tuple[tuple[int, str, int | None], ...]


def purge_plan(database: Database, on: date | None = None) -> PurgePlan:
    today = on or _today()
    registrant_years = get_setting(database, REGISTRANT_YEARS)
    member_years = get_setting(database, MEMBER_YEARS)
    with database.read() as session:
        last_session = (
            select(Registration.person_id, func.max(TrainingSession.first_date).label("last"))
            .join(TrainingSession, TrainingSession.id == Registration.session_id)
            .group_by(Registration.person_id)
            .subquery()
        )
        people = []
        for person_id, first, last, email, created, latest in session.execute(
            select(
                Person.id,
                Person.first_name,
                Person.last_name,
                Person.email,
                Person.created_at,
                last_session.c.last,
            )
            .outerjoin(last_session, last_session.c.person_id == Person.id)
            .where(Person.anonymised_at.is_(None))
            .order_by(Person.last_name, Person.first_name, Person.id)
        ):
            active = latest or created.astimezone(PARIS).date()
            if _years_between(active, today) >= registrant_years:
                people.append((person_id, f"{first} {last}".strip(), email, latest))
        last_paid = (
            select(Due.organisation_id, func.max(Due.year).label("year"))
            .where((Due.waived) | ((Due.called_cents > 0) & (Due.paid_cents >= Due.called_cents)))
            .group_by(Due.organisation_id)
            .subquery()
        )
        members = [
            (organisation_id, name, year)
            for organisation_id, name, year in session.execute(
                select(Organisation.id, Organisation.name, last_paid.c.year)
                .outerjoin(last_paid, last_paid.c.organisation_id == Organisation.id)
                .where(
                    Organisation.kind == OrganisationKind.INDIVIDUAL,
                    ~Organisation.name.startswith(ANONYMOUS),
                )
                .order_by(Organisation.name)
            )
            if year is not None and today.year - year > member_years
        ]
    return PurgePlan(today, registrant_years, member_years, tuple(people), tuple(members))


def _years_between(earlier: date, later: date) -> int:
    years = later.year - earlier.year
    return years - ((later.month, later.day) < (earlier.month, earlier.day))


def apply_purge(database: Database, plan: PurgePlan) -> int:
    """Anonymises exactly what the plan listed (and is still due); returns how many."""
    count = 0
    with database.write() as session:
        anonymised = set()
        for person_id, *_rest in plan.people:
            person = session.get(Person, person_id)
            if person is not None and person.anonymised_at is None:
                _anonymise(session, person, "purge", "retention rule")
                anonymised.add(person_id)
        _forget_in_imports(session, anonymised)
        count += len(anonymised)
        for organisation_id, _name, _year in plan.members:
            organisation = session.get(Organisation, organisation_id)
            if organisation is None:
                continue
            organisation.name = f"{ANONYMOUS} {organisation.id}"
            organisation.contact_name = organisation.contact_email = ""
            organisation.contact_phone = organisation.address = ""
            organisation.search_key = organisation.match_key = organisation.name.lower()
            organisation.updated_at = utc_now()
            session.execute(
                OrganisationAlias.__table__.delete().where(
                    OrganisationAlias.organisation_id == organisation_id
                )
            )
            session.add(
                PrivacyEvent(
                    action="purge",
                    subject=f"organisation {organisation_id}",
                    details="former individual member, retention rule",
                )
            )
            count += 1
    return count


def privacy_events(database: Database) -> list[tuple[datetime, str, str, str]]:
    """The log, oldest first: (when, action, about whom, details)."""
    query = select(
        PrivacyEvent.happened_at, PrivacyEvent.action, PrivacyEvent.subject, PrivacyEvent.details
    ).order_by(PrivacyEvent.id)
    with database.read() as session:
        return [
            (when, action, subject, details)
            for when, action, subject, details in session.execute(query)
        ]
