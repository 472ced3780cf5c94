"""Another process holding (or trying to take) a database's instance lock, for tests."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from caprural_desktop.instance import lock_path

_HOLD = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
print("held" if lock.tryLock(300) else "refused", flush=True)
time.sleep(30)
"""


@contextmanager
def other_process_locking(database: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """A process that tries to take the lock: yields what it got ("held" or "refused")
    and the process, which the caller may kill to play a crash; killed at the end."""
    with subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(lock_path(database))], stdout=subprocess.PIPE, text=True
    ) as process:
        try:
            yield process.stdout.readline().strip(), process
        finally:
            process.kill()
