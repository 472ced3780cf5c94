"""What every printed document shares: A4 pages, millimetres, text that wraps, and a PDF
written whole or not at all.

Documents are drawn with QPainter on a paged device — a QPdfWriter, or the
QPrinter of a print preview or of a printer — by one routine, whatever the
device. No widgets here: the command line prints with a QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from ..errors import QT_TRANSLATE_NOOP, UserError, system_reason

RESOLUTION = 300  # dots per inch: sharp text, small files
MARGINS_MM = QMarginsF(15, 12, 15, 12)


def page_layout(
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
    margins_mm: QMarginsF = MARGINS_MM,
) -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, margins_mm, QPageLayout.Unit.Millimeter
    )


def write_pdf(
    path: Path,
    layout: QPageLayout,
    draw: Callable[[QPagedPaintDevice], None],
    title: str = "",
    creator: str = "",
) -> None:
    """Draws a document in memory, then writes the file: no half-written PDF on an error."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(layout)
    writer.setTitle(title)
    writer.setCreator(creator)
    draw(writer)
    try:
        path.write_bytes(buffer.data().data())
    except OSError as error:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be written: {reason}"),
            name=path.name,
            reason=system_reason(error),
        ) from error


class Canvas(QObject):
    """Draws from top to bottom on a paged device, keeping the height reached in `y`.

    Coordinates are device units inside the page margins. A QObject for tr():
    each document's words are translated in the context of its own class.
    """

    def __init__(self, painter: QPainter, device: QPagedPaintDevice) -> None:
        super().__init__()
        self.painter = painter
        self.device = device
        self.dots_per_mm = device.logicalDpiY() / 25.4
        area = device.pageLayout().paintRectPixels(device.logicalDpiY())
        self.width = float(area.width())
        self.bottom = float(area.height())
        self.y = 0.0

    def mm(self, millimetres: float) -> float:
        return millimetres * self.dots_per_mm

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

    def text_height(self, text: str, width: float) -> float:
        """How tall `text` is once wrapped to `width` in the current font."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        flags |= Qt.TextFlag.TextWordWrap.value
        return self.painter.boundingRect(QRectF(0, 0, width, self.bottom), flags, text).height()

    def new_page(self) -> None:
        self.device.newPage()
        self.y = 0.0

    def ensure_room(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()
