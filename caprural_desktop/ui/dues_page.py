"""Membership fees ("cotisations"): the ledger of a year, its totals, payments and calls."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..services import dues
from ..services.dues import DueRow
from .context import AppContext
from .due_details import DELETE_PAYMENT, DueDetailsRenderer
from .due_dialog import edit_due
from .formatting import Formatter, label
from .listing_page import ListingPage
from .next_year_dialog import call_the_next_year
from .payment_dialog import ask_payment
from .table_model import Column, text_column

if TYPE_CHECKING:
    from .dues_files import DuesFiles


def due_columns(formatter: Formatter) -> list[Column[DueRow]]:
    def money(title: str, cents) -> Column[DueRow]:
        return Column(title, lambda row: formatter.money(cents(row)), cents, numeric=True, width=10)

    return [
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"),
            lambda row: row.organisation,
            width=30,
            stretch=True,
        ),
        text_column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda row: label(row.kind), width=12),
        money(QT_TRANSLATE_NOOP("Columns", "Called"), lambda row: row.called_cents),
        money(QT_TRANSLATE_NOOP("Columns", "Paid"), lambda row: row.paid_cents),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda row: label(row.status),
            lambda row: row.status.value,
            width=9,
            alert=lambda row: row.outstanding_cents > 0,  # still owed
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Paid on"),
            lambda row: formatter.short_date(row.paid_on),
            lambda row: row.paid_on,
            width=11,
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Method"), lambda row: label(row.method), width=12
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Reference"), lambda row: row.reference or "", width=12
        ),
    ]


def _tool_bar(name: str) -> QToolBar:
    tool_bar = QToolBar()
    tool_bar.setObjectName(name)
    tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return tool_bar


class DuesPage(ListingPage):
    """One year's ledger; every change refreshes the row, the totals and other pages."""

    can_create = can_edit = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, due_columns(context.formatter), parent)
        self.setObjectName("dues_page")
        self.details.setPlaceholderText(
            self.tr("Select a due to see its payments. Call dues with “Call a due…”.")
        )
        self._files: DuesFiles | None = None
        self.year = QComboBox()
        self.year.setObjectName("year")
        self.unpaid_only = QCheckBox(self.tr("Unpaid only"))
        self.unpaid_only.setObjectName("unpaid_only")
        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra_bar.addWidget(QLabel(self.tr("Year")))
        self.extra_bar.addWidget(self.year)
        self.extra_bar.addWidget(self.unpaid_only)
        self.extra_bar.addStretch(1)
        self.extra_bar.addWidget(self.totals)

        # Two rows, the selected due's actions then the year's: one row would be cut.
        due_tools, year_tools = _tool_bar("due_actions"), _tool_bar("year_actions")
        self.payment_action = due_tools.addAction(self.tr("Record a payment…"), self.record_payment)
        self.change_action = due_tools.addAction(self.tr("Change the due…"), self._edit_selected)
        self.receipt_action = due_tools.addAction(self.tr("Receipt…"), self.save_receipt)
        self.call_action = year_tools.addAction(self.tr("Call a due…"), self.new_item)
        self.next_year_action = year_tools.addAction("", self.call_next_year)
        self.export_action = year_tools.addAction(
            self.tr("Export the unpaid dues…"), self.export_unpaid
        )
        ledger_tools = _tool_bar("ledger_actions")
        self.import_ledger_action = ledger_tools.addAction(
            self.tr("Import a ledger…"), self.import_ledger
        )
        self.export_ledger_action = ledger_tools.addAction(
            self.tr("Export the ledger…"), self.export_ledger
        )
        tools = QVBoxLayout()
        tools.setSpacing(0)
        tools.addWidget(due_tools)
        tools.addWidget(year_tools)
        tools.addWidget(ledger_tools)
        self.actions_bar.addLayout(tools)
        self.actions_bar.addStretch(1)

        self._rows: list[DueRow] = []
        self._fill_years(dues.today().year)
        self.year.currentIndexChanged.connect(lambda _index: self.refresh())
        self.unpaid_only.toggled.connect(self._apply_filter)
        self.selection_changed.connect(self._update_actions)
        self._update_actions()

    @property
    def files(self) -> DuesFiles:
        """Made when first used: it brings openpyxl and the printing layer, which start-up
        does not need."""
        if self._files is None:
            from .dues_files import DuesFiles

            self._files = DuesFiles(self, self.context)
        return self._files

    def page_title(self) -> str:
        return self.tr("Membership fees")

    def shown_year(self) -> int:
        return int(self.year.currentData())

    def show_year(self, year: int) -> None:
        self._fill_years(year)
        self.refresh()

    # The listing

    def load_rows(self) -> Sequence[DueRow]:
        self._fill_years(self.shown_year())
        self._rows = dues.ledger(self.context.database, self.shown_year())
        self._show_totals()
        self._update_actions()
        return self._rows

    def details_html(self, row_id: int) -> str:
        row = self.selected_row()
        if row is None:
            return ""
        payments = dues.payments_of(self.context.database, row_id)
        return DueDetailsRenderer(self.context.formatter).due(row, payments)

    def selected_row(self) -> DueRow | None:
        return self.model.row_at(self.table.currentIndex()) if self.selected_id() else None

    def _fill_years(self, year: int) -> None:
        """The years with dues, this year and the next; `year` stays chosen."""
        years = dues.ledger_year_choices(self.context.database)
        if year not in years:
            years = sorted({*years, year}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for choice in years:
            self.year.addItem(str(choice), choice)
        self.year.setCurrentIndex(self.year.findData(year))
        self.year.blockSignals(False)
        self.next_year_action.setText(self.tr("Call the dues of {year}…").format(year=year + 1))

    def _show_totals(self) -> None:
        totals = dues.totals(self._rows)
        money = self.context.formatter.money
        self.totals.setText(
            self.tr("Called: {called} — received: {received} — outstanding: {outstanding}").format(
                called=money(totals.called_cents),
                received=money(totals.received_cents),
                outstanding=money(totals.outstanding_cents),
            )
        )

    def _apply_filter(self) -> None:
        unpaid = self.unpaid_only.isChecked()
        self.model.set_predicate((lambda row: row.outstanding_cents > 0) if unpaid else None)
        self.update_count()

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.payment_action.setEnabled(row is not None and not row.waived)
        self.change_action.setEnabled(row is not None)
        self.receipt_action.setEnabled(row is not None and row.paid_cents > 0)
        self.next_year_action.setEnabled(bool(self._rows))
        self.export_action.setEnabled(any(row.outstanding_cents for row in self._rows))

    def _changed(self, due_id: int | None, status: str) -> None:
        self.refresh(select_id=due_id)
        self.show_status(status)
        self.changed.emit()

    # Actions

    def open_editor(self, row_id: int | None) -> int | None:
        """A new call for the shown year, or the selected due's amount and waiver."""
        due = None if row_id is None else self.model.row_at(self.model.index_of(row_id))
        called = {row.organisation_id for row in self._rows}
        return edit_due(self, self.context, self.shown_year(), due, called)

    def _edit_selected(self) -> None:
        row_id = self.selected_id()
        if row_id is not None:
            self.edit_item(row_id)

    def record_payment(self) -> None:
        row = self.selected_row()
        if row is not None and ask_payment(self, self.context, row):
            self._changed(row.id, self.tr("Payment recorded."))

    def handle_link(self, url: QUrl) -> bool:
        if url.scheme() != DELETE_PAYMENT:
            return False
        if self.confirm(self.tr("Delete this payment? The due will be owed again.")):
            try:
                dues.delete_payment(self.context.database, int(url.path() or 0))
            except UserError as error:
                self.show_error(error)
                self.refresh(select_id=self.selected_id())  # as it is now
            else:
                self._changed(self.selected_id(), self.tr("Payment deleted."))
        return True

    def call_next_year(self) -> None:
        year = self.shown_year()
        report = call_the_next_year(self, self.context, year)
        if report is None:
            return
        self.changed.emit()
        text = self.tr("%n due(s) called for {year}", "", report.created).format(year=report.year)
        if report.already_called:
            text += self.tr(", %n already were", "", report.already_called)
        question = text + ".\n\n" + self.tr("Show {year}?").format(year=report.year)
        answer = QMessageBox.question(
            self,
            self.page_title(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.show_year(report.year)
        else:
            self.refresh()

    def save_receipt(self) -> None:
        row = self.selected_row()
        path = None if row is None else self.files.save_receipt(row)
        if path is not None:
            self.show_status(self.tr("Receipt saved: {}").format(path))

    def import_ledger(self, path: Path | None = None) -> None:
        """The treasurer's spreadsheet for the year shown, through its preview."""
        year = self.shown_year()
        path = path or self.files.choose_ledger(year)
        if path is None:
            return
        from .ledger_import_dialog import import_ledger  # loaded when first used

        counts = import_ledger(self, self.context, year, path)
        if counts is not None:
            self._changed(
                self.selected_id(),
                self.tr("Ledger imported: {added} new dues, {updated} updated.").format(
                    added=counts.added, updated=counts.updated
                ),
            )

    def export_ledger(self) -> None:
        exported = self.files.export_ledger(self.shown_year())
        if exported is not None:
            path, count = exported
            self.show_status(self.tr("%n due(s) exported to {}", "", count).format(path))

    def export_unpaid(self) -> None:
        exported = self.files.export_unpaid(self.shown_year())
        if exported is not None:
            path, count = exported
            self.show_status(self.tr("%n unpaid due(s) exported to {}", "", count).format(path))
