"""A report's rows, and its header rows found by the names of their columns.

Headers are compared folded (case, accents, spaces, trailing punctuation), in
English or French, wherever they are in the file: tools write summaries first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..spreadsheets.reading import Cell
from ..text import fold
from .times import clean_text

_TRAILING = re.compile(r"[\s:.*]+$")


def header_key(value: Cell) -> str:
    return _TRAILING.sub("", fold(clean_text(value))) if isinstance(value, str) else ""


@dataclass(frozen=True)
class Row:
    """A row of cells and its number as the file shows it (the first line is 1)."""

    number: int
    cells: list[Cell]

    def text(self, column: int | None) -> str:
        if column is None or column >= len(self.cells):
            return ""
        value = self.cells[column]
        return "" if value is None else clean_text(str(value))

    def value(self, column: int | None) -> Cell:
        if column is None or column >= len(self.cells):
            return None
        value = self.cells[column]
        return clean_text(value) if isinstance(value, str) else value

    def person(self, header: Header) -> str:
        """The person's name: its own column, else the first and last names joined."""
        return self.text(header["name"]) or " ".join(
            part
            for part in (self.text(header["first_name"]), self.text(header["last_name"]))
            if part
        )

    @property
    def blank(self) -> bool:
        return all(
            cell is None or (isinstance(cell, str) and not cell.strip()) for cell in self.cells
        )


@dataclass(frozen=True)
class Header:
    """Where a header row is, and which column holds each field it names."""

    position: int
    columns: dict[str, int]

    def __getitem__(self, field: str) -> int | None:
        return self.columns.get(field)


def find_header(
    rows: Sequence[Row],
    names: Mapping[str, Sequence[str]],
    required: Sequence[str],
    start: int = 0,
) -> Header | None:
    """The first row from `start` naming every required field (each by one of its names)."""
    wanted = {fold(name): field for field, aliases in names.items() for name in aliases}
    for position in range(start, len(rows)):
        columns: dict[str, int] = {}
        for column, cell in enumerate(rows[position].cells):
            field = wanted.get(header_key(cell))
            if field is not None and field not in columns:
                columns[field] = column
        if all(field in columns for field in required):
            return Header(position, columns)
    return None


def data_rows(rows: Sequence[Row], header: Header) -> list[Row]:
    """The rows under a header, up to the first blank row (the end of its section)."""
    found = []
    for row in rows[header.position + 1 :]:
        if row.blank:
            break
        found.append(row)
    return found
