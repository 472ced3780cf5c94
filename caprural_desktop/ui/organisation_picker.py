"""Choosing one organisation of the directory by typing part of its name or place."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..services.organisations import OrganisationRow, list_organisations
from .context import AppContext
from .formatting import error_text
from .forms import MARGIN, SPACING
from .listing_table import listing_table
from .organisation_columns import identity_columns
from .table_model import RowTableModel


class OrganisationPicker(QWidget):
    """A search field over a table of organisations; one is chosen at a time."""

    chosen_changed = Signal()
    #: Double-click or Enter on an organisation.
    activated = Signal()

    def __init__(
        self,
        rows: list[OrganisationRow],
        exclude: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("organisation_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            QCoreApplication.translate("OrganisationPicker", "Type part of a name or a place")
        )
        self.model: RowTableModel[OrganisationRow] = RowTableModel(
            identity_columns(), "Columns", self
        )
        self.model.set_rows([row for row in rows if row.id not in exclude])
        self.table = listing_table(self.model, "organisations")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

        self.search.textChanged.connect(self._filter)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._to_table)
        self.table.selectionModel().selectionChanged.connect(self.chosen_changed)
        self.table.activated.connect(self.activated)

    def chosen(self) -> OrganisationRow | None:
        if not self.table.selectionModel().hasSelection():
            return None
        return self.model.row_at(self.table.currentIndex())

    def choose(self, organisation_id: int) -> bool:
        index = self.model.index_of(organisation_id)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.setCurrentIndex(index)
        return index.isValid()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        if self.model.rowCount() == 1:  # the one left is surely the one meant
            self.table.selectRow(0)
        self.chosen_changed.emit()

    def _to_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.chosen() is None and self.model.rowCount():
            self.table.selectRow(0)


class PickOrganisationDialog(QDialog):
    """A question, the searchable directory, and OK once an organisation is chosen."""

    def __init__(
        self,
        rows: list[OrganisationRow],
        title: str,
        question: str,
        exclude: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.picker = OrganisationPicker(rows, exclude)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        #: The id chosen, once accepted.
        self.chosen_id: int | None = None
        #: Where a subclass puts its own options, under the directory.
        self.options = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.question)
        layout.addWidget(self.picker, 1)
        layout.addLayout(self.options)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

        self.picker.chosen_changed.connect(self._update_ok)
        self.picker.activated.connect(self.accept)
        self._update_ok()
        self.picker.search.setFocus()

    def accept(self) -> None:
        row = self.picker.chosen()
        if row is not None:
            self.chosen_id = row.id
            super().accept()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.picker.chosen() is not None)


def directory(parent: QWidget, context: AppContext) -> list[OrganisationRow] | None:
    """The whole directory, or None after saying why it cannot be read."""
    try:
        return list_organisations(context.database)
    except UserError as error:
        QMessageBox.warning(parent, parent.window().windowTitle(), error_text(error))
        return None


def pick_organisation(
    parent: QWidget, context: AppContext, title: str, question: str, exclude: Collection[int] = ()
) -> int | None:
    """Asks for one organisation of the directory; its id, or None if cancelled."""
    rows = directory(parent, context)
    if rows is None:
        return None
    dialog = PickOrganisationDialog(rows, title, question, exclude, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_id
    return None
