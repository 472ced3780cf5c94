"""The remote sheet and the certificates cite the connection log that attests a presence."""

from __future__ import annotations

from pathlib import Path

from connection_reports import Connection, at, zoom_report
from pdf_files import pdf_text
from PySide6.QtCore import QLocale
from web_sessions import DAY, WebSession

from caprural_desktop.db.database import Database
from caprural_desktop.locale_format import LocaleFormat
from caprural_desktop.printing.attendance_sheet import write_sheet
from caprural_desktop.printing.certificates import write_certificates
from caprural_desktop.services.connection_apply import apply_connection_import
from caprural_desktop.services.connection_plan import plan_connection_import
from caprural_desktop.services.sheets import attendance_sheet, certificates

WORDS = LocaleFormat(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def flat(path: Path) -> str:
    return " ".join(pdf_text(path).split())


def imported(database: Database, web_session: WebSession, tmp_path: Path) -> None:
    path = zoom_report(
        tmp_path / "participants.csv",
        [
            Connection("Élodie Dupont", "elodie@example.org", at(DAY, "09:25"), at(DAY, "12:02")),
            Connection("Jean Martin", "jean@example.org", at(DAY, "09:30"), at(DAY, "11:00")),
        ],
    )
    apply_connection_import(database, plan_connection_import(database, web_session.id, [path]))


def test_the_remote_sheet_says_which_log_attests_each_presence(
    qapp, database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    imported(database, web_session, tmp_path)
    path = tmp_path / "feuille.pdf"
    write_sheet(path, attendance_sheet(database, web_session.id), WORDS)
    text = flat(path)
    assert text.count("attendance attested by the Zoom connection log (150 min)") == 1
    assert text.count("attendance attested by the Zoom connection log (90 min)") == 1


def test_a_certificate_cites_the_log_for_each_half_day(
    qapp, database: Database, web_session: WebSession, tmp_path: Path
) -> None:
    imported(database, web_session, tmp_path)
    path = tmp_path / "attestations.pdf"
    assert write_certificates(path, certificates(database, web_session.id), WORDS) == 2
    text = flat(path)
    assert "attendance attested by the Zoom connection log (150 min)" in text
    assert "attendance attested by the Zoom connection log (90 min)" in text
