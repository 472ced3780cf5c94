"""Who a registration's member organisation is, and whether its dues allow the session.

A registration belongs to the organisation its "Structure" answer matches (by
name or confirmed alias); failing that, to the organisation its person is tied
to (an individual member, say). The dues flag never removes anyone from a queue:
it is shown, and it clears as soon as the payment is recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..clock import PARIS
from ..db.database import Database
from ..db.models import Due, Person, Registration, RegistrationStatus, TrainingSession
from ..db.types import utc_now
from ..text import normalise_email
from .matching import Candidate, Matcher, match_key
from .organisations import load_matcher


@dataclass(frozen=True)
class Membership:
    """A registration's member organisation (None when unmatched) and its dues.

    `dues_ok` is None when the session does not require dues.
    """

    organisation_id: int | None
    organisation: str | None
    dues_ok: bool | None


def session_year(first_date: date | None, deadline: date | None) -> int:
    """The membership year a session belongs to: the year of its first half-day."""
    known = first_date or deadline
    return known.year if known is not None else utc_now().astimezone(PARIS).year


def settled_organisations(session: Session, years: Iterable[int]) -> set[tuple[int, int]]:
    """(organisation, year) pairs whose due is paid or waived."""
    query = select(Due.organisation_id, Due.year).where(
        Due.year.in_(sorted(set(years))),
        or_(Due.waived, and_(Due.called_cents > 0, Due.paid_cents >= Due.called_cents)),
    )
    return {(organisation_id, year) for organisation_id, year in session.execute(query)}


class MembershipResolver:
    """Resolves many registrations at once: one matcher, one query of settled dues."""

    def __init__(self, session: Session, years: Iterable[int]) -> None:
        self._matcher: Matcher = load_matcher(session)
        self._settled = settled_organisations(session, years)
        self._answers: dict[str, int | None] = {}

    def organisation_of(self, answer: str, person_organisation_id: int | None) -> int | None:
        matched = self._answers.get(answer, -1)
        if matched == -1:
            matched = self._answers[answer] = self._matcher.exact(answer)
        return matched if matched is not None else person_organisation_id

    def resolve(
        self, answer: str, person_organisation_id: int | None, year: int, requires_dues: bool
    ) -> Membership:
        organisation_id = self.organisation_of(answer, person_organisation_id)
        name = self._matcher.name(organisation_id) if organisation_id is not None else None
        if not requires_dues:
            return Membership(organisation_id, name, None)
        settled = organisation_id is not None and (organisation_id, year) in self._settled
        return Membership(organisation_id, name, settled)


def session_memberships(session: Session, session_id: int) -> dict[int, Membership]:
    """Every registration of a session, by id, with its membership."""
    record = session.get(TrainingSession, session_id)
    if record is None:
        return {}
    year = session_year(record.first_date, record.registration_deadline)
    resolver = MembershipResolver(session, [year])
    rows = session.execute(
        select(Registration.id, Registration.organisation_answer, Person.organisation_id)
        .join(Person, Person.id == Registration.person_id)
        .where(Registration.session_id == session_id)
    )
    return {
        registration_id: resolver.resolve(answer, person_organisation, year, record.requires_dues)
        for registration_id, answer, person_organisation in rows
    }


def planned_memberships(
    database: Database, session_id: int, answers: Sequence[tuple[str, str]]
) -> list[Membership]:
    """The membership each (e-mail, "Structure" answer) of an import preview would have."""
    with database.read() as session:
        record = session.get(TrainingSession, session_id)
        if record is None:
            return [Membership(None, None, None) for _answer in answers]
        year = session_year(record.first_date, record.registration_deadline)
        resolver = MembershipResolver(session, [year])
        tied = dict(
            session.execute(
                select(Person.email, Person.organisation_id).where(
                    Person.organisation_id.is_not(None)
                )
            ).all()
        )
    return [
        resolver.resolve(answer, tied.get(normalise_email(email)), year, record.requires_dues)
        for email, answer in answers
    ]


def count_dues_to_settle(database: Database, session_id: int) -> int | None:
    """How many of a session's registrants (cancelled ones aside) have dues to settle;
    None when the session requires no dues."""
    with database.read() as session:
        record = session.get(TrainingSession, session_id)
        if record is None or not record.requires_dues:
            return None
        members = session_memberships(session, session_id)
        cancelled = set(
            session.scalars(
                select(Registration.id).where(
                    Registration.session_id == session_id,
                    Registration.status == RegistrationStatus.CANCELLED,
                )
            )
        )
    return sum(
        member.dues_ok is False
        for registration_id, member in members.items()
        if registration_id not in cancelled
    )


def membership_of(session: Session, registration: Registration) -> Membership:
    record = registration.session
    year = session_year(record.first_date, record.registration_deadline)
    return MembershipResolver(session, [year]).resolve(
        registration.organisation_answer,
        registration.person.organisation_id,
        year,
        record.requires_dues,
    )


@dataclass(frozen=True)
class UnmatchedRegistrant:
    registration_id: int
    person_id: int
    name: str
    email: str
    session_title: str


@dataclass(frozen=True)
class UnmatchedAnswer:
    """One "Structure" answer that matches no organisation, whoever gave it.

    Blank answers are grouped too (`answer` empty): those people are tied to an
    organisation one by one.
    """

    answer: str
    registrants: tuple[UnmatchedRegistrant, ...]
    suggestions: tuple[Candidate, ...]


def unmatched_answers(database: Database, session_id: int | None = None) -> list[UnmatchedAnswer]:
    """Registrations without a member organisation, grouped by answer, most frequent first."""
    query = (
        select(
            Registration.id,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.email,
            TrainingSession.title,
            Registration.organisation_answer,
        )
        .join(Person, Person.id == Registration.person_id)
        .join(TrainingSession, TrainingSession.id == Registration.session_id)
        .where(Person.organisation_id.is_(None))
        .order_by(Person.last_name, Person.first_name, Registration.id)
    )
    if session_id is not None:
        query = query.where(Registration.session_id == session_id)
    with database.read() as session:
        matcher = load_matcher(session)
        groups: dict[str, tuple[str, list[UnmatchedRegistrant]]] = {}
        for registration_id, person_id, first, last, email, title, answer in session.execute(query):
            if matcher.exact(answer) is not None:
                continue
            name = " ".join(part for part in (first, last) if part)
            registrant = UnmatchedRegistrant(registration_id, person_id, name, email, title)
            key = match_key(answer)
            # "-" or "/" say nothing either: they join the blank answers, shown as blank.
            shown = answer.strip() if key else ""
            groups.setdefault(key, (shown, []))[1].append(registrant)
    answers = [
        UnmatchedAnswer(answer, tuple(registrants), tuple(matcher.suggest(answer)))
        for answer, registrants in groups.values()
    ]
    answers.sort(key=lambda group: (not group.answer, -len(group.registrants), group.answer))
    return answers
