"""The window says why the system refused a file in French, never as a raw object."""

from __future__ import annotations

import errno

from caprural_desktop.ui.formatting import system_reason_text


def test_the_window_says_the_reason_in_french(french) -> None:
    said = system_reason_text(PermissionError(errno.EACCES, "Permission denied"))
    assert said.startswith("accès refusé (le fichier est-il ouvert")
    assert system_reason_text(OSError(errno.EIO, "Input/output error")) == "Input/output error"
