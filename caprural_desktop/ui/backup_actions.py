"""Backing up the database on demand, and putting a backup back, from the File menu."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..db.backup import write_backup
from ..db.restore import restore_backup
from ..errors import UserError
from .context import AppContext
from .file_saver import FileSaver

FOLDER_KEY = "backup/folder"


class BackupActions(FileSaver):
    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent, context, FOLDER_KEY)

    def back_up(self) -> str | None:
        """A checked copy of the database where the coordinator chooses (a USB stick…)."""
        name = f"caprural-{datetime.now():%Y-%m-%d-%H%M}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Back up the database"),
            str(self.folder() / f"{name}.sqlite3"),
            self.tr("Cap Rural databases (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.remember(path.parent)
        try:
            written = write_backup(self.context.database, path)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("Backup written and checked: {}").format(written)

    def restore(self) -> str | None:
        """Puts a backup back, once checked, after saving the database as it is."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Restore a backup"),
            str(self.folder()),
            self.tr("Cap Rural databases (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        question = self.tr(
            "Replace everything in the database with the backup {name}? What was recorded "
            "since that backup will no longer be shown; the database as it is now is saved "
            "first, in the backups folder."
        ).format(name=path.name)
        answer = QMessageBox.question(
            self.widget,
            self.widget.window().windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            saved = restore_backup(self.context.database, path)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("Backup restored; the database as it was is saved in {}").format(saved)
