"""Running a long job (reading a large file, writing an import) off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class BackgroundJob(QThread):
    """Runs `function` in a thread; reports its result or its exception by signal.

    The window stays responsive meanwhile. Services open their own unit of work,
    so nothing of the database is shared between threads.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # noqa: BLE001 - handed to the window to report
            self.failed.emit(error)
            return
        self.succeeded.emit(result)
