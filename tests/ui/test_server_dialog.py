"""Team mode from the window: the server chosen, tested, the data copied, the address kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from caprural_desktop.db.migrate import open_database
from caprural_desktop.services.demo import add_demo_data
from caprural_desktop.services.sessions import list_sessions
from caprural_desktop.team import KEYRING_SERVICE, SERVER_KEY
from caprural_desktop.ui.server_dialog import ServerDialog


def fill(dialog: ServerDialog, url: str, password: str | None = None) -> None:
    parsed = make_url(url)
    dialog.host.setText(parsed.host)
    dialog.port.setValue(parsed.port)
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username)
    dialog.password.setText(password if password is not None else parsed.password)


def test_the_laptop_s_data_goes_to_the_server_and_the_password_to_the_keyring(
    qtbot, context, database_path: Path, postgres, memory_keyring, on_modal, answer, settings
):
    add_demo_data(context.database)
    name = postgres.create(migrated=False)
    url = postgres.url_of(name)
    try:
        dialog = ServerDialog(context)
        qtbot.addWidget(dialog)
        fill(dialog, url, password="wrong")
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert "refused the user name or the password" in dialog.status.text()
        fill(dialog, url)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.status.text().startswith("Connected to")
        assert dialog.copy.isChecked()

        messages: list[str] = []
        failures = on_modal(
            lambda box: (messages.append(box.text()), answer(box, QMessageBox.StandardButton.Ok))
        )
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=20000)
        assert not failures
        assert "rows copied and checked" in messages[0]

        kept = str(settings.value(SERVER_KEY))
        assert make_url(kept).password is None and make_url(kept).host == make_url(url).host
        settings.sync()
        assert f":{make_url(url).password}@" not in Path(settings.fileName()).read_text()
        (key,) = memory_keyring.passwords
        assert key[0] == KEYRING_SERVICE
        server, _created = open_database(url)
        try:
            assert [s.title for s in list_sessions(server)] == [
                s.title for s in list_sessions(context.database)
            ]
        finally:
            server.dispose()
    finally:
        postgres.drop(name)


def test_team_mode_can_be_left_for_this_computer_s_own_database(
    qtbot, context, settings, on_modal, answer
):
    settings.setValue(SERVER_KEY, "postgresql+psycopg://camille@serveur.caprural.org/caprural")
    dialog = ServerDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.host.text() == "serveur.caprural.org" and dialog.user.text() == "camille"
    assert not dialog.leave_button.isHidden()
    failures = on_modal(lambda box: answer(box, QMessageBox.StandardButton.Ok))
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert not failures
    assert settings.value(SERVER_KEY) is None
