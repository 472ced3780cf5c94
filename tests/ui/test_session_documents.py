"""A session's documents from the sessions listing: the attendance sheet."""

from __future__ import annotations

from pathlib import Path

from pdf_files import pdf_pages, pdf_text
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from caprural_desktop.services.demo import add_demo_data


def save_as(path: Path, names: list[str]):
    def handle(dialog):
        assert isinstance(dialog, QFileDialog)
        names.append(Path(dialog.selectedFiles()[0]).name)
        dialog.selectFile(str(path))
        dialog.accept()

    return handle


def test_the_sheet_as_pdf_from_the_documents_menu(window, context, on_modal, tmp_path):
    session_id = add_demo_data(context.database)
    page = window.sessions_page
    page.refresh(select_id=session_id)
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
    assert f"{pdf_pages(path)} pages" in window.statusBar().currentMessage()


def test_the_sheet_s_print_preview(window, context, on_modal):
    session_id = add_demo_data(context.database)
    page = window.sessions_page
    page.refresh(select_id=session_id)
    seen = []

    def look(dialog):
        seen.append(type(dialog))
        dialog.reject()

    failures = on_modal(look)
    page.sheet_preview_action.trigger()
    assert not failures
    assert seen == [QPrintPreviewDialog]
