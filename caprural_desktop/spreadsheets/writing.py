"""Writing a listing to an .xlsx workbook that opens ready to use, and safely.

Ready to use: a bold, frozen header with filters, columns wide enough, amounts as
numbers in euros (so they add up in the sheet). Safely: text coming from form
answers may begin like a formula ("=HYPERLINK(…)", "+33…", "-", "@"); it is stored
as an explicit string with Excel's quote prefix, so that it is never evaluated, not
even when someone edits the cell.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..errors import QT_TRANSLATE_NOOP, UserError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
EURO_FORMAT = '#,##0.00\\ "€"'
DATE_FORMAT = "dd/mm/yyyy"
MAX_WIDTH = 50


class CellKind(enum.Enum):
    TEXT = "text"
    #: Integer cents, written as euros.
    MONEY = "money"
    NUMBER = "number"
    DATE = "date"


@dataclass(frozen=True)
class SheetColumn:
    title: str
    kind: CellKind = CellKind.TEXT


_WIDTHS = {CellKind.MONEY: 14, CellKind.NUMBER: 10, CellKind.DATE: 12}


def write_workbook(
    path: Path, sheet_title: str, columns: Sequence[SheetColumn], rows: Iterable[Sequence[object]]
) -> int:
    """Writes one sheet: the header, then one line per row; returns how many rows."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = _sheet_title(sheet_title)
    sheet.append([column.title for column in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [max(len(column.title), _WIDTHS.get(column.kind, 8)) for column in columns]
    count = 0
    for count, row in enumerate(rows, start=1):
        for number, (column, value) in enumerate(zip(columns, row, strict=True)):
            cell = sheet.cell(row=count + 1, column=number + 1)
            _fill(cell, column.kind, value)
            if column.kind is CellKind.TEXT and isinstance(cell.value, str):
                longest_line = max(map(len, cell.value.splitlines() or [""]))
                widths[number] = max(widths[number], longest_line)
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(width, MAX_WIDTH) + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    try:
        workbook.save(path)
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be written: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        ) from error
    return count


def _fill(cell: Cell, kind: CellKind, value: object) -> None:
    if value is None or value == "":
        return
    if kind is CellKind.MONEY and isinstance(value, int):
        cell.value = value / 100
        cell.number_format = EURO_FORMAT
    elif kind is CellKind.NUMBER and isinstance(value, int | float):
        cell.value = value
    elif kind is CellKind.DATE and isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
        cell.value = text
        if text.startswith(FORMULA_STARTS):
            cell.data_type = "s"  # openpyxl took it for a formula
            cell.quotePrefix = True


def _sheet_title(title: str) -> str:
    """Excel refuses some characters and more than 31 in a sheet's name."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in title).strip()
    return cleaned[:31] or "Sheet"
