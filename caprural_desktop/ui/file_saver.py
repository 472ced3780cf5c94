"""Asking where to save a file the app makes, remembering the folder chosen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..errors import UserError
from ..text import safe_file_name
from .context import AppContext
from .formatting import error_text


class FileSaver(QObject):
    """Files named for what they hold, made safe for every file system; errors end in a
    message. `folder_key` remembers, per kind of file, the folder last chosen."""

    def __init__(self, parent: QWidget, context: AppContext, folder_key: str) -> None:
        super().__init__(parent)
        self.widget = parent
        self.context = context
        self._folder_key = folder_key

    def folder(self) -> Path:
        return Path(str(self.context.settings.value(self._folder_key, str(Path.home()))))

    def remember(self, folder: Path) -> None:
        """The folder offered next time."""
        self.context.settings.setValue(self._folder_key, str(folder))

    def ask_save(self, name: str, suffix: str) -> Path | None:
        """Where to write `name` + `suffix` (".pdf" or ".xlsx"); None if cancelled."""
        filters = {
            ".pdf": self.tr("PDF documents (*.pdf)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }[suffix]
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Save as"),
            str(self.folder() / (safe_file_name(name) + suffix)),
            filters,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.remember(path.parent)
        return path

    def say(self, text: str) -> None:
        QMessageBox.information(self.widget, self.widget.window().windowTitle(), text)

    def warn(self, error: UserError) -> None:
        QMessageBox.warning(self.widget, self.widget.window().windowTitle(), error_text(error))
