"""The attendance dialog's "Connection logs" menu: import, undo the last import, and the
evidence kept with the session, saved back as the tool wrote it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from ..connection_logs.records import TOOL_NAMES
from ..errors import UserError
from ..services.connection_apply import (
    evidence_content,
    session_evidence,
    undo_last_connection_import,
)
from .connection_log_dialog import ConnectionLogDialog
from .context import AppContext
from .formatting import error_text, system_reason_text

FOLDER_KEY = "folders/connection_logs"


class ConnectionLogMenu(QObject):
    """Emits `changed` when an import or its undo changed the marks."""

    changed = Signal()

    def __init__(self, parent: QWidget, context: AppContext, session_id: int, title: str) -> None:
        super().__init__(parent)
        self.widget = parent
        self.context = context
        self.session_id = session_id
        self.title = title
        self.menu = QMenu(parent)
        self.menu.aboutToShow.connect(self._fill)
        self.button = QToolButton(parent)
        self.button.setObjectName("connection_logs")
        self.button.setText(self.tr("Connection logs"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)

    def _fill(self) -> None:
        self.menu.clear()
        self.menu.addAction(self.tr("Import a connection log…"), self.import_logs)
        self.menu.addAction(self.tr("Undo the last import of a log"), self.undo_last)
        evidence = session_evidence(self.context.database, self.session_id)
        self.menu.addSeparator()
        if not evidence:
            self.menu.addAction(self.tr("No connection log kept yet")).setEnabled(False)
        for item in evidence:
            text = self.tr("Save a copy of {file} ({tool}, {date})…").format(
                file=item.file_name,
                tool=TOOL_NAMES[item.tool],
                date=self.context.formatter.date_time(item.imported_at),
            )
            self.menu.addAction(text, lambda item=item: self.save_copy(item.id, item.file_name))

    def import_logs(self) -> None:
        folder = str(self.context.settings.value(FOLDER_KEY, str(Path.home())))
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.widget,
            self.tr("Connection logs of the web conference"),
            folder,
            self.tr("Participant reports (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if chosen:
            self.open_preview([Path(name) for name in chosen])

    def open_preview(self, paths: list[Path]) -> ConnectionLogDialog:
        self.context.settings.setValue(FOLDER_KEY, str(paths[0].parent))
        dialog = ConnectionLogDialog(self.context, self.session_id, self.title, paths, self.widget)
        dialog.finished.connect(lambda _result: self.changed.emit())
        dialog.open()
        return dialog

    def undo_last(self) -> None:
        answer = QMessageBox.question(
            self.widget,
            self.tr("Undo the last import"),
            self.tr(
                "Take back the marks of the last connection log imported? "
                "Marks you changed since are kept."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            restored = undo_last_connection_import(self.context.database, self.session_id)
        except UserError as error:
            QMessageBox.warning(self.widget, self.widget.windowTitle(), error_text(error))
            return
        self.changed.emit()
        QMessageBox.information(
            self.widget,
            self.widget.windowTitle(),
            self.tr("%n mark(s) taken back.", "", restored),
        )

    def save_copy(self, file_id: int, file_name: str) -> None:
        folder = Path(str(self.context.settings.value(FOLDER_KEY, str(Path.home()))))
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save the connection log"), str(folder / file_name)
        )
        if not chosen:
            return
        try:
            Path(chosen).write_bytes(evidence_content(self.context.database, file_id))
        except OSError as error:
            QMessageBox.warning(
                self.widget,
                self.widget.windowTitle(),
                self.tr("Cannot write {file}: {reason}").format(
                    file=chosen, reason=system_reason_text(error)
                ),
            )
