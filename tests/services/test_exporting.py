"""The unpaid dues of a year, exported with whom to ask for them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from caprural_desktop.db.database import Database
from caprural_desktop.db.models import OrganisationKind, PaymentMethod
from caprural_desktop.services.dues import PaymentDraft, call_due, record_payment
from caprural_desktop.services.exporting import export_unpaid_dues
from caprural_desktop.services.organisations import OrganisationDraft, create_organisation


def test_unpaid_dues_are_exported_with_their_contacts(database: Database, tmp_path: Path) -> None:
    die = create_organisation(
        database,
        OrganisationDraft(
            name="=Commune de Die",
            kind=OrganisationKind.COMMUNE,
            contact_name="Camille Martin",
            contact_phone="+33 4 75 22 00 00",
        ),
    )
    crest = create_organisation(database, OrganisationDraft(name="Ville de Crest"))
    record_payment(
        database,
        call_due(database, die, 2025, 12000),
        PaymentDraft(5000, date(2025, 2, 1), PaymentMethod.CASH),
    )
    record_payment(
        database,
        call_due(database, crest, 2025, 12000),
        PaymentDraft(12000, date(2025, 2, 1), PaymentMethod.CASH),
    )
    path = tmp_path / "impayés.xlsx"
    assert export_unpaid_dues(database, 2025, path) == 1
    sheet = load_workbook(path).active
    assert sheet.title == "Unpaid dues 2025"
    assert [cell.value for cell in sheet[2]] == [
        "=Commune de Die",
        "commune",
        120,
        50,
        70,
        "Camille Martin",
        None,
        "+33 4 75 22 00 00",
        None,
    ]
    assert sheet["A2"].data_type == "s"
    assert sheet.max_row == 2
