"""How dates, times and coded values read in the interface ("jeudi 8 octobre 2020", "9h30")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..errors import Message, UserError, system_reason
from ..labels import CONTEXT, DUES_SETTLED, DUES_TO_SETTLE
from ..labels import label as coded_label
from ..locale_format import LocaleFormat


def label(value: object) -> str:
    """The user's word for a coded value (a format, a status, a kind); nothing for None."""
    return coded_label(value, QCoreApplication.translate)


def message_text(message: Message) -> str:
    return message.render(QCoreApplication.translate)


def system_reason_text(error: OSError) -> str:
    """Why the system refused a file, in the user's language (see errors.system_reason)."""
    reason = system_reason(error)
    return message_text(reason) if isinstance(reason, Message) else reason


def error_text(error: UserError) -> str:
    return error.render(QCoreApplication.translate)


class Formatter(LocaleFormat):
    """The window's formatter: the locale's dates, times and amounts, and the app's words."""

    def dues_flag(self, dues_ok: bool | None) -> str:
        """The registrant's dues as a word under "Dues": empty when the session requires none."""
        if dues_ok is None:
            return ""
        return QCoreApplication.translate(CONTEXT, DUES_SETTLED if dues_ok else DUES_TO_SETTLE)
