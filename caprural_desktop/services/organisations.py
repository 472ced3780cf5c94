"""The directory of member organisations, their aliases, and merging duplicates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from ..db.database import Database
from ..db.models import Due, Organisation, OrganisationAlias, OrganisationKind, Payment, Person
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, Message, UserError, ValidationError
from ..text import clean, normalise_email, search_key
from .matching import Matcher, match_key
from .people import normalise_phone
from .records import load, load_for_update, read_rows
from .validation import Errors, check_email, check_lengths, check_phone, raise_if_any, require_text


@dataclass(frozen=True)
class OrganisationDraft:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    territory: str = ""
    department: str = ""
    address: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    version: int | None = None


class OrganisationRow(NamedTuple):
    """One line of the organisations directory."""

    id: int
    name: str
    kind: OrganisationKind
    territory: str
    department: str
    contact_name: str
    contact_email: str
    people_count: int
    search_text: str


@dataclass(frozen=True)
class Alias:
    id: int
    text: str


@dataclass(frozen=True)
class OrganisationDetails:
    id: int
    draft: OrganisationDraft
    aliases: tuple[Alias, ...]
    people_count: int


def validate_organisation(draft: OrganisationDraft) -> Errors:
    errors: Errors = {}
    require_text(errors, "name", draft.name, QT_TRANSLATE_NOOP("Messages", "Give a name."))
    check_email(errors, "contact_email", draft.contact_email.strip())
    check_phone(errors, "contact_phone", draft.contact_phone.strip())
    check_lengths(
        errors,
        {
            "name": (draft.name, 300),
            "territory": (draft.territory, 300),
            "department": (draft.department, 100),
            "contact_name": (draft.contact_name, 200),
            "contact_email": (draft.contact_email, 320),
            "contact_phone": (draft.contact_phone, 50),
        },
    )
    return errors


def list_organisations(database: Database) -> list[OrganisationRow]:
    people = (
        select(func.count())
        .where(Person.organisation_id == Organisation.id)
        .correlate(Organisation)
        .scalar_subquery()
    )
    query = select(
        Organisation.id,
        Organisation.name,
        Organisation.kind,
        Organisation.territory,
        Organisation.department,
        Organisation.contact_name,
        Organisation.contact_email,
        people,
        Organisation.search_key,
    ).order_by(Organisation.search_key.concat(""))
    with database.read() as session:
        return read_rows(session, query, OrganisationRow)


def get_organisation(database: Database, organisation_id: int) -> OrganisationDetails:
    with database.read() as session:
        record = load(session, Organisation, organisation_id)
        people = session.scalar(
            select(func.count()).where(Person.organisation_id == organisation_id)
        )
        return OrganisationDetails(
            id=organisation_id,
            draft=_draft_of(record),
            aliases=tuple(
                Alias(alias.id, alias.text)
                for alias in sorted(record.aliases, key=lambda alias: alias.match_key)
            ),
            people_count=people or 0,
        )


def _draft_of(record: Organisation) -> OrganisationDraft:
    return OrganisationDraft(
        name=record.name,
        kind=record.kind,
        territory=record.territory,
        department=record.department,
        address=record.address,
        contact_name=record.contact_name,
        contact_email=record.contact_email,
        contact_phone=record.contact_phone,
        version=record.version,
    )


def create_organisation(database: Database, draft: OrganisationDraft) -> int:
    with database.write() as session:
        return insert_organisation(session, draft)


def insert_organisation(session: Session, draft: OrganisationDraft) -> int:
    """Adds an organisation within the caller's transaction."""
    raise_if_any(validate_organisation(draft))
    record = Organisation()
    _apply(record, draft)
    session.add(record)
    session.flush()
    refresh_search_key(session, record.id)
    return record.id


def update_organisation(database: Database, organisation_id: int, draft: OrganisationDraft) -> None:
    raise_if_any(validate_organisation(draft))
    with database.write() as session:
        _apply(load_for_update(session, Organisation, organisation_id, draft.version), draft)
        refresh_search_key(session, organisation_id)


