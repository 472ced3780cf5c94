"""People: their stored form (e-mail identity, international phone)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def normalise_phone(phone: str, region: str = "FR") -> str:
    """ "06 12 34 56 78" -> "+33 6 12 34 56 78"; kept as typed when it cannot be parsed."""
    text = " ".join(phone.split())
    if not text:
        return ""
    import phonenumbers  # loaded on first use: it is large

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(number):
        return text
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
