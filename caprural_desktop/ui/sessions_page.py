"""The sessions listing: search, create, edit, duplicate, delete."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from ..db.models import SessionStatus
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..services import sessions
from ..services.membership import count_dues_to_settle
from ..services.sessions import HasRegistrationsError, SessionRow
from .context import AppContext

if TYPE_CHECKING:
    from ..services.importing import ImportResult
    from .session_documents import SessionDocuments
from .details_html import DetailsRenderer
from .duplicate_dialog import ask_first_date
from .formatting import Formatter, error_text, label
from .listing_page import ListingPage
from .session_editor import edit_session
from .table_model import Column

IMPORT_FOLDER_KEY = "import/last_folder"

#: Statuses sort in the order a session goes through them, not alphabetically.
STATUS_ORDER = {status: position for position, status in enumerate(SessionStatus)}


def session_columns(formatter: Formatter) -> list[Column[SessionRow]]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Title"),
            lambda row: row.title,
            lambda row: row.search_text,
            width=40,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "First date"),
            lambda row: formatter.short_date(row.first_date),
            lambda row: row.first_date,
            width=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Format"),
            lambda row: label(row.format),
            lambda row: row.format.value,
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Places"),
            lambda row: str(row.capacity),
            lambda row: row.capacity,
            numeric=True,
            width=7,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Deadline"),
            lambda row: formatter.short_date(row.registration_deadline),
            lambda row: row.registration_deadline,
            width=11,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda row: label(row.status),
            lambda row: STATUS_ORDER[row.status],
            width=20,
        ),
    ]


class SessionsPage(ListingPage):
    can_create = can_edit = can_duplicate = can_delete = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, session_columns(context.formatter), parent)
        self.setObjectName("sessions_page")
        self.attendance_button = QPushButton(self.tr("Attendance…"))
        self.attendance_button.setObjectName("attendance_button")
        self.attendance_button.setToolTip(self.tr("Record who came to each half-day"))
        self.attendance_button.clicked.connect(self.record_attendance)
        self.actions_bar.addWidget(self.attendance_button)
        self._documents: SessionDocuments | None = None
        self.documents_button = QToolButton()
        self.documents_button.setObjectName("documents_button")
        self.documents_button.setText(self.tr("Documents"))
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.documents_button)
        self.sheet_preview_action = menu.addAction(
            self.tr("Attendance sheet: preview and print…"),
            lambda: self._on_session(self.documents.preview_sheet),
        )
        self.sheet_pdf_action = menu.addAction(
            self.tr("Attendance sheet as PDF…"),
            lambda: self._on_session(self.documents.save_sheet),
        )
        menu.addSeparator()
        self.certificates_preview_action = menu.addAction(
            self.tr("Certificates of attendance: preview and print…"),
            lambda: self._on_session(self.documents.preview_certificates),
        )
        self.certificates_action = menu.addAction(
            self.tr("Certificates of attendance, in one PDF…"),
            lambda: self._on_session(self.documents.save_certificates),
        )
        self.certificate_files_action = menu.addAction(
            self.tr("Certificates of attendance, one PDF per person…"),
            lambda: self._on_session(self.documents.save_certificate_files),
        )
        menu.addSeparator()
        self.export_registrations_action = menu.addAction(
            self.tr("Registrants, as a spreadsheet…"),
            lambda: self._on_session(self.documents.export_registrations),
        )
        self.export_attendance_action = menu.addAction(
            self.tr("Attendance, as a spreadsheet…"),
            lambda: self._on_session(self.documents.export_attendance),
        )
        self.documents_button.setMenu(menu)
        self.actions_bar.addWidget(self.documents_button)
        self.actions_bar.addStretch(1)
        self.selection_changed.connect(self._update_buttons)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.attendance_button.setEnabled(chosen)
        self.documents_button.setEnabled(chosen)

    def _on_session(self, make) -> None:
        """Makes a document of the selected session; says what was written, if anything."""
        session_id = self.selected_id()
        said = make(session_id) if session_id is not None else None
        if said:
            self.show_status(said)

    def record_attendance(self) -> None:
        row_id = self.selected_id()
        row = self.model.row_at(self.model.index_of(row_id)) if row_id is not None else None
        if row is None:
            return
        from .attendance_dialog import record_attendance  # loaded when first used

        record_attendance(self, self.context, row.id, row.title)

    @property
    def documents(self) -> SessionDocuments:
        """Made when first used: it brings openpyxl and the printing layer, which start-up
        does not need."""
        if self._documents is None:
            from .session_documents import SessionDocuments

            self._documents = SessionDocuments(self, self.context)
        return self._documents

    def page_title(self) -> str:
        return self.tr("Sessions")

    def load_rows(self) -> Sequence[SessionRow]:
        return sessions.list_sessions(self.context.database)

    def details_html(self, row_id: int) -> str:
        details = sessions.get_session(self.context.database, row_id)
        unsettled = count_dues_to_settle(self.context.database, row_id)
        return DetailsRenderer(self.context.formatter).session(details, unsettled)

    def open_editor(self, row_id: int | None) -> int | None:
        return edit_session(self, self.context, row_id)

    def duplicate_item(self, row_id: int) -> None:
        row = self.model.row_at(self.model.index_of(row_id))
        current = row.first_date if row and row.first_date else date.today()
        first_date = ask_first_date(self, self.context, current)
        if first_date is None:
            return
        try:
            copy_id = sessions.duplicate_session(
                self.context.database, row_id, first_date=first_date
            )
        except UserError as error:
            self.show_error(error)
            return
        self.refresh(select_id=copy_id)
        self.edit_item(copy_id)

    def import_responses(self, row_id: int, path: Path | None = None) -> ImportResult | None:
        """Imports a response file into the session (asks for the file if not dropped)."""
        row = self.model.row_at(self.model.index_of(row_id))
        if row is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import the responses of “{}”").format(row.title),
                self.context.settings.value(IMPORT_FOLDER_KEY, str(Path.home())),
                self.tr("Form responses (*.xlsx *.ods *.csv *.zip);;All files (*)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            self.context.settings.setValue(IMPORT_FOLDER_KEY, str(path.parent))
        from .import_dialog import import_responses  # loaded when first used

        result = import_responses(self, self.context, row_id, row.title, path)
        if result is not None:
            self.refresh(select_id=row_id)
        return result

    def undo_last_import(self, row_id: int) -> bool:
        """Takes back the session's latest import, after saying what it will undo."""
        from ..services.importing import latest_import, undo_import

        try:
            last = latest_import(self.context.database, row_id)
        except UserError as error:
            self.show_error(error)
            return False
        if last is None:
            QMessageBox.information(
                self, self.page_title(), self.tr("This session has no import to undo.")
            )
            return False
        question = self.tr(
            "Undo the import of “{file}” made on {when}? Its {added} new registrations "
            "will be removed and its {updated} updates reverted."
        ).format(
            file=last.file_name,
            when=self.context.formatter.date_time(last.imported_at),
            added=last.added,
            updated=last.updated,
        )
        if not self.confirm(question):
            return False
        try:
            undo_import(self.context.database, last.batch_id)
        except UserError as error:
            self.show_error(error)
            return False
        self.refresh(select_id=row_id)
        self.show_status(self.tr("Import undone."))
        return True

    def delete_item(self, row_id: int) -> None:
        row = self.model.row_at(self.model.index_of(row_id))
        title = row.title if row else ""
        if not self.confirm(self.tr("Delete the session “{}”?").format(title)):
            return
        try:
            sessions.delete_session(self.context.database, row_id)
        except HasRegistrationsError as error:
            question = (
                error_text(error)
                + "\n\n"
                + self.tr("Delete it anyway, with all its registrations? This cannot be undone.")
            )
            if not self.confirm(question):
                return
            try:
                sessions.delete_session(self.context.database, row_id, with_registrations=True)
            except UserError as again:
                self.show_error(again)
        except UserError as error:
            self.show_error(error)
        self.refresh()
