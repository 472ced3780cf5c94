"""Reading real-looking response files, and refusing what cannot be used."""

from __future__ import annotations

import struct
import zipfile
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from google_forms import (
    ENGLISH_HEADER,
    FRENCH_HEADER,
    csv_text,
    response,
    write_csv,
    write_google_zip,
    write_xlsx,
)

from caprural_desktop.errors import UserError
from caprural_desktop.spreadsheets.reading import read_workbook
from caprural_desktop.spreadsheets.safety import UnsafeFileError

PARIS = ZoneInfo("Europe/Paris")
WHEN = datetime(2020, 9, 28, 10, 15, 32)


def test_the_responses_sheet_is_found_among_other_tabs(tmp_path):
    path = write_xlsx(
        tmp_path / "réponses.xlsx",
        [response(WHEN, "camille@example.org")],
        other_sheets=["Notes", "Tableau de bord"],
    )
    workbook = read_workbook(path)
    assert workbook.kind == "xlsx"
    assert workbook.sheet.name == "Réponses au formulaire 1"
    assert workbook.sheet_names == ["Notes", "Tableau de bord", "Réponses au formulaire 1"]
    header, first = workbook.sheet.rows[:2]
    assert header == FRENCH_HEADER
    assert first[0] == WHEN  # a real date cell
    assert first[1] == "camille@example.org"


def test_another_sheet_can_be_chosen(tmp_path):
    path = write_xlsx(tmp_path / "r.xlsx", [], other_sheets=["Notes"])
    assert read_workbook(path, sheet_name="Notes").sheet.name == "Notes"
    with pytest.raises(UserError, match="no sheet named"):
        read_workbook(path, sheet_name="Absente")


def test_long_answers_and_formula_like_text_are_kept(tmp_path):
    long_answer = "é" * 40_000
    row = response(WHEN, "a@example.org", expectations=long_answer, topics="=1+1")
    for path in (
        write_xlsx(tmp_path / "r.xlsx", [row]),
        write_csv(tmp_path / "r.csv", [row]),
    ):
        cells = read_workbook(path).sheet.rows[1]
        assert cells[8] == long_answer, path.suffix
        assert cells[9] == "=1+1", path.suffix


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ","), ("cp1252", ";"), ("utf-8-sig", ";"), ("utf-16", "\t")],
)
def test_csv_in_every_encoding_and_separator(tmp_path, encoding, delimiter):
    row = response(WHEN, "élodie@example.org", last="Lefèvre", expectations="ligne 1\nligne 2")
    path = write_csv(tmp_path / "r.csv", [row], encoding=encoding, delimiter=delimiter)
    workbook = read_workbook(path)
    assert workbook.delimiter == delimiter
    assert workbook.sheet.rows[0][3] == "Prénom"
    assert workbook.sheet.rows[1][2] == "Lefèvre"
    assert workbook.sheet.rows[1][8] == "ligne 1\nligne 2"  # a multi-line quoted answer


@pytest.mark.parametrize("rows", [1, 2, 5])
def test_excel_s_french_csv_keeps_its_separator_when_a_question_holds_commas(tmp_path, rows):
    """Excel writes the commas of a title unquoted when ";" separates: more commas than
    semicolons in the header, yet ";" is what cuts every line alike."""
    question = "Vos attentes (contenus, méthodes, intervenants, horaires, lieu, tarif)"
    header = f"Horodateur;Adresse e-mail;Nom;Prénom;{question}"
    answer = "28/09/2020 10:15:32;p{}@example.org;Martin;Camille;Des exemples, des contacts"
    lines = [header, *(answer.format(n) for n in range(rows))]
    path = tmp_path / "réponses.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    workbook = read_workbook(path)
    assert workbook.delimiter == ";"
    assert workbook.sheet.rows[0][4] == question
    assert workbook.sheet.rows[1][1:4] == ["p0@example.org", "Martin", "Camille"]


def test_a_google_csv_with_semicolons_in_its_titles_keeps_its_commas(tmp_path):
    header = 'Horodateur,Adresse e-mail,Nom,"Vos attentes ; vos questions ; vos idées"'
    path = tmp_path / "r.csv"
    path.write_text(f'{header}\n2020/09/28 10:15:32 AM UTC+2,a@example.org,Martin,"x;y"\n')
    workbook = read_workbook(path)
    assert workbook.delimiter == ","
    assert workbook.sheet.rows[1] == [
        "2020/09/28 10:15:32 AM UTC+2",
        "a@example.org",
        "Martin",
        "x;y",
    ]


