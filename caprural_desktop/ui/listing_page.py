"""A listing with its search field, its table and the selected item's details.

Each area of the main window (sessions, speakers...) is one of these; the main
window's actions (new, edit, duplicate, delete) call the page that is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..errors import UserError
from .context import AppContext
from .formatting import error_text, message_text
from .forms import MARGIN, SPACING
from .listing_table import listing_table
from .table_model import Column, RowTableModel


class ListingPage(QWidget):
    """Base of the main window's areas; subclasses say what they list and how to edit it."""

    selection_changed = Signal()
    #: Something was saved from this page (other listings show derived figures).
    changed = Signal()
    #: Asks the main window to show a session, or its registrants (links in the details).
    open_session = Signal(int)
    open_registrants = Signal(int)

    can_create = False
    can_edit = False
    can_duplicate = False
    can_delete = False

    def __init__(
        self, context: AppContext, columns: Sequence[Column[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._remembered_id: int | None = None

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(QCoreApplication.translate("ListingPage", "Search (Ctrl+F)"))
        self.count_label = QLabel()
        self.count_label.setObjectName("count")

        self.model: RowTableModel[Any] = RowTableModel(columns, "Columns", self)
        self.table = listing_table(self.model, "table")

        self._details_hint = ""
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._follow_link)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        #: Where a page puts its own filters, then its own actions, above the table.
        self.extra_bar = QHBoxLayout()
        self.actions_bar = QHBoxLayout()
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.setSpacing(SPACING)
        listing_layout.addLayout(top)
        listing_layout.addLayout(self.extra_bar)
        listing_layout.addLayout(self.actions_bar)
        listing_layout.addWidget(self.table)
        #: Where a page puts its own widgets under the details (lists edited in place).
        self.details_bar = QVBoxLayout()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(SPACING)
        side_layout.addWidget(self.details, 1)
        side_layout.addLayout(self.details_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(listing)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 320])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._to_table)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._to_table)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)

    # What subclasses provide

    def page_title(self) -> str:
        raise NotImplementedError

    def load_rows(self) -> Sequence[Any]:
        raise NotImplementedError

    def details_html(self, row_id: int) -> str:
        return ""

    def open_editor(self, row_id: int | None) -> int | None:
        """Opens the item's editor (a new item for None); returns the id saved, if any."""
        return None

    def handle_link(self, url: QUrl) -> bool:
        """Follows a link of the page's own (an action in its details); True if it did."""
        return False

    def new_item(self) -> None:
        self._edit(None)

    def edit_item(self, row_id: int) -> None:
        self._edit(row_id)

    def _edit(self, row_id: int | None) -> None:
        saved = self.open_editor(row_id)
        if saved is not None:
            self.refresh(select_id=saved)
            self.show_status(QCoreApplication.translate("ListingPage", "Saved."))
            self.changed.emit()

    def duplicate_item(self, row_id: int) -> None:
        """Makes a copy of an item (pages with `can_duplicate`)."""

    def delete_item(self, row_id: int) -> None:
        """Deletes an item after asking (pages with `can_delete`)."""

    # Shared behaviour

    def refresh(self, select_id: int | None = None) -> None:
        """Reloads the listing, keeping (or moving) the selection."""
        try:
            rows = self.load_rows()
        except UserError as error:
            self.show_error(error)
            return
        if select_id is not None:
            self._remembered_id = select_id
        self.model.set_rows(rows)
        if select_id is not None:
            self.select_id(select_id)
        self.update_count()

    def update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total_count
        # Explicit context: these run for subclasses, whose own context lacks them.
        if shown == total:
            text = QCoreApplication.translate("ListingPage", "Count: {total}")
        else:
            text = QCoreApplication.translate("ListingPage", "{shown} of {total}")
        self.count_label.setText(text.format(shown=shown, total=total))

    def selected_id(self) -> int | None:
        row = self.model.row_at(self.table.currentIndex())
        if row is None or not self.table.selectionModel().hasSelection():
            return None
        return row.id

    def select_id(self, row_id: int) -> bool:
        index = self.model.index_of(row_id)
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def confirm(self, question: str) -> bool:
        """Asks before a destructive action; "No" is the default answer."""
        answer = QMessageBox.question(
            self,
            self.page_title(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, error: UserError) -> None:
        QMessageBox.warning(self, self.page_title(), error_text(error))

    def _to_table(self) -> None:
        """From the search field to the results, keyboard only."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.selected_id() is None and self.model.rowCount():
            self.table.selectRow(0)

    def show_status(self, text: str) -> None:
        """A short note in the window's status bar (what an action changed)."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self.update_count()

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None and self.can_edit:
            self.edit_item(row.id)

    def set_details_hint(self, text: str) -> None:
        """What the details pane says while nothing is selected (wrapped, unlike a
        QTextEdit's placeholder, which runs off a narrow pane)."""
        self._details_hint = text
        if self.selected_id() is None:
            self.details.setHtml(self._hint_html())

    def _hint_html(self) -> str:
        hint = self._details_hint
        return f'<p style="color:#777">{escape(hint)}</p>' if hint else ""

    def _selection_changed(self) -> None:
        row_id = self.selected_id()
        html = self._hint_html()
        if row_id is not None:
            try:
                html = self.details_html(row_id)
            except UserError as error:
                html = message_text(error.message)
        self.details.setHtml(html)
        self.selection_changed.emit()

    def _remember_selection(self) -> None:
        self._remembered_id = self.selected_id() or self._remembered_id

    def _restore_selection(self) -> None:
        if self._remembered_id is None or not self.select_id(self._remembered_id):
            self.details.setHtml(self._hint_html())
            self.selection_changed.emit()

    def _follow_link(self, url: QUrl) -> None:
        if self.handle_link(url):
            return
        if url.scheme() == "session":
            self.open_session.emit(int(url.path() or 0))
        elif url.scheme() == "registrants":
            self.open_registrants.emit(int(url.path() or 0))
        else:  # the form, a web site, an e-mail address: the system opens it
            QDesktopServices.openUrl(url)
