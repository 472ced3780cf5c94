"""Attendance certificates ("attestations de présence"): one page per person who came.

The session's documents use the same canvas as the sheet: one routine draws on
the PDF writer or on a printer. A session's certificates go in one file, or in
one file per person named after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import zip_longest
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPen

from ..db.models import SessionFormat
from ..labels import attested_text
from ..locale_format import LocaleFormat
from ..services.attendance import LogEvidence
from ..services.sheets import Certificate, Certificates, SheetSlot
from ..text import safe_file_name
from .canvas import Canvas, page_layout, write_pdf

GREY = QColor("#555555")
RULE = QColor("#999999")


def certificate_title() -> str:
    return QCoreApplication.translate("CertificatePainter", "Certificate of attendance")


def write_certificates(
    path: Path, made: Certificates, words: LocaleFormat, only: Certificate | None = None
) -> int:
    """Writes the certificates (or `only` one of them) in one PDF; returns how many."""
    chosen = (only,) if only is not None else made.certificates
    title = f"{certificate_title()} — {made.session.title}"
    write_pdf(
        path,
        page_layout(),
        lambda device: draw_certificates(device, made, words, chosen),
        title,
        made.issuer.name,
    )
    return len(chosen)


def draw_certificates(
    device: QPagedPaintDevice,
    made: Certificates,
    words: LocaleFormat,
    chosen: Sequence[Certificate] | None = None,
) -> None:
    """Draws the certificates (all of them unless `chosen`), a page each, on any device."""
    painter = QPainter(device)
    try:
        canvas = CertificatePainter(painter, device, made, words)
        for number, certificate in enumerate(made.certificates if chosen is None else chosen):
            if number:
                canvas.new_page()
            canvas.draw(certificate)
    finally:
        painter.end()


def write_certificate_files(folder: Path, made: Certificates, words: LocaleFormat) -> list[Path]:
    """One PDF per person, named after them, in `folder`; returns the files written."""
    written = []
    used: set[str] = set()
    for certificate in made.certificates:
        name = safe_file_name(
            f"{certificate_title()} - {certificate.last_name} {certificate.first_name}"
        )
        unique, number = name, 2
        while unique.casefold() in used:  # two people of the same name
            unique, number = f"{name} ({number})", number + 1
        used.add(unique.casefold())
        path = folder / f"{unique}.pdf"
        write_certificates(path, made, words, only=certificate)
        written.append(path)
    return written


class CertificatePainter(Canvas):
    """Draws one certificate on the current page."""

    def __init__(
        self,
        painter: QPainter,
        device: QPagedPaintDevice,
        made: Certificates,
        words: LocaleFormat,
    ) -> None:
        super().__init__(painter, device)
        self.made = made
        self.words = words

    def draw(self, certificate: Certificate) -> None:
        self.y = 0.0
        issuer = self.made.issuer
        self.font(12, bold=True)
        if issuer.name:
            self.text(issuer.name)
        self.font(9)
        self.painter.setPen(GREY)
        if issuer.address:
            self.text(issuer.address)
        if issuer.registration_number:
            self.text(
                self.tr("Training organisation registered under number {}").format(
                    issuer.registration_number
                )
            )
        self.painter.setPen(Qt.GlobalColor.black)
        self.y += self.mm(25)
        self.font(20, bold=True)
        self.text(certificate_title(), align=Qt.AlignmentFlag.AlignHCenter)
        self.y += self.mm(15)
        self.font(11)
        self.text(self._statement(certificate))
        self.y += self.mm(8)
        self._facts(certificate)
        self._signature()

    def _statement(self, certificate: Certificate) -> str:
        person = f"{certificate.first_name} {certificate.last_name}".strip()
        organisation = (
            self.tr(" ({organisation})").format(organisation=certificate.organisation)
            if certificate.organisation
            else ""
        )
        return self.tr(
            "{network} certifies that {person}{organisation} attended the training session "
            "“{title}”."
        ).format(
            network=self.made.issuer.name or self.tr("The undersigned organisation"),
            person=person,
            organisation=organisation,
            title=self.made.session.title,
        )

    def _facts(self, certificate: Certificate) -> None:
        session = self.made.session
        facts = [
            (self.tr("Dates"), "\n".join(self._slot(slot) for slot in session.slots)),
            (self.tr("Place"), self._where()),
            (self.tr("Hours planned"), self._duration(self.made.minutes_planned)),
            (self.tr("Hours attended"), self._duration(certificate.minutes_attended)),
            (
                self.tr("Half-days attended"),
                "\n".join(
                    self._attended(slot, proof)
                    for slot, proof in zip_longest(certificate.attended, certificate.attested)
                ),
            ),
        ]
        label_width = self.mm(45)
        for name, value in facts:
            top = self.y
            self.font(10.5, bold=True)
            self.text(name, 0, label_width, advance=False)
            self.font(10.5)
            self.text(value, label_width, self.width - label_width)
            self.y = max(self.y, top + self.mm(6)) + self.mm(2)

    def _slot(self, slot: SheetSlot) -> str:
        text = (
            f"{self.words.long_date(slot.date)}, "
            f"{self.words.time(slot.start)} – {self.words.time(slot.end)}"
        )
        return text + " " + self.tr("(to be confirmed)") if slot.tentative else text

    def _attended(self, slot: SheetSlot, proof: LogEvidence | None) -> str:
        if proof is None:
            return self._slot(slot)
        return f"{self._slot(slot)} — {attested_text(proof, QCoreApplication.translate)}"

    def _where(self) -> str:
        session = self.made.session
        if session.format is not SessionFormat.WEB:
            return session.location
        if session.location:
            return self.tr("Remote — {}").format(session.location)
        return self.tr("Remote")

    def _duration(self, minutes: int) -> str:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h {rest:02d}" if rest else f"{hours} h"

    def _signature(self) -> None:
        self.y += self.mm(14)
        left = self.width * 0.5
        issuer = self.made.issuer
        when = self.words.date_without_day(self.made.issued_on)
        if issuer.city:
            place = self.tr("Done at {city}, on {date}").format(city=issuer.city, date=when)
        else:
            place = self.tr("Done on {date}").format(date=when)
        self.font(10.5)
        self.text(place, left)
        self.y += self.mm(2)
        self.font(9.5)
        self.painter.setPen(GREY)
        self.text(self.tr("Signature and stamp of the training organisation"), left)
        self.painter.setPen(QPen(RULE, self.mm(0.3)))
        self.painter.drawRect(QRectF(left, self.y + self.mm(2), self.width - left, self.mm(35)))
        self.painter.setPen(Qt.GlobalColor.black)
