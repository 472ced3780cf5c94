"""Importing form responses through the preview dialog, and the queue in the registrants view."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from google_forms import response, write_xlsx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox

from caprural_desktop.db.models import RegistrationStatus
from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.registrations import session_queue
from caprural_desktop.spreadsheets.mapping import Field
from caprural_desktop.ui.import_dialog import ImportDialog

START = datetime(2020, 9, 20, 9, 0)


@pytest.fixture
def session_id(database) -> int:
    return add_demo_session(database)


@pytest.fixture
def responses_file(tmp_path):
    rows = [
        response(START + timedelta(hours=n), f"p{n}@example.org", last=f"N{n}") for n in range(22)
    ]
    rows.append(response(START, "not-an-address"))
    return write_xlsx(tmp_path / "réponses.xlsx", rows)


def open_dialog(qtbot, context, session_id, path) -> ImportDialog:
    dialog = ImportDialog(context, session_id, "Coopérer", path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def test_the_preview_shows_every_row_and_cancel_writes_nothing(
    qtbot, context, session_id, responses_file
):
    dialog = open_dialog(qtbot, context, session_id, responses_file)
    assert dialog.model.rowCount() == 23
    assert "22 new" in dialog.summary.text()
    assert "20 confirmed, 2 waitlisted" in dialog.summary.text()
    invalid = dialog.model.row_at(dialog.model.index(22, 0))
    assert (invalid.id, invalid.outcome.value) == (24, "invalid")
    assert "not-an-address" in invalid.note
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result is None
    assert session_queue(context.database, session_id) == []


def test_changing_a_column_s_meaning_plans_again(qtbot, context, session_id, responses_file):
    dialog = open_dialog(qtbot, context, session_id, responses_file)
    email_combo = dialog.findChild(QComboBox, "mapping_1")
    assert email_combo.currentData() == Field.EMAIL
    email_combo.setCurrentIndex(0)  # "answer kept": no e-mail column any more
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert dialog.error.isVisible()
    assert "No e-mail column" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == 1

    dialog.findChild(QComboBox, "mapping_1").setCurrentIndex(
        dialog.findChild(QComboBox, "mapping_1").findData(Field.EMAIL)
    )
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not dialog.error.isVisible()
    assert dialog.import_button.isEnabled()


def test_import_writes_everything_in_one_go(qtbot, context, session_id, responses_file):
    dialog = open_dialog(qtbot, context, session_id, responses_file)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.result.counts.added == 22
    queue = session_queue(context.database, session_id)
    assert [row.status for row in queue].count(RegistrationStatus.CONFIRMED) == 20
    assert queue[-1].status is RegistrationStatus.WAITLISTED

    again = open_dialog(qtbot, context, session_id, responses_file)
    assert "22 unchanged" in again.summary.text()
    assert not again.import_button.isEnabled()  # nothing to write


def test_a_bad_file_is_explained_in_the_dialog(qtbot, context, session_id, tmp_path):
    path = tmp_path / "faux.xlsx"
    path.write_text("pas un classeur", encoding="utf-8")
    dialog = open_dialog(qtbot, context, session_id, path)
    assert "not a workbook" in dialog.error.text()
    assert not dialog.import_button.isEnabled()


def test_import_from_the_main_window_then_cancel_in_the_queue(
    qtbot, window, context, session_id, responses_file, on_modal
):
    window.sessions_page.refresh(select_id=session_id)

    def import_all(dialog):
        assert isinstance(dialog, ImportDialog)
        qtbot.waitUntil(lambda: not dialog.is_busy())
        dialog.import_plan()

    failures = on_modal(import_all)
    window.import_responses(responses_file)  # as when the file is dropped on the window
    assert not failures
    assert "Registrations: 22" in window.sessions_page.details.toPlainText()

    window.open_registrants(session_id)
    page = window.registrants_page
    assert window.current_page() is page
    assert page.model.rowCount() == 22
    page.status_filter.setCurrentIndex(page.status_filter.findData(RegistrationStatus.WAITLISTED))
    assert page.model.rowCount() == 2
    page.status_filter.setCurrentIndex(0)

    first = session_queue(context.database, session_id)[0]
    page.select_id(first.id)
    assert page.cancel_action.isEnabled()
    page.cancel_action.trigger()
    statuses = {row.email: row.status for row in session_queue(context.database, session_id)}
    assert statuses["p0@example.org"] is RegistrationStatus.CANCELLED
    assert statuses["p20@example.org"] is RegistrationStatus.CONFIRMED  # promoted
    assert "1 other" in window.statusBar().currentMessage()
    shown = page.model.row_at(page.model.index_of(first.id))
    assert shown.status is RegistrationStatus.CANCELLED
    assert page.restore_action.isEnabled()


def imported(context, session_id, path):
    from caprural_desktop.services.importing import apply_import, plan_import

    return apply_import(context.database, plan_import(context.database, session_id, path))


def test_a_registration_shows_every_answer_and_its_person_can_be_edited(
    qtbot, window, context, session_id, responses_file, on_modal
):
    imported(context, session_id, responses_file)
    window.open_registrants(session_id)
    page = window.registrants_page
    first = session_queue(context.database, session_id)[0]
    page.select_id(first.id)
    details = page.details.toPlainText()
    assert "Vos attentes pour cette session" in details
    assert "Des exemples concrets" in details
    assert "+33 6 12 34 56 78" in details

    def rename(editor):
        editor.first_name.setText("Camille-Anne")
        editor.email.setText("Camille.Anne@Example.org")
        editor.save()

    failures = on_modal(rename)
    window.edit_action.trigger()
    assert not failures
    row = session_queue(context.database, session_id)[0]
    assert (row.first_name, row.email) == ("Camille-Anne", "camille.anne@example.org")


def test_an_e_mail_already_used_by_another_registrant_is_refused(
    qtbot, context, session_id, responses_file
):
    from caprural_desktop.services.people import person_of_registration
    from caprural_desktop.ui.person_editor import PersonEditor

    imported(context, session_id, responses_file)
    first, second = session_queue(context.database, session_id)[:2]
    editor = PersonEditor(context, person_of_registration(context.database, first.id))
    qtbot.addWidget(editor)
    editor.email.setText(second.email)
    editor.save()
    assert editor.errors.label("email").text() == (
        "Another registrant already has this e-mail address."
    )
    assert session_queue(context.database, session_id)[0].email == first.email


def test_the_last_import_can_be_undone_from_the_window(
    qtbot, window, context, session_id, responses_file, on_modal, answer
):
    from PySide6.QtWidgets import QMessageBox

    imported(context, session_id, responses_file)
    window.sessions_page.refresh(select_id=session_id)
    assert window.undo_import_action.isEnabled()
    texts = []

    def confirm(box):
        texts.append(box.text())
        answer(box, QMessageBox.StandardButton.Yes)

    failures = on_modal(confirm)
    window.undo_import_action.trigger()
    assert not failures
    assert "réponses.xlsx" in texts[0] and "22 new registrations" in texts[0]
    assert session_queue(context.database, session_id) == []
    assert window.statusBar().currentMessage() == "Import undone."


def test_a_response_file_dropped_on_the_window_opens_the_preview(
    qtbot, window, session_id, responses_file, on_modal
):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window.sessions_page.refresh(select_id=session_id)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(responses_file))])
    position = QPointF(window.rect().center())
    enter = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()

    opened = []

    def look(dialog):
        opened.append(dialog.path)
        qtbot.waitUntil(lambda: not dialog.is_busy())
        dialog.reject()

    failures = on_modal(look)
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert not failures
    assert opened == [responses_file]

    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(responses_file.with_suffix(".pdf")))])
    refused = QDragEnterEvent(
        position.toPoint(),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    refused.ignore()
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_no_seat_left_says_so_and_shows_the_queue_again(
    qtbot, window, context, session_id, responses_file, on_modal, answer
):
    """20 places, 22 registrants: the waitlisted cannot be confirmed on a free seat."""
    imported(context, session_id, responses_file)
    window.open_registrants(session_id)
    page = window.registrants_page
    waiting = [
        row
        for row in session_queue(context.database, session_id)
        if row.status is RegistrationStatus.WAITLISTED
    ]
    page.select_id(waiting[0].id)
    assert page.seat_action.isEnabled()
    messages: list[str] = []

    def read_then_close(box):
        messages.append(box.text())
        answer(box, QMessageBox.StandardButton.Ok)

    failures = on_modal(read_then_close)
    page.seat_action.trigger()
    assert not failures
    assert messages and messages[0].startswith("No seat left")
    statuses = {row.email: row.status for row in session_queue(context.database, session_id)}
    assert statuses[waiting[0].email] is RegistrationStatus.WAITLISTED
    assert page.selected_id() == waiting[0].id  # the queue shown again, the same row chosen
