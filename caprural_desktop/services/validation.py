"""Field checks shared by the editors' services."""

from __future__ import annotations

import re

from ..errors import QT_TRANSLATE_NOOP, Message, ValidationError
from ..text import is_valid_email, is_valid_url

_PHONE = re.compile(r"^[0-9+().\-\s/]{6,}$")

Errors = dict[str, Message]


def require_text(errors: Errors, field: str, value: str, message: str) -> None:
    if not value.strip():
        errors[field] = Message(message)


def check_email(errors: Errors, field: str, value: str) -> None:
    if value and not is_valid_email(value):
        errors[field] = Message(QT_TRANSLATE_NOOP("Messages", "This e-mail address is not valid."))


def check_url(errors: Errors, field: str, value: str) -> None:
    if value and not is_valid_url(value):
        errors[field] = Message(
            QT_TRANSLATE_NOOP("Messages", "Give a full web address, starting with https://")
        )


def check_phone(errors: Errors, field: str, value: str) -> None:
    if value and not _PHONE.match(value):
        errors[field] = Message(
            QT_TRANSLATE_NOOP("Messages", "A phone number has only digits, spaces and +.")
        )


def raise_if_any(errors: Errors) -> None:
    """Services check again what editors checked: a script or a stale form is no exception."""
    if errors:
        raise ValidationError(errors)


def check_lengths(errors: Errors, values: dict[str, tuple[str, int]]) -> None:
    """Texts longer than their column: refused here rather than cut or failed by the database."""
    for field, (value, most) in values.items():
        if field not in errors and len(value.strip()) > most:
            errors[field] = Message(
                QT_TRANSLATE_NOOP("Messages", "At most {most} characters here."), {"most": most}
            )
