"""Calling next year's dues: the scale per kind of organisation, checked, then the calls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from ..db.models import OrganisationKind
from ..errors import UserError
from ..money import parse_cents
from ..services.dues import (
    CallReport,
    call_next_year,
    dues_rates,
    preview_next_year,
    set_dues_rates,
    validate_rate,
)
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog
from .formatting import error_text, label
from .forms import form_layout, with_error

Scale = dict[OrganisationKind, int | None]


class NextYearDialog(EditorDialog):
    """Shows who will be called and at what amount; the scale is saved only on confirming."""

    def __init__(
        self, context: AppContext, year: int, preview: CallReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.year = year
        self.report: CallReport | None = None
        self.setWindowTitle(self.tr("Call the dues of {year}").format(year=year + 1))
        intro = self.tr(
            "The members of {year} will be called for {next}: %n organisation(s).",
            "",
            preview.created,
        ).format(year=year, next=year + 1)
        if preview.already_called:
            intro += " " + self.tr(
                "%n already called for {next} will be left as they are.",
                "",
                preview.already_called,
            ).format(next=year + 1)
        intro += "\n\n" + self.tr(
            "The scale, per kind of organisation (a kind at 0 is called what it was in {year}):"
        ).format(year=year)
        message = QLabel(intro)
        message.setObjectName("intro")
        message.setWordWrap(True)

        form = form_layout()
        form.addRow(message)
        self.amounts: dict[OrganisationKind, QLineEdit] = {}
        for kind, cents in dues_rates(context.database).items():
            field = QLineEdit(context.formatter.amount(cents))
            field.setObjectName(f"rate_{kind.value}")
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.amounts[kind] = field
            form.addRow(label(kind) + " (€)", with_error(field, self.errors.add(kind.value)))
        self.lay_out(form)
        confirm = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        confirm.setText(self.tr("Call the dues"))
        self.resize(520, self.sizeHint().height())
        self.mark_loaded()

    def draft(self) -> Scale:
        return {kind: parse_cents(field.text()) for kind, field in self.amounts.items()}

    def validate(self, draft: Scale) -> Errors:
        errors: Errors = {}
        for kind, cents in draft.items():
            for message in validate_rate(cents).values():
                errors[kind.value] = message
        return errors

    def store(self, draft: Scale) -> int:
        set_dues_rates(self.context.database, draft)
        self.report = call_next_year(self.context.database, self.year)
        return self.report.created


def call_the_next_year(parent: QWidget, context: AppContext, year: int) -> CallReport | None:
    """Opens the dialog for the year after `year`; returns what was done, None if cancelled."""
    try:
        preview = preview_next_year(context.database, year)
    except UserError as error:
        QMessageBox.warning(parent, parent.window().windowTitle(), error_text(error))
        return None
    dialog = NextYearDialog(context, year, preview, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.report
    return None
