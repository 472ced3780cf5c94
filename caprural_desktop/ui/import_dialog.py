"""Importing a session's form responses: the preview of every row, then one transaction.

Nothing is written until "Import": the plan is computed (in the background, the
window stays responsive) and recomputed when the coordinator corrects the
sheet, a column's meaning, the date order or the time zone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QWidget,
)

from ..db.database import Database
from ..errors import QT_TRANSLATE_NOOP
from ..services.importing import (
    ImportOptions,
    ImportPlan,
    ImportResult,
    NoEmailColumnError,
    Outcome,
    PlannedRow,
    apply_import,
    plan_import,
)
from ..services.membership import Membership, planned_memberships
from ..spreadsheets.mapping import Field
from ..text import search_key
from .context import AppContext
from .formatting import Formatter, label, message_text
from .preview_dialog import Blocked, PreviewDialog, sheet_row_column
from .registrants_page import dues_column
from .table_model import Column

TIME_ZONES = ("Europe/Paris", "UTC", "Europe/London", "America/Cayenne", "Indian/Reunion")


class PreviewRow(NamedTuple):
    id: int  # the sheet's row number
    outcome: Outcome
    email: str
    name: str
    organisation: str
    submitted_at: Any
    status: Any
    #: The dues flag: False to settle, None when the session requires none.
    dues_ok: bool | None
    note: str
    search_text: str


class PlannedImport(NamedTuple):
    """A plan and the membership of each of its rows, both made in the background."""

    plan: ImportPlan
    memberships: list[Membership]


def plan_with_memberships(
    database: Database, session_id: int, path: Path, options: ImportOptions
) -> PlannedImport:
    plan = plan_import(database, session_id, path, options)
    answers = [(row.email, row.organisation) for row in plan.rows]
    return PlannedImport(plan, planned_memberships(database, session_id, answers))


def preview_rows(planned: PlannedImport) -> list[PreviewRow]:
    return [
        _preview_row(row, member)
        for row, member in zip(planned.plan.rows, planned.memberships, strict=True)
    ]


def _preview_row(row: PlannedRow, member: Membership) -> PreviewRow:
    note = message_text(row.message) if row.message else ""
    # An invalid row joins no queue: its dues do not matter.
    dues_ok = None if row.outcome is Outcome.INVALID else member.dues_ok
    return PreviewRow(
        row.row,
        row.outcome,
        row.email,
        row.name,
        member.organisation or row.organisation,
        row.submitted_at,
        row.status,
        dues_ok,
        note,
        search_key(row.email, row.name, row.organisation, label(row.outcome), note),
    )


def preview_columns(formatter: Formatter) -> list[Column[PreviewRow]]:
    return [
        sheet_row_column(),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Outcome"),
            lambda r: label(r.outcome),
            lambda r: r.outcome.value,
            width=16,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda r: r.email, lambda r: r.email, width=24
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Name"),
            lambda r: r.name,
            lambda r: r.name.casefold(),
            width=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"),
            lambda r: r.organisation,
            lambda r: r.organisation.casefold(),
            width=18,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Submitted"),
            lambda r: formatter.date_time(r.submitted_at),
            lambda r: r.submitted_at,
            width=19,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda r: label(r.status) if r.status else "",
            lambda r: r.status.value if r.status else None,
            width=14,
        ),
        dues_column(formatter),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Note"),
            lambda r: r.note,
            lambda r: r.note,
            width=30,
            stretch=True,
        ),
    ]


class ImportDialog(PreviewDialog):
    """The preview of an import into one session; `result` is set once imported."""

    def __init__(
        self,
        context: AppContext,
        session_id: int,
        session_title: str,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            preview_columns(context.formatter),
            Field,
            self.tr("— answer kept —"),
            self.tr(
                "What each column holds. Columns left as “answer kept” are stored "
                "whole with the registration."
            ),
            apply_import,
            parent,
        )
        self.session_id = session_id
        self.path = path
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Import the responses — {}").format(session_title))

        self.date_order = QComboBox()
        self.date_order.setObjectName("date_order")
        self.date_order.addItem(self.tr("day/month (French)"), True)
        self.date_order.addItem(self.tr("month/day (English)"), False)
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        for zone in TIME_ZONES:
            self.time_zone.addItem(zone, zone)
        self.options_form.addRow(self.tr("Dates written"), self.date_order)
        self.options_form.addRow(self.tr("Times without zone are in"), self.time_zone)
        self.date_order.currentIndexChanged.connect(self.options_changed)
        self.time_zone.currentIndexChanged.connect(self.options_changed)
        self._start(ImportOptions())

    def option_widgets(self) -> list[QWidget]:
        return [self.date_order, self.time_zone]

    # Planning

    def options(self) -> ImportOptions:
        """The coordinator's corrections, as the service takes them."""
        return ImportOptions(
            sheet=self.sheet.currentData(),
            mapping=self.chosen_mapping() or None,
            day_first=self.date_order.currentData(),
            time_zone=self.time_zone.currentData(),
        )

    def start_plan(self) -> None:
        self._start(self.options())

    def _start(self, options: ImportOptions) -> None:
        database, session_id, path = self.context.database, self.session_id, self.path
        self.run(
            lambda: plan_with_memberships(database, session_id, path, options),
            self._planned,
            self.tr("Reading the file…"),
        )

    def _planned(self, planned: PlannedImport) -> None:
        plan = self.plan = planned.plan
        self.show_choices(plan.sheet_names, plan.sheet, plan.header, plan.mapping.fields)
        with Blocked(self.date_order, self.time_zone):
            self.date_order.setCurrentIndex(self.date_order.findData(plan.day_first))
            self.time_zone.setCurrentIndex(self.time_zone.findData(plan.time_zone))
        self.file_label.setText(self._describe(plan))
        self.model.set_rows(preview_rows(planned))
        self.summary.setText(self._summarise(plan))
        self.planned(plan.counts.added + plan.counts.updated > 0)

    def failed(self, error: Exception) -> None:
        if isinstance(error, NoEmailColumnError):
            self.plan = None
        super().failed(error)

    def _describe(self, plan: ImportPlan) -> str:
        text = self.tr("{name} — header on row {row}").format(
            name=plan.path.name, row=plan.header_row
        )
        if plan.workbook_kind == "csv":
            separator = {",": ",", ";": ";", "\t": self.tr("tab")}.get(plan.delimiter or ",")
            text += " — " + self.tr("CSV, {encoding}, separator {separator}").format(
                encoding=plan.encoding, separator=separator
            )
        if plan.day_first_guessed:
            text += " — " + self.tr("date order not certain: check it")
        return text

    def _summarise(self, plan: ImportPlan) -> str:
        counts = plan.counts
        return self.tr(
            "{rows} rows: {added} new, {updated} updated, {unchanged} unchanged, "
            "{duplicates} duplicates merged, {invalid} invalid, {warnings} warnings. "
            "After the import: {confirmed} confirmed, {waitlisted} waitlisted, {late} late."
        ).format(
            rows=counts.rows,
            added=counts.added,
            updated=counts.updated,
            unchanged=counts.unchanged,
            duplicates=counts.duplicates,
            invalid=len(counts.invalid),
            warnings=len(counts.warnings),
            confirmed=counts.confirmed,
            waitlisted=counts.waitlisted,
            late=counts.late,
        )


def import_responses(
    parent: QWidget, context: AppContext, session_id: int, session_title: str, path: Path
) -> ImportResult | None:
    """Shows the preview; returns what was imported, None if cancelled."""
    dialog = ImportDialog(context, session_id, session_title, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.result
    return None
