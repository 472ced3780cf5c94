"""The dues ledger: yearly calls, payments that add up, waivers, and the next year's calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..clock import PARIS
from ..db.database import Database
from ..db.models import (
    Due,
    DuesRate,
    DueStatus,
    Organisation,
    OrganisationKind,
    Payment,
    PaymentMethod,
)
from ..db.types import utc_now
from ..errors import QT_TRANSLATE_NOOP, Message, UserError
from ..text import clean
from .records import load, load_for_update, read_rows
from .validation import Errors, raise_if_any

#: No member of a small network pays a million euros: a larger figure is a typo.
MAX_CENTS = 100_000_000
FIRST_YEAR = 1990
LAST_YEAR = 2100


class DueRow(NamedTuple):
    """One line of the ledger of a year: an organisation's due and its latest payment."""

    id: int
    organisation_id: int
    organisation: str
    kind: OrganisationKind
    year: int
    called_cents: int
    paid_cents: int
    waived: bool
    paid_on: date | None
    method: PaymentMethod | None
    reference: str | None
    contact_name: str
    contact_email: str
    contact_phone: str
    version: int
    search_text: str

    @property
    def status(self) -> DueStatus:
        if self.waived:
            return DueStatus.WAIVED
        if self.called_cents > 0 and self.paid_cents >= self.called_cents:
            return DueStatus.PAID
        return DueStatus.CALLED

    @property
    def outstanding_cents(self) -> int:
        return 0 if self.waived else max(self.called_cents - self.paid_cents, 0)


@dataclass(frozen=True)
class Totals:
    called_cents: int
    received_cents: int
    outstanding_cents: int


@dataclass(frozen=True)
class PaymentDraft:
    amount_cents: int | None
    paid_on: date | None
    method: PaymentMethod | None
    reference: str = ""


@dataclass(frozen=True)
class CallReport:
    """What calling the next year's dues did."""

    year: int
    created: int
    already_called: int


def today() -> date:
    return utc_now().astimezone(PARIS).date()


def check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "{year} is not a year the ledger can hold."), year=year
        )


def ledger(database: Database, year: int) -> list[DueRow]:
    """Every due of a year, by organisation name, with the latest payment's details."""
    check_year(year)
    # The latest payment by date (then by entry), whatever order they were entered in;
    # found through the payments' index on their due, one due at a time.
    latest = (
        select(Payment.id)
        .where(Payment.due_id == Due.id)
        .order_by(Payment.paid_on.desc(), Payment.id.desc())
        .limit(1)
        .correlate(Due)
        .scalar_subquery()
    )
    query = (
        select(
            Due.id,
            Due.organisation_id,
            Organisation.name,
            Organisation.kind,
            Due.year,
            Due.called_cents,
            Due.paid_cents,
            Due.waived,
            Payment.paid_on,
            Payment.method,
            Payment.reference,
            Organisation.contact_name,
            Organisation.contact_email,
            Organisation.contact_phone,
            Due.version,
            Organisation.search_key,
        )
        .join(Organisation, Organisation.id == Due.organisation_id)
        .outerjoin(Payment, Payment.id == latest)
        .where(Due.year == year)
        .order_by(Organisation.search_key, Due.id)
    )
    with database.read() as session:
        return read_rows(session, query, DueRow)


def totals(rows: list[DueRow]) -> Totals:
    return Totals(
        called_cents=sum(row.called_cents for row in rows if not row.waived),
        received_cents=sum(row.paid_cents for row in rows),
        outstanding_cents=sum(row.outstanding_cents for row in rows),
    )


def ledger_years(database: Database) -> list[int]:
    """The years that have dues, newest first."""
    with database.read() as session:
        return list(session.scalars(select(Due.year).distinct().order_by(Due.year.desc())))


def ledger_year_choices(database: Database, on: date | None = None) -> list[int]:
    """The years worth showing, newest first: those with dues, this year and the next
    (the next year's calls go out before it begins)."""
    current = (on or today()).year
    return sorted({*ledger_years(database), current, current + 1}, reverse=True)


class UnpaidDue(NamedTuple):
    """A due still owed, with whom to ask for it."""

    organisation: str
    kind: OrganisationKind
    called_cents: int
    paid_cents: int
    outstanding_cents: int
    contact_name: str
    contact_email: str
    contact_phone: str
    address: str