def dues_on_record(database: Database, organisation_id: int) -> int:
    """How many dues (of any year) an organisation has: deleting it deletes them."""
    with database.read() as session:
        return (
            session.scalar(select(func.count(Due.id)).where(Due.organisation_id == organisation_id))
            or 0
        )


def delete_organisation(database: Database, organisation_id: int) -> None:
    """Deletes an organisation that has no payment on record.

    Payments are the treasurer's history: an organisation that paid is merged
    into another, never deleted with its receipts.
    """
    with database.write() as session:
        record = load(session, Organisation, organisation_id)
        paid = session.scalar(
            select(func.count(Payment.id))
            .join(Due, Payment.due_id == Due.id)
            .where(Due.organisation_id == organisation_id)
        )
        if paid:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{name} has payments on record: merge it into another organisation "
                    "instead of deleting it.",
                ),
                name=record.name,
            )
        session.delete(record)


def _apply(record: Organisation, draft: OrganisationDraft) -> None:
    record.name = clean(draft.name)
    record.kind = draft.kind
    record.territory = clean(draft.territory)
    record.department = clean(draft.department)
    record.address = draft.address.strip()
    record.contact_name = clean(draft.contact_name)
    record.contact_email = normalise_email(draft.contact_email)
    record.contact_phone = normalise_phone(draft.contact_phone)
    record.match_key = match_key(record.name)
    record.updated_at = utc_now()


def refresh_search_key(session: Session, organisation_id: int) -> None:
    """What the directory's search finds an organisation by: its names, place and
    contact, and every answer recognised as it.

    A derived column, written without bumping the version: adding an alias does
    not make an editor opened meanwhile look stale.
    """
    record = load(session, Organisation, organisation_id)
    aliases = session.scalars(
        select(OrganisationAlias.text).where(OrganisationAlias.organisation_id == organisation_id)
    )
    key = search_key(
        record.name,
        record.territory,
        record.department,
        record.contact_name,
        record.contact_email,
        *aliases,
    )
    session.execute(
        update(Organisation)
        .where(Organisation.id == organisation_id)
        .values(search_key=key)
        .execution_options(synchronize_session="fetch")
    )


# Aliases and matching


def load_matcher(session: Session) -> Matcher:
    """A matcher over the whole directory: every name and every confirmed alias.

    A name shared by two organisations (two "Commune de Saint-Pierre") matches
    neither exactly: the coordinator chooses, and the choice becomes an alias.
    """
    names: dict[int, str] = {}
    entries: list[tuple[str, int]] = []
    for organisation_id, name, key in session.execute(
        select(Organisation.id, Organisation.name, Organisation.match_key)
    ):
        names[organisation_id] = name
        entries.append((key, organisation_id))
    owners: dict[str, set[int]] = {}
    for key, organisation_id in entries:
        owners.setdefault(key, set()).add(organisation_id)
    exact = {key: min(ids) for key, ids in owners.items() if len(ids) == 1}
    for organisation_id, key in session.execute(
        select(OrganisationAlias.organisation_id, OrganisationAlias.match_key)
    ):
        exact[key] = organisation_id
        entries.append((key, organisation_id))
    return Matcher(names, exact, entries)


def add_alias(database: Database, organisation_id: int, answer: str) -> None:
    """Remembers that `answer` means this organisation, for every session to come."""
    with database.write() as session:
        insert_alias(session, organisation_id, answer)


