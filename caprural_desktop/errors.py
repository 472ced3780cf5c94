"""Errors a user can cause, as opposed to bugs.

Messages are English source strings marked for Qt Linguist; the GUI and the CLI
translate them (French for these users) and fill in their named parameters.
"""

from __future__ import annotations

import errno
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
        params = {
            name: value.render(translate) if isinstance(value, Message) else value
            for name, value in self.params.items()
        }
        return translate(CONTEXT, self.text).format(**params)


#: Why the system refused a file, in the user's words, by errno.
_SYSTEM_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP(
        "Messages",
        "access refused (is the file open in another program, or the folder protected?)",
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP("Messages", "no such file or folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Messages", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Messages", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Messages", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Messages", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("Messages", "a file of that name is in the way"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Messages", "the name is too long"),
}
_SYSTEM_REASONS[errno.EPERM] = _SYSTEM_REASONS[errno.EACCES]


def system_reason(error: OSError) -> Message | str:
    """Why the system refused a file, to fill a message's {reason}: in the user's words
    for the usual causes, the system's own words otherwise."""
    text = _SYSTEM_REASONS.get(error.errno) if error.errno is not None else None
    return Message(text) if text is not None else error.strerror or str(error)


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
