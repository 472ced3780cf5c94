"""The directory of member organisations: editing, aliases, matching and merging."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import Due, OrganisationKind, Payment, PaymentMethod, Person
from caprural_desktop.errors import ConflictError, UserError, ValidationError
from caprural_desktop.services.dues import PaymentDraft, call_due, ledger, record_payment
from caprural_desktop.services.organisations import (
    OrganisationDraft,
    add_alias,
    create_organisation,
    delete_organisation,
    get_organisation,
    list_organisations,
    load_matcher,
    merge_organisations,
    remove_alias,
    update_organisation,
)

DIE = OrganisationDraft(
    name="Commune de Die",
    kind=OrganisationKind.COMMUNE,
    territory="Diois",
    department="Drôme",
    address="Rue de l'Armellerie\n26150 Die",
    contact_name="Élodie Martin",
    contact_email=" Accueil@Mairie-Die.fr ",
    contact_phone="04 75 22 03 03",
)


def matcher_of(database: Database):
    with database.read() as session:
        return load_matcher(session)


def test_every_field_survives_a_round_trip(database: Database) -> None:
    organisation_id = create_organisation(database, DIE)
    details = get_organisation(database, organisation_id)
    assert details.draft == replace(
        DIE, contact_email="accueil@mairie-die.fr", contact_phone="+33 4 75 22 03 03", version=1
    )
    assert details.aliases == ()
    (row,) = list_organisations(database)
    assert (row.name, row.kind, row.territory, row.people_count) == (
        "Commune de Die",
        OrganisationKind.COMMUNE,
        "Diois",
        0,
    )
    assert "elodie" in row.search_text


@pytest.mark.parametrize(
    ("draft", "field"),
    [
        (OrganisationDraft(name="  "), "name"),
        (OrganisationDraft(name="x" * 301), "name"),
        (OrganisationDraft(name="Die", contact_email="nobody"), "contact_email"),
        (OrganisationDraft(name="Die", contact_phone="call me"), "contact_phone"),
    ],
)
def test_bad_input_is_refused_and_nothing_written(
    database: Database, draft: OrganisationDraft, field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        create_organisation(database, draft)
    assert field in raised.value.errors
    assert list_organisations(database) == []


def test_a_stale_edit_is_refused(database: Database) -> None:
    organisation_id = create_organisation(database, DIE)
    loaded = get_organisation(database, organisation_id).draft
    update_organisation(database, organisation_id, replace(loaded, territory="Vallée de la Drôme"))
    with pytest.raises(ConflictError):
        update_organisation(database, organisation_id, replace(loaded, territory="Vercors"))
    assert get_organisation(database, organisation_id).draft.territory == "Vallée de la Drôme"


def test_names_match_exactly_after_normalisation(database: Database) -> None:
    die = create_organisation(database, DIE)
    matcher = matcher_of(database)
    assert matcher.exact("MAIRIE DE DIE") == die
    assert matcher.exact("Die.") == die
    assert matcher.exact("Dieulefit") is None


def test_a_confirmed_alias_matches_from_then_on(database: Database) -> None:
    die = create_organisation(database, DIE)
    assert matcher_of(database).exact("Mairie Die (26)") is None
    add_alias(database, die, "Mairie Die (26)")
    assert matcher_of(database).exact("mairie die 26") == die
    (alias,) = get_organisation(database, die).aliases
    assert alias.text == "Mairie Die (26)"
    remove_alias(database, alias.id)
    assert matcher_of(database).exact("mairie die 26") is None


def test_an_alias_belongs_to_one_organisation(database: Database) -> None:
    die = create_organisation(database, DIE)
    diois = create_organisation(database, OrganisationDraft(name="CC du Diois"))
    add_alias(database, die, "Mairie Die (26)")
    add_alias(database, die, "mairie die 26")  # the same key again: nothing new
    with pytest.raises(ValidationError) as raised:
        add_alias(database, diois, "Mairie Die 26")
    assert "Commune de Die" in raised.value.render()
    with pytest.raises(ValidationError):
        add_alias(database, diois, " ,; ")
    assert len(get_organisation(database, die).aliases) == 1


def test_a_name_two_organisations_share_matches_neither(database: Database) -> None:
    create_organisation(database, OrganisationDraft(name="Commune de Saint-Pierre"))
    create_organisation(database, OrganisationDraft(name="Mairie de St Pierre"))
    matcher = matcher_of(database)
    assert matcher.exact("Saint-Pierre") is None
    assert len(matcher.suggest("Saint-Pierre")) == 2


def test_a_name_two_organisations_share_matches_the_one_chosen(database: Database) -> None:
    chosen = create_organisation(database, OrganisationDraft(name="Commune de Saint-Pierre"))
    create_organisation(database, OrganisationDraft(name="Mairie de St Pierre"))
    add_alias(database, chosen, "Saint-Pierre")
    assert matcher_of(database).exact("saint pierre") == chosen
    assert [alias.text for alias in get_organisation(database, chosen).aliases] == ["Saint-Pierre"]


def test_merging_moves_people_aliases_and_dues(database: Database) -> None:
    kept = create_organisation(database, DIE)
    merged = create_organisation(database, OrganisationDraft(name="Mairie de Die (Drôme)"))
    add_alias(database, merged, "Die mairie")
    with database.write() as session:
        session.add(Person(email="a@example.org", organisation_id=merged))
    call_due(database, kept, 2025, 12000)
    first = call_due(database, merged, 2025, 15000)
    call_due(database, merged, 2024, 10000)
    record_payment(database, first, PaymentDraft(5000, date(2025, 3, 1), PaymentMethod.CHEQUE))

    merge_organisations(database, kept, merged)

    assert [row.id for row in list_organisations(database)] == [kept]
    assert list_organisations(database)[0].people_count == 1
    matcher = matcher_of(database)
    assert matcher.exact("Die mairie") == kept
    assert matcher.exact("Mairie de Die (Drôme)") == kept
    (due_2025,) = ledger(database, 2025)
    assert (due_2025.organisation_id, due_2025.called_cents, due_2025.paid_cents) == (
        kept,
        15000,
        5000,
    )
    assert [row.organisation_id for row in ledger(database, 2024)] == [kept]
    with database.read() as session:
        assert session.scalar(select(func.count(Payment.id))) == 1
        assert session.scalar(select(func.count(Due.id))) == 2


def test_an_organisation_cannot_be_merged_into_itself(database: Database) -> None:
    die = create_organisation(database, DIE)
    with pytest.raises(UserError):
        merge_organisations(database, die, die)
    assert len(list_organisations(database)) == 1


def test_an_organisation_that_paid_is_merged_not_deleted(database: Database) -> None:
    die = create_organisation(database, DIE)
    due = call_due(database, die, 2025, 12000)
    record_payment(database, due, PaymentDraft(12000, date(2025, 3, 1), PaymentMethod.TRANSFER))
    with pytest.raises(UserError) as raised:
        delete_organisation(database, die)
    assert "merge" in raised.value.render()
    other = create_organisation(database, OrganisationDraft(name="Ville de Crest"))
    call_due(database, other, 2025, 12000)
    delete_organisation(database, other)
    assert [row.id for row in list_organisations(database)] == [die]


def test_another_organisation_s_name_is_not_an_alias(database: Database) -> None:
    die = create_organisation(database, DIE)
    create_organisation(database, OrganisationDraft(name="CC du Diois"))
    with pytest.raises(ValidationError) as raised:
        add_alias(database, die, "Communauté de communes du Diois")
    assert "is the name of CC du Diois" in raised.value.render()
    assert get_organisation(database, die).aliases == ()


def test_the_directory_is_searched_by_alias_and_contact_e_mail(database: Database) -> None:
    die = create_organisation(database, DIE)
    add_alias(database, die, "Mairie Die (26)")
    (row,) = list_organisations(database)
    assert "mairie die (26)" in row.search_text
    assert "accueil@mairie-die.fr" in row.search_text
    assert get_organisation(database, die).draft.version == 1  # a derived column only
