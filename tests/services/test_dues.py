"""The dues ledger: calls, partial payments, waivers, the scale and the next year's calls."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import DueStatus, OrganisationKind, PaymentMethod
from caprural_desktop.errors import ConflictError, UserError, ValidationError
from caprural_desktop.money import parse_cents
from caprural_desktop.services.dues import (
    PaymentDraft,
    UnpaidDue,
    call_due,
    call_next_year,
    delete_payment,
    due_receipt,
    dues_rates,
    ledger,
    ledger_year_choices,
    ledger_years,
    payments_of,
    preview_next_year,
    record_payment,
    set_dues_rates,
    today,
    totals,
    unpaid_dues,
    update_due,
)
from caprural_desktop.services.organisations import OrganisationDraft, create_organisation


@pytest.fixture
def die(database: Database) -> int:
    return create_organisation(
        database, OrganisationDraft(name="Commune de Die", kind=OrganisationKind.COMMUNE)
    )


def paid(cents: int, on: date = date(2025, 3, 1), reference: str = "") -> PaymentDraft:
    return PaymentDraft(cents, on, PaymentMethod.TRANSFER, reference)


def test_partial_payments_add_up_to_paid(database: Database, die: int) -> None:
    due = call_due(database, die, 2025, 12000)
    (row,) = ledger(database, 2025)
    assert (row.status, row.paid_cents, row.outstanding_cents, row.paid_on) == (
        DueStatus.CALLED,
        0,
        12000,
        None,
    )
    record_payment(database, due, paid(5000, date(2025, 2, 1), "VIR 1"))
    (row,) = ledger(database, 2025)
    assert (row.status, row.paid_cents, row.outstanding_cents) == (DueStatus.CALLED, 5000, 7000)
    record_payment(database, due, PaymentDraft(7000, date(2025, 3, 1), PaymentMethod.CHEQUE, "n°8"))
    (row,) = ledger(database, 2025)
    assert (row.status, row.paid_cents, row.outstanding_cents) == (DueStatus.PAID, 12000, 0)
    assert (row.paid_on, row.method, row.reference) == (
        date(2025, 3, 1),
        PaymentMethod.CHEQUE,
        "n°8",
    )
    assert [line.amount_cents for line in payments_of(database, due)] == [5000, 7000]


def test_a_payment_taken_back_reopens_the_due(database: Database, die: int) -> None:
    due = call_due(database, die, 2025, 12000)
    payment = record_payment(database, due, paid(12000))
    delete_payment(database, payment)
    (row,) = ledger(database, 2025)
    assert (row.status, row.paid_cents) == (DueStatus.CALLED, 0)


def test_a_waived_due_owes_nothing(database: Database, die: int) -> None:
    due = call_due(database, die, 2025, 12000)
    (row,) = ledger(database, 2025)
    update_due(database, due, 12000, True, row.version)
    (row,) = ledger(database, 2025)
    assert (row.status, row.outstanding_cents) == (DueStatus.WAIVED, 0)
    with pytest.raises(ConflictError):
        update_due(database, due, 15000, False, row.version - 1)


def test_totals_of_a_year(database: Database, die: int) -> None:
    crest = create_organisation(database, OrganisationDraft(name="Ville de Crest"))
    diois = create_organisation(database, OrganisationDraft(name="CC du Diois"))
    record_payment(database, call_due(database, die, 2025, 12000), paid(5000))
    record_payment(database, call_due(database, crest, 2025, 20000), paid(20000))
    call_due(database, diois, 2025, 30000, waived=True)
    result = totals(ledger(database, 2025))
    assert (result.called_cents, result.received_cents, result.outstanding_cents) == (
        32000,
        25000,
        7000,
    )
    assert ledger_years(database) == [2025]


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (paid(-500), "amount"),
        (paid(0), "amount"),
        (PaymentDraft(None, date(2025, 1, 1), PaymentMethod.CASH), "amount"),
        (paid(500, today() + timedelta(days=1)), "paid_on"),
        (PaymentDraft(500, None, PaymentMethod.CASH), "paid_on"),
        (PaymentDraft(500, date(2025, 1, 1), None), "method"),
        (paid(500, reference="x" * 201), "reference"),
    ],
)
def test_a_bad_payment_is_refused_and_nothing_written(
    database: Database, die: int, draft: PaymentDraft, field: str
) -> None:
    due = call_due(database, die, 2025, 12000)
    with pytest.raises(ValidationError) as raised:
        record_payment(database, due, draft)
    assert field in raised.value.errors
    assert payments_of(database, due) == []
    assert ledger(database, 2025)[0].paid_cents == 0


@pytest.mark.parametrize("cents", [-1, None, 100_000_001])
def test_a_bad_call_is_refused(database: Database, die: int, cents: int | None) -> None:
    with pytest.raises(ValidationError):
        call_due(database, die, 2025, cents)  # type: ignore[arg-type]
    assert ledger(database, 2025) == []


@pytest.mark.parametrize("year", [1066, 3000])
def test_an_unknown_year_is_refused(database: Database, die: int, year: int) -> None:
    with pytest.raises(UserError) as raised:
        ledger(database, year)
    assert str(year) in raised.value.render()


def test_the_next_year_is_called_at_the_scale(database: Database, die: int) -> None:
    crest = create_organisation(
        database, OrganisationDraft(name="Ville de Crest", kind=OrganisationKind.COMMUNE)
    )
    friend = create_organisation(
        database, OrganisationDraft(name="Camille Martin", kind=OrganisationKind.INDIVIDUAL)
    )
    create_organisation(database, OrganisationDraft(name="Not a member"))
    set_dues_rates(database, {OrganisationKind.COMMUNE: 15000})
    assert dues_rates(database)[OrganisationKind.COMMUNE] == 15000
    assert dues_rates(database)[OrganisationKind.ASSOCIATION] == 0
    call_due(database, die, 2025, 12000)
    call_due(database, crest, 2025, 12000)
    call_due(database, friend, 2025, 3000)
    call_due(database, crest, 2026, 9000)  # already called: left alone

    report = call_next_year(database, 2025)

    assert (report.year, report.created, report.already_called) == (2026, 2, 1)
    called = {row.organisation: row.called_cents for row in ledger(database, 2026)}
    # The scale for communes; the individual member's own amount, the scale having none.
    assert called == {"Commune de Die": 15000, "Ville de Crest": 9000, "Camille Martin": 3000}
    assert all(row.status is DueStatus.CALLED for row in ledger(database, 2026))
    again = call_next_year(database, 2025)
    assert (again.created, again.already_called) == (0, 3)


def test_a_year_without_members_cannot_be_rolled_over(database: Database) -> None:
    with pytest.raises(UserError):
        call_next_year(database, 2025)
    assert ledger(database, 2026) == []


def test_a_bad_scale_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError):
        set_dues_rates(database, {OrganisationKind.COMMUNE: -100})
    assert dues_rates(database)[OrganisationKind.COMMUNE] == 0


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("120", 12000),
        ("120,50", 12050),
        ("1 234,50 €", 123450),
        ("1\u202f234,50\u00a0€", 123450),
        ("1.234,50", 123450),
        ("1,234.50", 123450),
        ("40 EUR", 4000),
        (120, 12000),
        (120.5, 12050),
        ("-5", None),
        (-5, None),
        ("douze", None),
        ("", None),
        (None, None),
        ("12,345", None),
        (12.345, None),
        (True, None),
        (float("nan"), None),
    ],
)
def test_amounts_are_read_as_cents(text: object, cents: int | None) -> None:
    assert parse_cents(text) == cents


def test_the_years_offered_are_those_with_dues_this_year_and_the_next(
    database: Database, die: int
) -> None:
    call_due(database, die, 2019, 12000)
    assert ledger_year_choices(database, on=date(2025, 6, 1)) == [2026, 2025, 2019]


def test_unpaid_dues_leave_out_the_paid_and_the_waived(database: Database, die: int) -> None:
    crest = create_organisation(
        database,
        OrganisationDraft(
            name="Ville de Crest", contact_name="Lou Durand", address="Place du Dr Rozier"
        ),
    )
    diois = create_organisation(database, OrganisationDraft(name="CC du Diois"))
    record_payment(database, call_due(database, die, 2025, 12000), paid(12000))
    record_payment(database, call_due(database, crest, 2025, 20000), paid(5000))
    call_due(database, diois, 2025, 30000, waived=True)
    (unpaid,) = unpaid_dues(database, 2025)
    assert unpaid == UnpaidDue(
        "Ville de Crest",
        OrganisationKind.OTHER,
        20000,
        5000,
        15000,
        "Lou Durand",
        "",
        "",
        "Place du Dr Rozier",
    )


def test_the_next_year_is_previewed_without_writing(database: Database, die: int) -> None:
    crest = create_organisation(database, OrganisationDraft(name="Ville de Crest"))
    call_due(database, die, 2025, 12000)
    call_due(database, crest, 2025, 12000)
    call_due(database, crest, 2026, 9000)
    preview = preview_next_year(database, 2025)
    assert (preview.year, preview.created, preview.already_called) == (2026, 1, 1)
    assert len(ledger(database, 2026)) == 1
    assert call_next_year(database, 2025) == preview


def test_a_receipt_lists_the_payments_and_needs_one(database: Database, die: int) -> None:
    due = call_due(database, die, 2025, 12000)
    with pytest.raises(UserError):
        due_receipt(database, due)
    record_payment(database, due, paid(7000, date(2025, 3, 1), "n°8"))
    record_payment(database, due, paid(5000, date(2025, 2, 1), "VIR 1"))
    receipt = due_receipt(database, due)
    assert (receipt.organisation, receipt.year, receipt.called_cents) == (
        "Commune de Die",
        2025,
        12000,
    )
    assert [line.reference for line in receipt.payments] == ["VIR 1", "n°8"]
    assert (receipt.received_cents, receipt.outstanding_cents) == (12000, 0)


def test_a_due_is_called_once_a_year_and_never_for_nothing(database: Database, die: int) -> None:
    call_due(database, die, 2025, 12000)
    with pytest.raises(UserError) as raised:
        call_due(database, die, 2025, 15000)
    assert "already called for 2025" in raised.value.render()
    assert ledger(database, 2025)[0].called_cents == 12000
    with pytest.raises(ValidationError):
        call_due(database, die, 2026, 0)
    call_due(database, die, 2026, 0, waived=True)
    set_dues_rates(database, {OrganisationKind.COMMUNE: 0})  # none on the scale: allowed


def test_the_ledger_shows_the_latest_payment_by_date(database: Database, die: int) -> None:
    due = call_due(database, die, 2025, 12000)
    record_payment(database, due, paid(6000, date(2025, 5, 2), "mai"))
    record_payment(database, due, paid(6000, date(2025, 2, 1), "février, saisi après"))
    (row,) = ledger(database, 2025)
    assert (row.paid_on, row.reference) == (date(2025, 5, 2), "mai")
