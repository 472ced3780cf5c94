"""The table view every listing uses: whole rows, sorted by the model, sized by its columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .forms import SPACING
from .table_model import RowTableModel


def listing_table(
    model: RowTableModel[Any], name: str, parent: QWidget | None = None
) -> QTableView:
    """A read-only view of `model`: one row selected at a time, the service's order first."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    _size_columns(table, model)
    return table


def _size_columns(table: QTableView, model: RowTableModel[Any]) -> None:
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    char = table.fontMetrics().averageCharWidth()
    for number, column in enumerate(model.columns):
        title = QCoreApplication.translate("Columns", column.title)
        # Room for the title and the sort arrow, whatever the language.
        title_width = header.fontMetrics().horizontalAdvance(title) + 4 * SPACING
        header.resizeSection(number, max(column.width * char + 2 * SPACING, title_width))
        if column.stretch:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
