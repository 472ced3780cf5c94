"""Workbooks written for people to open: header, widths, amounts, and no formula from text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caprural_desktop.errors import UserError
from caprural_desktop.spreadsheets.writing import CellKind, SheetColumn, write_workbook

COLUMNS = [
    SheetColumn("Structure"),
    SheetColumn("Appelé", CellKind.MONEY),
    SheetColumn("Nombre", CellKind.NUMBER),
    SheetColumn("Le", CellKind.DATE),
]


def test_header_amounts_and_widths(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    rows = [("Commune de Die", 12050, 3, date(2025, 3, 1)), ("X" * 80, 0, None, None)]
    assert write_workbook(path, "Impayés 2025", COLUMNS, rows) == 2
    sheet = load_workbook(path).active
    assert sheet.title == "Impayés 2025"
    assert [cell.value for cell in sheet[1]] == ["Structure", "Appelé", "Nombre", "Le"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:D3"
    assert sheet["B2"].value == 120.5
    assert sheet["B2"].data_type == "n" and "€" in sheet["B2"].number_format
    assert sheet["B3"].value == 0
    assert sheet["D2"].value.date() == date(2025, 3, 1)
    assert sheet["C3"].value is None
    assert sheet.column_dimensions["A"].width == 52  # the longest text, up to a limit
    assert sheet.column_dimensions["B"].width >= 14


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","clic")',
        "+33 4 75 22 00 00",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
    ],
)
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "out.xlsx"
    write_workbook(path, "Sheet", [SheetColumn("Texte")], [(text,)])
    cell = load_workbook(path).active["A2"]
    assert cell.data_type == "s"
    assert cell.value == text.replace("\r", "\n")  # XML reads a lone CR as a line feed
    assert cell.quotePrefix


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    write_workbook(path, "a/b:c", [SheetColumn("Texte")], [("bip\x07 bip",)])
    sheet = load_workbook(path).active
    assert (sheet.title, sheet["A2"].value) == ("a b c", "bip bip")


def test_a_folder_that_does_not_exist_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(UserError) as raised:
        write_workbook(tmp_path / "missing" / "out.xlsx", "Sheet", COLUMNS, [])
    assert "out.xlsx" in raised.value.render()
