"""A session's documents from the sessions listing: the attendance sheet."""

from __future__ import annotations

import time

import pytest
from file_dialogs import choose_folder, save_as
from pdf_files import pdf_pages, pdf_text
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from caprural_desktop.services.demo import add_demo_data
from caprural_desktop.ui.session_documents import SessionDocuments


@pytest.fixture
def session_id(context) -> int:
    return add_demo_data(context.database)


@pytest.fixture
def page(window, session_id):
    """The sessions listing with the demo session selected."""
    listing = window.sessions_page
    listing.refresh(select_id=session_id)
    return listing


def previews(on_modal, trigger) -> list[type]:
    """The kind of dialog `trigger` opens (closed at once)."""
    seen: list[type] = []

    def look(dialog):
        seen.append(type(dialog))
        dialog.reject()

    failures = on_modal(look)
    trigger()
    assert not failures
    return seen


def test_the_sheet_as_pdf_from_the_documents_menu(window, page, on_modal, tmp_path):
    assert page.documents_button.isEnabled()
    path = tmp_path / "feuille.pdf"
    names: list[str] = []
    failures = on_modal(save_as(path, names))
    page.sheet_pdf_action.trigger()
    assert not failures
    assert names[0].startswith("Remote attendance sheet - Coopérer avec les citoyens")
    assert names[0].endswith(".pdf") and "'" not in names[0].replace("l'action", "")
    text = pdf_text(path)
    for confirmed in ("BENALI Sami", "DUPONT Jean", "ROUX Léa"):
        assert confirmed in text
    assert "LAMBERT Hugo" not in text  # late: not confirmed
    assert f"({pdf_pages(path)} page(s))" in window.statusBar().currentMessage()


def test_the_sheet_s_print_preview(page, on_modal):
    assert previews(on_modal, page.sheet_preview_action.trigger) == [QPrintPreviewDialog]


def test_certificates_need_someone_present_then_one_file_per_person(
    window, page, context, session_id, on_modal, answer, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from caprural_desktop.services.attendance import attendance_grid, mark_all_present

    told = []

    def nobody(box):
        told.append(box.text())
        answer(box, QMessageBox.StandardButton.Ok)

    failures = on_modal(nobody)
    page.certificates_action.trigger()
    assert not failures and "Nobody is marked present yet" in told[0]

    mark_all_present(
        context.database, session_id, attendance_grid(context.database, session_id).slots[0].id
    )

    failures = on_modal(choose_folder(tmp_path))
    page.certificate_files_action.trigger()
    assert not failures
    files = sorted(path.name for path in tmp_path.glob("*.pdf"))
    assert len(files) == 8
    assert "Certificate of attendance - Benali Sami.pdf" in files
    assert "8 certificate(s) saved" in window.statusBar().currentMessage()


def test_the_registrants_and_attendance_exported_from_the_menu(window, page, on_modal, tmp_path):
    from openpyxl import load_workbook

    registrants = tmp_path / "inscrits.xlsx"
    names: list[str] = []
    failures = on_modal(save_as(registrants, names))
    page.export_registrations_action.trigger()
    assert not failures
    assert names[0].startswith("Registrants - Coopérer avec les citoyens")
    assert load_workbook(registrants).active.max_row == 10
    assert "registration(s) exported" in window.statusBar().currentMessage()

    attendance = tmp_path / "presences.xlsx"
    failures = on_modal(save_as(attendance, names))
    page.export_attendance_action.trigger()
    assert not failures
    header = [cell.value for cell in load_workbook(attendance).active[1]]
    assert header[:5] == ["Last name", "First name", "E-mail", "Organisation", "Status"]
    assert len(header) == 8  # two half-days, then the hours attended


def test_the_year_s_figures_from_the_file_menu(window, session_id, on_modal, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QInputDialog

    path = tmp_path / "bilan.xlsx"
    names: list[str] = []

    def year(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setIntValue(2020)
        on_modal(save_as(path, names))
        dialog.accept()

    failures = on_modal(year)
    window.report_action.trigger()
    assert not failures
    assert names == ["Sessions 2020.xlsx"]
    assert load_workbook(path).active.max_row == 2
    assert "of 2020 exported" in window.statusBar().currentMessage()


def test_the_certificates_print_preview(page, context, session_id, on_modal):
    from caprural_desktop.services.attendance import attendance_grid, mark_all_present

    mark_all_present(
        context.database, session_id, attendance_grid(context.database, session_id).slots[0].id
    )
    assert previews(on_modal, page.certificates_preview_action.trigger) == [QPrintPreviewDialog]


def test_escape_on_the_progress_keeps_what_the_work_gives(qtbot, window, context):
    """Escape closes the progress dialog; the export goes on, and its result is kept."""
    documents = SessionDocuments(window, context)

    def press_escape():
        progress = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog))
        QTest.keyClick(progress, Qt.Key.Key_Escape)

    QTimer.singleShot(100, press_escape)
    assert documents.in_background(lambda: (time.sleep(0.5), 42)[1], "Un moment…") == 42
