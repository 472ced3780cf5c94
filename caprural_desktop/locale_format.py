"""Dates, times and money as people read them ("jeudi 8 octobre 2020", "9h30", "1 234,50 €")."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from .clock import PARIS


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


class LocaleFormat:
    """Dates, times and amounts in the user's language, through QLocale.

    Used by the window and by printed documents (which the command line also makes,
    without widgets).
    """

    def __init__(self, locale: QLocale) -> None:
        self.locale = locale
        self._french = locale.language() == QLocale.Language.French

    def long_date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(to_qdate(value), "dddd d MMMM yyyy")

    def date_without_day(self, value: date) -> str:
        """ "8 octobre 2020", as a signature's "Fait à …, le …" writes it."""
        return self.locale.toString(to_qdate(value), "d MMMM yyyy")

    def short_date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(to_qdate(value), QLocale.FormatType.ShortFormat)

    def date_edit_format(self) -> str:
        """The short date format with a four-digit year, for date fields."""
        pattern = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
        return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")

    def time(self, value: time) -> str:
        if self._french:
            return f"{value.hour}h{value.minute:02d}"
        return self.locale.toString(to_qtime(value), QLocale.FormatType.ShortFormat)

    def money(self, cents: int | None) -> str:
        """ "1 234,50 €" in French (with the no-break spaces QLocale uses)."""
        if cents is None:
            return ""
        return self.locale.toCurrencyString(cents / 100, "€")

    def amount(self, cents: int) -> str:
        """An amount to edit, without the currency: "1 234,50" (what parse_cents reads back)."""
        return self.locale.toString(cents / 100, "f", 2)

    def date_time(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.astimezone(PARIS)
        return f"{self.short_date(local.date())} {self.time(local.time())}"
