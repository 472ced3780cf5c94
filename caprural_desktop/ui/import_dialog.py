"""Importing a session's form responses: the preview of every row, then one transaction.

Nothing is written until "Import": the plan is computed (in the background, the
window stays responsive) and recomputed when the coordinator corrects the
sheet, a column's meaning, the date order or the time zone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..db.database import Database
from ..errors import QT_TRANSLATE_NOOP, UserError
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
from .background import BackgroundJob
from .context import AppContext
from .formatting import Formatter, error_text, label, message_text
from .forms import ERROR_STYLE, MARGIN, SPACING, enum_value
from .listing_table import listing_table
from .table_model import Column, RowTableModel

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
        Column(
            QT_TRANSLATE_NOOP("Columns", "Row"),
            lambda r: str(r.id),
            lambda r: r.id,
            numeric=True,
            width=5,
        ),
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
        Column(
            QT_TRANSLATE_NOOP("Columns", "Dues"),
            lambda r: formatter.dues_flag(r.dues_ok),
            lambda r: (r.dues_ok is None, bool(r.dues_ok)),
            width=20,
            alert=lambda r: r.dues_ok is False,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Note"),
            lambda r: r.note,
            lambda r: r.note,
            width=30,
            stretch=True,
        ),
    ]


class ImportDialog(QDialog):
    """The preview of an import into one session; `result` is set once imported."""

    def __init__(
        self,
        context: AppContext,
        session_id: int,
        session_title: str,
        path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.path = path
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self._job: BackgroundJob | None = None
        self._header: list[str] = []
        self._requested = ImportOptions()
        self.setWindowTitle(self.tr("Import the responses — {}").format(session_title))

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.date_order = QComboBox()
        self.date_order.setObjectName("date_order")
        self.date_order.addItem(self.tr("day/month (French)"), True)
        self.date_order.addItem(self.tr("month/day (English)"), False)
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("time_zone")
        for zone in TIME_ZONES:
            self.time_zone.addItem(zone, zone)
        options = QFormLayout()
        options.addRow(self.tr("File"), self.file_label)
        options.addRow(self.tr("Sheet"), self.sheet)
        options.addRow(self.tr("Dates written"), self.date_order)
        options.addRow(self.tr("Times without zone are in"), self.time_zone)

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading gives no fraction to show
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.search = QLineEdit()
        self.search.setObjectName("preview_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("ListingPage", "Search (Ctrl+F)"))
        self.model: RowTableModel[PreviewRow] = RowTableModel(
            preview_columns(context.formatter), "Columns", self
        )
        self.table = listing_table(self.model, "preview")
        self.search.textChanged.connect(self.model.set_filter)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.search)
        preview_layout.addWidget(self.table)

        self.mapping_grid = QGridLayout()
        mapping_holder = QWidget()
        mapping_layout = QVBoxLayout(mapping_holder)
        mapping_layout.addWidget(
            QLabel(
                self.tr(
                    "What each column holds. Columns left as “answer kept” are stored "
                    "whole with the registration."
                )
            )
        )
        mapping_layout.addLayout(self.mapping_grid)
        mapping_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(mapping_holder)

        self.tabs = QTabWidget()
        self.tabs.addTab(preview, self.tr("Preview"))
        self.tabs.addTab(scroll, self.tr("Columns"))

        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.import_plan)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(options, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(1000, 680)

        self.sheet.currentIndexChanged.connect(self._options_changed)
        self.date_order.currentIndexChanged.connect(self._options_changed)
        self.time_zone.currentIndexChanged.connect(self._options_changed)
        self._start_plan(ImportOptions())

    # Planning

    def options(self) -> ImportOptions:
        """The coordinator's corrections, as the service takes them."""
        mapping = {}
        for position, name in enumerate(self._header):
            combo = self.findChild(QComboBox, f"mapping_{position}")
            field = enum_value(combo, Field) if combo is not None else None
            if field is not None:
                mapping[name] = field.value
        return ImportOptions(
            sheet=self.sheet.currentData(),
            mapping=mapping or None,
            day_first=self.date_order.currentData(),
            time_zone=self.time_zone.currentData(),
        )

    def _options_changed(self) -> None:
        if self._job is None:
            self._start_plan(self.options())

    def _start_plan(self, options: ImportOptions) -> None:
        self._requested = options
        database, session_id, path = self.context.database, self.session_id, self.path
        self._run(
            lambda: plan_with_memberships(database, session_id, path, options),
            self._planned,
            self.tr("Reading the file…"),
        )

    def _planned(self, planned: PlannedImport) -> None:
        plan = self.plan = planned.plan
        self._show_choices(plan.sheet_names, plan.sheet, plan.header, plan.mapping.fields)
        with _Blocked(self.date_order, self.time_zone):
            self.date_order.setCurrentIndex(self.date_order.findData(plan.day_first))
            self.time_zone.setCurrentIndex(self.time_zone.findData(plan.time_zone))
        self.file_label.setText(self._describe(plan))
        self.model.set_rows(preview_rows(planned))
        self.summary.setText(self._summarise(plan))
        self.error.hide()
        self.import_button.setEnabled(plan.counts.added + plan.counts.updated > 0)

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

    def _show_choices(
        self,
        sheet_names: list[str],
        sheet: str,
        header: list[str],
        fields: tuple[Field | None, ...],
    ) -> None:
        with _Blocked(self.sheet):
            self.sheet.clear()
            for name in sheet_names:
                self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(self.sheet.findData(sheet))
        self._header = header
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for position, (name, field) in enumerate(zip(header, fields, strict=False)):
            caption = QLabel(name if len(name) <= 70 else name[:67] + "…")
            caption.setToolTip(name)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{position}")
            combo.addItem(self.tr("— answer kept —"), None)
            for choice in Field:
                combo.addItem(label(choice), choice)
            combo.setCurrentIndex(combo.findData(field) if field else 0)
            combo.currentIndexChanged.connect(self._options_changed)
            self.mapping_grid.addWidget(caption, position, 0)
            self.mapping_grid.addWidget(combo, position, 1)

    # Importing

    def import_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        database = self.context.database
        self._run(lambda: apply_import(database, plan), self._imported, self.tr("Importing…"))

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.accept()

    # Background jobs

    def _run(self, function, on_success, message: str) -> None:
        self._set_busy(True, message)
        job = BackgroundJob(function, self)
        job.succeeded.connect(on_success)
        job.failed.connect(self._failed)
        # A bound method, not a lambda: Qt then calls it on the window's thread.
        job.finished.connect(self._finished)
        self._job = job
        job.start()

    def _finished(self) -> None:
        job = self.sender()
        if self._job is job:
            self._job = None
            self._set_busy(False)
        job.deleteLater()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, NoEmailColumnError):
            self.plan = None
            chosen = self._requested.mapping or {}
            fields = tuple(Field(chosen[name]) if name in chosen else None for name in error.header)
            self._show_choices(error.sheet_names, error.sheet, error.header, fields)
            self.tabs.setCurrentIndex(1)
        if isinstance(error, UserError):
            text = error_text(error)
        else:
            text = self.tr("Unexpected error: {}").format(error)
        self.error.setText(text)
        self.error.show()
        self.import_button.setEnabled(False)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        if busy:
            self.summary.setText(message)
            self.import_button.setEnabled(False)
        for widget in (self.date_order, self.time_zone, self.tabs):
            widget.setEnabled(not busy)
        self.sheet.setEnabled(not busy and self.sheet.count() > 1)  # a choice, if any

    def is_busy(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        """Cancel writes nothing; a plan still being computed is waited for, then dropped."""
        if self._job is not None:
            self._job.succeeded.disconnect()
        super().reject()

    def done(self, result: int) -> None:
        """Closing waits for the thread's last instant: Qt aborts if it outlives the dialog."""
        if self._job is not None:
            self._job.wait()
        super().done(result)


class _Blocked:
    """Changes widgets without emitting their signals (filling them from a plan)."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)


def import_responses(
    parent: QWidget, context: AppContext, session_id: int, session_title: str, path: Path
) -> ImportResult | None:
    """Shows the preview; returns what was imported, None if cancelled."""
    dialog = ImportDialog(context, session_id, session_title, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.result
    return None
