"""Response files made the way Google produces them, for tests.

The linked Google Sheet downloads as .xlsx with a sheet "Réponses au formulaire 1"
(or "Form Responses 1") holding real date cells; the form's own download is a
.zip holding a UTF-8 CSV whose timestamps are text with their UTC offset.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl

FRENCH_HEADER = [
    "Horodateur",
    "Adresse e-mail",
    "Nom",
    "Prénom",
    "Structure",
    "Fonction",
    "Téléphone",
    "Commune",
    "Vos attentes pour cette session",
    "Thèmes qui vous intéressent",
]
ENGLISH_HEADER = [
    "Timestamp",
    "Email Address",
    "Last name",
    "First name",
    "Organisation",
    "Job title",
    "Phone",
    "Town",
    "What do you expect?",
    "Topics",
]


def response(
    when: datetime,
    email: str,
    last: str = "Martin",
    first: str = "Camille",
    organisation: str = "Commune de Die",
    job: str = "Chargée de mission",
    phone: str = "06 12 34 56 78",
    commune: str = "Die",
    expectations: str = "Des exemples concrets",
    topics: str = "Participation, Alimentation",
) -> list[Any]:
    return [when, email, last, first, organisation, job, phone, commune, expectations, topics]


def replace_answer(row: Sequence[Any], **changes: Any) -> list[Any]:
    """The response `row` with some answers changed (named as `response` names them)."""
    names = ["when", "email", "last", "first", "organisation", "job", "phone", "commune"]
    names += ["expectations", "topics"]
    values = dict(zip(names, row, strict=True))
    values.update(changes)
    return response(**values)


def write_xlsx(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = FRENCH_HEADER,
    sheet: str = "Réponses au formulaire 1",
    other_sheets: Sequence[str] = (),
    blank_rows: int = 0,
) -> Path:
    workbook = openpyxl.Workbook()
    workbook.active.title = other_sheets[0] if other_sheets else sheet
    for name in other_sheets[1:]:
        workbook.create_sheet(name)
    if other_sheets:
        responses = workbook.create_sheet(sheet)
    else:
        responses = workbook.active
    responses.append(list(header))
    long_texts: dict[str, str] = {}
    for row in rows:
        responses.append([_placeholder(value, long_texts) for value in row])
        for cell in responses[responses.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # Google stores answers as text, never formulas
    for _ in range(blank_rows):
        responses.append([None] * len(header))
    workbook.save(path)
    if long_texts:
        _put_back(path, long_texts)
    return path


def _placeholder(value: Any, long_texts: dict[str, str]) -> Any:
    """openpyxl cuts text at Excel's 32,767 characters; Google's answers go to 50,000."""
    if isinstance(value, str) and len(value) > 32_767:
        marker = f"LONG-TEXT-{len(long_texts)}"
        long_texts[marker] = value
        return marker
    return value


def _put_back(path: Path, long_texts: dict[str, str]) -> None:
    from xml.sax.saxutils import escape

    original = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            for marker, text in long_texts.items():
                content = content.replace(marker.encode(), escape(text).encode())
            target.writestr(item, content, zipfile.ZIP_DEFLATED)


def google_csv_timestamp(when: datetime) -> str:
    """Google Forms' CSV text: "2020/09/28 10:15:32 AM UTC+2"."""
    offset = when.utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset else 0
    return when.strftime("%Y/%m/%d %I:%M:%S %p") + f" UTC{hours:+d}"


def csv_text(
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = FRENCH_HEADER,
    delimiter: str = ",",
    timestamp=google_csv_timestamp,
) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([timestamp(v) if isinstance(v, datetime) else v for v in row])
    return buffer.getvalue()


def write_csv(
    path: Path,
    rows: Sequence[Sequence[Any]],
    header: Sequence[str] = FRENCH_HEADER,
    encoding: str = "utf-8",
    delimiter: str = ",",
    timestamp=google_csv_timestamp,
) -> Path:
    path.write_bytes(csv_text(rows, header, delimiter, timestamp).encode(encoding))
    return path


def write_google_zip(path: Path, rows: Sequence[Sequence[Any]], **options: Any) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Inscription session.csv", csv_text(rows, **options))
    return path