def test_a_windows_csv_is_recognised_by_a_byte_far_into_the_file(tmp_path):
    """The text is decoded as it is read: an accent of Windows-1252 after the first
    65,536 characters still sends the whole file back to be read in that encoding."""
    rows = [response(WHEN, f"n{number}@example.org", job="Mayor") for number in range(800)]
    rows.append(response(WHEN, "elodie@example.org", last="Lefèvre", job="Mayor"))
    path = write_csv(tmp_path / "r.csv", rows, ENGLISH_HEADER, encoding="cp1252", delimiter=";")
    data = path.read_bytes()
    assert data[: 1 << 16].isascii() and not data.isascii()
    workbook = read_workbook(path)
    assert workbook.encoding == "cp1252"
    assert workbook.delimiter == ";"
    assert len(workbook.sheet.rows) == 802
    assert workbook.sheet.rows[1][4] == "Commune de Die"
    assert workbook.sheet.rows[-1][2] == "Lefèvre"


def test_the_google_zip_holds_the_csv(tmp_path):
    path = write_google_zip(tmp_path / "Inscription.csv.zip", [response(WHEN, "a@example.org")])
    workbook = read_workbook(path)
    assert workbook.kind == "csv"
    assert workbook.sheet.rows[1][1] == "a@example.org"


def test_a_zip_without_csv_is_refused(tmp_path):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
    with pytest.raises(UserError, match="holds no CSV"):
        read_workbook(path)


def test_a_text_file_named_xlsx_is_refused(tmp_path):
    path = tmp_path / "réponses.xlsx"
    path.write_text("Horodateur,Adresse e-mail\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a workbook"):
        read_workbook(path)


def test_a_corrupt_workbook_is_refused(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [response(WHEN, "a@example.org")])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:600])
    with pytest.raises(UserError):
        read_workbook(broken)


def test_a_password_protected_workbook_is_refused_with_advice(tmp_path):
    path = tmp_path / "protégé.xlsx"
    # Excel writes an encrypted workbook as an OLE compound file.
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4088))
    with pytest.raises(UserError, match="password"):
        read_workbook(path)


def test_a_binary_file_named_csv_is_refused(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(UserError, match="neither a workbook nor a CSV"):
        read_workbook(path)


def test_a_zip_bomb_is_refused_before_it_is_expanded(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("responses.csv", b"0" * (64 << 20))  # 64 MiB of zeros, 64 KiB zipped
    with pytest.raises(UnsafeFileError, match="far too large"):
        read_workbook(path)


def test_a_zip_that_lies_about_its_size_is_refused(tmp_path):
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("responses.csv", csv_text([]) + "x" * (1 << 20))
    data = bytearray(path.read_bytes())
    # Declare 100 bytes uncompressed in the local and the central headers.
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<I", data, local + 22, 100)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 100)
    path.write_bytes(bytes(data))
    with pytest.raises(UserError):
        read_workbook(path)


def test_an_xml_bomb_is_refused(tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", [response(WHEN, "a@example.org")])
    bomb = tmp_path / "bomb.xlsx"
    entities = '<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n else "&lol;" * 10}">'
        for n in range(9)
    )
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = entities.encode() + b"]>" + content
            target.writestr(item, content)
    with pytest.raises(UnsafeFileError, match="XML entities"):
        read_workbook(bomb)


def test_an_xml_bomb_behind_a_long_comment_is_refused(tmp_path):
    """The declaration may come after a comment longer than any first look."""
    good = write_xlsx(tmp_path / "good.xlsx", [response(WHEN, "a@example.org")])
    bomb = tmp_path / "bomb.xlsx"
    declaration = b"<!-- " + b"x" * 200_000 + b' --><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = declaration + content
            target.writestr(item, content)
    with pytest.raises(UnsafeFileError, match="XML entities"):
        read_workbook(bomb)


def test_a_zip_protected_by_a_password_is_refused_in_words(tmp_path):
    path = write_google_zip(tmp_path / "Inscription.csv.zip", [response(WHEN, "a@example.org")])
    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # the encrypted flag
        position = data.index(signature)
        data[position + offset] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(UnsafeFileError, match="protected by a password"):
        read_workbook(path)


def test_blank_cells_read_as_none_in_every_format(tmp_path):
    row = response(WHEN, "a@example.org", job="", phone="")
    for path in (
        write_xlsx(tmp_path / "r.xlsx", [row], blank_rows=2),
        write_csv(tmp_path / "r.csv", [row]),
    ):
        cells = read_workbook(path).sheet.rows[1]
        assert cells[5] is None and cells[6] is None, path.suffix
