"""Importing a year's dues ledger from the treasurer's spreadsheet: preview, then one go."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ..errors import QT_TRANSLATE_NOOP
from ..services.ledger_import import (
    LedgerCounts,
    LedgerLine,
    LedgerPlan,
    apply_ledger_import,
    plan_ledger_import,
)
from ..services.outcomes import LedgerField, LedgerOutcome
from ..text import search_key
from .context import AppContext
from .formatting import Formatter, label, message_text
from .preview_dialog import PreviewDialog, sheet_row_column
from .table_model import Column, text_column


class LedgerRow(NamedTuple):
    id: int  # the sheet's row number
    organisation: str
    outcome: LedgerOutcome
    called_cents: int | None
    paid_cents: int | None
    payment_cents: int | None
    note: str
    search_text: str


def ledger_rows(plan: LedgerPlan) -> list[LedgerRow]:
    return [_ledger_row(line) for line in plan.lines]


def _ledger_row(line: LedgerLine) -> LedgerRow:
    valid = line.outcome is not LedgerOutcome.INVALID
    if line.reason is not None:
        note = message_text(line.reason)
    elif line.new_organisation:
        note = QCoreApplication.translate(
            "LedgerImportDialog", "New organisation, created by the import"
        )
    else:
        note = ""
    return LedgerRow(
        line.row,
        line.organisation,
        line.outcome,
        line.called_cents if valid else None,
        line.paid_cents if valid else None,
        line.payment.amount_cents if line.payment else None,
        note,
        search_key(line.organisation, label(line.outcome), note),
    )


def ledger_columns(formatter: Formatter) -> list[Column[LedgerRow]]:
    def money(title: str, value) -> Column[LedgerRow]:
        return Column(
            title,
            lambda r: formatter.money(value(r)),
            lambda r: value(r) or 0,
            numeric=True,
            width=12,
        )

    return [
        sheet_row_column(),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"), lambda r: r.organisation, width=28
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Outcome"),
            lambda r: label(r.outcome),
            lambda r: r.outcome.value,
            width=18,
            alert=lambda r: r.outcome is LedgerOutcome.INVALID,
        ),
        money(QT_TRANSLATE_NOOP("Columns", "Called"), lambda r: r.called_cents),
        money(QT_TRANSLATE_NOOP("Columns", "Paid"), lambda r: r.paid_cents),
        money(QT_TRANSLATE_NOOP("Columns", "Payment added"), lambda r: r.payment_cents),
        text_column(QT_TRANSLATE_NOOP("Columns", "Note"), lambda r: r.note, width=30, stretch=True),
    ]


class LedgerImportDialog(PreviewDialog):
    """The preview of a ledger import for one year; `result` is set once imported."""

    def __init__(
        self, context: AppContext, year: int, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            ledger_columns(context.formatter),
            LedgerField,
            self.tr("— ignored —"),
            self.tr("What each column holds. Columns left “ignored” are not imported."),
            apply_ledger_import,
            parent,
        )
        self.year = year
        self.path = path
        self.plan: LedgerPlan | None = None
        self.result: LedgerCounts | None = None
        self.setWindowTitle(self.tr("Import the dues ledger of {}").format(year))
        self.options_form.addRow(self.tr("Year"), QLabel(str(year)))
        self._start(None, None)

    def start_plan(self) -> None:
        self._start(self.sheet.currentData(), self.chosen_mapping() or None)

    def _start(self, sheet: str | None, mapping: dict[str, str] | None) -> None:
        database, path, year = self.context.database, self.path, self.year
        self.run(
            lambda: plan_ledger_import(database, path, year, sheet=sheet, mapping=mapping),
            self._planned,
            self.tr("Reading the file…"),
        )

    def _planned(self, plan: LedgerPlan) -> None:
        self.plan = plan
        self.show_choices(plan.sheet_names, plan.sheet, plan.header, plan.mapping.fields)
        self.file_label.setText(plan.path.name)
        self.model.set_rows(ledger_rows(plan))
        counts = plan.counts
        created = sum(line.new_organisation for line in plan.lines)
        self.summary.setText(
            self.tr(
                "Rows read: {rows} — new dues: {added}; updated: {updated}; "
                "unchanged: {unchanged}; refused: {invalid} (see their note); "
                "organisations to create: {created}."
            ).format(
                rows=counts.rows,
                added=counts.added,
                updated=counts.updated,
                unchanged=counts.unchanged,
                invalid=len(counts.invalid),
                created=created,
            )
        )
        self.planned(counts.added + counts.updated > 0)

    def failed(self, error: Exception) -> None:
        self.plan = None
        super().failed(error)


def import_ledger(
    parent: QWidget, context: AppContext, year: int, path: Path
) -> LedgerCounts | None:
    """Shows the preview; returns what was imported, None if cancelled."""
    dialog = LedgerImportDialog(context, year, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.result
    return None
