"""What another computer commits is heard within two seconds, on both databases."""

from __future__ import annotations

import threading

import pytest

from caprural_desktop.db.changes import ChangeWatcher
from caprural_desktop.db.database import Database
from caprural_desktop.services.sessions import SessionDraft, create_session

WITHIN_S = 2.0


@pytest.fixture
def watched(database: Database):
    heard = threading.Event()
    watcher = ChangeWatcher(database, heard.set)
    watcher.start()
    assert watcher.ready.wait(5)
    yield heard
    watcher.stop()


def test_a_change_made_elsewhere_is_heard(
    database: Database, database_url: str, make_database, watched: threading.Event
) -> None:
    elsewhere = make_database(database_url)  # another computer, on its own connections
    create_session(elsewhere, SessionDraft(title="Créée sur un autre poste"))
    assert watched.wait(WITHIN_S)


@pytest.mark.postgresql_only
def test_a_window_does_not_hear_its_own_changes(
    database: Database, watched: threading.Event
) -> None:
    create_session(database, SessionDraft(title="Créée ici"))
    assert not watched.wait(1.0)