def unpaid_dues(database: Database, year: int) -> list[UnpaidDue]:
    """The dues of a year neither paid in full nor waived, by organisation name."""
    check_year(year)
    query = (
        select(
            Organisation.name,
            Organisation.kind,
            Due.called_cents,
            Due.paid_cents,
            Due.called_cents - Due.paid_cents,
            Organisation.contact_name,
            Organisation.contact_email,
            Organisation.contact_phone,
            Organisation.address,
        )
        .join(Organisation, Organisation.id == Due.organisation_id)
        .where(Due.year == year, Due.waived.is_(False), Due.paid_cents < Due.called_cents)
        .order_by(Organisation.search_key, Due.id)
    )
    with database.read() as session:
        return read_rows(session, query, UnpaidDue)


# Calls


def call_due(
    database: Database, organisation_id: int, year: int, called_cents: int, waived: bool = False
) -> int:
    """Calls an organisation's due for a year.

    One already called is refused: changing it goes through `update_due`, which
    checks that nobody changed it meanwhile.
    """
    check_year(year)
    raise_if_any(validate_called(called_cents, waived))
    with database.write() as session:
        organisation = load(session, Organisation, organisation_id)
        called = session.scalar(
            select(Due.id).where(Due.organisation_id == organisation_id, Due.year == year)
        )
        if called is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{name} is already called for {year}: change that due instead."
                ),
                name=organisation.name,
                year=year,
            )
        due = Due(organisation_id=organisation_id, year=year, paid_cents=0, note="")
        session.add(due)
        due.called_cents = called_cents
        due.waived = waived
        due.updated_at = utc_now()
        session.flush()
        return due.id


def update_due(
    database: Database, due_id: int, called_cents: int, waived: bool, version: int | None
) -> None:
    raise_if_any(validate_called(called_cents, waived))
    with database.write() as session:
        due = load_for_update(session, Due, due_id, version)
        due.called_cents = called_cents
        due.waived = waived
        due.updated_at = utc_now()


def validate_called(called_cents: int | None, waived: bool = False) -> Errors:
    """An amount called: positive, or nothing at all for a waived due."""
    if not _in_range(called_cents, 0 if waived else 1):
        return {"called": _amount_message()}
    return {}


def validate_rate(cents: int | None) -> Errors:
    """An amount of the scale: 0 leaves the kind without one (called as the year before)."""
    return {} if _in_range(cents, 0) else {"rate": _amount_message()}


def _in_range(cents: int | None, lowest: int) -> bool:
    return cents is not None and lowest <= cents <= MAX_CENTS


def _amount_message() -> Message:
    return Message(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Give an amount in euros, positive and under a million (for example 120,50).",
        )
    )


# Payments


def validate_payment(draft: PaymentDraft, on: date | None = None) -> Errors:
    errors: Errors = {}
    if draft.amount_cents is None or not 0 < draft.amount_cents <= MAX_CENTS:
        errors["amount"] = _amount_message()
    if draft.paid_on is None:
        errors["paid_on"] = Message(QT_TRANSLATE_NOOP("Messages", "Give the date of payment."))
    elif draft.paid_on > (on or today()):
        errors["paid_on"] = Message(
            QT_TRANSLATE_NOOP("Messages", "A payment cannot be dated in the future.")
        )
    elif draft.paid_on.year < FIRST_YEAR:
        errors["paid_on"] = Message(QT_TRANSLATE_NOOP("Messages", "This date is too old."))
    if draft.method is None:
        errors["method"] = Message(QT_TRANSLATE_NOOP("Messages", "Choose how it was paid."))
    if len(draft.reference.strip()) > 200:
        errors["reference"] = Message(
            QT_TRANSLATE_NOOP("Messages", "At most {most} characters here."), {"most": 200}
        )
    return errors


def record_payment(database: Database, due_id: int, draft: PaymentDraft) -> int:
    """Adds a payment to a due; partial payments add up. Returns the payment's id."""
    raise_if_any(validate_payment(draft))
    with database.write() as session:
        return add_payment(session, load(session, Due, due_id), draft)


def add_payment(session: Session, due: Due, draft: PaymentDraft) -> int:
    """Adds a checked payment within the caller's transaction (its method may be unknown
    when it comes from an imported ledger)."""
    assert draft.amount_cents is not None and draft.paid_on is not None
    payment = Payment(
        due=due,
        amount_cents=draft.amount_cents,
        paid_on=draft.paid_on,
        method=draft.method,
        reference=clean(draft.reference),
    )
    session.add(payment)
    due.paid_cents += draft.amount_cents
    due.updated_at = utc_now()
    session.flush()
    return payment.id


