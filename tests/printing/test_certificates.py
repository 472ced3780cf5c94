"""Attendance certificates, written as PDFs and read back."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pdf_files import pdf_pages, pdf_text
from PySide6.QtCore import QLocale

from caprural_desktop.db.models import SessionFormat
from caprural_desktop.locale_format import LocaleFormat
from caprural_desktop.printing.certificates import write_certificate_files, write_certificates
from caprural_desktop.services.settings import NetworkIdentity
from caprural_desktop.services.sheets import Certificate, Certificates, SheetSession, SheetSlot

FRENCH = LocaleFormat(QLocale(QLocale.Language.French, QLocale.Country.France))
MORNING = SheetSlot(date(2020, 10, 8), time(9, 30), time(12), False)
AFTERNOON = SheetSlot(date(2020, 10, 8), time(13, 30), time(15), True)
MADE = Certificates(
    session=SheetSession(
        "Coopérer avec les citoyens", SessionFormat.ONSITE, "Die", (MORNING, AFTERNOON), ()
    ),
    minutes_planned=240,
    certificates=(
        Certificate("Martin", "Camille", "Commune de Die", (MORNING, AFTERNOON), 240),
        Certificate("Martin", "Camille", "", (MORNING,), 150),  # a namesake
        Certificate("Roux", "Léa", "PNR du Vercors", (AFTERNOON,), 90),
    ),
    issuer=NetworkIdentity("Cap Rural", "Grenoble", "Grenoble", "82 38 01234 38"),
    issued_on=date(2020, 10, 9),
)


def test_one_pdf_holds_a_page_per_person(qapp, tmp_path: Path) -> None:
    path = tmp_path / "attestations.pdf"
    assert write_certificates(path, MADE, FRENCH) == 3
    assert pdf_pages(path) == 3
    text = pdf_text(path)
    for expected in (
        "Camille Martin (Commune de Die)",
        "Coopérer avec les citoyens",
        "jeudi 8 octobre 2020, 9h30 – 12h00",
        "Grenoble",
        "9 octobre 2020",
        "82 38 01234 38",
    ):
        assert expected in text, expected
    hours = text.replace(" ", "")  # pdftotext sets "4 h" as "4h" or "4 h"
    for duration in ("Hoursplanned4h", "Hoursattended4h", "2h30", "1h30"):
        assert duration in hours, duration


def test_one_file_per_person_named_after_them(qapp, tmp_path: Path) -> None:
    written = write_certificate_files(tmp_path, MADE, FRENCH)
    assert [path.name for path in written] == [
        "Certificate of attendance - Martin Camille.pdf",
        "Certificate of attendance - Martin Camille (2).pdf",
        "Certificate of attendance - Roux Léa.pdf",
    ]
    assert all(pdf_pages(path) == 1 for path in written)
    assert "Léa Roux" in pdf_text(written[2])


def test_certificates_into_a_missing_folder_are_a_message(qapp, tmp_path: Path) -> None:
    from caprural_desktop.errors import UserError

    with pytest.raises(UserError):
        write_certificates(tmp_path / "absent" / "a.pdf", MADE, FRENCH)
