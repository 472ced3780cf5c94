"""An editable list of small rows (half-days, speakers) with add and remove buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .forms import SPACING

Editor = TypeVar("Editor", bound=QWidget)


class RowList(QWidget, Generic[Editor]):
    """Rows made by `make_row`, each followed by a remove button; an add button below.

    The rows scroll: a session of twenty-four half-days keeps its dialog on the screen.
    """

    def __init__(
        self, make_row: Callable[[], Editor], add_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self._editors: list[Editor] = []
        holder = QWidget()
        self._rows = QVBoxLayout(holder)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(SPACING)
        self._rows.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(holder)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(self._add_and_show)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(buttons)

    def editors(self) -> list[Editor]:
        return list(self._editors)

    def add_row(self) -> Editor:
        editor = self._make_row()
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        remove = QToolButton()
        remove.setObjectName("remove")
        remove.setText(self.tr("Remove"))
        remove.clicked.connect(lambda: self._remove(editor, holder))
        line.addWidget(remove)
        self._rows.insertWidget(self._rows.count() - 1, holder)  # before the stretch
        self._editors.append(editor)
        return editor

    def _add_and_show(self) -> None:
        """A row added by the button is scrolled into view, once laid out."""
        editor = self.add_row()
        QTimer.singleShot(0, editor, lambda: self._scroll.ensureWidgetVisible(editor))

    def clear(self) -> None:
        while self._rows.count() > 1:  # the stretch stays
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._editors.clear()

    def _remove(self, editor: Editor, holder: QWidget) -> None:
        self._editors.remove(editor)
        self._rows.removeWidget(holder)
        holder.deleteLater()
