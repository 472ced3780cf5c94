"""The daily backup at start-up, made off the window's thread once the window is up."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox

from ..db.backup import DEFAULT_KEEP, daily_backup
from ..db.database import Database
from ..errors import UserError
from .background import BackgroundJob
from .formatting import error_text

KEEP_KEY = "backup/keep"
#: Leaves the window time to show before the copy starts.
DELAY_MS = 1500


def kept_backups(settings: QSettings) -> int:
    """How many daily copies to keep (a setting, 14 unless changed)."""
    try:
        return max(int(settings.value(KEEP_KEY, DEFAULT_KEEP)), 1)
    except (TypeError, ValueError):
        return DEFAULT_KEEP


class DailyBackup(QObject):
    """Makes today's copy if there is none; says so in the status bar, or warns if it failed."""

    def __init__(self, window: QMainWindow, database: Database, keep: int) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._keep = keep
        self.job: BackgroundJob | None = None
        # Owned, so that it dies with the window: a copy never starts after the app ended.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.start)

    def schedule(self, delay_ms: int = DELAY_MS) -> None:
        self._timer.start(delay_ms)

    def stop(self) -> None:
        """At exit: no copy starts any more, and one under way is finished first."""
        self._timer.stop()
        if self.job is not None:
            self.job.wait()

    def start(self) -> None:
        database, keep = self._database, self._keep
        self.job = BackgroundJob(lambda: daily_backup(database, keep), self)
        self.job.succeeded.connect(self._made)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _made(self, path: Path | None) -> None:
        if path is not None:
            self._window.statusBar().showMessage(
                self.tr("Today's backup is made: {}").format(path), 8000
            )

    def _failed(self, error: Exception) -> None:
        reason = error_text(error) if isinstance(error, UserError) else str(error)
        QMessageBox.warning(
            self._window,
            self._window.windowTitle(),
            self.tr("Today's automatic backup failed; your data is untouched.\n\n{}").format(
                reason
            ),
        )
