"""The "cotisation à régulariser" flag in the import preview, the registrants view and a
session's details."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from google_forms import response, write_xlsx
from PySide6.QtCore import Qt

from caprural_desktop.db.models import PaymentMethod
from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.dues import PaymentDraft, call_due, record_payment
from caprural_desktop.services.importing import apply_import, plan_import
from caprural_desktop.services.organisations import OrganisationDraft, create_organisation
from caprural_desktop.ui.import_dialog import ImportDialog
from caprural_desktop.ui.registrants_page import DUES_TO_SETTLE

START = datetime(2020, 9, 20, 9, 0)


@pytest.fixture
def session_id(database) -> int:
    """The demo session (8 October 2020, dues required), Die's dues of 2020 paid."""
    created = add_demo_session(database)
    die = create_organisation(database, OrganisationDraft(name="Commune de Die"))
    due = call_due(database, die, 2020, 12000)
    record_payment(database, due, PaymentDraft(12000, date(2020, 1, 15), PaymentMethod.CHEQUE))
    return created


@pytest.fixture
def responses_file(tmp_path):
    return write_xlsx(
        tmp_path / "réponses.xlsx",
        [
            response(START, "camille@die.fr", organisation="Mairie de Die"),
            response(START + timedelta(hours=1), "sam@vercors.fr", organisation="PNR du Vercors"),
            response(START + timedelta(hours=2), "pas-une-adresse", organisation="PNR du Vercors"),
        ],
    )


def cell(model, row: int, title: str, role=Qt.ItemDataRole.DisplayRole):
    column = next(
        position
        for position in range(model.columnCount())
        if model.headerData(position, Qt.Orientation.Horizontal) == title
    )
    return model.data(model.index(row, column), role)


def test_the_import_preview_flags_dues_to_settle(qtbot, context, session_id, responses_file):
    dialog = ImportDialog(context, session_id, "Coopérer", responses_file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    model = dialog.model
    assert [cell(model, row, "Dues") for row in range(3)] == ["settled", "to settle", ""]
    assert cell(model, 0, "Organisation") == "Commune de Die"  # the matched member
    assert cell(model, 1, "Organisation") == "PNR du Vercors"  # as answered
    assert cell(model, 1, "Dues", Qt.ItemDataRole.FontRole).bold()
    assert cell(model, 0, "Dues", Qt.ItemDataRole.FontRole) is None
    dialog.reject()


def test_the_registrants_view_and_the_session_show_the_flag(
    qtbot, window, context, session_id, responses_file
):
    apply_import(context.database, plan_import(context.database, session_id, responses_file))
    window.sessions_page.refresh(select_id=session_id)
    assert "Dues to settle: 1" in window.sessions_page.details.toPlainText()

    window.open_registrants(session_id)
    page = window.registrants_page
    flags = [cell(page.model, row, "Dues") for row in range(page.model.rowCount())]
    assert sorted(flags) == ["settled", "to settle"]
    page.status_filter.setCurrentIndex(page.status_filter.findData(DUES_TO_SETTLE))
    assert page.model.rowCount() == 1
    assert cell(page.model, 0, "Organisation") == "PNR du Vercors"
    page.select_id(page.model.row_at(page.model.index(0, 0)).id)
    details = page.details.toPlainText()
    assert "Member organisation: not matched yet" in details
    assert "Dues: to settle" in details

    vercors = create_organisation(context.database, OrganisationDraft(name="PNR du Vercors"))
    call_due(context.database, vercors, 2020, 30000, waived=True)
    page.refresh()
    assert page.model.rowCount() == 0  # nobody left to settle
    page.status_filter.setCurrentIndex(0)
    window.sessions_page.refresh(select_id=session_id)
    assert "Dues to settle" not in window.sessions_page.details.toPlainText()