def delete_payment(database: Database, payment_id: int) -> None:
    """Takes back a payment recorded by mistake."""
    with database.write() as session:
        payment = load(session, Payment, payment_id)
        payment.due.paid_cents -= payment.amount_cents
        payment.due.updated_at = utc_now()
        session.delete(payment)


@dataclass(frozen=True)
class PaymentLine:
    id: int
    amount_cents: int
    paid_on: date
    method: PaymentMethod | None
    reference: str


def _line(payment: Payment) -> PaymentLine:
    return PaymentLine(
        payment.id, payment.amount_cents, payment.paid_on, payment.method, payment.reference
    )


def payments_of(database: Database, due_id: int) -> list[PaymentLine]:
    with database.read() as session:
        return [_line(payment) for payment in load(session, Due, due_id).payments]


@dataclass(frozen=True)
class DueReceipt:
    """What a receipt acknowledges: who paid what, towards which year's due."""

    organisation: str
    address: str
    year: int
    called_cents: int
    waived: bool
    payments: tuple[PaymentLine, ...]

    @property
    def received_cents(self) -> int:
        return sum(payment.amount_cents for payment in self.payments)

    @property
    def outstanding_cents(self) -> int:
        return 0 if self.waived else max(self.called_cents - self.received_cents, 0)


def due_receipt(database: Database, due_id: int) -> DueReceipt:
    """The receipt of a due; refused while no payment is recorded (nothing to acknowledge)."""
    with database.read() as session:
        due = load(session, Due, due_id)
        if not due.payments:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "No payment is recorded for this due: a receipt would acknowledge nothing.",
                )
            )
        return DueReceipt(
            organisation=due.organisation.name,
            address=due.organisation.address,
            year=due.year,
            called_cents=due.called_cents,
            waived=due.waived,
            payments=tuple(_line(payment) for payment in due.payments),
        )


# The scale and the next year's calls


def dues_rates(database: Database) -> dict[OrganisationKind, int]:
    """The amount called from each kind of organisation (0 where none is set)."""
    with database.read() as session:
        return rates_in(session)


def rates_in(session: Session) -> dict[OrganisationKind, int]:
    stored = dict(session.execute(select(DuesRate.kind, DuesRate.amount_cents)).all())
    return {kind: stored.get(kind, 0) for kind in OrganisationKind}


def set_dues_rates(database: Database, rates: dict[OrganisationKind, int | None]) -> None:
    errors = {
        kind.value: _amount_message() for kind, cents in rates.items() if validate_rate(cents)
    }
    raise_if_any(errors)
    with database.write() as session:
        for kind, cents in rates.items():
            session.merge(DuesRate(kind=kind, amount_cents=cents))


def _next_year_members(session: Session, year: int) -> tuple[list[Any], set[int]]:
    """The year's members (organisation, amount called, kind) and those already called
    for the next year."""
    members = list(
        session.execute(
            select(Due.organisation_id, Due.called_cents, Organisation.kind)
            .join(Organisation, Organisation.id == Due.organisation_id)
            .where(Due.year == year)
        ).all()
    )
    if not members:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "No organisation has dues for {year}."), year=year
        )
    called = set(session.scalars(select(Due.organisation_id).where(Due.year == year + 1)))
    return members, called


def preview_next_year(database: Database, year: int) -> CallReport:
    """What call_next_year would do, written nowhere: to say it before it is done."""
    check_year(year + 1)
    with database.read() as session:
        members, called = _next_year_members(session, year)
    already = sum(1 for member in members if member.organisation_id in called)
    return CallReport(year + 1, len(members) - already, already)


def call_next_year(database: Database, year: int) -> CallReport:
    """Calls year + 1's dues from year's members, at the scale's amount for their kind.

    A kind without an amount on the scale is called what it was called this year.
    Organisations already called for the next year are left as they are.
    """
    check_year(year + 1)
    rates = dues_rates(database)
    with database.write() as session:
        members, called = _next_year_members(session, year)
        created = 0
        for organisation_id, called_cents, kind in members:
            if organisation_id in called:
                continue
            session.add(
                Due(
                    organisation_id=organisation_id,
                    year=year + 1,
                    called_cents=rates[kind] or called_cents,
                    paid_cents=0,
                    waived=False,
                    note="",
                )
            )
            created += 1
        return CallReport(year + 1, created, len(members) - created)
