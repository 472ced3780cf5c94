"""What every spreadsheet import shares: a plan made in the background, its preview
row by row, the columns' meaning that the coordinator can correct, one "Import".

Nothing is written until "Import"; "Cancel" drops the plan, even one still being
computed. Subclasses say what to plan and apply, and how to summarise a plan.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
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
from ..spreadsheets.mapping import MissingColumnError
from .background import BackgroundJob
from .context import AppContext
from .formatting import error_text, label
from .forms import ERROR_STYLE, MARGIN, SPACING
from .listing_table import listing_table
from .table_model import Column, RowTableModel

#: How long a header may be in the columns tab before it is cut (whole in its tooltip).
HEADER_SHOWN = 70


def sheet_row_column() -> Column[Any]:
    """The sheet's own row number (header = 1), as the spreadsheet shows it."""
    return Column(
        QT_TRANSLATE_NOOP("Columns", "Row"),
        lambda row: str(row.id),
        lambda row: row.id,
        numeric=True,
        width=5,
    )


class PreviewDialog(QDialog):
    """The frame of an import's preview; `start_plan()` is called once it is built."""

    def __init__(
        self,
        context: AppContext,
        columns: Sequence[Column[Any]],
        fields: type[enum.Enum],
        unmapped: str,
        mapping_help: str,
        apply: Callable[[Database, Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        """`fields`: what a column may hold; `unmapped`: the choice of none of them;
        `apply(database, plan)` writes a plan (in the background), and what it returns
        becomes `result`."""
        super().__init__(parent)
        self.context = context
        self._apply = apply
        self._fields = fields
        self._unmapped = unmapped
        self._job: BackgroundJob | None = None
        #: Every job still running: a plan replaced by a newer one may not have ended.
        self._running: set[BackgroundJob] = set()
        self._header: list[str] = []
        #: The plan shown, None until one is made (or when the last attempt failed).
        self.plan: Any = None
        #: What "Import" wrote, once it has.
        self.result: Any = None

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.setObjectName("sheet")
        self.options_form = QFormLayout()
        self.options_form.addRow(self.tr("File"), self.file_label)
        self.options_form.addRow(self.tr("Sheet"), self.sheet)

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
        self.model: RowTableModel[Any] = RowTableModel(columns, "Columns", self)
        self.table = listing_table(self.model, "preview")
        self.search.textChanged.connect(self.model.set_filter)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.addWidget(self.search)
        preview_layout.addWidget(self.table)

        self.mapping_grid = QGridLayout()
        mapping_holder = QWidget()
        mapping_layout = QVBoxLayout(mapping_holder)
        mapping_layout.addWidget(QLabel(mapping_help))
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(self.options_form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(1180, 680)  # the note that says why a row is refused stays in view at 1280
        self.sheet.currentIndexChanged.connect(self.options_changed)

    # What subclasses provide

    def start_plan(self) -> None:
        """Plans again with the options shown (through `run`)."""
        raise NotImplementedError

    def option_widgets(self) -> list[QWidget]:
        """The subclass's own options, disabled while a job runs."""
        return []

    # The choices shown

    def options_changed(self) -> None:
        if self._job is None:
            self.start_plan()

    def chosen_mapping(self) -> dict[str, str]:
        """The meaning the coordinator gave each column, by header text."""
        mapping = {}
        for position, name in enumerate(self._header):
            combo = self.findChild(QComboBox, f"mapping_{position}")
            data = combo.currentData() if combo is not None else None
            if data is not None:
                mapping[name] = self._fields(data).value
        return mapping

    def show_choices(
        self, sheet_names: Sequence[str], sheet: str, header: Sequence[str], fields: Sequence[Any]
    ) -> None:
        """The sheets to choose from, and a combo per column with its meaning."""
        with Blocked(self.sheet):
            self.sheet.clear()
            for name in sheet_names:
                self.sheet.addItem(name, name)
            self.sheet.setCurrentIndex(self.sheet.findData(sheet))
        self._header = list(header)
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for position, (name, field) in enumerate(zip(header, fields, strict=False)):
            shown = name if len(name) <= HEADER_SHOWN else name[: HEADER_SHOWN - 3] + "…"
            caption = QLabel(shown)
            caption.setToolTip(name)
            combo = QComboBox()
            combo.setObjectName(f"mapping_{position}")
            combo.addItem(self._unmapped, None)
            for choice in self._fields:
                combo.addItem(label(choice), choice)
            combo.setCurrentIndex(combo.findData(field) if field else 0)
            combo.currentIndexChanged.connect(self.options_changed)
            self.mapping_grid.addWidget(caption, position, 0)
            self.mapping_grid.addWidget(combo, position, 1)

    # Importing

    def import_plan(self) -> None:
        plan = self.plan
        if plan is None:
            return
        database, apply = self.context.database, self._apply
        self.run(lambda: apply(database, plan), self._imported, self.tr("Importing…"))

    def _imported(self, result: Any) -> None:
        self.result = result
        self.accept()

    # Background jobs

    def run(self, function: Callable[[], Any], on_success: Callable[[Any], None], message: str):
        """Runs `function` in the background. It must not hold the dialog (no `self` in a
        lambda): the job would then keep the dialog alive, and deleting the job would
        delete the dialog, the job's own parent, from within the job's deletion."""
        self._set_busy(True, message)
        job = BackgroundJob(function, self)
        job.succeeded.connect(on_success)
        job.failed.connect(self.failed)
        job.finished.connect(self._finished)
        self._job = job
        self._running.add(job)
        job.start()

    def _finished(self) -> None:
        job = self.sender()
        if self._job is job:
            self._job = None
            self._set_busy(False)
        self._running.discard(job)
        job.deleteLater()

    def failed(self, error: Exception) -> None:
        """Says why; a column that could not be found is offered for choosing."""
        if isinstance(error, MissingColumnError):
            chosen = self.chosen_mapping()
            fields = [self._fields(chosen[n]) if n in chosen else None for n in error.header]
            self.show_choices(error.sheet_names, error.sheet, error.header, fields)
            self.tabs.setCurrentIndex(1)
        if isinstance(error, UserError):
            text = error_text(error)
        else:
            text = self.tr("Unexpected error: {}").format(error)
        self.error.setText(text)
        self.error.show()
        self.import_button.setEnabled(False)

    def planned(self, importable: bool) -> None:
        """A plan is shown: no error left; "Import" only when it would change something."""
        self.error.hide()
        self.import_button.setEnabled(importable)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.progress.setVisible(busy)
        if busy:
            self.summary.setText(message)
            self.import_button.setEnabled(False)
        for widget in (*self.option_widgets(), self.tabs):
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
        """Closing waits for every job's thread, a replaced plan's too: none outlives the
        dialog."""
        for job in list(self._running):
            job.wait()
        super().done(result)


class Blocked:
    """Changes widgets without emitting their signals (filling them from a plan)."""

    def __init__(self, *widgets: QWidget) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)
