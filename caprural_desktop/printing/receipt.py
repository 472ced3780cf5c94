"""The receipt of a member's dues ("reçu de cotisation"), as a one-page A4 PDF.

Drawn with QPainter on a QPdfWriter rather than through HTML (thirty times faster,
and the layout stays where it is put); no widgets, so the command line can write
it with a QGuiApplication. The words come from the translations, the amounts and
dates from the locale given ("1 234,50 €", "8 octobre 2025").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from ..db.models import PaymentMethod
from ..services.dues import DueReceipt
from ..services.settings import NetworkIdentity
from .canvas import Canvas, page_layout, write_pdf

MARGINS_MM = QMarginsF(20, 18, 20, 18)
GREY = QColor("#555555")
RULE = QColor("#999999")
HEADER_FILL = QColor("#eeeeee")


@dataclass(frozen=True)
class ReceiptOptions:
    """How the receipt speaks: the locale of its amounts and dates, the words for methods."""

    locale: QLocale
    method_label: Callable[[PaymentMethod | None], str]
    issued_on: date

    def money(self, cents: int) -> str:
        return self.locale.toCurrencyString(cents / 100, "€")

    def long_date(self, value: date) -> str:
        return self.locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def write_receipt(
    path: Path, receipt: DueReceipt, issuer: NetworkIdentity, options: ReceiptOptions
) -> None:
    """Writes the receipt as a one-page A4 PDF (whole, or not at all)."""

    def draw(device: QPagedPaintDevice) -> None:
        painter = QPainter(device)
        try:
            ReceiptPainter(painter, device, receipt, issuer, options).draw()
        finally:
            painter.end()

    title = QCoreApplication.translate(
        "ReceiptPainter", "Receipt of membership fee {year} — {organisation}"
    ).format(year=receipt.year, organisation=receipt.organisation)
    write_pdf(path, page_layout(margins_mm=MARGINS_MM), draw, title, issuer.name)


class ReceiptPainter(Canvas):
    """Draws the receipt from top to bottom."""

    def __init__(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        receipt: DueReceipt,
        issuer: NetworkIdentity,
        options: ReceiptOptions,
    ) -> None:
        super().__init__(painter, device)
        self.receipt = receipt
        self.issuer = issuer
        self.options = options

    def draw(self) -> None:
        self.header()
        self.title()
        self.statement()
        self.payments()
        self.closing()

    def header(self) -> None:
        """The network at the top left, the organisation below on the right, as in a letter."""
        self.font(13, bold=True)
        self.text(self.issuer.name)
        self.font(10)
        self.painter.setPen(GREY)
        if self.issuer.address:
            self.text(self.issuer.address)
        self.painter.setPen(Qt.GlobalColor.black)
        self.y = max(self.y + self.mm(10), self.mm(35))
        left = self.width * 0.55
        self.font(11, bold=True)
        self.text(self.receipt.organisation, left)
        self.font(10)
        if self.receipt.address:
            self.text(self.receipt.address, left)
        self.y += self.mm(18)

    def title(self) -> None:
        self.font(18, bold=True)
        self.text(
            self.tr("Receipt of membership fee {year}").format(year=self.receipt.year),
            align=Qt.AlignmentFlag.AlignHCenter,
        )
        self.y += self.mm(10)

    def statement(self) -> None:
        self.font(11)
        self.text(
            self.tr(
                "{network} acknowledges having received from {organisation} the payments "
                "below towards its membership fee for {year}."
            ).format(
                network=self.issuer.name,
                organisation=self.receipt.organisation,
                year=self.receipt.year,
            )
        )
        self.y += self.mm(4)
        if self.receipt.waived:
            called = self.tr("Membership fee for {year}: waived.").format(year=self.receipt.year)
        else:
            called = self.tr("Membership fee called for {year}: {amount}").format(
                year=self.receipt.year, amount=self.options.money(self.receipt.called_cents)
            )
        self.text(called)
        self.y += self.mm(8)

    def payments(self) -> None:
        columns = [  # (left, width) in millimetres; the amount is right-aligned
            (self.tr("Date"), 0.0, 50.0),
            (self.tr("Method"), 52.0, 45.0),
            (self.tr("Reference"), 99.0, 40.0),
        ]
        amount_title = self.tr("Amount")
        row_height = self.mm(8)
        padding = self.mm(2)

        def row(cells: list[str], amount: str, bold: bool = False) -> None:
            self.ensure_room(row_height)
            self.font(10, bold)
            top = self.y
            for text, (_title, left, width) in zip(cells, columns, strict=True):
                self.y = top + padding
                self.text(text, self.mm(left) + padding, self.mm(width), advance=False)
            self.y = top + padding
            self.text(amount, 0, self.width - padding, Qt.AlignmentFlag.AlignRight, advance=False)
            self.y = top + row_height
            self.painter.setPen(QPen(RULE, self.mm(0.2)))
            self.painter.drawLine(0, int(self.y), int(self.width), int(self.y))
            self.painter.setPen(Qt.GlobalColor.black)

        self.painter.fillRect(QRectF(0, self.y, self.width, row_height), HEADER_FILL)
        row([title for title, _left, _width in columns], amount_title, bold=True)
        for payment in self.receipt.payments:
            row(
                [
                    self.options.long_date(payment.paid_on),
                    self.options.method_label(payment.method),
                    payment.reference,
                ],
                self.options.money(payment.amount_cents),
            )
        self.y += self.mm(2)
        self.font(11, bold=True)
        self.text(
            self.tr("Total received: {amount}").format(
                amount=self.options.money(self.receipt.received_cents)
            ),
            0,
            self.width - padding,
            Qt.AlignmentFlag.AlignRight,
        )
        if self.receipt.outstanding_cents:
            self.font(10)
            self.text(
                self.tr("Still to be paid: {amount}").format(
                    amount=self.options.money(self.receipt.outstanding_cents)
                ),
                0,
                self.width - padding,
                Qt.AlignmentFlag.AlignRight,
            )

    def closing(self) -> None:
        self.ensure_room(self.mm(70))
        self.y += self.mm(12)
        self.font(11)
        self.text(self.tr("For all due and lawful purposes."))
        self.y += self.mm(10)
        left = self.width * 0.55
        when = self.options.long_date(self.options.issued_on)
        if self.issuer.city:
            place = self.tr("Done at {city}, on {date}").format(city=self.issuer.city, date=when)
        else:
            place = self.tr("Done on {date}").format(date=when)
        self.text(place, left)
        self.y += self.mm(3)
        self.font(10)
        self.painter.setPen(GREY)
        self.text(
            self.tr("For {network}, signature and stamp").format(network=self.issuer.name), left
        )
        self.painter.setPen(QPen(RULE, self.mm(0.3)))
        self.painter.drawRect(QRectF(left, self.y + self.mm(2), self.width - left, self.mm(30)))
