"""Reading a response file into rows of cells: .xlsx, .ods, .csv, or the .zip holding a CSV.

The kind of file is told by its content, never by its name. Workbooks are read by
python-calamine (ten times faster than openpyxl, and it does not cut long texts);
CSV by the csv module, in UTF-8 (with or without BOM) or Windows-1252, with the
separator Excel or Google used.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import islice
from pathlib import Path
from typing import BinaryIO

from ..errors import QT_TRANSLATE_NOOP, UserError, system_reason
from .safety import check_archive

Cell = str | int | float | bool | datetime | date | time | timedelta | None

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or an encrypted .xlsx
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
MAX_CSV_BYTES = 512 << 20
RESPONSES_SHEET = re.compile(r"^\s*(r[ée]ponses au formulaire|form responses)", re.IGNORECASE)

csv.field_size_limit(16 << 20)  # Google allows 50,000 characters an answer: far below


class UnreadableFileError(UserError):
    """The file cannot be used as a response sheet; nothing was written."""


@dataclass(frozen=True)
class Sheet:
    """The cells of one sheet, row by row as the spreadsheet numbers them from 1."""

    name: str
    rows: list[list[Cell]]


@dataclass(frozen=True)
class Workbook:
    """What was read, and how: shown in the preview so the coordinator can check it."""

    file_name: str
    kind: str  # "xlsx", "ods", "csv"
    sheet_names: list[str]
    sheet: Sheet
    encoding: str | None = None
    delimiter: str | None = None


def read_workbook(path: Path, *, sheet_name: str | None = None) -> Workbook:
    """Reads the responses sheet (or `sheet_name`) of a workbook, or a CSV file."""
    try:
        head = _head(path)
    except OSError as error:
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Messages", "Cannot read {name}: {reason}"),
            name=path.name,
            reason=system_reason(error),
        ) from error
    if head.startswith(OLE_MAGIC):
        return _read_ole(path, sheet_name)
    if head.startswith(ZIP_MAGIC):
        check_archive(path)
        return _read_zip(path, sheet_name)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file {name} is not a workbook, whatever its name says: "
                "download the responses again.",
            ),
            name=path.name,
        )
    _check_size(path)
    return _read_csv(path.name, lambda: path.open("rb"), "csv")


def _head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(8)


def _check_size(path: Path) -> None:
    if path.stat().st_size > MAX_CSV_BYTES:
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP("Messages", "The file {name} is too large for a response sheet."),
            name=path.name,
        )


def _read_zip(path: Path, sheet_name: str | None) -> Workbook:
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        if "[Content_Types].xml" in names or "mimetype" in names:
            kind = "ods" if "mimetype" in names else "xlsx"
            return _read_with_calamine(path, kind, sheet_name)
        csv_members = [n for n in names if n.lower().endswith(".csv") and not n.endswith("/")]
        if not csv_members:
            raise UnreadableFileError(
                QT_TRANSLATE_NOOP("Messages", "The archive {name} holds no CSV file."),
                name=path.name,
            )
        member = sheet_name if sheet_name in csv_members else csv_members[0]
        data = archive.read(member)
        workbook = _read_csv(member.rsplit("/", 1)[-1], lambda: io.BytesIO(data), "csv")
        return Workbook(
            file_name=path.name,
            kind="csv",
            sheet_names=csv_members,
            sheet=Sheet(member, workbook.sheet.rows),
            encoding=workbook.encoding,
            delimiter=workbook.delimiter,
        )


def _read_ole(path: Path, sheet_name: str | None) -> Workbook:
    """An OLE file is an old .xls or, far more often here, a password-protected .xlsx."""
    try:
        return _read_with_calamine(path, "xls", sheet_name)
    except UnreadableFileError:
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The workbook {name} is protected by a password or in an old format: "
                "open it, remove the password and save it as .xlsx.",
            ),
            name=path.name,
        ) from None


def _read_with_calamine(path: Path, kind: str, sheet_name: str | None) -> Workbook:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        chosen = _choose_sheet(names, sheet_name)
        rows = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except Exception as error:  # calamine raises its own errors for damaged files
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The workbook {name} cannot be read: save it again from its spreadsheet "
                "program, or download it again (technical detail: {reason}).",
            ),
            name=path.name,
            reason=str(error) or type(error).__name__,
        ) from error
    return Workbook(path.name, kind, names, Sheet(chosen, list(map(_clean_row, rows))))


def _choose_sheet(names: list[str], wanted: str | None) -> str:
    if not names:
        raise UnreadableFileError(QT_TRANSLATE_NOOP("Messages", "The workbook has no sheet."))
    if wanted is not None:
        if wanted not in names:
            raise UnreadableFileError(
                QT_TRANSLATE_NOOP("Messages", "The workbook has no sheet named {sheet}."),
                sheet=wanted,
            )
        return wanted
    for name in names:
        if RESPONSES_SHEET.match(name):
            return name
    return names[0]


def _clean_row(row: list[Cell]) -> list[Cell]:
    """Empty strings as None, so that blank cells and rows read alike in every format.

    The row is changed in place: a sheet of 100,000 rows is not copied.
    """
    while "" in row:
        row[row.index("")] = None
    return row


#: Opens a CSV's bytes from their start, once for each encoding tried: read from the
#: file as decoded, they are never all in memory beside the rows.
Source = Callable[[], BinaryIO]


def _read_csv(name: str, source: Source, kind: str) -> Workbook:
    with source() as stream:
        head = stream.read(4096)
    *fallible, last = _encodings(name, head)
    for encoding in fallible:
        try:
            rows, delimiter = _read_csv_text(name, source, encoding)
        except UnicodeDecodeError:
            continue
        return Workbook(name, kind, [name], Sheet(name, rows), encoding, delimiter)
    # The last one reads anything: a byte it cannot decode (a truncated file) is replaced.
    rows, delimiter = _read_csv_text(name, source, last, errors="replace")
    return Workbook(name, kind, [name], Sheet(name, rows), last, delimiter)


def _encodings(name: str, head: bytes) -> tuple[str, ...]:
    """The encodings to try, in order: UTF-8 (Google, LibreOffice), else Windows-1252
    (Excel's "CSV" on a French Windows), else Latin-1, which reads any byte; UTF-16
    with its byte-order mark (Excel's "Unicode text", Teams, Webex), or without one
    when every other byte is zero."""
    if head.startswith(UTF16_BOMS):
        return ("utf-16",)
    if b"\x00" in head:
        if head[1::2].count(0) > len(head) * 0.4:
            return ("utf-16-le",)
        if head[0::2].count(0) > len(head) * 0.4:
            return ("utf-16-be",)
        raise UnreadableFileError(
            QT_TRANSLATE_NOOP(
                "Messages", "The file {name} is neither a workbook nor a CSV text file."
            ),
            name=name,
        )
    return ("utf-8-sig", "cp1252", "latin-1")


def _read_csv_text(
    name: str, source: Source, encoding: str, errors: str = "strict"
) -> tuple[list[list[Cell]], str]:
    """The rows and the separator; UnicodeDecodeError if the bytes are not in `encoding`.

    The text is decoded as the csv module reads it, not all at once: a 30 MB file
    would otherwise be held three times over (its text, and a reading buffer of
    four bytes a character) beside its rows.
    """
    with (
        source() as raw,
        io.TextIOWrapper(raw, encoding=encoding, errors=errors, newline="") as text,
    ):
        delimiter = _delimiter(text.read(1 << 16))
        text.seek(0)
        reader = csv.reader(text, delimiter=delimiter)
        try:
            return [_clean_row(row) for row in reader], delimiter
        except csv.Error as error:
            raise UnreadableFileError(
                QT_TRANSLATE_NOOP("Messages", "The CSV file {name} is malformed: {reason}"),
                name=name,
                reason=str(error),
            ) from error


def _delimiter(text: str) -> str:
    """The separator of the first line that has one: "," (Google), ";" (Excel in
    French), or a tab (Excel's Unicode text, Teams, Webex).

    Reports may begin with a title line ("1. Summary") before their first table.
    `text` is the beginning of the file: its first 65,536 characters are enough.
    """
    lines = _logical_lines(text)
    for line in lines:
        counts = {delimiter: line.count(delimiter) for delimiter in ("\t", ";", ",")}
        best = max(counts, key=lambda delimiter: counts[delimiter])
        if not counts[best]:
            continue
        if best != "\t" and counts[";"] and counts[","]:
            # Excel's French CSV leaves the commas of a question's title unquoted:
            # the separator is the one that cuts the next lines as it cuts this one.
            return _most_regular(line, list(islice(lines, 20)), (best, ";" if best == "," else ","))
        return best
    return ","


def _most_regular(header: str, following: list[str], delimiters: tuple[str, str]) -> str:
    """Of the `delimiters` (the likelier first), the one that gives the most of the
    `following` lines as many fields as the `header`."""

    def fields(line: str, delimiter: str) -> int:
        return len(next(csv.reader([line], delimiter=delimiter), []))

    def regular(delimiter: str) -> int:
        width = fields(header, delimiter)
        return sum(fields(line, delimiter) == width for line in following)

    return max(delimiters, key=regular)  # the first of equals: the likelier


def _logical_lines(text: str) -> Iterator[str]:
    """Lines outside quotes; enough of them to see the header's separators."""
    start, quoted = 0, False
    for position, character in enumerate(text[: 1 << 16]):
        if character == '"':
            quoted = not quoted
        elif character == "\n" and not quoted:
            line = text[start:position].strip()
            if line:
                yield line
            start = position + 1
    yield text[start : 1 << 16].strip()
