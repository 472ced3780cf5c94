"""A session's documents: the attendance sheet (preview, print, PDF), the certificates,
and the spreadsheets of its registrants and attendance.

Each is written whole or not at all, under a name made safe for every file system.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..errors import UserError
from ..printing.attendance_sheet import draw_sheet, sheet_layout, sheet_title, write_sheet
from ..services.sheets import attendance_sheet
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
