"""The attendance sheet, written as a PDF and read back: what it says, and its pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pdf_files import page_texts, pdf_pages, pdf_text
from PySide6.QtCore import QLocale

from caprural_desktop.db.models import SessionFormat
from caprural_desktop.locale_format import LocaleFormat
from caprural_desktop.printing.attendance_sheet import write_sheet
from caprural_desktop.services.settings import NetworkIdentity
from caprural_desktop.services.sheets import (
    AttendanceSheet,
    SheetPerson,
    SheetSession,
    SheetSlot,
)

FRENCH = LocaleFormat(QLocale(QLocale.Language.French, QLocale.Country.France))
TITLE = "Coopérer avec les citoyens pour coproduire de l'action publique"
SESSION = SheetSession(
    title=TITLE,
    format=SessionFormat.ONSITE,
    location="Salle des fêtes, Die",
    slots=(
        SheetSlot(date(2020, 10, 8), time(9, 30), time(12), False),
        SheetSlot(date(2020, 10, 8), time(13, 30), time(15), True),
    ),
    speakers=("Collectif Démocratie Ouverte", "La Régie de Territoire des Deux Rives"),
)
NETWORK = NetworkIdentity(
    "Cap Rural", "23 rue Jean Baldassini\n38100 Grenoble", "Grenoble", "82 38 01234 38", 3
)


def people(count: int) -> tuple[SheetPerson, ...]:
    return tuple(
        SheetPerson(f"Nom{n:03d}", "Élodie", "Commune de Saint-Jean-en-Royans" if n % 5 else "")
        for n in range(count)
    )


def written(tmp_path: Path, sheet: AttendanceSheet) -> tuple[Path, int]:
    path = tmp_path / "feuille.pdf"
    return path, write_sheet(path, sheet, FRENCH)


def test_the_sheet_says_what_funders_ask_for(qapp, tmp_path: Path) -> None:
    path, pages = written(tmp_path, AttendanceSheet(SESSION, people(20), NETWORK))
    text = pdf_text(path)
    assert pages == pdf_pages(path)
    for expected in (
        "Cap Rural",
        "82 38 01234 38",
        TITLE,
        "Salle des fêtes, Die",
        "jeudi 8 octobre 2020 : 9h30 – 12h00, 13h30 – 15h00",
        "jeu. 8 oct. 9h30 – 12h00",
        "Collectif Démocratie Ouverte",
        f"page 1 / {pages}",
    ):
        assert expected in text, expected
    for n in range(20):
        assert f"NOM{n:03d} Élodie" in text


@pytest.mark.parametrize("count", [1, 20, 500])
def test_every_page_repeats_the_header_and_no_line_is_lost(
    qapp, tmp_path: Path, count: int
) -> None:
    path, pages = written(tmp_path, AttendanceSheet(SESSION, people(count), NETWORK))
    texts = page_texts(path)
    assert len(texts) == pages == pdf_pages(path)
    for number, text in enumerate(texts, start=1):
        assert f"page {number} / {pages}" in text
        assert text.count("9h30 – 12h00") >= 1  # the half-days' header on every page
    names = [f"NOM{n:03d} Élodie" for n in range(count)]
    found = [name for text in texts for name in names if name in text]
    assert found == names  # each once, in order, none cut between two pages
    assert "Collectif Démocratie Ouverte" in texts[-1]
    if count == 500:
        assert 20 <= pages <= 40


def test_the_remote_variant_has_tick_boxes_and_the_link(qapp, tmp_path: Path) -> None:
    remote = replace(SESSION, format=SessionFormat.WEB, location="https://visio.example.org/cap")
    path, _pages = written(tmp_path, AttendanceSheet(remote, people(3), NETWORK))
    text = pdf_text(path)
    assert "Remote attendance sheet" in text or "Feuille de présence à distance" in text
    assert "https://visio.example.org/cap" in text
    assert "Tick each half-day" in text or "Cochez" in text


def test_many_half_days_turn_the_page_to_landscape(qapp, tmp_path: Path) -> None:
    week = tuple(
        SheetSlot(date(2020, 10, day), start, end, False)
        for day in (5, 6, 7)
        for start, end in ((time(9), time(12)), (time(14), time(17)))
    )
    path, _pages = written(
        tmp_path, AttendanceSheet(replace(SESSION, slots=week), people(5), NETWORK)
    )
    text = pdf_text(path)
    for day in ("lun. 5 oct.", "mar. 6 oct.", "mer. 7 oct."):
        assert text.count(day) == 2 * 2  # two half-days, in the people's and speakers' tables


def test_a_sheet_into_a_missing_folder_is_a_message(qapp, tmp_path: Path) -> None:
    from caprural_desktop.errors import UserError

    with pytest.raises(UserError):
        write_sheet(tmp_path / "absent" / "f.pdf", AttendanceSheet(SESSION, (), NETWORK), FRENCH)
