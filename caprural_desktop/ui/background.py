"""Running a long job (reading a large file, writing an import) off the window's thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal


class BackgroundJob(QObject):
    """Runs `function` in a thread; reports its result or its exception by signal.

    The window stays responsive meanwhile. Services open their own unit of work,
    so nothing of the database is shared between threads.

    The thread is a plain Python one and the job an ordinary object of the
    window's thread: every signal below is emitted there, once the function has
    returned, so that any slot (a lambda too) runs on the window's thread, and
    the job can be deleted like any object. (A QThread deleted while its thread
    was still ending crashed the app now and then.)
    """

    succeeded = Signal(object)
    failed = Signal(object)
    #: After `succeeded` or `failed`.
    finished = Signal()
    #: From the thread: its outcome, delivered on the window's thread.
    _ended = Signal(object, object)

    def __init__(self, function: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._function = function
        self._reported = False
        self._thread = threading.Thread(target=self._run, name="background job")
        self._ended.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        """Until the function has returned (its signals may still be on their way)."""
        if self._thread.is_alive():
            self._thread.join()

    def is_finished(self) -> bool:
        """Whether its outcome was reported (its signals emitted)."""
        return self._reported

    def _run(self) -> None:
        try:
            result, error = self._function(), None
        except Exception as caught:  # noqa: BLE001 - handed to the window to report
            result, error = None, caught
        self._ended.emit(result, error)

    def _report(self, result: Any, error: Exception | None) -> None:
        self._thread.join()  # it has nothing left to do but end
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)
        self._reported = True
        self.finished.emit()
