"""A registrant's data exported or anonymised from the registrants view; the purge."""

from __future__ import annotations

import json

from file_dialogs import choose_folder
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from caprural_desktop.db.models import Person
from caprural_desktop.services.demo import add_demo_data
from caprural_desktop.services.privacy import privacy_events
from caprural_desktop.services.registrations import session_queue


def select_registrant(window, context, email: str):
    session_id = add_demo_data(context.database)
    window.open_registrants(session_id)
    page = window.registrants_page
    registration = next(
        r.id for r in session_queue(context.database, session_id) if r.email == email
    )
    page.select_id(registration)
    return page


def test_their_data_is_written_to_a_chosen_folder(window, context, on_modal, tmp_path):
    page = select_registrant(window, context, "lea.roux@example.org")
    assert page.export_data_action.isEnabled()

    failures = on_modal(choose_folder(tmp_path))
    page.export_data_action.trigger()
    assert not failures
    (json_file,) = tmp_path.glob("*.json")
    assert json.loads(json_file.read_text(encoding="utf-8"))["person"]["last_name"] == "Roux"
    assert list(tmp_path.glob("*.xlsx"))
    assert "Personal data written" in window.statusBar().currentMessage()


def test_anonymising_asks_first(window, context, on_modal, answer):
    page = select_registrant(window, context, "lea.roux@example.org")
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.No))
    page.anonymise_action.trigger()
    assert not failures and privacy_events(context.database) == []

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    page.anonymise_action.trigger()
    assert not failures
    names = [row.last_name for row in page.model.loaded_rows()]
    assert "Roux" not in names and "Anonyme" in names
    assert [event[1] for event in privacy_events(context.database)] == ["anonymise"]


def test_the_purge_shows_whom_then_does_nothing_when_refused(window, context, on_modal, answer):
    add_demo_data(context.database)  # October 2020: older than three years
    seen = []

    def refuse(box):
        seen.append((box.text(), box.detailedText()))
        answer(box, QMessageBox.StandardButton.No)

    failures = on_modal(refuse)
    window.purge_action.trigger()
    assert not failures
    text, details = seen[0]
    assert "9 registrant(s)" in text and "Léa Roux" in details and "Claire Fontaine" in details
    with context.database.read() as session:
        assert (
            session.scalar(select(func.count(Person.id)).where(Person.anonymised_at.is_not(None)))
            == 0
        )

    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    window.purge_action.trigger()
    assert not failures
    with context.database.read() as session:
        assert (
            session.scalar(select(func.count(Person.id)).where(Person.anonymised_at.is_(None))) == 0
        )
