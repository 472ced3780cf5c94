"""The attendance sheet ("feuille d'émargement"): one signature per trainee per half-day.

French funders and auditors ask for the session's title, exact dates and hours,
place, the trainer's name and signature, and one signature per trainee for each
half-day. One routine draws it on any paged device: the PDF writer, the print
preview's printer, a printer. A web-conference session gets the remote variant
("feuille de présence à distance"), with a tick box instead of a signature, or,
where a connection log attests the presence, the log's tool and minutes.

The pages are planned before anything is drawn, so that the footer can say
"page 2 / 3", the table's header repeats on every page and no line, and no
speakers' block, is ever cut at a page's edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPageLayout, QPainter, QPen

from ..db.models import SessionFormat
from ..labels import attested_text
from ..locale_format import LocaleFormat, to_qdate
from ..services.sheets import AttendanceSheet, SheetPerson, SheetSlot
from .canvas import Canvas, page_layout, write_pdf

GREY = QColor("#555555")
RULE = QColor("#777777")
HEADER_FILL = QColor("#e8e8e8")
#: Up to this many half-days the sheet is portrait; beyond, landscape.
PORTRAIT_SLOTS = 4
SIGNATURE_ROW_MM = 11.0
TICK_ROW_MM = 7.5
#: The size of what a connection log attests, in a half-day's cell.
ATTESTED_POINTS = 7
FOOTER_MM = 8.0


def full_name(last_name: str, first_name: str) -> str:
    """As attendance sheets list people: "MARTIN Camille"."""
    return f"{last_name.upper()} {first_name}".strip()


def sheet_layout(sheet: AttendanceSheet) -> QPageLayout:
    many = len(sheet.session.slots) > PORTRAIT_SLOTS
    orientation = QPageLayout.Orientation.Landscape if many else QPageLayout.Orientation.Portrait
    return page_layout(orientation)


def sheet_title(sheet: AttendanceSheet) -> str:
    remote = sheet.session.format is SessionFormat.WEB
    if remote:
        return QCoreApplication.translate("SheetPainter", "Remote attendance sheet")
    return QCoreApplication.translate("SheetPainter", "Attendance sheet")


def draw_sheet(device: QPagedPaintDevice, sheet: AttendanceSheet, words: LocaleFormat) -> int:
    """Draws the sheet on `device` (already laid out, see sheet_layout); returns its pages."""
    painter = QPainter(device)
    try:
        return SheetPainter(painter, device, sheet, words).draw()
    finally:
        painter.end()


def write_sheet(path: Path, sheet: AttendanceSheet, words: LocaleFormat) -> int:
    """Writes the sheet as a PDF; returns its number of pages."""
    pages: list[int] = []
    title = f"{sheet_title(sheet)} — {sheet.session.title}"
    write_pdf(
        path,
        sheet_layout(sheet),
        lambda device: pages.append(draw_sheet(device, sheet, words)),
        title,
        sheet.issuer.name,
    )
    return pages[0]


@dataclass(frozen=True)
class Style:
    """How a line of the heading is set; a gap line only has `gap` (mm)."""

    points: float = 9.5
    bold: bool = False
    grey: bool = False
    centred: bool = False
    gap: float = 0.0


@dataclass(frozen=True)
class Line:
    """A line of a table: its texts, and how tall it is once they are wrapped."""

    name: str
    organisation: str
    height: float
    #: Per half-day, what a connection log attests ("présence attestée par…"), if anything.
    attested: tuple[str | None, ...] = ()


class SheetPainter(Canvas):
    """Plans the pages, then draws them."""

    def __init__(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        sheet: AttendanceSheet,
        words: LocaleFormat,
    ) -> None:
        super().__init__(painter, device)
        self.sheet = sheet
        self.words = words
        self.remote = sheet.session.format is SessionFormat.WEB
        self.bottom -= self.mm(FOOTER_MM)
        slots = max(len(sheet.session.slots), 1)
        self.slot_width = max(self.mm(24), self.width * 0.5 / slots)
        fixed = self.width - self.slot_width * len(sheet.session.slots)
        self.name_width = fixed * 0.55
        self.organisation_width = fixed - self.name_width
        self.padding = self.mm(1.5)
        self.minimum_row = self.mm(TICK_ROW_MM if self.remote else SIGNATURE_ROW_MM)

    # Planning

    def draw(self) -> int:
        people = self._lines()
        speakers = self._speaker_lines()
        pages = self._plan(people, speakers)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                self.new_page()
            if number == 1:
                self.header()
            for block in page:
                if block == "table":
                    self.table_header(self.tr("Name"), self.tr("Organisation"))
                elif block == "speakers":
                    self.speakers_heading()
                    self.table_header(self.tr("Speaker: name and signature"))
                    for line in speakers:
                        self.row(line, signed=True, merged=True)
                else:
                    self.row(people[block], signed=not self.remote)  # type: ignore[index]
            self.footer(number, len(pages))
        return len(pages)

    def _lines(self) -> list[Line]:
        self.font(9)
        lines = [
            self._line(
                f"{person.last_name.upper()} {person.first_name}".strip(),
                person.organisation,
                self._attested(person),
            )
            for person in self.sheet.people
        ]
        lines += [Line("", "", self.minimum_row)] * self.sheet.issuer.blank_rows
        return lines

    def _speaker_lines(self) -> list[Line]:
        """Speakers sign, even on a remote sheet: a signature's height, the name across
        both columns."""
        self.font(9)
        names = self.sheet.session.speakers or ("",)  # a line for the trainer's name at least
        inner = 2 * self.padding
        width = self.name_width + self.organisation_width - inner
        minimum = self.mm(SIGNATURE_ROW_MM)
        return [
            Line(name, "", max(minimum, self.text_height(name, width) + inner)) for name in names
        ]

    def _attested(self, person: SheetPerson) -> tuple[str | None, ...]:
        if not self.remote:
            return ()
        return tuple(
            attested_text(proof, QCoreApplication.translate) if proof else None
            for proof in person.attested
        )

    def _line(self, name: str, organisation: str, attested: tuple[str | None, ...] = ()) -> Line:
        inner = 2 * self.padding
        height = max(
            self.text_height(name, self.name_width - inner),
            self.text_height(organisation, self.organisation_width - inner),
        )
        if any(attested):
            self.font(ATTESTED_POINTS)
            height = max(
                height,
                *(self.text_height(text, self.slot_width - inner) for text in attested if text),
            )
            self.font(9)
        return Line(name, organisation, max(self.minimum_row, height + inner), attested)

    def _plan(self, people: list[Line], speakers: list[Line]) -> list[list[object]]:
        """Which blocks go on which page: "table" (its header), a line's index, "speakers"."""
        header = self.header_height()
        table_header = self.table_header_height()
        speakers_height = (
            self.speakers_heading_height() + table_header + sum(line.height for line in speakers)
        )
        pages: list[list[object]] = [["table"]]
        y = header + table_header
        for index, line in enumerate(people):
            if y + line.height > self.bottom:
                pages.append(["table"])
                y = table_header
            pages[-1].append(index)
            y += line.height
        if y + speakers_height > self.bottom:
            pages.append([])
        pages[-1].append("speakers")
        return pages

    # Measuring what the blocks take

    def header_height(self) -> float:
        height = 0.0
        for text, style in self.header_lines():
            if text is None:
                height += self.mm(style.gap)
                continue
            self.font(style.points, style.bold)
            height += self.text_height(text, self.width)
        return height

    def table_header_height(self) -> float:
        self.font(8, bold=True)
        texts = [self._slot_heading(slot) for slot in self.sheet.session.slots]
        tallest = max((self.text_height(text, self.slot_width) for text in texts), default=0.0)
        return max(tallest, self.text_height(self.tr("Name"), self.name_width)) + 2 * self.padding

    def speakers_heading_height(self) -> float:
        self.font(10, bold=True)
        return self.mm(6) + self.text_height(self.tr("Speakers"), self.width)

    # Drawing

    def header_lines(self) -> list[tuple[str | None, Style]]:
        """The first page's heading, line by line (None: a gap of `style.gap` mm)."""
        issuer = self.sheet.issuer
        small = Style(8.5, grey=True)
        centred = Style(9.5, centred=True)
        lines: list[tuple[str | None, Style]] = []
        if issuer.name:
            lines.append((issuer.name, Style(11, bold=True)))
        if issuer.address:
            lines.append((issuer.address.replace("\n", " — "), small))
        if issuer.registration_number:
            text = self.tr("Training organisation registered under number {}")
            lines.append((text.format(issuer.registration_number), small))
        lines.append((None, Style(gap=4)))
        lines.append((sheet_title(self.sheet), Style(16, bold=True, centred=True)))
        lines.append((None, Style(gap=2)))
        lines.append((self.sheet.session.title, Style(12, bold=True, centred=True)))
        lines.append((None, Style(gap=2)))
        if where := self._where():
            lines.append((where, centred))
        lines += [(line, centred) for line in self._dates()]
        if self.remote:
            lines.append((None, Style(gap=1)))
            text = self.tr("Tick each half-day during which the person was connected.")
            lines.append((text, Style(8.5, grey=True, centred=True)))
        lines.append((None, Style(gap=4)))
        return lines

    def header(self) -> None:
        for text, style in self.header_lines():
            if text is None:
                self.y += self.mm(style.gap)
                continue
            self.font(style.points, style.bold)
            self.painter.setPen(GREY if style.grey else Qt.GlobalColor.black)
            align = Qt.AlignmentFlag.AlignHCenter if style.centred else Qt.AlignmentFlag.AlignLeft
            self.text(text, align=align)
        self.painter.setPen(Qt.GlobalColor.black)

    def _where(self) -> str:
        location = self.sheet.session.location
        if self.remote:
            return self.tr("Remote — {}").format(location) if location else self.tr("Remote")
        return self.tr("Place: {}").format(location) if location else ""

    def _dates(self) -> list[str]:
        """One line per date, written out, with its half-days' hours."""
        by_date: dict[object, list[SheetSlot]] = {}
        for slot in self.sheet.session.slots:
            by_date.setdefault(slot.date, []).append(slot)
        lines = []
        for day, slots in by_date.items():
            hours = ", ".join(self._hours(slot) for slot in slots)
            lines.append(f"{self.words.long_date(day)} : {hours}")  # type: ignore[arg-type]
        return lines

    def _hours(self, slot: SheetSlot) -> str:
        hours = f"{self.words.time(slot.start)} – {self.words.time(slot.end)}"
        return hours + " " + self.tr("(to be confirmed)") if slot.tentative else hours

    def _slot_heading(self, slot: SheetSlot) -> str:
        day = self.words.locale.toString(to_qdate(slot.date), "ddd d MMM")
        text = f"{day}\n{self.words.time(slot.start)} – {self.words.time(slot.end)}"
        return text + "\n" + self.tr("to be confirmed") if slot.tentative else text

    def table_header(self, first: str, second: str | None = None) -> None:
        """The table's titles; without `second`, the first spans both leading columns."""
        height = self.table_header_height()
        top = self.y
        self.painter.fillRect(QRectF(0, top, self.width, height), HEADER_FILL)
        self.font(8, bold=True)
        leading = self.name_width + self.organisation_width
        if second is None:
            cells = [(first, 0.0, leading)]
        else:
            cells = [
                (first, 0.0, self.name_width),
                (second, self.name_width, self.organisation_width),
            ]
        left = leading
        for slot in self.sheet.session.slots:
            cells.append((self._slot_heading(slot), left, self.slot_width))
            left += self.slot_width
        for text, x, width in cells:
            self.y = top + self.padding
            self.text(text, x + self.padding, width - 2 * self.padding, self._align(x), False)
        self.y = top
        self._grid(height, merged=second is None)
        self.y = top + height

    def _align(self, x: float) -> Qt.AlignmentFlag:
        slots_start = self.name_width + self.organisation_width
        return Qt.AlignmentFlag.AlignHCenter if x >= slots_start else Qt.AlignmentFlag.AlignLeft

    def row(self, line: Line, signed: bool, merged: bool = False) -> None:
        """A line: its name (`merged`: across both leading columns, for a speaker), then a
        signature cell, or a tick box, per half-day."""
        top = self.y
        self.font(9)
        self.y = top + self.padding
        name_width = self.name_width + (self.organisation_width if merged else 0.0)
        self.text(line.name, self.padding, name_width - 2 * self.padding, advance=False)
        if not merged:
            self.text(
                line.organisation,
                self.name_width + self.padding,
                self.organisation_width - 2 * self.padding,
                advance=False,
            )
        self.y = top
        if not signed:
            self._tick_boxes(top, line)
        self._grid(line.height, merged)
        self.y = top + line.height

    def _tick_boxes(self, top: float, line: Line) -> None:
        """A box to tick per half-day, or what the connection log attests there."""
        side = self.mm(3.5)
        left = self.name_width + self.organisation_width
        self.painter.setPen(QPen(Qt.GlobalColor.black, self.mm(0.25)))
        for position, _slot in enumerate(self.sheet.session.slots):
            attested = line.attested[position] if position < len(line.attested) else None
            if attested:
                self.font(ATTESTED_POINTS)
                self.y = top + self.padding
                self.text(
                    attested,
                    left + self.padding,
                    self.slot_width - 2 * self.padding,
                    align=Qt.AlignmentFlag.AlignHCenter,
                    advance=False,
                )
                self.font(9)
                self.y = top
            else:
                x = left + (self.slot_width - side) / 2
                self.painter.drawRect(QRectF(x, top + (line.height - side) / 2, side, side))
            left += self.slot_width

    def _grid(self, height: float, merged: bool = False) -> None:
        """The cell borders of a line of `height` at the current height."""
        self.painter.setPen(QPen(RULE, self.mm(0.2)))
        edges = [0.0] + ([] if merged else [self.name_width])
        edges.append(self.name_width + self.organisation_width)
        edges += [
            edges[-1] + self.slot_width * (n + 1) for n in range(len(self.sheet.session.slots))
        ]
        for x in edges:
            self.painter.drawLine(int(x), int(self.y), int(x), int(self.y + height))
        for y in (self.y, self.y + height):
            self.painter.drawLine(int(edges[0]), int(y), int(edges[-1]), int(y))
        self.painter.setPen(Qt.GlobalColor.black)

    def speakers_heading(self) -> None:
        self.y += self.mm(6)
        self.font(10, bold=True)
        self.text(self.tr("Speakers"))

    def footer(self, number: int, pages: int) -> None:
        self.font(8)
        self.painter.setPen(GREY)
        self.y = self.bottom + self.mm(2)
        width = self.width * 0.75
        title = self.painter.fontMetrics().elidedText(
            f"{sheet_title(self.sheet)} — {self.sheet.session.title}",
            Qt.TextElideMode.ElideRight,
            int(width),
        )
        self.text(title, 0, width, advance=False)
        self.text(
            self.tr("page {number} / {pages}").format(number=number, pages=pages),
            align=Qt.AlignmentFlag.AlignRight,
            advance=False,
        )
        self.painter.setPen(Qt.GlobalColor.black)
