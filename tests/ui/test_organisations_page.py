"""The directory of member organisations, driven as a coordinator would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from caprural_desktop.db.models import OrganisationKind, PaymentMethod
from caprural_desktop.services.dues import PaymentDraft, call_due, ledger, record_payment
from caprural_desktop.services.membership import unmatched_answers
from caprural_desktop.services.organisations import (
    OrganisationDraft,
    add_alias,
    assign_person,
    create_organisation,
    get_organisation,
    list_organisations,
)
from caprural_desktop.ui.forms import enum_value
from caprural_desktop.ui.merge_dialog import MergeDialog
from caprural_desktop.ui.organisation_editor import OrganisationEditor


def show_organisations(window):
    window.navigation.setCurrentRow(window.pages.index(window.organisations_page))
    return window.organisations_page


def choose_kind(qtbot, editor, kind: OrganisationKind) -> None:
    """By the keyboard, as a coordinator who knows the list would."""
    qtbot.keyClick(editor.kind, Qt.Key.Key_Home)
    for _ in range(len(OrganisationKind)):
        if enum_value(editor.kind, OrganisationKind) is kind:
            return
        qtbot.keyClick(editor.kind, Qt.Key.Key_Down)
    raise AssertionError(f"{kind} is not offered")


def test_create_edit_and_find_an_organisation(qtbot, window, context, on_modal):
    page = show_organisations(window)

    def create(editor):
        assert isinstance(editor, OrganisationEditor)
        qtbot.keyClicks(editor.name, "Communaute de communes du Diois")
        choose_kind(qtbot, editor, OrganisationKind.INTERCOMMUNALITY)
        qtbot.keyClicks(editor.territory, "Diois")
        qtbot.keyClicks(editor.department, "Drome (26)")
        qtbot.keyClicks(editor.address, "42 rue Camille Buffardel")
        qtbot.keyClick(editor.address, Qt.Key.Key_Return)
        qtbot.keyClicks(editor.address, "26150 Die")
        qtbot.keyClicks(editor.contact_name, "Claire Fabre")
        qtbot.keyClicks(editor.contact_email, "Contact@PaysDiois.fr ")
        qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)

    failures = on_modal(create)
    window.new_action.trigger()
    assert not failures
    [row] = list_organisations(context.database)
    assert (row.kind, row.contact_email) == (
        OrganisationKind.INTERCOMMUNALITY,
        "contact@paysdiois.fr",
    )
    assert page.selected_id() == row.id
    details = page.details.toPlainText()
    assert "42 rue Camille Buffardel\n26150 Die" in details
    assert "Claire Fabre" in details

    def edit(editor):
        editor.contact_email.clear()
        qtbot.keyClicks(editor.contact_email, "contact at paysdiois")
        editor.save()
        assert editor.isVisible()
        assert editor.errors.label("contact_email").text() == "This e-mail address is not valid."
        assert get_organisation(context.database, row.id).draft.contact_email == (
            "contact@paysdiois.fr"
        )
        editor.contact_email.setText("accueil@paysdiois.fr")
        editor.contact_phone.setText("04 75 22 03 03")
        editor.save()
        assert not editor.isVisible()

    failures = on_modal(edit)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert not failures
    saved = get_organisation(context.database, row.id).draft
    assert saved.contact_email == "accueil@paysdiois.fr"
    assert saved.address == "42 rue Camille Buffardel\n26150 Die"

    create_organisation(context.database, OrganisationDraft(name="Commune de Die"))
    page.refresh()
    qtbot.keyClicks(page.search, "diois")
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "1 of 2"


def test_cancel_writes_nothing(qtbot, window, context, on_modal, answer):
    show_organisations(window)

    def type_then_cancel(editor):
        qtbot.keyClicks(editor.name, "Commune de Die")
        on_modal(lambda box: answer(box, QMessageBox.StandardButton.Discard))
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    failures = on_modal(type_then_cancel)
    window.new_action.trigger()
    assert not failures
    assert list_organisations(context.database) == []


def test_delete_asks_first_and_refuses_an_organisation_that_paid(window, context, on_modal, answer):
    die = create_organisation(context.database, OrganisationDraft(name="Commune de Die"))
    other = create_organisation(context.database, OrganisationDraft(name="Mairie de Dié"))
    due = call_due(context.database, die, 2025, 12000)
    record_payment(
        context.database, due, PaymentDraft(12000, date(2025, 3, 1), PaymentMethod.CHEQUE)
    )
    page = show_organisations(window)
    warnings = []

    def confirm_then_read_the_refusal(box):
        assert "Commune de Die" in box.text()

        def read(warning):
            warnings.append(warning.text())
            answer(warning, QMessageBox.StandardButton.Ok)

        on_modal(read)
        answer(box, QMessageBox.StandardButton.Yes)

    page.select_id(die)
    failures = on_modal(confirm_then_read_the_refusal)
    window.delete_action.trigger()
    assert not failures
    assert warnings == [
        "Commune de Die has payments on record: merge it into another organisation "
        "instead of deleting it."
    ]
    assert len(list_organisations(context.database)) == 2

    page.select_id(other)
    call_due(context.database, other, 2025, 12000)  # called, not paid
    asked = []

    def refuse(box):
        asked.append(box.text())
        answer(box, QMessageBox.StandardButton.No)

    failures = on_modal(refuse)
    window.delete_action.trigger()
    assert not failures
    assert "due(s) on record, none paid, will be deleted" in asked[0]
    assert len(list_organisations(context.database)) == 2
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    window.delete_action.trigger()
    assert not failures
    assert [row.id for row in list_organisations(context.database)] == [die]


def give_answer(text: str):
    def handle(dialog):
        assert isinstance(dialog, QInputDialog), type(dialog)
        dialog.setTextValue(text)
        dialog.accept()

    return handle


def test_recognised_answers_are_added_and_removed_under_the_details(
    qtbot, window, context, on_modal, answer
):
    die = create_organisation(context.database, OrganisationDraft(name="Commune de Die"))
    diois = create_organisation(context.database, OrganisationDraft(name="CC du Diois"))
    add_alias(context.database, diois, "Com com du Diois")
    page = show_organisations(window)
    page.select_id(die)
    panel = page.aliases
    assert panel.list.count() == 0
    assert not panel.remove_button.isEnabled()

    failures = on_modal(give_answer("Mairie Die (26)"))
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    assert not failures
    assert [a.text for a in get_organisation(context.database, die).aliases] == ["Mairie Die (26)"]
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["Mairie Die (26)"]

    warnings = []

    def refused(box):
        warnings.append(box.text())
        answer(box, QMessageBox.StandardButton.Ok)

    def answer_then_read(dialog):
        on_modal(refused)
        give_answer("com com du diois")(dialog)

    failures = on_modal(answer_then_read)
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    assert not failures
    assert warnings == ["“com com du diois” already stands for CC du Diois."]

    panel.list.setCurrentRow(0)
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert not failures
    assert get_organisation(context.database, die).aliases == ()
    assert panel.list.count() == 0


@pytest.mark.parametrize("keep_chosen", [False, True])
def test_merge_moves_people_and_dues_to_the_one_kept(
    qtbot, window, context, imported_session, on_modal, answer, keep_chosen
):
    database = context.database
    twice = create_organisation(database, OrganisationDraft(name="Die (Drôme)"))
    for group in unmatched_answers(database, imported_session):
        for registrant in group.registrants:
            assign_person(database, registrant.person_id, twice)
    die = create_organisation(
        database, OrganisationDraft(name="Commune de Die", kind=OrganisationKind.COMMUNE)
    )
    due = call_due(database, twice, 2025, 12000)
    record_payment(database, due, PaymentDraft(12000, date(2025, 3, 1), PaymentMethod.TRANSFER))
    page = show_organisations(window)
    page.select_id(twice if keep_chosen else die)
    questions = []

    def merge(dialog):
        assert isinstance(dialog, MergeDialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()
        qtbot.keyClicks(dialog.picker.search, "drome" if not keep_chosen else "commune")
        assert dialog.picker.model.rowCount() == 1  # the only one left is chosen
        if keep_chosen:
            on_label = QPoint(12, dialog.keep_other.height() // 2)
            qtbot.mouseClick(dialog.keep_other, Qt.LeftButton, pos=on_label)
        assert dialog.outcome.text() == "“Die (Drôme)” will be merged into “Commune de Die”."

        def confirm(box):
            questions.append(box.text())
            answer(box, QMessageBox.StandardButton.Yes)

        on_modal(confirm)
        qtbot.mouseClick(ok, Qt.LeftButton)

    failures = on_modal(merge)
    page.merge_action.trigger()
    assert not failures
    assert questions[0].startswith("Merge “Die (Drôme)” into “Commune de Die”?")
    assert "people, recognised answers and dues" in questions[0]
    [row] = list_organisations(database)
    assert (row.id, row.people_count) == (die, 4)
    [kept_due] = ledger(database, 2025)
    assert (kept_due.organisation_id, kept_due.paid_cents) == (die, 12000)
    assert [a.text for a in get_organisation(database, die).aliases] == ["Die (Drôme)"]
    assert page.selected_id() == die


def test_a_merge_can_be_called_off(qtbot, window, context, on_modal, answer):
    die = create_organisation(context.database, OrganisationDraft(name="Commune de Die"))
    create_organisation(context.database, OrganisationDraft(name="Mairie de Die"))
    page = show_organisations(window)
    page.select_id(die)

    def choose_then_refuse(dialog):
        dialog.picker.choose(dialog.picker.model.row_at(dialog.picker.model.index(0, 0)).id)
        on_modal(lambda box: answer(box, QMessageBox.StandardButton.No))
        dialog.accept()

    failures = on_modal(choose_then_refuse)
    page.merge_action.trigger()
    assert not failures
    assert len(list_organisations(context.database)) == 2
