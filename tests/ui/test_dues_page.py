"""The dues ledger, driven as the coordinator would: payments, calls, waivers, files."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from file_dialogs import save_as
from google_forms import response, write_xlsx
from openpyxl import load_workbook
from pdf_files import pdf_text
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from caprural_desktop.db.models import DueStatus, OrganisationKind
from caprural_desktop.services.dues import (
    call_due,
    dues_rates,
    ledger,
    payments_of,
    record_payment,
    today,
    update_due,
)
from caprural_desktop.services.importing import apply_import, plan_import
from caprural_desktop.services.organisations import OrganisationDraft, create_organisation
from caprural_desktop.services.sessions import SessionDraft, TimeSlotData, create_session
from caprural_desktop.services.settings import NetworkIdentity, network_identity
from caprural_desktop.ui.due_dialog import DueDialog
from caprural_desktop.ui.main_window import MainWindow
from caprural_desktop.ui.next_year_dialog import NextYearDialog
from caprural_desktop.ui.payment_dialog import PaymentDialog
from caprural_desktop.ui.settings_dialog import SettingsDialog

YEAR = today().year
SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def members(database) -> dict[str, int]:
    """Three members called for this year: their dues' ids by name."""
    called = {}
    for name, kind, cents in (
        ("Commune de Die", OrganisationKind.COMMUNE, 12000),
        ("Ville de Crest", OrganisationKind.COMMUNE, 20000),
        ("CC du Diois", OrganisationKind.INTERCOMMUNALITY, 30000),
    ):
        organisation = create_organisation(database, OrganisationDraft(name=name, kind=kind))
        called[name] = call_due(database, organisation, YEAR, cents)
    return called


@pytest.fixture
def french_window(qtbot, french_context) -> MainWindow:
    main = MainWindow(french_context)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def show_dues(window):
    window.navigation.setCurrentRow(window.pages.index(window.dues_page))
    return window.dues_page


def shown(page, due_id: int, title: str) -> str:
    """The text a cell of the ledger shows, by the due and the column's English title."""
    column = [column.title for column in page.model.columns].index(title)
    index = page.model.index_of(due_id)
    return page.model.index(index.row(), column).data()


def test_the_ledger_of_the_year_with_its_totals(window, context, members):
    page = show_dues(window)
    assert page.shown_year() == YEAR
    assert page.model.rowCount() == 3
    assert shown(page, members["Commune de Die"], "Called") == "€120.00"
    assert shown(page, members["Commune de Die"], "Status") == "Called"
    assert page.totals.text() == "Called: €620.00 — received: €0.00 — outstanding: €620.00"
    alignment = page.model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    page.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # as numbers, not as text
    assert page.model.row_at(page.model.index(0, 0)).organisation == "CC du Diois"
    years = [page.year.itemData(i) for i in range(page.year.count())]
    assert years == [YEAR + 1, YEAR]


def pay(qtbot, amount: str, reference: str = "", prefills: list | None = None):
    """Handles the payment dialog: types the amount and a reference, saves."""

    def handle(dialog):
        assert isinstance(dialog, PaymentDialog)
        if prefills is not None:
            prefills.append(dialog.amount.text())
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, amount)
        qtbot.keyClicks(dialog.reference, reference)
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)

    return handle


def test_partial_payments_through_the_dialog(
    qtbot, french_window, french_context, members, on_modal
):
    page = show_dues(french_window)
    money = french_context.formatter.money
    due = members["Commune de Die"]
    page.select_id(due)
    prefills: list[str] = []

    failures = on_modal(pay(qtbot, "50,00", "VIR 1", prefills))
    page.payment_action.trigger()
    assert not failures
    assert shown(page, due, "Status") == "Appelée"
    assert shown(page, due, "Paid") == money(5000)
    assert money(5000) in page.totals.text() and money(57000) in page.totals.text()

    failures = on_modal(pay(qtbot, "70", "cheque 8", prefills))
    page.payment_action.trigger()
    assert not failures
    assert prefills == ["120,00", "70,00"]  # what was still owed, each time
    assert shown(page, due, "Status") == "Payée"
    assert [line.amount_cents for line in payments_of(french_context.database, due)] == [
        5000,
        7000,
    ]
    assert money(12000) in page.totals.text() and money(50000) in page.totals.text()
    assert "cheque 8" in page.details.toPlainText()
    assert page.selected_id() == due


def close_discarding(dialog, on_modal, answer) -> None:
    """Cancel, then "Discard" when asked about the changes typed."""
    on_modal(lambda box: answer(box, QMessageBox.StandardButton.Discard))
    dialog.reject()


