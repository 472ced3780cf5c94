"""Matching the form's "Organisation" answers after an import, as a coordinator would.

The imported session (tests/conftest.py) holds "Mairie de Die" and "commune de DIE"
(one answer, twice), "Com com du Diois", and Ana Roux, who left it blank.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from caprural_desktop.db.models import OrganisationKind
from caprural_desktop.services.organisations import (
    OrganisationDraft,
    create_organisation,
    delete_organisation,
    get_organisation,
)
from caprural_desktop.services.registrations import session_queue
from caprural_desktop.ui.forms import enum_value
from caprural_desktop.ui.matching_dialog import MatchingDialog
from caprural_desktop.ui.organisation_editor import OrganisationEditor
from caprural_desktop.ui.organisation_picker import PickOrganisationDialog


@pytest.fixture
def directory(context) -> dict[str, int]:
    """Two organisations whose names the answers miss, though closely."""
    names = ("Commune de Die (Drôme)", "CC du Diois")
    return {name: create_organisation(context.database, OrganisationDraft(name)) for name in names}


@pytest.fixture
def dialog(qtbot, context, imported_session, directory) -> MatchingDialog:
    opened = MatchingDialog(context, imported_session)
    qtbot.addWidget(opened)
    opened.show()
    return opened


def members(context, session_id: int) -> dict[str, str | None]:
    return {
        row.email: row.member_organisation for row in session_queue(context.database, session_id)
    }


def shown_members(page) -> set[str | None]:
    model = page.model
    return {model.row_at(model.index(n, 0)).member_organisation for n in range(model.rowCount())}


def answers(dialog: MatchingDialog) -> list[tuple[str, str]]:
    model = dialog.answers_model
    return [(model.index(n, 0).data(), model.index(n, 1).data()) for n in range(model.rowCount())]


def select_answer(dialog: MatchingDialog, text: str) -> None:
    for number, (answer, _count) in enumerate(answers(dialog)):
        if answer == text:
            dialog.answers.selectRow(number)
            return
    raise AssertionError(f"{text} is not listed")


def pick(qtbot, typed: str):
    """Finds an organisation by typing, then OK."""

    def handle(picker):
        assert isinstance(picker, PickOrganisationDialog), type(picker)
        qtbot.keyClicks(picker.picker.search, typed)
        ok = picker.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.LeftButton)

    return handle


def test_the_unmatched_answers_with_who_gave_them_and_suggestions(dialog):
    assert answers(dialog) == [
        ("commune de DIE", "2"),
        ("Com com du Diois", "1"),
        ("(left blank)", "1"),
    ]
    registrants = dialog.registrants_model
    assert [registrants.index(n, 1).data() for n in range(registrants.rowCount())] == [
        "lou@die.fr",
        "camille@die.fr",
    ]
    assert registrants.index(0, 2).data() == "Accueillir de nouvelles populations"
    assert dialog.suggestions.item(0).text().startswith("Commune de Die (Drôme) — ")
    assert dialog.suggestions.item(0).text().endswith(" %")
    assert dialog.confirm_button.isEnabled()


def test_confirm_a_suggestion(qtbot, dialog, context, imported_session):
    qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    status = members(context, imported_session)
    assert status["camille@die.fr"] == status["lou@die.fr"] == "Commune de Die (Drôme)"
    assert [answer for answer, _count in answers(dialog)] == ["Com com du Diois", "(left blank)"]
    assert dialog.current_group().answer == "Com com du Diois"  # the next one, ready
    assert dialog.matched_any


def test_choose_another_organisation(qtbot, dialog, context, imported_session, on_modal):
    select_answer(dialog, "Com com du Diois")
    failures = on_modal(pick(qtbot, "diois"))
    qtbot.mouseClick(dialog.other_button, Qt.LeftButton)
    assert not failures
    assert members(context, imported_session)["sam@diois.fr"] == "CC du Diois"
    assert "Com com du Diois" not in dict(answers(dialog))


def test_create_the_organisation_named_as_answered(
    qtbot, dialog, context, imported_session, on_modal
):
    created = []

    def save(editor):
        assert isinstance(editor, OrganisationEditor)
        assert editor.name.text() == "commune de DIE"
        assert enum_value(editor.kind, OrganisationKind) is OrganisationKind.COMMUNE
        editor.name.setText("Commune de Die")
        qtbot.keyClicks(editor.territory, "Diois")
        editor.save()
        created.append(editor.saved_id)

    failures = on_modal(save)
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert not failures
    status = members(context, imported_session)
    assert status["camille@die.fr"] == status["lou@die.fr"] == "Commune de Die"
    assert get_organisation(context.database, created[0]).aliases == ()
    assert "commune de DIE" not in dict(answers(dialog))


def test_cancelling_the_new_organisation_writes_nothing(qtbot, dialog, context, on_modal):
    failures = on_modal(lambda editor: editor.reject())
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert not failures
    assert len(answers(dialog)) == 3
    assert not dialog.matched_any


def test_a_blank_answer_ties_each_person(qtbot, dialog, context, imported_session, on_modal):
    select_answer(dialog, "(left blank)")
    assert dialog.blank_hint.isVisibleTo(dialog)
    assert not dialog.confirm_button.isVisibleTo(dialog)
    assert dialog.current_registrant().email == "ana@example.org"
    assert dialog.other_button.text() == "Tie to an organisation…"

    failures = on_modal(pick(qtbot, "drome"))
    qtbot.mouseClick(dialog.other_button, Qt.LeftButton)
    assert not failures
    assert members(context, imported_session)["ana@example.org"] == "Commune de Die (Drôme)"
    assert "(left blank)" not in dict(answers(dialog))


def test_a_blank_answer_can_make_an_individual_member(
    qtbot, dialog, context, imported_session, on_modal
):
    select_answer(dialog, "(left blank)")

    def save(editor):
        assert editor.name.text() == "Ana Roux"
        assert enum_value(editor.kind, OrganisationKind) is OrganisationKind.INDIVIDUAL
        editor.save()

    failures = on_modal(save)
    qtbot.mouseClick(dialog.create_button, Qt.LeftButton)
    assert not failures
    assert members(context, imported_session)["ana@example.org"] == "Ana Roux"


def test_an_organisation_deleted_meanwhile_is_explained(
    qtbot, dialog, context, directory, on_modal, answer
):
    delete_organisation(context.database, directory["Commune de Die (Drôme)"])
    texts = []

    def read(box):
        texts.append(box.text())
        answer(box, QMessageBox.StandardButton.Ok)

    failures = on_modal(read)
    qtbot.mouseClick(dialog.confirm_button, Qt.LeftButton)
    assert not failures
    assert texts == [
        f"This record no longer exists (number {directory['Commune de Die (Drôme)']})."
    ]
    assert not dialog.matched_any
    assert "Commune de Die (Drôme)" not in dialog.suggestions.item(0).text()  # read again


def test_from_the_registrants_until_nothing_is_left(
    qtbot, window, context, imported_session, directory, on_modal
):
    page = window.registrants_page
    window.open_registrants(imported_session)
    assert shown_members(page) == {None}

    def match_everything(matching):
        assert isinstance(matching, MatchingDialog)
        qtbot.mouseClick(matching.confirm_button, Qt.LeftButton)  # commune de DIE
        qtbot.mouseClick(matching.confirm_button, Qt.LeftButton)  # Com com du Diois
        on_modal(pick(qtbot, "diois"))
        qtbot.mouseClick(matching.other_button, Qt.LeftButton)  # Ana Roux
        assert not matching.splitter.isVisible()
        assert matching.done_label.isVisible()
        assert matching.done_label.text() == "<h3>All organisations are matched.</h3>"
        matching.reject()

    with qtbot.waitSignal(page.changed, timeout=1000):
        failures = on_modal(match_everything)
        page.match_action.trigger()
    assert not failures
    assert shown_members(page) == {
        "Commune de Die (Drôme)",
        "CC du Diois",
    }
