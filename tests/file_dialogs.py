"""Answering the app's file dialogs in tests, as a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def save_as(path: Path, names: list[str]) -> Callable[[QWidget], None]:
    """Notes the name the dialog proposed, then saves at `path`."""

    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        names.append(Path(dialog.selectedFiles()[0]).name)
        dialog.selectFile(str(path))
        dialog.accept()

    return handle


def choose_folder(folder: Path) -> Callable[[QWidget], None]:
    def handle(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(folder))
        dialog.accept()

    return handle
