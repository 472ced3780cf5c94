"""Writing to a session's confirmed registrants or waitlist, and copying addresses."""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from google_forms import response, write_xlsx
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from caprural_desktop.services.demo import add_demo_session
from caprural_desktop.services.importing import apply_import, plan_import


class MailClient(QObject):
    """Stands where the user's mail client would receive mailto links."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.links.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def mail_client():
    client = MailClient()
    QDesktopServices.setUrlHandler("mailto", client, "open")
    yield client
    QDesktopServices.unsetUrlHandler("mailto")


@pytest.fixture
def registrants(window, context, tmp_path):
    """The demo session (20 places) with 150 registrants: 20 confirmed, 130 waitlisted."""
    session_id = add_demo_session(context.database)
    start = datetime(2020, 9, 1, 9)
    rows = [
        response(start + timedelta(minutes=n), f"participant.numero{n:03d}@commune-exemple.fr")
        for n in range(150)
    ]
    apply_import(
        context.database,
        plan_import(context.database, session_id, write_xlsx(tmp_path / "r.xlsx", rows)),
    )
    window.open_registrants(session_id)
    return window.registrants_page


def bcc(link: str) -> list[str]:
    return parse_qs(urlsplit(link).query)["bcc"][0].split(",")


def test_writing_to_the_confirmed_opens_one_message_in_bcc(registrants, mail_client):
    registrants.mail_button.confirmed_action.trigger()
    (link,) = mail_client.links
    assert len(bcc(link)) == 20
    assert parse_qs(urlsplit(link).query)["subject"][0].startswith("Coopérer avec les citoyens")


def test_a_long_waitlist_is_split_after_asking(registrants, mail_client, on_modal, answer):
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    registrants.mail_button.waitlist_action.trigger()
    assert not failures
    assert len(mail_client.links) > 1
    assert sum(len(bcc(link)) for link in mail_client.links) == 130


def test_without_a_session_chosen_nobody_is_written_to(registrants, mail_client, on_modal, answer):
    registrants.session_filter.setCurrentIndex(0)  # all sessions
    told = []
    failures = on_modal(
        lambda box: (told.append(box.text()), answer(box, QMessageBox.StandardButton.Ok))
    )
    registrants.mail_button.confirmed_action.trigger()
    assert not failures and "Choose the session first" in told[0]
    assert mail_client.links == []


def test_the_addresses_shown_are_copied(registrants):
    registrants.search.setText("numero00")
    registrants.mail_button.copy_action.trigger()
    copied = QGuiApplication.clipboard().text().split("; ")
    assert len(copied) == 10 and copied[0] == "participant.numero000@commune-exemple.fr"


@pytest.mark.qt_log_ignore("No such method")  # the way to make nothing open, here
def test_without_a_mail_program_the_coordinator_is_told_what_to_do(registrants, on_modal, answer):
    nobody = MailClient()
    QDesktopServices.setUrlHandler("mailto", nobody, "no_such_slot")  # nothing opens
    told = []
    try:
        failures = on_modal(
            lambda box: (told.append(box.text()), answer(box, QMessageBox.StandardButton.Ok))
        )
        registrants.mail_button.confirmed_action.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert not failures and "No mail program opened" in told[0]
    assert "Copy the addresses shown" in told[0]
    assert "handed to the mail client" not in registrants.window().statusBar().currentMessage()