@pytest.mark.parametrize(
    ("amount", "days_ahead", "field", "message"),
    [
        ("-5", 0, "amount", "Give an amount in euros"),
        ("douze", 0, "amount", "Give an amount in euros"),
        ("0", 0, "amount", "Give an amount in euros"),
        ("50", 2, "paid_on", "A payment cannot be dated in the future."),
    ],
)
def test_a_bad_payment_is_refused_and_nothing_written(
    qtbot, window, context, members, on_modal, answer, amount, days_ahead, field, message
):
    page = show_dues(window)
    due = members["Ville de Crest"]
    page.select_id(due)
    messages = []

    def refuse(dialog):
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, amount)
        dialog.paid_on.setDate(QDate.currentDate().addDays(days_ahead))
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        error = dialog.errors.label(field)
        messages.append(error.text() if error.isVisibleTo(dialog) else "")
        close_discarding(dialog, on_modal, answer)

    failures = on_modal(refuse)
    page.payment_action.trigger()
    assert not failures
    assert messages[0].startswith(message)
    assert payments_of(context.database, due) == []
    assert shown(page, due, "Paid") == "€0.00"


def test_a_payment_is_deleted_from_the_details_after_asking(
    window, context, members, on_modal, answer
):
    from caprural_desktop.db.models import PaymentMethod
    from caprural_desktop.services.dues import PaymentDraft

    due = members["Commune de Die"]
    payment = record_payment(
        context.database, due, PaymentDraft(12000, today(), PaymentMethod.CHEQUE, "n°8")
    )
    page = show_dues(window)
    page.select_id(due)
    assert shown(page, due, "Status") == "Paid"
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.No))
    page.details.anchorClicked.emit(f"payment-delete:{payment}")
    assert not failures and len(payments_of(context.database, due)) == 1

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    page.details.anchorClicked.emit(f"payment-delete:{payment}")
    assert not failures
    assert payments_of(context.database, due) == []
    assert shown(page, due, "Status") == "Called"
    assert "outstanding: €620.00" in page.totals.text()

    # The same link again, as a second window still showing it: said, not "deleted".
    window.statusBar().clearMessage()
    told = []
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    failures += on_modal(lambda box: (told.append(box.text()), box.accept()))
    page.details.anchorClicked.emit(f"payment-delete:{payment}")
    assert not failures
    assert window.statusBar().currentMessage() != "Payment deleted."


def test_the_unpaid_filter_and_the_search(qtbot, window, context, members):
    from caprural_desktop.db.models import PaymentMethod
    from caprural_desktop.services.dues import PaymentDraft

    record_payment(
        context.database,
        members["Ville de Crest"],
        PaymentDraft(20000, today(), PaymentMethod.TRANSFER),
    )
    update_due(context.database, members["CC du Diois"], 30000, True, None)
    page = show_dues(window)
    assert page.model.rowCount() == 3
    qtbot.mouseClick(page.unpaid_only, Qt.MouseButton.LeftButton)
    assert [page.model.row_at(page.model.index(0, 0)).organisation] == ["Commune de Die"]
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 of 3"
    qtbot.mouseClick(page.unpaid_only, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.search, "crest")
    assert page.model.rowCount() == 1


def test_switching_years(window, context, members):
    older = create_organisation(context.database, OrganisationDraft(name="Parc du Vercors"))
    call_due(context.database, older, 2019, 5000)
    page = show_dues(window)
    assert page.year.itemData(page.year.count() - 1) == 2019
    page.year.setCurrentIndex(page.year.findData(2019))
    assert page.shown_year() == 2019
    assert page.model.rowCount() == 1
    assert page.totals.text().startswith("Called: €50.00")
    assert page.next_year_action.text() == "Call the dues of 2020…"
    page.year.setCurrentIndex(page.year.findData(YEAR + 1))
    assert page.model.rowCount() == 0
    assert not page.next_year_action.isEnabled()


def test_calling_the_next_year_with_a_changed_scale(qtbot, window, context, members, on_modal):
    page = show_dues(window)
    seen = []

    def call(dialog):
        assert isinstance(dialog, NextYearDialog)
        seen.append(dialog.findChild(QLabel, "intro").text())
        field = dialog.amounts[OrganisationKind.COMMUNE]
        field.clear()
        qtbot.keyClicks(field, "150")
        on_modal(show_it)
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)

    def show_it(box):
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    failures = on_modal(call)
    page.next_year_action.trigger()
    assert not failures
    assert f"called for {YEAR + 1}: 3 organisation(s)." in seen[0]
    assert seen[-1].startswith(f"3 due(s) called for {YEAR + 1}.")
    assert dues_rates(context.database)[OrganisationKind.COMMUNE] == 15000
    called = {row.organisation: row.called_cents for row in ledger(context.database, YEAR + 1)}
    assert called == {"Commune de Die": 15000, "Ville de Crest": 15000, "CC du Diois": 30000}
    assert page.shown_year() == YEAR + 1
    assert page.model.rowCount() == 3


