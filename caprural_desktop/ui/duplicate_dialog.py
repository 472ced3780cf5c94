"""Asks for the new date when a session is duplicated (a new date for the same session)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..locale_format import to_qdate
from .context import AppContext
from .forms import MARGIN, SPACING, date_field


class DuplicateDialog(QDialog):
    def __init__(self, context: AppContext, first_date: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate the session"))
        self.first_date = date_field("first_date", context.formatter.date_edit_format())
        self.first_date.setDate(to_qdate(first_date))
        explanation = QLabel(
            self.tr(
                "The copy keeps the programme, the speakers and the places. Its half-days "
                "and its registration deadline move with the new date; it starts as a draft, "
                "without registrations."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(explanation)
        layout.addWidget(QLabel(self.tr("Date of the first half-day of the copy")))
        layout.addWidget(self.first_date)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def chosen_date(self) -> date:
        return self.first_date.date().toPython()


def ask_first_date(parent: QWidget, context: AppContext, current: date) -> date | None:
    """The first date of the copy, or None if the coordinator cancelled."""
    dialog = DuplicateDialog(context, current, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.chosen_date()
    return None
