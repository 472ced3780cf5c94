"""The sessions listing and editor, driven as a coordinator would."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QToolButton

from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.sessions import get_session, list_sessions
from caprural_desktop.ui.duplicate_dialog import DuplicateDialog
from caprural_desktop.ui.session_editor import HALF_DAYS, SessionEditor


def fill_new_session(qtbot, editor: SessionEditor) -> None:
    """Title, places, deadline and two half-days on 12 March 2031, typed in."""
    qtbot.keyClicks(editor.title, "Habiter les centres-bourgs")
    editor.capacity.clear()
    qtbot.keyClicks(editor.capacity, "15")
    editor.deadline.setDate(QDate(2031, 3, 5))
    editor.tabs.setCurrentIndex(HALF_DAYS)
    first = editor.time_slots.editors()[0]
    first.date.setDate(QDate(2031, 3, 12))
    first.start.setTime(QTime(9, 30))
    first.end.setTime(QTime(12, 0))
    qtbot.mouseClick(editor.time_slots.add_button, Qt.MouseButton.LeftButton)
    second = editor.time_slots.editors()[1]
    qtbot.waitUntil(second.tentative.isVisible)
    qtbot.mouseClick(second.tentative, Qt.MouseButton.LeftButton)


def test_create_a_session_with_two_half_days_through_the_editor(qtbot, window, context, on_modal):
    def create(editor):
        assert isinstance(editor, SessionEditor)
        fill_new_session(qtbot, editor)
        qtbot.mouseClick(
            editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    failures = on_modal(create)
    window.new_action.trigger()
    assert not failures

    [row] = list_sessions(context.database)
    draft = get_session(context.database, row.id).draft
    assert draft.title == "Habiter les centres-bourgs"
    assert draft.capacity == 15
    assert draft.registration_deadline == date(2031, 3, 5)
    assert [(s.date, s.start, s.end, s.tentative) for s in draft.time_slots] == [
        (date(2031, 3, 12), time(9, 30), time(12, 0), False),
        (date(2031, 3, 12), time(13, 30), time(17, 0), True),
    ]
    assert window.sessions_page.selected_id() == row.id
    assert "Habiter les centres-bourgs" in window.sessions_page.details.toPlainText()


def test_typing_in_the_search_box_finds_a_session(qtbot, window, context):
    add_demo_session(context.database)
    window.sessions_page.refresh()
    page = window.sessions_page
    assert page.model.rowCount() == 1
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "COOPERER citoyens")
    assert page.model.rowCount() == 1
    qtbot.keyClicks(page.search, " zzz")
    assert page.model.rowCount() == 0
    page.search.clear()
    assert page.model.rowCount() == 1


def test_edit_a_session_from_the_listing(qtbot, window, context, on_modal):
    session_id = add_demo_session(context.database)
    window.sessions_page.refresh(select_id=session_id)

    def edit(editor):
        assert editor.title.text().startswith("Coopérer avec les citoyens")
        assert [e.slot().tentative for e in editor.time_slots.editors()] == [False, True]
        assert editor.programme.toPlainText().count("\n") == 5
        editor.title.selectAll()
        qtbot.keyClicks(editor.title, "Agir avec les habitants")
        editor.capacity.setValue(25)
        remove = editor.time_slots.editors()[1].parentWidget().findChild(QToolButton, "remove")
        qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
        editor.save()

    failures = on_modal(edit)
    window.edit_action.trigger()
    assert not failures
    draft = get_session(context.database, session_id).draft
    assert draft.title == "Agir avec les habitants"
    assert draft.capacity == 25
    assert len(draft.time_slots) == 1
    assert (
        window.sessions_page.model.row_at(window.sessions_page.model.index_of(session_id)).title
        == "Agir avec les habitants"
    )


def test_duplicate_a_session_to_a_new_date(qtbot, window, context, on_modal):
    session_id = add_demo_session(context.database)
    window.sessions_page.refresh(select_id=session_id)

    def choose_date(dialog):
        assert isinstance(dialog, DuplicateDialog)
        dialog.first_date.setDate(QDate(2021, 3, 11))
        on_modal(lambda editor: editor.reject())  # the copy's editor opens next: keep it as is
        dialog.accept()

    failures = on_modal(choose_date)
    window.duplicate_action.trigger()
    assert not failures

    rows = list_sessions(context.database)
    assert len(rows) == 2
    copy_id = window.sessions_page.selected_id()
    assert copy_id != session_id
    copy = get_session(context.database, copy_id).draft
    original = get_session(context.database, session_id).draft
    assert [s.date for s in copy.time_slots] == [date(2021, 3, 11), date(2021, 3, 11)]
    assert copy.registration_deadline == date(2021, 3, 5)
    assert copy.programme == original.programme
    assert [s.name for s in copy.speakers] == [s.name for s in original.speakers]
    assert copy.status.value == "draft"


def test_delete_asks_first_and_no_keeps_the_session(qtbot, window, context, on_modal, answer):
    session_id = add_demo_session(context.database)
    window.sessions_page.refresh(select_id=session_id)
    window.sessions_page.table.setFocus()

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.No))
    qtbot.keyClick(window.sessions_page.table, Qt.Key.Key_Delete)
    assert not failures
    assert len(list_sessions(context.database)) == 1

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    window.delete_action.trigger()
    assert not failures
    assert list_sessions(context.database) == []
    assert window.sessions_page.model.rowCount() == 0


def test_a_session_with_registrations_needs_a_second_confirmation(
    qtbot, window, context, on_modal, answer, registration_in
):
    session_id = add_demo_session(context.database)
    registration_in(session_id)
    window.sessions_page.refresh(select_id=session_id)
    texts = []

    def yes_then_no(box):
        texts.append(box.text())
        on_modal(
            lambda second: (
                texts.append(second.text()),
                answer(second, QMessageBox.StandardButton.No),
            )
        )
        answer(box, QMessageBox.StandardButton.Yes)

    failures = on_modal(yes_then_no)
    window.delete_action.trigger()
    assert not failures
    assert len(texts) == 2
    assert "1 registration" in texts[1]
    assert len(list_sessions(context.database)) == 1

    def yes_twice(box):
        on_modal(lambda second: answer(second, QMessageBox.StandardButton.Yes))
        answer(box, QMessageBox.StandardButton.Yes)

    failures = on_modal(yes_twice)
    window.delete_action.trigger()
    assert not failures
    assert list_sessions(context.database) == []


def test_bad_input_is_refused_beside_each_field_and_nothing_is_saved(qtbot, context):
    editor = SessionEditor(context, None, [])
    qtbot.addWidget(editor)
    editor.show()
    editor.title.clear()
    editor.capacity.setValue(-4)  # the field cannot go below zero: zero places is refused
    editor.contact_email.setText("dominique.bernier@")
    editor.contact_name.setText("Dominique Bernier " * 12)  # over 200 characters
    editor.registration_form_url.setText("docs.google forms")
    slot = editor.time_slots.editors()[0]
    slot.date.setDate(QDate(2031, 5, 6))
    slot.start.setTime(QTime(14, 0))
    slot.end.setTime(QTime(12, 0))
    editor.deadline.setDate(QDate(2031, 5, 20))
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert editor.isVisible()
    assert editor.tabs.currentIndex() == 0
    for field in (
        "title",
        "capacity",
        "contact_email",
        "contact_name",
        "registration_form_url",
        "registration_deadline",
        "time_slots",
    ):
        label = editor.errors.label(field)
        assert not label.isHidden(), field
        assert label.text(), field
    assert editor.errors.label("title").text() == "Give the session a title."
    assert list_sessions(context.database) == []

    editor.title.setText("Habiter les centres-bourgs")
    editor.capacity.setValue(12)
    editor.contact_email.setText("dominique.bernier@caprural.org")
    editor.contact_name.setText("Dominique Bernier")
    editor.registration_form_url.setText("https://docs.google.com/forms/d/e/x/viewform")
    slot.end.setTime(QTime(17, 0))
    editor.deadline.setDate(QDate(2031, 5, 1))
    editor.save()
    assert editor.errors.label("title").isHidden()
    assert not editor.isVisible()
    assert [row.title for row in list_sessions(context.database)] == ["Habiter les centres-bourgs"]


def test_french_messages_beside_fields(qtbot, french_context):
    editor = SessionEditor(french_context, None, [])
    qtbot.addWidget(editor)
    editor.capacity.setValue(0)
    editor.save()
    assert editor.errors.label("title").text() == "Donnez un titre à la session."
    assert editor.errors.label("capacity").text() == (
        "Le nombre de places doit être compris entre 1 et 10000."
    )
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuler"
    assert editor.tabs.tabText(2) == "Demi-journées"


def test_cancel_with_changes_asks_before_dropping_them(qtbot, context, on_modal, answer):
    editor = SessionEditor(context, None, [])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()  # nothing typed: closes at once

    editor = SessionEditor(context, None, [])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.keyClicks(editor.title, "Brouillon")
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Cancel))
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not failures
    assert editor.isVisible()
    assert editor.title.text() == "Brouillon"

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Discard))
    editor.reject()
    assert not failures
    assert not editor.isVisible()
    assert list_sessions(context.database) == []


def test_a_save_over_a_change_made_elsewhere_is_refused(qtbot, context, on_modal, answer):
    from dataclasses import replace

    from caprural_desktop.services.sessions import update_session
    from caprural_desktop.services.speakers import list_speakers

    session_id = add_demo_session(context.database)
    details = get_session(context.database, session_id)
    editor = SessionEditor(context, details, list_speakers(context.database))
    qtbot.addWidget(editor)
    editor.show()
    update_session(context.database, session_id, replace(details.draft, capacity=30))

    editor.capacity.setValue(12)
    shown = []
    failures = on_modal(
        lambda box: (shown.append(box.text()), answer(box, QMessageBox.StandardButton.No))
    )
    editor.save()
    assert not failures
    assert len(shown) == 1 and shown[0].startswith("Modified on another computer — reload?")
    assert editor.isVisible() and editor.capacity.value() == 12  # kept on screen
    assert get_session(context.database, session_id).draft.capacity == 30

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Discard))
    editor.reject()
    assert not failures


def test_reloading_after_a_change_made_elsewhere_shows_the_record_as_it_is_now(
    qtbot, context, on_modal, answer
):
    from dataclasses import replace

    from caprural_desktop.services.sessions import update_session
    from caprural_desktop.ui.session_editor import edit_session

    session_id = add_demo_session(context.database)
    seen: list[int] = []

    def change_then_save(editor):
        details = get_session(context.database, session_id)
        update_session(context.database, session_id, replace(details.draft, capacity=30))
        editor.capacity.setValue(12)

        def reload(box):
            answer(box, QMessageBox.StandardButton.Yes)
            on_modal(see_again)  # the next modal: the editor opened again

        def see_again(reopened):
            assert reopened is not editor
            seen.append(reopened.capacity.value())
            reopened.reject()

        on_modal(reload)
        editor.save()

    failures = on_modal(change_then_save)
    assert edit_session(None, context, session_id) is None
    assert not failures
    assert seen == [30]
    assert get_session(context.database, session_id).draft.capacity == 30


def test_enter_on_a_row_opens_its_editor(qtbot, window, context, on_modal):
    session_id = add_demo_session(context.database)
    window.sessions_page.refresh(select_id=session_id)
    opened = []
    failures = on_modal(lambda editor: (opened.append(editor.title.text()), editor.reject()))
    qtbot.keyClick(window.sessions_page.table, Qt.Key.Key_Return)
    assert not failures
    assert opened == [get_session(context.database, session_id).draft.title]


def test_a_session_without_deadline_keeps_none(qtbot, context):
    from dataclasses import replace

    from caprural_desktop.services.sessions import create_session
    from caprural_desktop.services.speakers import list_speakers

    demo = get_session(context.database, add_demo_session(context.database)).draft
    session_id = create_session(context.database, replace(demo, registration_deadline=None))
    editor = SessionEditor(context, get_session(context.database, session_id), [])
    qtbot.addWidget(editor)
    assert not editor.has_deadline.isChecked()
    assert not editor.deadline.isEnabled()
    editor.title.setText("Sans date limite")
    editor.save()
    saved = get_session(context.database, session_id).draft
    assert (saved.title, saved.registration_deadline) == ("Sans date limite", None)
    assert list_speakers(context.database)  # the demo's, untouched


def test_the_real_listings_keep_qt_s_model_contract(qtmodeltester, window, context):
    add_demo_session(context.database)
    add_demo_session(context.database)
    window.sessions_page.refresh()
    qtmodeltester.check(window.sessions_page.model)
    window.navigation.setCurrentRow(1)
    qtmodeltester.check(window.speakers_page.model)
    header = window.sessions_page.table.horizontalHeader()
    title_width = header.sectionSize(0)
    model = window.sessions_page.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == model.data(
        model.index(0, 0)
    )
    assert title_width > 100


def test_an_edit_through_enter_refreshes_the_other_listings(qtbot, window, context, on_modal):
    session_id = add_demo_session(context.database)
    window.navigation.setCurrentRow(1)  # speakers: each speaks at one session
    assert {row.session_count for row in window.speakers_page.model._visible} == {1}
    window.navigation.setCurrentRow(0)
    window.sessions_page.refresh(select_id=session_id)

    def remove_speakers(editor):
        for remove in editor.speakers.findChildren(QToolButton, "remove"):
            remove.click()
        editor.save()

    failures = on_modal(remove_speakers)
    qtbot.keyClick(window.sessions_page.table, Qt.Key.Key_Return)
    assert not failures
    window.navigation.setCurrentRow(1)
    assert {row.session_count for row in window.speakers_page.model._visible} == {0}


def test_a_speaker_is_chosen_by_typing_their_name(qtbot, context):
    from caprural_desktop.services.speakers import SpeakerDraft, create_speaker, list_speakers

    for name in ("Élodie Martin", "Jean Dupont", "Régie des Deux Rives"):
        create_speaker(context.database, SpeakerDraft(name=name))
    editor = SessionEditor(context, None, list_speakers(context.database))
    qtbot.addWidget(editor)
    editor.show()
    editor.tabs.setCurrentIndex(4)
    qtbot.mouseClick(editor.speakers.add_button, Qt.MouseButton.LeftButton)
    row = editor.speakers.editors()[0]
    row.speaker.setEditText("")
    qtbot.keyClicks(row.speaker.lineEdit(), "Jean Dupont")
    qtbot.keyClicks(row.role, "Grand temoin")
    assert row.link().name == "Jean Dupont"
    row.speaker.setEditText("Personne inconnue")
    assert row.link() is None


def test_the_presence_threshold_of_a_web_conference_is_edited_and_kept(qtbot, context):
    session_id = add_demo_session(context.database)
    editor = SessionEditor(context, get_session(context.database, session_id), [])
    qtbot.addWidget(editor)
    assert editor.attendance_threshold.value() == 50
    editor.attendance_threshold.clear()
    qtbot.keyClicks(editor.attendance_threshold, "75")
    editor.save()
    assert get_session(context.database, session_id).draft.attendance_threshold == 75


def test_a_session_of_many_half_days_keeps_its_editor_on_the_screen(qtbot, context):
    """Twenty-four half-days scroll inside their tab: Save stays within 760 pixels."""
    editor = SessionEditor(context, None, [])
    qtbot.addWidget(editor)
    for _ in range(23):
        qtbot.mouseClick(editor.time_slots.add_button, Qt.MouseButton.LeftButton)
    editor.tabs.setCurrentIndex(HALF_DAYS)
    editor.show()
    assert len(editor.time_slots.editors()) == 24
    assert editor.sizeHint().height() < 700
    assert editor.height() < 760
    editor.mark_loaded()  # closed without the question about unsaved changes


def test_date_fields_stop_before_the_end_of_the_calendar(qtbot, context):
    """A half-day added after 31/12/9999 overflowed: the fields end in 2099."""
    editor = SessionEditor(context, None, [])
    qtbot.addWidget(editor)
    slot = editor.time_slots.editors()[0]
    slot.date.setDate(QDate(9999, 12, 31))
    assert slot.date.date() == QDate(2099, 12, 31)
    qtbot.mouseClick(editor.time_slots.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.time_slots.editors()) == 2
    editor.deadline.setDate(QDate(1000, 1, 1))
    assert editor.deadline.date().year() == 1990
    editor.mark_loaded()