def test_a_bad_scale_amount_is_refused_and_nothing_called(
    qtbot, window, context, members, on_modal, answer
):
    page = show_dues(window)
    messages = []

    def refuse(dialog):
        field = dialog.amounts[OrganisationKind.ASSOCIATION]
        field.clear()
        qtbot.keyClicks(field, "-30")
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)
        messages.append(dialog.errors.label("association").text())
        close_discarding(dialog, on_modal, answer)

    failures = on_modal(refuse)
    page.next_year_action.trigger()
    assert not failures
    assert messages[0].startswith("Give an amount in euros")
    assert ledger(context.database, YEAR + 1) == []
    assert dues_rates(context.database)[OrganisationKind.ASSOCIATION] == 0


def test_waiving_a_due_and_a_stale_edit(qtbot, window, context, members, on_modal, answer):
    page = show_dues(window)
    due = members["CC du Diois"]
    page.select_id(due)

    def waive(dialog):
        assert isinstance(dialog, DueDialog)
        qtbot.mouseClick(dialog.waived, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)

    failures = on_modal(waive)
    page.change_action.trigger()
    assert not failures
    assert shown(page, due, "Status") == "Waived"
    assert page.totals.text() == "Called: €320.00 — received: €0.00 — outstanding: €320.00"
    assert not page.payment_action.isEnabled()

    warnings = []

    def stale(dialog):
        update_due(context.database, due, 99900, True, None)  # someone else, meanwhile
        dialog.amount.clear()
        qtbot.keyClicks(dialog.amount, "10")
        on_modal(
            lambda box: (warnings.append(box.text()), answer(box, QMessageBox.StandardButton.No))
        )
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)
        close_discarding(dialog, on_modal, answer)

    failures = on_modal(stale)
    window.edit_action.trigger()
    assert not failures
    assert warnings[0].startswith("Modified on another computer — reload?")
    assert [row.called_cents for row in ledger(context.database, YEAR) if row.id == due] == [99900]


def test_calling_a_due_for_an_organisation(qtbot, window, context, members, on_modal):
    from caprural_desktop.services.dues import set_dues_rates

    create_organisation(
        context.database,
        OrganisationDraft(name="Foyer rural de Saillans", kind=OrganisationKind.ASSOCIATION),
    )
    set_dues_rates(context.database, {OrganisationKind.ASSOCIATION: 4500})
    page = show_dues(window)
    offered = []

    def call(dialog):
        assert isinstance(dialog, DueDialog)
        offered.extend(dialog.organisation.itemText(i) for i in range(dialog.organisation.count()))
        qtbot.keyClicks(dialog.organisation.lineEdit(), "saillans")
        popup = dialog.organisation.completer().popup()
        assert popup.isVisible()  # found by a word inside the name
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        offered.append(dialog.amount.text())
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)

    failures = on_modal(call)
    window.new_action.trigger()
    assert not failures
    assert offered == ["Foyer rural de Saillans", "45.00"]  # the members are called already
    row = page.model.row_at(page.table.currentIndex())
    assert (row.organisation, row.called_cents, row.status) == (
        "Foyer rural de Saillans",
        4500,
        DueStatus.CALLED,
    )


def test_the_receipt_of_a_due_asks_for_the_network_first(
    qtbot, french_window, french_context, members, on_modal, tmp_path
):
    from caprural_desktop.db.models import PaymentMethod
    from caprural_desktop.services.dues import PaymentDraft

    due = members["Commune de Die"]
    record_payment(
        french_context.database, due, PaymentDraft(12000, today(), PaymentMethod.CHEQUE, "n°8")
    )
    page = show_dues(french_window)
    page.select_id(due)
    path = tmp_path / "reçu.pdf"
    names: list[str] = []

    def settings(dialog):
        assert isinstance(dialog, SettingsDialog)
        qtbot.keyClicks(dialog.name, "Cap Rural")
        dialog.address.setPlainText("23 rue Jean Baldassini\n38100 Grenoble")
        qtbot.keyClicks(dialog.city, "Grenoble")
        on_modal(save_as(path, names))
        qtbot.mouseClick(dialog.buttons.button(SAVE), Qt.MouseButton.LeftButton)

    def told(box):
        on_modal(settings)
        box.accept()

    failures = on_modal(told)
    page.receipt_action.trigger()
    assert not failures
    assert network_identity(french_context.database) == NetworkIdentity(
        "Cap Rural", "23 rue Jean Baldassini\n38100 Grenoble", "Grenoble"
    )
    assert names == [f"Reçu cotisation {YEAR} - Commune de Die.pdf"]
    assert path.read_bytes().startswith(b"%PDF")
    text = pdf_text(path)
    assert "Commune de Die" in text
    assert "120,00 €" in text
    assert "Cap Rural" in text


