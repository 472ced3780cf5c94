"""Small helpers for editors built in code: spacing, field rows, errors shown beside fields."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLayout,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..errors import Message
from .formatting import message_text

E = TypeVar("E", bound=enum.Enum)

MARGIN = 12
SPACING = 8
ERROR_STYLE = "color: #b00020;"


#: The dates a field accepts: any the network's activity may need; none that would
#: carry a computation past the end of the calendar.
FIRST_DATE, LAST_DATE = QDate(1990, 1, 1), QDate(2099, 12, 31)


def date_field(name: str, display_format: str) -> QDateEdit:
    """A date field with its calendar, in the locale's short format (four-digit year)."""
    field = QDateEdit()
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat(display_format)
    field.setDateRange(FIRST_DATE, LAST_DATE)
    return field


def form_layout() -> QFormLayout:
    layout = QFormLayout()
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setSpacing(SPACING)
    return layout


def text_tool_bar(name: str) -> QToolBar:
    """A row of actions shown as words, as in a page's actions bar."""
    tool_bar = QToolBar()
    tool_bar.setObjectName(name)
    tool_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return tool_bar


def enum_value(combo: QComboBox, enum_type: type[E]) -> E | None:
    """The enum member a combo box holds for its current item.

    Qt stores a str-based enum as a plain string: the member is rebuilt here.
    """
    data = combo.currentData()
    return None if data is None else enum_type(data)


def error_label(name: str) -> QLabel:
    """A red message under a field, hidden until the field is refused."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def with_error(widget: QWidget | QLayout, error: QLabel) -> QWidget:
    """The field and its error message stacked, to put in one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if isinstance(widget, QLayout):
        layout.addLayout(widget)
    else:
        layout.addWidget(widget)
    layout.addWidget(error)
    return box


class FieldErrors:
    """The error labels of an editor, by field name, and where each field is."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._pages: dict[str, int] = {}

    def add(self, name: str, page: int = 0) -> QLabel:
        label = error_label(name)
        self._labels[name] = label
        self._pages[name] = page
        return label

    def show(self, errors: Mapping[str, Message]) -> int | None:
        """Shows each message beside its field; returns the page of the first, if any."""
        first_page = None
        for name, label in self._labels.items():
            message = errors.get(name)
            label.setText(message_text(message) if message else "")
            label.setVisible(message is not None)
            if message is not None and first_page is None:
                first_page = self._pages[name]
        return first_page

    def unshown(self, errors: Mapping[str, Message]) -> list[Message]:
        """The messages of fields that have no place for them here."""
        return [message for name, message in errors.items() if name not in self._labels]

    def label(self, name: str) -> QLabel:
        return self._labels[name]
