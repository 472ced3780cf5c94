"""A session's documents: the attendance sheet (preview, print, PDF), the certificates,
and the spreadsheets of its registrants and attendance.

Each is written whole or not at all, under a name made safe for every file system.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QWidget

from ..clock import PARIS
from ..db.types import utc_now
from ..errors import UserError
from ..printing.attendance_sheet import draw_sheet, sheet_layout, sheet_title, write_sheet
from ..printing.canvas import page_layout
from ..printing.certificates import (
    certificate_title,
    draw_certificates,
    write_certificate_files,
    write_certificates,
)
from ..services.dues import FIRST_YEAR, LAST_YEAR
from ..services.exporting import export_attendance, export_registrations, export_year_report
from ..services.sessions import get_session
from ..services.sheets import Certificates, attendance_sheet, certificates
from .background import BackgroundJob
from .context import AppContext
from .file_saver import FileSaver

FOLDER_KEY = "documents/folder"


#: What a window's title bar takes above its content.
TITLE_BAR = 40


class SessionDocuments(FileSaver):
    """The documents of one session at a time; each method says what it wrote."""

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent, context, FOLDER_KEY)

    def preview_sheet(self, session_id: int) -> None:
        """The print preview, from which the coordinator prints the sheet."""
        try:
            sheet = attendance_sheet(self.context.database, session_id)
        except UserError as error:
            self.warn(error)
            return
        formatter = self.context.formatter
        self._preview(
            sheet_title(sheet),
            sheet.session.title,
            sheet_layout(sheet),
            lambda device: draw_sheet(device, sheet, formatter),
        )

    def preview_certificates(self, session_id: int) -> None:
        made = self._certificates(session_id)
        if made is None:
            return
        formatter = self.context.formatter
        self._preview(
            certificate_title(),
            made.session.title,
            page_layout(),
            lambda device: draw_certificates(device, made, formatter),
        )

    def _preview(
        self,
        title: str,
        session_title: str,
        layout: QPageLayout,
        draw: Callable[[QPagedPaintDevice], object],
    ) -> None:
        """Qt's print preview of a document, with its print button."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loaded when used

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(layout)
        printer.setDocName(f"{title} — {session_title}")
        dialog = QPrintPreviewDialog(printer, self.widget)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(draw)
        # A page's height where the screen has it; a laptop's 768 pixels are the norm.
        room = dialog.screen().availableGeometry()
        dialog.resize(min(1000, room.width()), min(800, room.height() - TITLE_BAR))
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
        return self.tr("Attendance sheet saved (%n page(s)): {path}", "", pages).format(path=path)

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

    def export_registrations(self, session_id: int) -> str | None:
        """Every registration and answer of the session, as .xlsx (off the window's thread)."""
        path = self._workbook_for(session_id, self.tr("Registrants - {}"))
        if path is None:
            return None
        database = self.context.database
        count = self.in_background(
            lambda: export_registrations(
                database, session_id, path, translate=QCoreApplication.translate
            ),
            self.tr("Exporting the registrants…"),
        )
        if count is None:
            return None
        return self.tr("%n registration(s) exported: {}", "", count).format(path)

    def export_attendance(self, session_id: int) -> str | None:
        path = self._workbook_for(session_id, self.tr("Attendance - {}"))
        if path is None:
            return None
        database, formatter = self.context.database, self.context.formatter

        def slot_title(day: date, start: time, end: time) -> str:
            return f"{formatter.short_date(day)} {formatter.time(start)}–{formatter.time(end)}"

        count = self.in_background(
            lambda: export_attendance(
                database,
                session_id,
                path,
                translate=QCoreApplication.translate,
                slot_title=slot_title,
            ),
            self.tr("Exporting the attendance…"),
        )
        if count is None:
            return None
        return self.tr("Attendance exported: {}").format(path)

    def _workbook_for(self, session_id: int, name: str) -> Path | None:
        """Where to write a session's workbook, `name` holding the session's title."""
        try:
            title = get_session(self.context.database, session_id).draft.title
        except UserError as error:
            self.warn(error)
            return None
        return self.ask_save(name.format(title), ".xlsx")

    def export_year_report(self) -> str | None:
        year, chosen = QInputDialog.getInt(
            self.widget,
            self.tr("The year's figures for funders"),
            self.tr("Year:"),
            utc_now().astimezone(PARIS).year,
            FIRST_YEAR,
            LAST_YEAR,
        )
        if not chosen:
            return None
        path = self.ask_save(self.tr("Sessions {}").format(year), ".xlsx")
        if path is None:
            return None
        database = self.context.database
        count = self.in_background(
            lambda: export_year_report(database, year, path, translate=QCoreApplication.translate),
            self.tr("Adding up the year…"),
        )
        if count is None:
            return None
        return self.tr("%n session(s) of {year} exported: {path}", "", count).format(
            year=year, path=path
        )

    def in_background(self, work: Callable[[], Any], message: str) -> Any | None:
        """Runs `work` off the window's thread behind a progress dialog; its result, or
        None once its error was shown."""
        progress = QProgressDialog(message, "", 0, 0, self.widget)
        progress.setCancelButton(None)  # a half-written file is never left: nothing to stop
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        outcome: dict[str, Any] = {}
        job = BackgroundJob(work, progress)
        job.succeeded.connect(lambda result: outcome.setdefault("result", result))
        job.failed.connect(lambda error: outcome.setdefault("error", error))
        # Until the job has reported, whatever becomes of the dialog (Escape closes it):
        # its result, or its error, is never lost.
        reported = QEventLoop()
        job.finished.connect(reported.quit)
        job.start()
        progress.show()
        reported.exec()
        progress.close()
        error = outcome.get("error")
        if isinstance(error, UserError):
            self.warn(error)
        elif error is not None:
            raise error
        return outcome.get("result")
