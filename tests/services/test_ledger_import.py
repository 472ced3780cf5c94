"""Importing a year's dues ledger from the treasurer's spreadsheet."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import DueStatus, OrganisationKind, PaymentMethod
from caprural_desktop.errors import UserError
from caprural_desktop.services.dues import (
    PaymentDraft,
    call_due,
    ledger,
    payments_of,
    record_payment,
    set_dues_rates,
)
from caprural_desktop.services.ledger_import import apply_ledger_import, plan_ledger_import
from caprural_desktop.services.organisations import (
    OrganisationDraft,
    create_organisation,
    list_organisations,
)
from caprural_desktop.services.outcomes import LedgerField, LedgerOutcome

HEADER = ["Structure", "Type", "Montant appelé", "Montant payé", "Date de paiement", "Mode", "Réf."]


def write_ledger(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Cotisations 2025"
    sheet.append(["Suivi des cotisations — trésorerie"])  # a title above the header
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def by_name(database: Database, year: int = 2025) -> dict[str, tuple[int, int, DueStatus]]:
    return {
        row.organisation: (row.called_cents, row.paid_cents, row.status)
        for row in ledger(database, year)
    }


def reasons(counts) -> dict[int, str]:
    return {line.row: line.reason.render() for line in counts.invalid}


@pytest.fixture
def die(database: Database) -> int:
    return create_organisation(
        database, OrganisationDraft(name="Commune de Die", kind=OrganisationKind.COMMUNE)
    )


def test_a_ledger_is_planned_then_applied(database: Database, die: int, tmp_path: Path) -> None:
    path = write_ledger(
        tmp_path / "Trésorerie.xlsx",
        [
            ["Mairie de Die", "Commune", 120, 120, datetime(2025, 2, 3), "Virement", "VIR-12"],
            ["Ville de Crest", "Commune", "150,00 €", "50", "15/03/2025", "chèque", "n°88"],
            ["Association Les Amis", "", 30, None, None, None, None],
            ["", "", "", "", "", "", ""],  # blank: not a row
            ["PNR du Vercors", "Parc naturel régional", "douze", None, None, None, None],
        ],
    )
    plan = plan_ledger_import(database, path, 2025)
    assert plan.header[0] == "Structure"
    assert plan.mapping.column_of(LedgerField.PAID_ON) == 4
    assert [(line.row, line.outcome, line.new_organisation) for line in plan.lines] == [
        (4, LedgerOutcome.ADDED, False),
        (5, LedgerOutcome.ADDED, True),
        (6, LedgerOutcome.ADDED, True),
        (8, LedgerOutcome.INVALID, False),
    ]
    assert reasons(plan.counts) == {8: "Not an amount in euros: douze"}
    assert ledger(database, 2025) == []  # planning writes nothing

    counts = apply_ledger_import(database, plan)

    assert (counts.rows, counts.added, counts.updated, counts.unchanged) == (4, 3, 0, 0)
    assert by_name(database) == {
        "Commune de Die": (12000, 12000, DueStatus.PAID),
        "Ville de Crest": (15000, 5000, DueStatus.CALLED),
        "Association Les Amis": (3000, 0, DueStatus.CALLED),
    }
    kinds = {row.name: row.kind for row in list_organisations(database)}
    assert kinds["Ville de Crest"] is OrganisationKind.COMMUNE
    assert kinds["Association Les Amis"] is OrganisationKind.ASSOCIATION
    crest = next(row for row in ledger(database, 2025) if row.organisation == "Ville de Crest")
    (payment,) = payments_of(database, crest.id)
    assert (payment.paid_on, payment.method, payment.reference) == (
        date(2025, 3, 15),
        PaymentMethod.CHEQUE,
        "n°88",
    )


def test_importing_the_grown_ledger_adds_the_difference(
    database: Database, die: int, tmp_path: Path
) -> None:
    first = [["Commune de Die", "", 120, 50, date(2025, 2, 3), "Virement", "A"]]
    apply_ledger_import(
        database, plan_ledger_import(database, write_ledger(tmp_path / "a.xlsx", first), 2025)
    )
    again = plan_ledger_import(database, write_ledger(tmp_path / "b.xlsx", first), 2025)
    assert [line.outcome for line in again.lines] == [LedgerOutcome.UNCHANGED]

    grown = [["Commune de Die", "", 120, 120, date(2025, 4, 1), "Chèque", "B"]]
    counts = apply_ledger_import(
        database, plan_ledger_import(database, write_ledger(tmp_path / "c.xlsx", grown), 2025)
    )

    assert (counts.added, counts.updated, counts.unchanged) == (0, 1, 0)
    assert by_name(database)["Commune de Die"] == (12000, 12000, DueStatus.PAID)
    due_id = ledger(database, 2025)[0].id
    assert [p.amount_cents for p in payments_of(database, due_id)] == [5000, 7000]


def test_statuses_scale_and_waivers(database: Database, die: int, tmp_path: Path) -> None:
    set_dues_rates(database, {OrganisationKind.ASSOCIATION: 4000})
    path = write_ledger(
        tmp_path / "statuts.xlsx",
        [
            ["Commune de Die", 200, "Payée", "03/02/2025"],
            ["Association Les Amis", None, "Appelée", None],
            ["Collectif Démocratie Ouverte", None, "Exonérée", None],
        ],
        header=["Adhérent", "Cotisation", "Statut", "Date"],
    )
    counts = apply_ledger_import(database, plan_ledger_import(database, path, 2025))
    assert counts.invalid == ()
    assert by_name(database) == {
        "Commune de Die": (20000, 20000, DueStatus.PAID),
        "Association Les Amis": (4000, 0, DueStatus.CALLED),
        "Collectif Démocratie Ouverte": (4000, 0, DueStatus.WAIVED),  # the scale, waived
    }


def test_bad_rows_are_refused_with_their_reason(
    database: Database, die: int, tmp_path: Path
) -> None:
    tomorrow = date.today() + timedelta(days=2)
    crest = create_organisation(database, OrganisationDraft(name="Ville de Crest"))
    due = call_due(database, crest, 2025, 15000)
    record_payment(database, due, PaymentDraft(15000, date(2025, 1, 5), PaymentMethod.CASH))
    path = write_ledger(
        tmp_path / "erreurs.xlsx",
        [
            ["Commune de Die", "", -120, None, None, None, None],  # 4
            ["Association A", "", 30, 30, None, "Virement", None],  # 5
            ["Association B", "", 30, 30, tomorrow, "Virement", None],  # 6
            ["Association C", "", 30, 30, "le 3 mars", "Virement", None],  # 7
            ["Association D", "", 30, 30, date(2025, 3, 3), "Bitcoin", None],  # 8
            ["Ville de Crest", "", 150, 100, date(2025, 3, 3), "Virement", None],  # 9
            ["Mairie de Die", "", 120, None, None, None, None],  # 10: Die again
            [None, "", 120, None, None, None, None],  # 11
            ["Association E", "", None, None, None, None, None],  # 12: no amount, no scale
        ],
    )
    plan = plan_ledger_import(database, path, 2025)
    assert reasons(plan.counts) == {
        4: "Not an amount in euros: -120",
        5: "A paid amount without a payment date.",
        6: "A payment cannot be dated in the future.",
        7: "Not a date: le 3 mars",
        8: "Unknown payment method: Bitcoin",
        9: "The ledger already records 150,00 € paid, more than this row's 100,00 €: "
        "take back a payment in the dues view first.",
        10: "Row 4 already gives this organisation's dues.",
        11: "No organisation named.",
        12: "No amount called, and none on the scale for this kind of organisation.",
    }
    counts = apply_ledger_import(database, plan)
    assert (counts.added, counts.updated) == (0, 0)
    assert by_name(database) == {"Ville de Crest": (15000, 15000, DueStatus.PAID)}
    assert {row.name for row in list_organisations(database)} == {
        "Commune de Die",
        "Ville de Crest",
    }


def test_a_ledger_without_organisation_column_is_refused(
    database: Database, tmp_path: Path
) -> None:
    path = write_ledger(tmp_path / "sans.xlsx", [[120, "Payée"]], header=["Montant", "Statut"])
    with pytest.raises(UserError) as raised:
        plan_ledger_import(database, path, 2025)
    assert "no organisation column" in raised.value.render()
    assert raised.value.header == ["Montant", "Statut"]


def test_an_unknown_year_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_ledger(tmp_path / "l.xlsx", [["Commune de Die", "", 120]])
    with pytest.raises(UserError):
        plan_ledger_import(database, path, 20025)


def test_a_corrected_mapping_is_used(database: Database, die: int, tmp_path: Path) -> None:
    path = write_ledger(
        tmp_path / "l.xlsx", [["Commune de Die", 120, 90]], header=["Structure", "Dû", "Versé"]
    )
    plan = plan_ledger_import(database, path, 2025)
    assert plan.mapping.column_of(LedgerField.CALLED) is None
    mapping = {"Structure": "organisation", "Dû": "called"}
    corrected = plan_ledger_import(database, path, 2025, mapping=mapping)
    apply_ledger_import(database, corrected)
    assert by_name(database) == {"Commune de Die": (12000, 0, DueStatus.CALLED)}
    # Remembered for the next import of a ledger with these headers.
    again = plan_ledger_import(database, path, 2025)
    assert again.mapping.column_of(LedgerField.CALLED) == 1


def test_an_exported_ledger_imports_back_unchanged(
    database: Database, die: int, tmp_path: Path
) -> None:
    from caprural_desktop.services.exporting import export_ledger

    crest = create_organisation(
        database, OrganisationDraft(name="Ville de Crest", kind=OrganisationKind.INTERCOMMUNALITY)
    )
    due = call_due(database, crest, 2025, 15000)
    record_payment(
        database,
        due,
        PaymentDraft(5000, date(2025, 3, 1), PaymentMethod.ADMINISTRATIVE_ORDER, "M-12"),
    )
    call_due(database, die, 2025, 12000, waived=True)
    path = tmp_path / "export.xlsx"
    assert export_ledger(database, 2025, path) == 2

    plan = plan_ledger_import(database, path, 2025)

    assert [(line.organisation, line.outcome) for line in plan.lines] == [
        ("Commune de Die", LedgerOutcome.UNCHANGED),
        ("Ville de Crest", LedgerOutcome.UNCHANGED),
    ]
