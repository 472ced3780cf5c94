"""Backing up and restoring from the File menu."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caprural_desktop.db.backup import check_backup
from caprural_desktop.services.sessions import SessionDraft, create_session

pytestmark = pytest.mark.sqlite_only  # backups are copies of the SQLite file


def test_back_up_then_restore_from_the_window(window, context, on_modal, answer, tmp_path):
    create_session(context.database, SessionDraft(title="Avant"))
    copy = tmp_path / "copie.sqlite3"

    def save_here(dialog):
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(copy))
        dialog.accept()

    failures = on_modal(save_here)
    window.backup_action.trigger()
    assert not failures
    assert check_backup(copy)
    assert "checked" in window.statusBar().currentMessage()

    create_session(context.database, SessionDraft(title="Après"))

    def open_copy(dialog):
        assert isinstance(dialog, QFileDialog)
        on_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
        dialog.selectFile(str(copy))
        dialog.accept()

    failures = on_modal(open_copy)
    window.restore_action.trigger()
    assert not failures
    titles = [row.title for row in window.sessions_page.model.loaded_rows()]
    assert titles == ["Avant"]
    assert "restored" in window.statusBar().currentMessage()
