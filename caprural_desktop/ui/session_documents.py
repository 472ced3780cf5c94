"""A session's documents: the attendance sheet (preview, print, PDF), the certificates,
and the spreadsheets of its registrants and attendance.

Each is written whole or not at all, under a name made safe for every file system.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ..errors import UserError
from ..printing.attendance_sheet import draw_sheet, sheet_layout, sheet_title, write_sheet
from ..printing.certificates import (
    certificate_title,
    write_certificate_files,
    write_certificates,
)
from ..services.sheets import Certificates, attendance_sheet, certificates
from .context import AppContext
from .file_saver import FileSaver

FOLDER_KEY = "documents/folder"


class SessionDocuments(FileSaver):
    """The documents of one session at a time; each method says what it wrote."""

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent, context, FOLDER_KEY)

    def preview_sheet(self, session_id: int) -> None:
        """The print preview, from which the coordinator prints the sheet."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loaded when used

        try:
            sheet = attendance_sheet(self.context.database, session_id)
        except UserError as error:
            self.warn(error)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(sheet_layout(sheet))
        printer.setDocName(f"{sheet_title(sheet)} — {sheet.session.title}")
        dialog = QPrintPreviewDialog(printer, self.widget)
        dialog.setWindowTitle(sheet_title(sheet))
        formatter = self.context.formatter
        dialog.paintRequested.connect(lambda device: draw_sheet(device, sheet, formatter))
        dialog.resize(1000, 800)
        dialog.exec()

    def save_sheet(self, session_id: int) -> str | None:
        """The sheet as a PDF; returns what to tell the coordinator, None if nothing written."""
        try:
            sheet = attendance_sheet(self.context.database, session_id)
            path = self.ask_save(f"{sheet_title(sheet)} - {sheet.session.title}", ".pdf")
            if path is None:
                return None
            pages = write_sheet(path, sheet, self.context.formatter)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("Attendance sheet saved ({pages} pages): {path}").format(
            pages=pages, path=path
        )

    def save_certificates(self, session_id: int) -> str | None:
        """Every certificate of the session in one PDF."""
        made = self._certificates(session_id)
        if made is None:
            return None
        try:
            path = self.ask_save(f"{certificate_title()} - {made.session.title}", ".pdf")
            if path is None:
                return None
            count = write_certificates(path, made, self.context.formatter)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("%n certificate(s) saved: {}", "", count).format(path)

    def save_certificate_files(self, session_id: int) -> str | None:
        """One PDF per person, named after them, in a folder the coordinator chooses."""
        made = self._certificates(session_id)
        if made is None:
            return None
        chosen = QFileDialog.getExistingDirectory(
            self.widget, self.tr("Folder for the certificates"), str(self.folder())
        )
        if not chosen:
            return None
        folder = Path(chosen)
        self.remember(folder)
        try:
            written = write_certificate_files(folder, made, self.context.formatter)
        except UserError as error:
            self.warn(error)
            return None
        return self.tr("%n certificate(s) saved in {}", "", len(written)).format(folder)

    def _certificates(self, session_id: int) -> Certificates | None:
        """The certificates to make; None, once said why, when there is none."""
        try:
            made = certificates(self.context.database, session_id)
        except UserError as error:
            self.warn(error)
            return None
        if not made.certificates:
            self.say(
                self.tr(
                    "Nobody is marked present yet: certificates go to those who attended "
                    "at least one half-day. Record the attendance first."
                )
            )
            return None
        return made
