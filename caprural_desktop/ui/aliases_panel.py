"""The answers recognised as an organisation, added and removed where they are read.

Each change is written at once (one service call): a recognised answer changes
which registrants belong to the organisation in every session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from ..services.organisations import OrganisationDetails, add_alias, remove_alias
from .context import AppContext
from .formatting import error_text
from .forms import SPACING


class AliasesPanel(QWidget):
    """The aliases of the organisation shown, with "Add an answer…" and "Remove"."""

    #: An alias was added or removed (registrants' organisations change with it).
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._details: OrganisationDetails | None = None
        title = QLabel(self.tr("<b>Recognised answers</b>"))
        hint = QLabel(self.tr("Answers to the form's “Organisation” question that mean it."))
        hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("aliases")
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 6 + 8)
        self.add_button = QPushButton(self.tr("Add an answer…"))
        self.add_button.setObjectName("add_alias")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_alias")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.show_organisation(None)

    def show_organisation(self, details: OrganisationDetails | None) -> None:
        self._details = details
        self.list.clear()
        for alias in details.aliases if details else ():
            item = QListWidgetItem(alias.text)
            item.setData(Qt.ItemDataRole.UserRole, alias.id)
            self.list.addItem(item)
        self.setEnabled(details is not None)
        self._update_buttons()

    def add(self) -> None:
        if self._details is None:
            return
        text, accepted = QInputDialog.getText(
            self,
            self.tr("Add a recognised answer"),
            self.tr("An answer that means “{}”:").format(self._details.draft.name),
        )
        organisation_id = self._details.id
        if accepted and self._write(
            lambda: add_alias(self.context.database, organisation_id, text)
        ):
            self.changed.emit()

    def remove(self) -> None:
        item = self.list.currentItem()
        if self._details is None or item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove a recognised answer"),
            self.tr(
                "Stop recognising “{answer}” as {name}? Registrants who gave this answer "
                "will no longer belong to it."
            ).format(answer=item.text(), name=self._details.draft.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        alias_id = item.data(Qt.ItemDataRole.UserRole)
        if answer == QMessageBox.StandardButton.Yes and self._write(
            lambda: remove_alias(self.context.database, alias_id)
        ):
            self.changed.emit()

    def _write(self, job: Callable[[], None]) -> bool:
        try:
            job()
        except UserError as error:
            QMessageBox.warning(self, self.window().windowTitle(), error_text(error))
            return False
        return True

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)
