"""One window per database: a second launch on the same file is refused, not half-opened.

QLockFile records the owner's process id: the lock of a process that crashed
is recognised as stale and taken over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from .errors import QT_TRANSLATE_NOOP, UserError

#: How long a second launch waits for the lock before giving up.
WAIT_MS = 200


class AlreadyOpenError(UserError):
    """Another window of the app has this database open."""


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


def acquire_instance_lock(database_path: Path) -> QLockFile | None:
    """The lock of this database for this process.

    None when no lock can be made there (a read-only folder: opening the
    database then says what is wrong); AlreadyOpenError when another window
    holds it.
    """
    try:
        database_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    lock = QLockFile(str(lock_path(database_path)))
    lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
    if lock.tryLock(WAIT_MS):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        raise AlreadyOpenError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Cap Rural is already open on this database ({path}): use the window that is "
                "open. Two windows on one database could overwrite each other's work.",
            ),
            path=str(database_path),
        )
    return None
