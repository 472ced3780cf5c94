"""Errors a user can cause, as opposed to bugs.

Messages are English source strings marked for Qt Linguist; the GUI and the CLI
translate them (French for these users) and fill in their named parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str, str], str]

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt Linguist's marker
    """Marks `text` for extraction by pyside6-lupdate; translated where shown."""
    return text


def untranslated(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A translatable text and the values of its {named} fields."""

    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.text).format(**self.params)


class UserError(Exception):
    """Something the user can cause and fix: shown as a message, never as a traceback."""

    def __init__(self, text: str, **params: Any) -> None:
        self.message = Message(text, params)
        super().__init__(self.message.render())

    def render(self, translate: Translate = untranslated) -> str:
        return self.message.render(translate)


class NotFoundError(UserError):
    """The record was deleted meanwhile (by another window, process or coordinator)."""


class ConflictError(UserError):
    """The record changed since it was loaded; saving would overwrite someone's change."""


class DatabaseError(UserError):
    """The database cannot be used: locked, read-only, newer than this version, corrupt."""

    #: Two computers' transactions got in each other's way: doing it again will do.
    retryable = False


class CollisionError(DatabaseError):
    """A deadlock or a serialisation failure between two computers' transactions."""

    retryable = True


class DamagedDatabaseError(DatabaseError):
    """The database file is damaged (or not a database): a backup may be put in its place."""


class ValidationError(UserError):
    """Input refused, with one message per field so that forms can show each beside its field."""

    def __init__(self, errors: Mapping[str, Message]) -> None:
        self.errors = dict(errors)
        super().__init__(QT_TRANSLATE_NOOP("Messages", "Some fields are not valid."))

    def render(self, translate: Translate = untranslated) -> str:
        return " ".join(message.render(translate) for message in self.errors.values())
