"""Recording a payment towards a due: the amount as typed ("120,50"), its date, how, a reference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QWidget

from ..db.models import PaymentMethod
from ..locale_format import to_qdate
from ..money import parse_cents
from ..services.dues import DueRow, PaymentDraft, record_payment, today, validate_payment
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog
from .formatting import label
from .forms import date_field, enum_value, form_layout, with_error


class PaymentDialog(EditorDialog):
    """Prefilled with what is still owed, dated today: most payments settle the due."""

    def __init__(self, context: AppContext, due: DueRow, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.due = due
        money = context.formatter.money
        self.setWindowTitle(
            self.tr("Payment — {organisation}, {year}").format(
                organisation=due.organisation, year=due.year
            )
        )
        summary = QLabel(
            self.tr("Called: {called} — already paid: {paid} — outstanding: {outstanding}").format(
                called=money(due.called_cents),
                paid=money(due.paid_cents),
                outstanding=money(due.outstanding_cents),
            )
        )
        summary.setObjectName("summary")
        summary.setWordWrap(True)

        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("for example 120,50"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if due.outstanding_cents:
            self.amount.setText(context.formatter.amount(due.outstanding_cents))
        self.paid_on = date_field("paid_on", context.formatter.date_edit_format())
        self.paid_on.setDate(to_qdate(today()))
        self.method = QComboBox()
        self.method.setObjectName("method")
        for method in PaymentMethod:
            self.method.addItem(label(method), method)
        self.reference = QLineEdit()
        self.reference.setObjectName("reference")
        self.reference.setPlaceholderText(self.tr("cheque number, transfer label…"))

        form = form_layout()
        form.addRow(summary)
        form.addRow(self.tr("Amount (€)"), with_error(self.amount, self.errors.add("amount")))
        form.addRow(self.tr("Paid on"), with_error(self.paid_on, self.errors.add("paid_on")))
        form.addRow(self.tr("Method"), with_error(self.method, self.errors.add("method")))
        form.addRow(self.tr("Reference"), with_error(self.reference, self.errors.add("reference")))
        self.lay_out(form)
        self.resize(480, self.sizeHint().height())
        self.mark_loaded()
        self.amount.setFocus()
        self.amount.selectAll()

    def draft(self) -> PaymentDraft:
        return PaymentDraft(
            amount_cents=parse_cents(self.amount.text()),
            paid_on=self.paid_on.date().toPython(),  # type: ignore[arg-type]
            method=enum_value(self.method, PaymentMethod),
            reference=self.reference.text(),
        )

    def validate(self, draft: PaymentDraft) -> Errors:
        return validate_payment(draft)

    def store(self, draft: PaymentDraft) -> int:
        record_payment(self.context.database, self.due.id, draft)
        return self.due.id


def ask_payment(parent: QWidget, context: AppContext, due: DueRow) -> bool:
    """Opens the dialog; True once a payment is recorded."""
    dialog = PaymentDialog(context, due, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec() == QDialog.DialogCode.Accepted
