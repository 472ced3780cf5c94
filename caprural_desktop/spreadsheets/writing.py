"""Writing a listing to an .xlsx workbook that opens ready to use, and safely.

Ready to use: a bold, frozen header with filters, columns wide enough, amounts as
numbers in euros (so they add up in the sheet). Safely: text coming from form
answers may begin like a formula ("=HYPERLINK(…)", "+33…", "-", "@"); it is stored
as an explicit string with Excel's quote prefix, so that it is never evaluated, not
even when someone edits the cell.
"""

from __future__ import annotations

import enum
import errno
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..errors import QT_TRANSLATE_NOOP, UserError, system_reason

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
EURO_FORMAT = '#,##0.00\\ "€"'
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
MAX_WIDTH = 50


class CellKind(enum.Enum):
    TEXT = "text"
    #: Integer cents, written as euros.
    MONEY = "money"
    NUMBER = "number"
    DATE = "date"
    #: A naive local date and time ("08/10/2020 09:30").
    DATETIME = "datetime"


@dataclass(frozen=True)
class SheetColumn:
    title: str
    kind: CellKind = CellKind.TEXT


_WIDTHS = {CellKind.MONEY: 14, CellKind.NUMBER: 10, CellKind.DATE: 12, CellKind.DATETIME: 17}
_FORMATS = {
    CellKind.MONEY: EURO_FORMAT,
    CellKind.DATE: DATE_FORMAT,
    CellKind.DATETIME: DATETIME_FORMAT,
}
#: Column widths are judged on the first rows: a write-only sheet cannot be revisited.
WIDTH_SAMPLE = 2000


def write_workbook(
    path: Path, sheet_title: str, columns: Sequence[SheetColumn], rows: Iterable[Sequence[object]]
) -> int:
    """Writes one sheet: the header, then one line per row; returns how many rows.

    Streamed (openpyxl's write-only mode: 100,000 rows without holding them), into
    a file beside `path` that replaces it only once complete.
    """
    if not path.parent.is_dir():
        raise _cannot_write(path, FileNotFoundError(errno.ENOENT, "No such folder"))
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(sheet_title))
    remaining = iter(rows)
    first = list(islice(remaining, WIDTH_SAMPLE))
    for number, width in enumerate(_widths(columns, first), start=1):
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_styled(sheet, column.title, font=bold) for column in columns])
    cells = [_writer(sheet, column.kind) for column in columns]
    count = 0
    for row in chain(first, remaining):
        sheet.append([write(value) for write, value in zip(cells, row, strict=True)])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    _save(workbook, path)
    return count


def _widths(columns: Sequence[SheetColumn], rows: list[Sequence[object]]) -> list[int]:
    widths = [max(len(column.title), _WIDTHS.get(column.kind, 8)) for column in columns]
    for row in rows:
        for number, (column, value) in enumerate(zip(columns, row, strict=True)):
            if column.kind is CellKind.TEXT and isinstance(value, str) and value:
                longest_line = max(map(len, value.splitlines() or [""]))
                widths[number] = max(widths[number], longest_line)
    return [min(width, MAX_WIDTH) + 2 for width in widths]


def _styled(sheet: Any, value: object, **style: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _writer(sheet: Any, kind: CellKind) -> Callable[[object], object]:
    """How a column's values become cells: plain values where openpyxl's own conversion
    is right (the fast path), a styled cell for amounts, dates and formula-like text."""
    number_format = _FORMATS.get(kind)

    def write(value: object) -> object:
        if value is None or value == "":
            return None
        if kind is CellKind.MONEY and isinstance(value, int):
            return _styled(sheet, value / 100, number_format=number_format)
        if kind in (CellKind.DATE, CellKind.DATETIME) and isinstance(value, date):
            return _styled(sheet, value, number_format=number_format)
        if kind is CellKind.NUMBER and isinstance(value, int | float):
            return value
        return _text(sheet, str(value))

    return write


def _text(sheet: Any, text: str) -> object:
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if text.startswith(FORMULA_STARTS):
        cell = _styled(sheet, text, quotePrefix=True)
        cell.data_type = "s"  # openpyxl took it for a formula
        return cell
    return text


def _save(workbook: Workbook, path: Path) -> None:
    partial = path.with_name(f".{path.name}.partial")
    try:
        workbook.save(partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise _cannot_write(path, error) from error


def _cannot_write(path: Path, error: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be written: {reason}"),
        name=path.name,
        reason=system_reason(error),
    )


def _sheet_title(title: str) -> str:
    """Excel refuses some characters and more than 31 in a sheet's name."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in title).strip()
    return cleaned[:31] or "Sheet"