def test_the_unpaid_dues_exported(qtbot, window, context, on_modal, tmp_path):
    tricky = create_organisation(
        context.database,
        OrganisationDraft(name='=HYPERLINK("http://evil.example")', contact_name="Lou"),
    )
    call_due(context.database, tricky, YEAR, 3000)
    page = show_dues(window)
    path = tmp_path / "impayés.xlsx"
    names: list[str] = []
    failures = on_modal(save_as(path, names))
    page.export_action.trigger()
    assert not failures
    assert names == [f"Unpaid dues {YEAR}.xlsx"]
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]][:5] == [
        "Organisation",
        "Kind",
        "Called",
        "Paid",
        "Outstanding",
    ]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I2"
    assert sheet["A2"].value == '=HYPERLINK("http://evil.example")'
    assert sheet["A2"].data_type == "s"
    assert sheet["E2"].value == 30


def test_a_payment_clears_the_flag_among_the_registrants(
    qtbot, window, context, on_modal, tmp_path
):
    session_id = create_session(
        context.database,
        SessionDraft(
            title="Accueillir de nouvelles populations",
            capacity=5,
            registration_deadline=date(2025, 10, 2),
            time_slots=(TimeSlotData(date(2025, 10, 8), time(9, 30), time(12)),),
        ),
    )
    rows = [response(datetime(2025, 9, 1, 10), "camille@die.fr", organisation="Mairie de Die")]
    path = write_xlsx(tmp_path / "responses.xlsx", rows)
    apply_import(context.database, plan_import(context.database, session_id, path))
    die = create_organisation(context.database, OrganisationDraft(name="Commune de Die"))
    due = call_due(context.database, die, 2025, 12000)

    registrants = window.registrants_page
    window.navigation.setCurrentRow(window.pages.index(registrants))
    (registration,) = [row.id for row in registrants.model._visible]
    assert shown(registrants, registration, "Dues") == "to settle"

    page = show_dues(window)
    page.year.setCurrentIndex(page.year.findData(2025))
    page.select_id(due)
    failures = on_modal(pay(qtbot, "120"))
    page.payment_action.trigger()
    assert not failures

    window.navigation.setCurrentRow(window.pages.index(registrants))
    assert shown(registrants, registration, "Dues") == "settled"


def test_the_ledger_exported_in_french_comes_back_unchanged(
    qtbot, french_window, french_context, members, on_modal, tmp_path
):
    from caprural_desktop.db.models import PaymentMethod
    from caprural_desktop.services.dues import PaymentDraft
    from caprural_desktop.ui.ledger_import_dialog import LedgerImportDialog

    record_payment(
        french_context.database,
        members["Ville de Crest"],
        PaymentDraft(5000, today(), PaymentMethod.ADMINISTRATIVE_ORDER, "Mandat 12"),
    )
    page = show_dues(french_window)
    path = tmp_path / "registre.xlsx"
    names: list[str] = []
    failures = on_modal(save_as(path, names))
    page.export_ledger_action.trigger()
    assert not failures
    assert names == [f"Cotisations {YEAR}.xlsx"]
    sheet = load_workbook(path).active
    assert [cell.value for cell in sheet[1]][:8] == [
        "Structure",
        "Type",
        "Appelé",
        "Payé",
        "Statut",
        "Payé le",
        "Mode de paiement",
        "Référence",
    ]
    crest = next(
        row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "Ville de Crest"
    )
    assert crest[1:5] == ("Commune", 200, 50, "Appelée")
    assert crest[5].date() == today() and crest[6:8] == ("Mandat administratif", "Mandat 12")

    seen = []

    def preview(dialog):
        assert isinstance(dialog, LedgerImportDialog)
        qtbot.waitUntil(lambda: not dialog.is_busy())
        seen.append((dialog.summary.text(), dialog.import_button.isEnabled()))
        dialog.reject()

    failures = on_modal(preview)
    page.import_ledger(path)
    assert not failures
    ((summary, importable),) = seen
    assert "inchangées : 3" in summary and "refusées : 0" in summary
    assert not importable  # nothing to change