def insert_alias(session: Session, organisation_id: int, answer: str) -> None:
    organisation = load(session, Organisation, organisation_id)
    key = match_key(answer)
    if not key:
        raise ValidationError(
            {"alias": Message(QT_TRANSLATE_NOOP("Messages", "Give the answer to recognise."))}
        )
    if len(answer.strip()) > 500:
        raise ValidationError(
            {
                "alias": Message(
                    QT_TRANSLATE_NOOP("Messages", "At most {most} characters here."), {"most": 500}
                )
            }
        )
    if key == organisation.match_key and not _name_shared(session, organisation):
        return  # its own name matches already
    if key != organisation.match_key:
        owner = session.scalar(
            select(Organisation).where(
                Organisation.match_key == key, Organisation.id != organisation_id
            )
        )
        if owner is not None:
            # The answer names another organisation: it would stop matching it.
            raise ValidationError(
                {
                    "alias": Message(
                        QT_TRANSLATE_NOOP("Messages", "“{answer}” is the name of {name}."),
                        {"answer": answer.strip(), "name": owner.name},
                    )
                }
            )
    existing = session.scalar(select(OrganisationAlias).where(OrganisationAlias.match_key == key))
    if existing is not None:
        if existing.organisation_id == organisation_id:
            return
        raise ValidationError(
            {
                "alias": Message(
                    QT_TRANSLATE_NOOP("Messages", "“{answer}” already stands for {name}."),
                    {"answer": answer.strip(), "name": existing.organisation.name},
                )
            }
        )
    session.add(
        OrganisationAlias(organisation_id=organisation_id, text=clean(answer), match_key=key)
    )
    session.flush()
    refresh_search_key(session, organisation_id)


def _name_shared(session: Session, organisation: Organisation) -> bool:
    """Whether another organisation's name matches the same answers (see load_matcher)."""
    other = session.scalar(
        select(Organisation.id).where(
            Organisation.match_key == organisation.match_key, Organisation.id != organisation.id
        )
    )
    return other is not None


def remove_alias(database: Database, alias_id: int) -> None:
    with database.write() as session:
        alias = load(session, OrganisationAlias, alias_id)
        session.delete(alias)
        session.flush()
        refresh_search_key(session, alias.organisation_id)


def assign_person(database: Database, person_id: int, organisation_id: int | None) -> None:
    """Ties a person to an organisation (an individual member, say) whatever they answer."""
    with database.write() as session:
        person = load(session, Person, person_id)
        if organisation_id is not None:
            load(session, Organisation, organisation_id)
        person.organisation_id = organisation_id
        person.updated_at = utc_now()


# Merging


def merge_organisations(database: Database, kept_id: int, merged_id: int) -> None:
    """One organisation recorded twice becomes one: people, aliases and dues move to `kept_id`.

    The merged one's name becomes an alias, so answers that named it still match.
    Two dues of the same year add up: the larger call, every payment.
    """
    if kept_id == merged_id:
        raise UserError(QT_TRANSLATE_NOOP("Messages", "Choose two different organisations."))
    with database.write() as session:
        kept = load(session, Organisation, kept_id)
        merged = load(session, Organisation, merged_id)
        session.execute(
            update(Person)
            .where(Person.organisation_id == merged_id)
            .values(organisation_id=kept_id)
        )
        session.execute(
            update(OrganisationAlias)
            .where(OrganisationAlias.organisation_id == merged_id)
            .values(organisation_id=kept_id)
        )
        _merge_dues(session, kept, merged)
        name, key = merged.name, merged.match_key
        session.delete(merged)
        session.flush()
        if key != kept.match_key:
            session.execute(delete(OrganisationAlias).where(OrganisationAlias.match_key == key))
            session.add(OrganisationAlias(organisation_id=kept_id, text=name, match_key=key))
            session.flush()
        refresh_search_key(session, kept_id)
        kept.updated_at = utc_now()


def _merge_dues(session: Session, kept: Organisation, merged: Organisation) -> None:
    kept_dues = {due.year: due for due in kept.dues}
    for due in list(merged.dues):
        same_year = kept_dues.get(due.year)
        if same_year is None:
            due.organisation = kept
            continue
        for payment in list(due.payments):
            payment.due = same_year
        same_year.called_cents = max(same_year.called_cents, due.called_cents)
        same_year.paid_cents += due.paid_cents
        same_year.waived = same_year.waived or due.waived
        same_year.note = "\n".join(note for note in (same_year.note, due.note) if note)
        same_year.updated_at = utc_now()
        merged.dues.remove(due)  # an orphan now: deleted with the flush
    session.flush()
