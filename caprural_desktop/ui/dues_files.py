"""Files made from the dues ledger: a due's receipt (PDF), the year's unpaid dues (.xlsx).

Each asks where to save, under a name made safe for every file system, and opens
nothing afterwards: the coordinator decides what to do with the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..errors import UserError
from ..printing.receipt import ReceiptOptions, write_receipt
from ..services.dues import DueRow, due_receipt, today
from ..services.exporting import export_ledger, export_unpaid_dues
from ..services.settings import network_identity
from .context import AppContext
from .file_saver import FileSaver
from .formatting import label
from .settings_dialog import edit_settings

FOLDER_KEY = "dues/folder"


class DuesFiles(FileSaver):
    """Asks where, writes, and says what it did; errors end in a message."""

    def __init__(self, parent: QWidget, context: AppContext) -> None:
        super().__init__(parent, context, FOLDER_KEY)

    def save_receipt(self, due: DueRow) -> Path | None:
        try:
            receipt = due_receipt(self.context.database, due.id)
            issuer = network_identity(self.context.database)
            if not issuer.name:
                self.say(
                    self.tr(
                        "Receipts name the network that issues them: give its name, "
                        "address and town first."
                    )
                )
                if not edit_settings(self.widget, self.context):
                    return None
                issuer = network_identity(self.context.database)
            name = self.tr("Receipt dues {year} - {organisation}").format(
                year=due.year, organisation=due.organisation
            )
            path = self.ask_save(name, ".pdf")
            if path is None:
                return None
            options = ReceiptOptions(self.context.formatter.locale, label, today())
            write_receipt(path, receipt, issuer, options)
        except UserError as error:
            self.warn(error)
            return None
        return path

    def export_unpaid(self, year: int) -> tuple[Path, int] | None:
        name = self.tr("Unpaid dues {year}").format(year=year)
        path = self.ask_save(name, ".xlsx")
        if path is None:
            return None
        try:
            count = export_unpaid_dues(
                self.context.database,
                year,
                path,
                translate=QCoreApplication.translate,
                kind_label=label,
            )
        except UserError as error:
            self.warn(error)
            return None
        return path, count

    def export_ledger(self, year: int) -> tuple[Path, int] | None:
        name = self.tr("Dues {year}").format(year=year)
        path = self.ask_save(name, ".xlsx")
        if path is None:
            return None
        try:
            count = export_ledger(
                self.context.database,
                year,
                path,
                translate=QCoreApplication.translate,
                label=label,
            )
        except UserError as error:
            self.warn(error)
            return None
        return path, count

    def choose_ledger(self, year: int) -> Path | None:
        """The treasurer's spreadsheet to import for the year."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Import the dues ledger of {}").format(year),
            str(self.folder()),
            self.tr("Spreadsheets (*.xlsx *.ods *.csv);;All files (*)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.remember(path.parent)
        return path
