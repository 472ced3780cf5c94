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

from PySide6.QtCore import QBuffer, QDate, QIODevice, QLocale, QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..db.models import PaymentMethod
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..services.dues import DueReceipt
from ..services.settings import NetworkIdentity

RESOLUTION = 300  # dots per inch: sharp text, small files
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
    """Draws the receipt in memory, then writes the file: no half-written PDF on an error."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator(issuer.name)
    painter = QPainter(writer)
    try:
        ReceiptPainter(painter, writer, receipt, issuer, options).draw()
    finally:
        painter.end()
    try:
        path.write_bytes(buffer.data().data())
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be written: {reason}"),
            name=path.name,
            reason=error.strerror or str(error),
        ) from error


class ReceiptPainter(QObject):
    """Draws from top to bottom, keeping the height reached in `y` (device units).

    A QObject for its tr(): the translations' context is this class.
    """

    def __init__(
        self,
        painter: QPainter,
        writer: QPdfWriter,
        receipt: DueReceipt,
        issuer: NetworkIdentity,
        options: ReceiptOptions,
    ) -> None:
        super().__init__()
        self.painter = painter
        self.writer = writer
        self.receipt = receipt
        self.issuer = issuer
        self.options = options
        area = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width = float(area.width())
        self.bottom = float(area.height())
        self.y = 0.0

    def mm(self, millimetres: float) -> float:
        return millimetres * self.writer.resolution() / 25.4

    def font(self, points: float, bold: bool = False) -> None:
        font = QFont(self.painter.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        self.painter.setFont(font)

    def text(
        self,
        text: str,
        left: float = 0.0,
        width: float | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        advance: bool = True,
    ) -> float:
        """Draws wrapped text at the current height; returns (and by default adds) its height."""
        rect = QRectF(left, self.y, self.width - left if width is None else width, self.bottom)
        flags = int(align | Qt.AlignmentFlag.AlignTop) | Qt.TextFlag.TextWordWrap.value
        used = self.painter.drawText(rect, flags, text)
        if advance:
            self.y += used.height()
        return used.height()

    def ensure_room(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.writer.newPage()
            self.y = 0.0

    def draw(self) -> None:
        self.writer.setTitle(
            self.tr("Receipt of membership fee {year} — {organisation}").format(
                year=self.receipt.year, organisation=self.receipt.organisation
            )
        )
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
