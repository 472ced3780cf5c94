"""What a user reads when the system refuses a file: their words, not the system's."""

from __future__ import annotations

import errno

import pytest

from caprural_desktop.errors import QT_TRANSLATE_NOOP, UserError, system_reason
from caprural_desktop.spreadsheets.writing import SheetColumn, write_workbook


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "is the file open in another program"),
        (PermissionError(errno.EPERM, "Operation not permitted"), "access refused"),
        (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
        (OSError(errno.EIO, "Input/output error"), "Input/output error"),  # as the system says
    ],
)
def test_the_usual_refusals_are_said_in_the_user_s_words(error: OSError, said: str) -> None:
    failure = UserError(
        QT_TRANSLATE_NOOP("Messages", "The file {name} cannot be written: {reason}"),
        name="inscrits.xlsx",
        reason=system_reason(error),
    )
    assert said in failure.render()
    assert failure.render().startswith("The file inscrits.xlsx cannot be written: ")


def test_an_export_into_a_missing_folder_says_so(tmp_path) -> None:
    with pytest.raises(UserError, match="no such file or folder"):
        write_workbook(tmp_path / "absent" / "x.xlsx", "Inscrits", [SheetColumn("Nom")], [])
