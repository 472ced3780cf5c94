"""A damaged database at start-up: say so, and offer the latest good backup in its place."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ..db.backup import latest_good_backup
from ..db.restore import replace_damaged
from ..errors import DamagedDatabaseError, UserError
from .formatting import Formatter, error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def offer_recovery(path: Path, error: DamagedDatabaseError, formatter: Formatter) -> bool:
    """Asks whether to put the latest good backup in place; True once it is there."""
    backup = latest_good_backup(path)
    if backup is None:
        QMessageBox.critical(
            None,
            "Cap Rural",
            error_text(error)
            + "\n\n"
            + _tr("No backup of it was found in {}.").format(path.parent / "backups"),
        )
        return False
    made = datetime.fromtimestamp(backup.stat().st_mtime)
    answer = QMessageBox.question(
        None,
        "Cap Rural",
        error_text(error)
        + "\n\n"
        + _tr(
            "Put back the latest good backup, made on {when}? What was recorded since is "
            "not in it. The damaged file is kept beside it, renamed, for whoever can repair it."
        ).format(when=formatter.date_time(made.astimezone())),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        replace_damaged(path, backup)
    except (UserError, OSError) as failure:
        reason = error_text(failure) if isinstance(failure, UserError) else str(failure)
        QMessageBox.critical(None, "Cap Rural", reason)
        return False
    return True
