"""Guards against the PySide6 6.12.0 regression on CPython 3.11 ("none_dealloc").

That release drops a reference to None on every call of a C++ method returning
void; a few thousand calls (filling a table) abort the process. When this test
passes on a newer PySide6, the pin in pyproject.toml can be lifted.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_do_not_leak_references_to_none(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(5000):
        label.setText(str(number))
        label.setEnabled(number % 2 == 0)
    after = sys.getrefcount(None)
    assert after >= before - 100, f"None lost {before - after} references"
