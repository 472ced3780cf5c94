"""Each registration's member organisation, and the "cotisation à régulariser" flag."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import OrganisationKind, PaymentMethod, RegistrationStatus
from caprural_desktop.services.dues import PaymentDraft, call_due, record_payment, update_due
from caprural_desktop.services.membership import session_year, unmatched_answers
from caprural_desktop.services.organisations import (
    OrganisationDraft,
    add_alias,
    assign_person,
    create_organisation,
)
from caprural_desktop.services.registrations import (
    get_registration,
    list_registrations,
    session_queue,
)
from caprural_desktop.services.sessions import (
    get_session,
    update_session,
)


@pytest.fixture
def session_id(imported_session: int) -> int:
    return imported_session


def by_email(database: Database, session_id: int) -> dict[str, tuple[str | None, bool | None]]:
    return {
        row.email: (row.member_organisation, row.dues_ok)
        for row in session_queue(database, session_id)
    }


def test_unmatched_registrants_are_flagged_and_listed(database: Database, session_id: int) -> None:
    assert set(by_email(database, session_id).values()) == {(None, False)}
    groups = unmatched_answers(database, session_id)
    assert [(group.answer, len(group.registrants)) for group in groups] == [
        ("commune de DIE", 2),
        ("Com com du Diois", 1),
        ("", 1),
    ]
    assert [r.email for r in groups[0].registrants] == ["lou@die.fr", "camille@die.fr"]


def test_the_flag_clears_when_the_due_is_paid(database: Database, session_id: int) -> None:
    die = create_organisation(
        database, OrganisationDraft(name="Commune de Die", kind=OrganisationKind.COMMUNE)
    )
    status = by_email(database, session_id)
    assert status["camille@die.fr"] == status["lou@die.fr"] == ("Commune de Die", False)
    due = call_due(database, die, 2025, 12000)
    assert by_email(database, session_id)["camille@die.fr"] == ("Commune de Die", False)
    record_payment(database, due, PaymentDraft(6000, date(2025, 3, 1), PaymentMethod.CHEQUE))
    assert by_email(database, session_id)["camille@die.fr"] == ("Commune de Die", False)
    record_payment(database, due, PaymentDraft(6000, date(2025, 4, 1), PaymentMethod.CHEQUE))
    assert by_email(database, session_id)["camille@die.fr"] == ("Commune de Die", True)
    assert by_email(database, session_id)["sam@diois.fr"] == (None, False)
    assert [group.answer for group in unmatched_answers(database, session_id)] == [
        "Com com du Diois",
        "",
    ]


def test_a_waived_due_clears_the_flag_and_another_year_does_not(
    database: Database, session_id: int
) -> None:
    die = create_organisation(database, OrganisationDraft(name="Commune de Die"))
    due_2024 = call_due(database, die, 2024, 12000)
    record_payment(database, due_2024, PaymentDraft(12000, date(2024, 3, 1), PaymentMethod.CASH))
    assert by_email(database, session_id)["lou@die.fr"] == ("Commune de Die", False)
    due = call_due(database, die, 2025, 12000)
    update_due(database, due, 12000, True, None)
    assert by_email(database, session_id)["lou@die.fr"] == ("Commune de Die", True)


def test_a_confirmed_alias_and_a_tied_person_match(database: Database, session_id: int) -> None:
    diois = create_organisation(database, OrganisationDraft(name="CC du Diois"))
    friend = create_organisation(
        database, OrganisationDraft(name="Ana Roux", kind=OrganisationKind.INDIVIDUAL)
    )
    add_alias(database, diois, "Com com du Diois")
    (blank,) = [group for group in unmatched_answers(database, session_id) if not group.answer]
    assign_person(database, blank.registrants[0].person_id, friend)
    for organisation in (diois, friend):
        record_payment(
            database,
            call_due(database, organisation, 2025, 3000),
            PaymentDraft(3000, date(2025, 1, 10), PaymentMethod.TRANSFER),
        )
    status = by_email(database, session_id)
    assert status["sam@diois.fr"] == ("CC du Diois", True)
    assert status["ana@example.org"] == ("Ana Roux", True)
    rows = {row.email: row for row in list_registrations(database)}
    assert (rows["sam@diois.fr"].member_organisation, rows["sam@diois.fr"].dues_ok) == (
        "CC du Diois",
        True,
    )
    assert rows["sam@diois.fr"].organisation == "Com com du Diois"
    details = get_registration(database, rows["ana@example.org"].id)
    assert (details.membership.organisation, details.membership.dues_ok) == ("Ana Roux", True)


def test_a_session_without_dues_shows_no_flag(database: Database, session_id: int) -> None:
    details = get_session(database, session_id)
    update_session(database, session_id, replace(details.draft, requires_dues=False))
    create_organisation(database, OrganisationDraft(name="Commune de Die"))
    status = by_email(database, session_id)
    assert status["camille@die.fr"] == ("Commune de Die", None)
    assert status["sam@diois.fr"] == (None, None)


def test_the_flag_never_changes_the_queue(database: Database, session_id: int) -> None:
    statuses = [row.status for row in session_queue(database, session_id)]
    assert statuses == [RegistrationStatus.CONFIRMED] * 2 + [RegistrationStatus.WAITLISTED] * 2


def test_a_session_belongs_to_the_year_of_its_first_half_day() -> None:
    assert session_year(date(2026, 1, 8), date(2025, 12, 20)) == 2026
    assert session_year(None, date(2025, 12, 20)) == 2025
    assert session_year(None, None) >= 2026


def test_answers_that_say_nothing_join_the_blank_ones(
    database: Database, session_id: int, tmp_path
) -> None:
    from datetime import datetime

    from google_forms import response, write_xlsx

    from caprural_desktop.services.importing import apply_import, plan_import

    rows = [response(datetime(2025, 9, 5, 10), "dash@example.org", "Tiret", "Théo", " - ")]
    path = write_xlsx(tmp_path / "more.xlsx", rows)
    apply_import(database, plan_import(database, session_id, path))
    blank = next(group for group in unmatched_answers(database, session_id) if not group.answer)
    assert sorted(r.email for r in blank.registrants) == ["ana@example.org", "dash@example.org"]
