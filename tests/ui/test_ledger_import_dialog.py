"""Importing a dues ledger through its preview dialog."""

from __future__ import annotations

from datetime import datetime

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from caprural_desktop.db.models import DueStatus
from caprural_desktop.services.dues import ledger
from caprural_desktop.services.organisations import list_organisations
from caprural_desktop.services.outcomes import LedgerField
from caprural_desktop.ui.ledger_import_dialog import LedgerImportDialog


def write_ledger(path, header, *rows):
    workbook = openpyxl.Workbook()
    workbook.active.title = "2025"
    workbook.create_sheet("2024").append(["Structure", "Montant"])
    workbook.active.append(header)
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def open_dialog(qtbot, context, path, year=2025) -> LedgerImportDialog:
    dialog = LedgerImportDialog(context, year, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    return dialog


def shown(dialog, row: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_the_preview_then_cancel_writes_nothing(qtbot, context, tmp_path):
    path = write_ledger(
        tmp_path / "trésorerie.xlsx",
        ["Structure", "Montant appelé", "Payé", "Date de paiement"],
        ["Commune de Die", 120, 120, datetime(2025, 2, 3)],
        ["Ville de Crest", "douze", None, None],
    )
    dialog = open_dialog(qtbot, context, path)
    assert dialog.model.rowCount() == 2
    assert shown(dialog, 0)[:6] == [
        "2",
        "Commune de Die",
        "New due",
        "€120.00",
        "€120.00",
        "€120.00",
    ]
    assert shown(dialog, 0)[6] == "New organisation, created by the import"
    assert shown(dialog, 1)[2] == "Refused"
    assert "Not an amount in euros: douze" in shown(dialog, 1)[6]
    summary = dialog.summary.text()
    assert "new dues: 1" in summary and "organisations to create: 1" in summary
    assert dialog.sheet.isEnabled() and dialog.sheet.count() == 2

    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert dialog.result is None
    assert ledger(context.database, 2025) == []
    assert list_organisations(context.database) == []


def test_a_missing_organisation_column_is_chosen_then_imported(qtbot, context, tmp_path):
    path = write_ledger(
        tmp_path / "sans.xlsx", ["Adhérent·e", "Somme due"], ["Ville de Crest", "150,00"]
    )
    dialog = open_dialog(qtbot, context, path)
    assert dialog.error.isVisible()
    assert "no organisation column" in dialog.error.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.currentIndex() == 1

    organisation = dialog.findChild(QComboBox, "mapping_0")
    organisation.setCurrentIndex(organisation.findData(LedgerField.ORGANISATION))
    qtbot.waitUntil(lambda: not dialog.is_busy())
    amount = dialog.findChild(QComboBox, "mapping_1")
    amount.setCurrentIndex(amount.findData(LedgerField.CALLED))
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not dialog.error.isVisible()
    assert dialog.import_button.isEnabled()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None)
    assert dialog.result.added == 1
    (row,) = ledger(context.database, 2025)
    assert (row.organisation, row.called_cents, row.status) == (
        "Ville de Crest",
        15000,
        DueStatus.CALLED,
    )
