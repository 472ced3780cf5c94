"""The application as launched: opening the database, first launch, errors."""

from __future__ import annotations

import argparse

import pytest
from lock_holder import other_process_locking
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from caprural_desktop.app import run_app
from caprural_desktop.db.database import url_for
from caprural_desktop.db.migrate import open_database
from caprural_desktop.services.sessions import list_sessions


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """Window geometry goes to the test's folder, not the user's."""
    for scope_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(scope_format, QSettings.Scope.UserScope, str(tmp_path / "settings"))


def close_main_window_soon() -> None:
    def close() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if any(isinstance(w, QMessageBox) for w in windows) or not windows:
            QTimer.singleShot(20, close)
            return
        for window in windows:
            window.close()

    QTimer.singleShot(50, close)


def test_first_launch_creates_the_database_and_offers_the_demo(qapp, tmp_path, on_modal, answer):
    path = tmp_path / "new" / "caprural.sqlite3"
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    close_main_window_soon()
    assert run_app(argparse.Namespace(database=str(path), allow_network_share=False)) == 0
    assert not failures
    database, created = open_database(url_for(path))
    try:
        assert not created
        assert [row.title[:8] for row in list_sessions(database)] == ["Coopérer"]
    finally:
        database.dispose()


def test_a_file_that_is_not_a_database_is_refused_with_a_message(qapp, tmp_path, on_modal):
    path = tmp_path / "notes.sqlite3"
    path.write_text("not a database", encoding="utf-8")
    shown = []

    def read_and_close(box):
        shown.append(box.text())
        box.accept()

    failures = on_modal(read_and_close)
    assert run_app(argparse.Namespace(database=str(path), allow_network_share=False)) == 2
    assert not failures
    assert len(shown) == 1
    assert shown[0].startswith("The database file is damaged or is not a database.")
    assert "No backup of it was found" in shown[0]
    assert path.read_text(encoding="utf-8") == "not a database"


def test_an_unexpected_error_is_reported_with_its_details(qapp, on_modal):
    from caprural_desktop.app import report_unexpected

    shown = []

    def read(box):
        shown.append((box.text(), box.detailedText()))
        box.accept()

    failures = on_modal(read)
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        report_unexpected(type(error), error, error.__traceback__)
    assert not failures
    assert "unexpected error" in shown[0][0]
    assert "ZeroDivisionError: division by zero" in shown[0][1]


def test_a_second_window_on_the_same_database_is_refused(qapp, tmp_path, on_modal):
    from caprural_desktop.instance import acquire_instance_lock

    path = tmp_path / "caprural.sqlite3"
    with other_process_locking(path) as (got, _process):
        assert got == "held"
        shown = []

        def read_and_close(box):
            shown.append(box.text())
            box.accept()

        failures = on_modal(read_and_close)
        assert run_app(argparse.Namespace(database=str(path), allow_network_share=False)) == 3
        assert not failures
        assert shown and "already open" in shown[0]
        assert not path.exists()  # nothing was opened half-way
    lock = acquire_instance_lock(path)
    assert lock is not None
    lock.unlock()


def test_a_damaged_database_is_replaced_by_its_latest_good_backup(qapp, tmp_path, on_modal, answer):
    from caprural_desktop.db.backup import daily_backup
    from caprural_desktop.services.sessions import SessionDraft, create_session

    path = tmp_path / "caprural.sqlite3"
    database, _created = open_database(url_for(path))
    create_session(database, SessionDraft(title="Sauvée"))
    daily_backup(database)
    database.dispose()
    damaged = b"SQLite format 3\x00" + b"\x13" * 8000
    path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    asked = []

    def accept(box):
        asked.append(box.text())
        answer(box, QMessageBox.StandardButton.Yes)

    failures = on_modal(accept)
    close_main_window_soon()
    assert run_app(argparse.Namespace(database=str(path), allow_network_share=False)) == 0
    assert not failures
    assert "Put back the latest good backup" in asked[0]
    (aside,) = tmp_path.glob("caprural.sqlite3.damaged-*")
    assert aside.read_bytes() == damaged
    database, _created = open_database(url_for(path))
    try:
        assert [row.title for row in list_sessions(database)] == ["Sauvée"]
    finally:
        database.dispose()


def test_a_team_server_that_cannot_be_opened_offers_this_computer_s_file(
    qapp, tmp_path, on_modal, answer, monkeypatch
):
    from caprural_desktop.config import default_database_path
    from caprural_desktop.team import SERVER_KEY

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("CAPRURAL_DATABASE_URL", raising=False)
    QSettings().setValue(SERVER_KEY, "postgresql+psycopg://camille:secret@127.0.0.1:9/caprural")
    shown: list[str] = []

    def reply(box):
        shown.append(box.text())
        if box.button(QMessageBox.StandardButton.Yes) is None:
            answer(box, QMessageBox.StandardButton.Ok)
        elif "own database instead" in box.text():
            answer(box, QMessageBox.StandardButton.Yes)
        else:  # the demo offered on the new file
            answer(box, QMessageBox.StandardButton.No)

    failures = on_modal(reply)
    on_modal(reply)
    on_modal(reply)
    close_main_window_soon()
    assert run_app(argparse.Namespace(database=None, allow_network_share=False)) == 0
    assert not failures
    assert "cannot be reached" in shown[0] and "secret" not in shown[0]
    assert "own database instead" in shown[1]
    assert default_database_path().exists()
    assert str(default_database_path()).startswith(str(tmp_path))
