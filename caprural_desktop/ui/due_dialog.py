"""Calling an organisation's due for a year, or changing a due's amount or waiver."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QWidget,
)

from ..db.models import OrganisationKind
from ..errors import QT_TRANSLATE_NOOP, Message
from ..money import parse_cents
from ..services.dues import DueRow, call_due, dues_rates, ledger, update_due, validate_called
from ..services.organisations import OrganisationRow, list_organisations
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog, run_editor
from .formatting import label
from .forms import form_layout, with_error


@dataclass(frozen=True)
class DueDraft:
    organisation_id: int | None
    called_cents: int | None
    waived: bool


class DueDialog(EditorDialog):
    """A new call (an organisation chosen by typing part of its name) or an existing due."""

    def __init__(
        self,
        context: AppContext,
        year: int,
        due: DueRow | None,
        organisations: list[OrganisationRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.year = year
        self.due = due
        self.rates = dues_rates(context.database)
        title = self.tr("Call a due for {year}") if due is None else self.tr("Due of {year}")
        self.setWindowTitle(title.format(year=year))

        self.organisation = QComboBox()
        self.organisation.setObjectName("organisation")
        if due is None:
            self.organisation.setEditable(True)
            self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for organisation in organisations:
                self.organisation.addItem(organisation.name, (organisation.id, organisation.kind))
            completer = self.organisation.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.organisation.setCurrentIndex(-1)
            self.organisation.lineEdit().setPlaceholderText(self.tr("Type part of its name"))
            self.organisation.currentIndexChanged.connect(self._organisation_chosen)
            self.organisation.editTextChanged.connect(self._name_typed)
            chooser: QWidget = self.organisation
        else:
            chooser = QLabel(f"<b>{escape(due.organisation)}</b> ({escape(label(due.kind))})")
            chooser.setTextFormat(Qt.TextFormat.RichText)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setPlaceholderText(self.tr("for example 120,50"))
        self.waived = QCheckBox(self.tr("Waived (nothing to pay this year)"))
        self.waived.setObjectName("waived")

        form = form_layout()
        form.addRow(self.tr("Organisation"), with_error(chooser, self.errors.add("organisation")))
        form.addRow(
            self.tr("Amount called (€)"), with_error(self.amount, self.errors.add("called"))
        )
        form.addRow("", self.waived)
        self.lay_out(form)
        self.resize(520, self.sizeHint().height())

        if due is not None:
            self.amount.setText(context.formatter.amount(due.called_cents))
            self.waived.setChecked(due.waived)
            self.amount.setFocus()
        self.mark_loaded()

    def _organisation_chosen(self) -> None:
        """The scale's amount for the organisation's kind, when the scale has one."""
        data = self.organisation.currentData()
        rate = 0 if data is None else self.rates[OrganisationKind(data[1])]
        if rate:
            self.amount.setText(self.context.formatter.amount(rate))

    def _name_typed(self, text: str) -> None:
        """A name typed in full chooses its organisation, as picking it from the list does."""
        index = self.organisation.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.organisation.currentIndex():
            self.organisation.setCurrentIndex(index)

    def _organisation_id(self) -> int | None:
        if self.due is not None:
            return self.due.organisation_id
        # What is typed must name an organisation of the list, whatever the index says.
        index = self.organisation.findText(
            self.organisation.currentText().strip(), Qt.MatchFlag.MatchFixedString
        )
        return None if index < 0 else self.organisation.itemData(index)[0]

    def draft(self) -> DueDraft:
        return DueDraft(
            self._organisation_id(), parse_cents(self.amount.text()), self.waived.isChecked()
        )

    def validate(self, draft: DueDraft) -> Errors:
        errors = validate_called(draft.called_cents, draft.waived)
        if draft.organisation_id is None:
            errors["organisation"] = Message(
                QT_TRANSLATE_NOOP("Messages", "Choose an organisation from the list.")
            )
        return errors

    def store(self, draft: DueDraft) -> int:
        assert draft.organisation_id is not None and draft.called_cents is not None
        if self.due is None:
            return call_due(
                self.context.database,
                draft.organisation_id,
                self.year,
                draft.called_cents,
                draft.waived,
            )
        update_due(
            self.context.database, self.due.id, draft.called_cents, draft.waived, self.due.version
        )
        return self.due.id


def edit_due(
    parent: QWidget,
    context: AppContext,
    year: int,
    due: DueRow | None,
    already_called: Collection[int] = (),
) -> int | None:
    """Opens the dialog (a new call when `due` is None); returns the due's id once saved.

    Organisations already called for the year are not offered: their due is changed
    from the ledger, with the version check that a new call would bypass.
    """

    def make() -> DueDialog:
        nonlocal due
        if due is not None:  # read again: after a refused save, as it is now
            due = next((row for row in ledger(context.database, year) if row.id == due.id), due)
            return DueDialog(context, year, due, [], parent)
        organisations = list_organisations(context.database)
        callable_ones = [row for row in organisations if row.id not in already_called]
        return DueDialog(context, year, None, callable_ones, parent)

    dialog = run_editor(parent, make)
    return dialog.saved_id if dialog is not None else None
