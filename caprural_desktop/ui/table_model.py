"""One table model for every listing: rows are dataclasses, filtering and sorting happen here.

A QSortFilterProxyModel would call data() for every cell it tests, seconds per
keystroke at 100,000 rows; here a keystroke tests one precomputed folded text
per row and a sort runs Python's sort over native values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

# Sorting and filtering reset the model; views keep their selection by row id
# across resets (see listing_page.py).
from ..text import fold

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


_ALERT_KINDS = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole)
_ALERT_ROLES: dict[int, Any] = {}


def _alert_roles() -> dict[int, Any]:
    """Made on first use: fonts and brushes need the application to exist."""
    if not _ALERT_ROLES:
        _ALERT_ROLES[Qt.ItemDataRole.ForegroundRole] = QBrush(QColor(176, 32, 32))
        _ALERT_ROLES[Qt.ItemDataRole.FontRole] = _bold()
    return _ALERT_ROLES


class ListedRow(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def search_text(self) -> str: ...


Row = TypeVar("Row", bound=ListedRow)


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its untranslated title, the text a cell shows, and what it sorts by."""

    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any]
    numeric: bool = False
    #: Width in average characters; the stretched column takes the space left.
    width: int = 12
    stretch: bool = False
    #: Cells that call for action (a due to settle): shown in bold red.
    alert: Callable[[Row], bool] | None = None


@lru_cache(maxsize=65536)
def _folded_for_sorting(text: str) -> str:
    """fold() remembered: columns like organisations repeat the same few hundred values."""
    return fold(text)


def text_column(
    title: str, text: Callable[[Row], str], *, width: int = 12, stretch: bool = False
) -> Column[Row]:
    """A column of free text, sorted without regard to case or accents."""
    return Column(
        title, text, lambda row: _folded_for_sorting(text(row)), width=width, stretch=stretch
    )


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], context: str, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._context = context
        self._rows: list[Row] = []
        self._loaded: list[Row] = []
        self._visible: list[Row] = []
        self._tokens: list[str] = []
        self._predicate: Callable[[Row], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Sort keys per column, in the order rows were given, computed on the
        # first sort by that column.
        self._sort_keys: dict[int, list[Any]] = {}

    # Feeding, filtering, sorting

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._loaded = list(rows)
        self._rows = list(rows)
        self._sort_keys.clear()
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        tokens = fold(text).split()
        if tokens == self._tokens:
            return
        self.beginResetModel()
        self._tokens = tokens
        self._apply_filter()
        self.endResetModel()

    def set_predicate(self, predicate: Callable[[Row], bool] | None) -> None:
        """A filter besides the typed words (a session, a status chosen in a list)."""
        self.beginResetModel()
        self._predicate = predicate
        self._apply_filter()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorts by a column; column -1 restores the order the rows were given in."""
        if column >= len(self._columns):
            return
        self.beginResetModel()
        if column < 0:
            self._sort = None
            self._rows = list(self._loaded)
        else:
            self._sort = (column, order)
            self._sort_rows(column, order)
        self._apply_filter()
        self.endResetModel()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        keys = self._sort_keys.get(column)
        if keys is None:
            key = self._columns[column].sort_key
            keys = self._sort_keys[column] = [key(row) for row in self._loaded]
        # Positions sorted by plain keys: C-level key lookups and Python's fast
        # comparisons of strings and numbers. Blanks go last in either order.
        filled = [number for number, value in enumerate(keys) if value is not None and value != ""]
        blanks = [number for number, value in enumerate(keys) if value is None or value == ""]
        filled.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        loaded = self._loaded
        self._rows = [loaded[number] for number in filled + blanks]

    def _apply_filter(self) -> None:
        """Keeps the rows holding every word typed, one word per pass (fast list scans)."""
        visible = self._rows
        if self._predicate is not None:
            visible = list(filter(self._predicate, visible))
        for token in self._tokens:
            visible = [row for row in visible if token in row.search_text]
        self._visible = visible if visible is not self._rows else list(visible)

    # Reading

    @property
    def columns(self) -> list[Column[Row]]:
        return self._columns

    def loaded_rows(self) -> list[Row]:
        """Every row given, whatever the search and filters show."""
        return list(self._loaded)

    def visible_rows(self) -> list[Row]:
        """The rows shown, in the order shown."""
        return list(self._visible)

    @property
    def total_count(self) -> int:
        return len(self._rows)

    def row_at(self, index: Index) -> Row | None:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        return self._visible[index.row()]

    def index_of(self, row_id: int) -> QModelIndex:
        for number, row in enumerate(self._visible):
            if row.id == row_id:
                return self.index(number, 0)
        return QModelIndex()

    # QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)  # the tooltip shows what a narrow column cuts
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column.alert is not None and role in _ALERT_KINDS and column.alert(row):
            return _alert_roles()[role]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort_key(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return QCoreApplication.translate(self._context, self._columns[section].title)
        return None
