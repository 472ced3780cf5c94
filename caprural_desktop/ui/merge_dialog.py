"""Merging an organisation recorded twice: choose the other record, which one stays, confirm."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QRadioButton, QWidget

from ..errors import UserError
from ..services.organisations import OrganisationRow, merge_organisations
from .context import AppContext
from .formatting import error_text
from .organisation_picker import PickOrganisationDialog, directory


class MergeDialog(PickOrganisationDialog):
    """The directory without `current`, and which of the two records is kept."""

    def __init__(
        self, rows: list[OrganisationRow], current: OrganisationRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(rows, "", "", exclude={current.id}, parent=parent)
        self.setWindowTitle(self.tr("Merge organisations"))
        self.question.setText(
            self.tr("Which record is the same organisation as “{}”?").format(current.name)
        )
        self.current = current
        self.keep_current = QRadioButton(self.tr("Keep “{}”").format(current.name))
        self.keep_current.setObjectName("keep_current")
        self.keep_current.setChecked(True)
        self.keep_other = QRadioButton()
        self.keep_other.setObjectName("keep_other")
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        for widget in (self.keep_current, self.keep_other, self.outcome):
            self.options.addWidget(widget)
        self.picker.chosen_changed.connect(self._describe)
        self.keep_current.toggled.connect(self._describe)
        self._describe()

    def kept_and_merged(self) -> tuple[OrganisationRow, OrganisationRow] | None:
        other = self.picker.chosen()
        if other is None:
            return None
        if self.keep_current.isChecked():
            return self.current, other
        return other, self.current

    def confirmation(self, kept: OrganisationRow, merged: OrganisationRow) -> str:
        return self.tr(
            "Merge “{merged}” into “{kept}”?\n\nIts people, recognised answers and dues move "
            "to “{kept}”, its name becomes one of the answers recognised as “{kept}”, and "
            "“{merged}” is deleted."
        ).format(merged=merged.name, kept=kept.name)

    def _describe(self) -> None:
        other = self.picker.chosen()
        self.keep_other.setEnabled(other is not None)
        self.keep_other.setText(
            self.tr("Keep “{}”").format(other.name) if other else self.tr("Keep the other one")
        )
        pair = self.kept_and_merged()
        self.outcome.setText(
            self.tr("“{merged}” will be merged into “{kept}”.").format(
                merged=pair[1].name, kept=pair[0].name
            )
            if pair
            else ""
        )


def merge_organisation(parent: QWidget, context: AppContext, organisation_id: int) -> int | None:
    """Merges another record into this one (or this one into it); returns the id kept."""
    rows = directory(parent, context)
    current = next((row for row in rows or () if row.id == organisation_id), None)
    if rows is None or current is None:
        return None
    dialog = MergeDialog(rows, current, parent)
    try:
        return _merge_as_chosen(dialog, context)
    finally:
        dialog.deleteLater()


def _merge_as_chosen(dialog: MergeDialog, context: AppContext) -> int | None:
    pair = dialog.kept_and_merged() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if pair is None:
        return None
    kept, merged = pair
    answer = QMessageBox.question(
        dialog.parentWidget(),
        dialog.windowTitle(),
        dialog.confirmation(kept, merged),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        merge_organisations(context.database, kept.id, merged.id)
    except UserError as error:
        QMessageBox.warning(dialog.parentWidget(), dialog.windowTitle(), error_text(error))
        return None
    return kept.id
