"""The daily backup made off the window's thread once the window is up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from caprural_desktop.db.backup import automatic_backups, backup_folder
from caprural_desktop.ui.backups import KEEP_KEY, DailyBackup, kept_backups

pytestmark = pytest.mark.sqlite_only  # backups are copies of the SQLite file


def test_the_daily_backup_is_made_once_and_said(qtbot, window, context) -> None:
    backup = DailyBackup(window, context.database, keep=3)
    backup.start()
    qtbot.waitUntil(lambda: backup.job.is_finished(), timeout=10000)
    qtbot.waitUntil(lambda: "backup" in window.statusBar().currentMessage())
    assert len(automatic_backups(backup_folder(context.database.path), "daily")) == 1

    again = DailyBackup(window, context.database, keep=3)
    again.start()
    qtbot.waitUntil(lambda: again.job.is_finished(), timeout=10000)
    assert len(automatic_backups(backup_folder(context.database.path), "daily")) == 1


def test_how_many_are_kept_is_a_setting(tmp_path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert kept_backups(settings) == 14
    settings.setValue(KEEP_KEY, "30")
    assert kept_backups(settings) == 30
    settings.setValue(KEEP_KEY, "beaucoup")
    assert kept_backups(settings) == 14


def test_a_scheduled_backup_never_starts_after_the_app_ended(qtbot, window, context) -> None:
    backup = DailyBackup(window, context.database, keep=3)
    backup.schedule(50)
    backup.stop()
    qtbot.wait(150)
    assert backup.job is None
    assert automatic_backups(backup_folder(context.database.path), "daily") == []
