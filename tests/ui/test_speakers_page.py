"""The speakers directory, driven as a coordinator would."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox

from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.sessions import get_session
from caprural_desktop.services.speakers import get_speaker, list_speakers
from caprural_desktop.ui.speaker_editor import SpeakerEditor


def show_speakers(window):
    window.navigation.setCurrentRow(1)
    return window.speakers_page


def test_create_edit_and_find_a_speaker(qtbot, window, context, on_modal):
    page = show_speakers(window)

    def create(editor):
        assert isinstance(editor, SpeakerEditor)
        qtbot.keyClicks(editor.name, "Marie Dupont")
        qtbot.keyClicks(editor.organisation, "Parc naturel regional du Vercors")
        qtbot.keyClicks(editor.email, "Marie.Dupont@Example.org ")
        editor.save()

    failures = on_modal(create)
    window.new_action.trigger()
    assert not failures
    [row] = list_speakers(context.database)
    assert row.email == "marie.dupont@example.org"
    assert page.selected_id() == row.id

    def edit(editor):
        editor.phone.setText("04 76 00 00 00")
        editor.save()

    failures = on_modal(edit)
    window.edit_action.trigger()
    assert not failures
    assert get_speaker(context.database, row.id).draft.phone == "04 76 00 00 00"

    qtbot.keyClicks(page.search, "vercors")
    assert page.model.rowCount() == 1
    qtbot.keyClicks(page.search, " lyon")
    assert page.model.rowCount() == 0


def test_a_speaker_without_a_name_is_refused(qtbot, context):
    editor = SpeakerEditor(context, None)
    qtbot.addWidget(editor)
    editor.email.setText("not an address")
    editor.organisation.setText("Communauté de communes " * 20)  # over 300 characters
    editor.save()
    assert editor.errors.label("name").text() == "Give a name."
    assert editor.errors.label("email").text() == "This e-mail address is not valid."
    assert not editor.errors.label("organisation").isHidden()
    assert "300" in editor.errors.label("organisation").text()
    assert list_speakers(context.database) == []


def test_a_speaker_shows_the_sessions_they_speak_at_and_opens_them(window, context):
    session_id = add_demo_session(context.database)
    page = show_speakers(window)
    speaker_id = get_session(context.database, session_id).draft.speakers[0].speaker_id
    assert page.select_id(speaker_id)
    assert "Coopérer avec les citoyens" in page.details.toPlainText()

    page.details.anchorClicked.emit(QUrl(f"session:{session_id}"))
    assert window.current_page() is window.sessions_page
    assert window.sessions_page.selected_id() == session_id


def test_deleting_a_speaker_says_how_many_sessions_lose_them(window, context, on_modal, answer):
    session_id = add_demo_session(context.database)
    page = show_speakers(window)
    speaker_id = get_session(context.database, session_id).draft.speakers[0].speaker_id
    page.select_id(speaker_id)
    texts = []

    def confirm(box):
        texts.append(box.text())
        answer(box, QMessageBox.StandardButton.Yes)

    failures = on_modal(confirm)
    window.delete_action.trigger()
    assert not failures
    assert "1 session" in texts[0]
    assert [s.name for s in get_session(context.database, session_id).draft.speakers] == [
        "La Régie de Territoire des Deux Rives"
    ]


def test_the_deletion_question_is_french_with_its_plural(qtbot, french_context, on_modal, answer):
    from caprural_desktop.ui.main_window import MainWindow

    session_id = add_demo_session(french_context.database)
    add_demo_session(french_context.database)
    window = MainWindow(french_context)
    qtbot.addWidget(window)
    page = show_speakers(window)
    speaker_id = get_session(french_context.database, session_id).draft.speakers[0].speaker_id
    page.select_id(speaker_id)
    texts = []

    def read_and_refuse(box):
        texts.append(box.text())
        answer(box, QMessageBox.StandardButton.No)

    failures = on_modal(read_and_refuse)
    window.delete_action.trigger()
    assert not failures
    assert texts == [
        "Supprimer l'intervenant « Collectif Démocratie Ouverte » ?\n\n"
        "Il sera retiré des 2 sessions où il intervient."
    ]
