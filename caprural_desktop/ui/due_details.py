"""The details pane of a due: its amounts, its payments (each removable), whom to ask."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from ..services.dues import DueRow, PaymentLine
from .formatting import Formatter, label

#: The link a payment's "delete" carries: payment-delete:<id>.
DELETE_PAYMENT = "payment-delete"


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


class DueDetailsRenderer(QObject):
    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.formatter = formatter

    def due(self, due: DueRow, payments: list[PaymentLine]) -> str:
        money = self.formatter.money
        subtitle = self.tr("dues of {year}").format(year=due.year)
        parts = [
            f"<h2>{escape(due.organisation)}</h2>",
            f"<p>{escape(label(due.kind))} — {escape(subtitle)}</p>",
        ]
        facts = [
            (self.tr("Status:"), label(due.status)),
            (self.tr("Called:"), money(due.called_cents)),
            (self.tr("Received:"), money(due.paid_cents)),
            (self.tr("Outstanding:"), money(due.outstanding_cents)),
        ]
        parts.append(
            "<p>"
            + "<br>".join(f"<b>{escape(name)}</b> {escape(value)}" for name, value in facts)
            + "</p>"
        )
        parts.append(_heading(self.tr("Payments")))
        if payments:
            parts.append(self._payments(payments))
        else:
            none_yet = self.tr("No payment recorded yet.")
            parts.append(f"<p><i>{escape(none_yet)}</i></p>")
        contact = [
            escape(due.contact_name),
            f'<a href="mailto:{escape(due.contact_email, quote=True)}">'
            f"{escape(due.contact_email)}</a>"
            if due.contact_email
            else "",
            escape(due.contact_phone),
        ]
        if any(contact):
            parts.append(_heading(self.tr("Contact")))
            parts.append("<p>" + "<br>".join(item for item in contact if item) + "</p>")
        return "".join(parts)

    def _payments(self, payments: list[PaymentLine]) -> str:
        """One paragraph per payment: a table would squeeze its dates in a narrow pane."""
        delete = escape(self.tr("Delete this payment"))
        return "".join(
            f"<p><b>{escape(self.formatter.short_date(payment.paid_on))}</b> — "
            f"{escape(self.formatter.money(payment.amount_cents))}<br>"
            + escape(
                " · ".join(part for part in (label(payment.method), payment.reference) if part)
            )
            + f'<br><a href="{DELETE_PAYMENT}:{payment.id}">{delete}</a></p>'
            for payment in payments
        )
