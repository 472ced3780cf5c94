"""Amounts of money as integer cents: read from what people type or spreadsheets hold."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_AMOUNT = re.compile(r"^\d+(?:[.,]\d{1,2})?$")
_GROUPED = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")


def parse_cents(value: object) -> int | None:
    """Cents from "1 234,50 €", "1234.5", "120", 120 or 120.5; None when it is not an amount.

    Negative amounts are not amounts here: a refund is not a payment.
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value * 100 if value >= 0 else None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        cents = Decimal(str(value)) * 100
        return int(cents) if cents >= 0 and cents == cents.to_integral_value() else None
    text = _SPACES.sub("", str(value or "")).removesuffix("€").removeprefix("€")
    text = text.removesuffix("EUR").removesuffix("eur")
    if "," in text and "." in text:
        # "1.234,50" or "1,234.50": the last mark is the decimal one, the others group.
        decimal_mark = max(",.", key=text.rindex)
        whole, _mark, decimals = text.rpartition(decimal_mark)
        if not _GROUPED.match(whole):
            return None
        text = whole.replace("," if decimal_mark == "." else ".", "") + "." + decimals
    if not _AMOUNT.match(text):
        return None
    try:
        return int(Decimal(text.replace(",", ".")) * 100)
    except InvalidOperation:
        return None
