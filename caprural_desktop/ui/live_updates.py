"""Another coordinator's change appears in this window within two seconds.

The watcher (db/changes.py) hears changes on its own thread; the signal brings
them to the window's thread, where a short delay gathers a burst of them (an
import commits once, a series of marks many times) into one reload of the page
shown, its selection kept.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ..db.changes import ChangeWatcher
from ..db.database import Database

#: Changes heard within this time of each other reload the page once.
GATHER_MS = 300


class LiveUpdates(QObject):
    heard = Signal()  # emitted on the watcher's thread, received on the window's
    reloaded = Signal()

    def __init__(self, window, database: Database) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window = window
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._reload)
        self.heard.connect(self._gather_once)
        self._watcher = ChangeWatcher(database, self.heard.emit)

    def start(self) -> None:
        self._watcher.start()

    def stop(self) -> None:
        self._gather.stop()
        self._watcher.stop()

    def _gather_once(self) -> None:
        """A burst of changes reloads once, soon after the first: a steady stream of
        them never postpones the reload."""
        if not self._gather.isActive():
            self._gather.start()

    def _reload(self) -> None:
        self.window.refresh_current()
        self.window.statusBar().showMessage(self.tr("Updated: changed on another computer."), 5000)
        self.reloaded.emit()
