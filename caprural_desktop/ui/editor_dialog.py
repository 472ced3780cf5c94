"""What every editor dialog shares: field errors, saving through a service, leaving safely."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import ConflictError, Message, UserError, ValidationError
from .context import AppContext
from .formatting import error_text, message_text
from .forms import MARGIN, SPACING, FieldErrors

#: The result of an editor closed to be opened again on the record as it is now.
RELOAD = 2


class EditorDialog(QDialog):
    """An editor of one record; subclasses read the form and call their service.

    Fields are checked before saving and each refusal is shown beside its field;
    Cancel (or Escape) with unsaved changes asks before dropping them.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_id: int | None = None
        self.errors = FieldErrors()
        self._loaded: Any = None

    # What subclasses provide

    def draft(self) -> Any:
        raise NotImplementedError

    def validate(self, draft: Any) -> Mapping[str, Message]:
        raise NotImplementedError

    def store(self, draft: Any) -> int:
        """Saves the draft through the service; returns the record's id."""
        raise NotImplementedError

    def show_page(self, page: int) -> None:
        """Brings the part of the form holding a refused field into view."""

    # Shared behaviour

    def lay_out(self, content: QWidget | QLayout) -> None:
        """The editor's fields above its Save and Cancel buttons."""
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        if isinstance(content, QLayout):
            layout.addLayout(content)
        else:
            layout.addWidget(content)
        layout.addWidget(self.buttons)

    def mark_loaded(self) -> None:
        """Remembers the form as loaded, to tell later whether anything changed."""
        self._loaded = self.draft()

    def has_changes(self) -> bool:
        return self._loaded is not None and self.draft() != self._loaded

    def save(self) -> None:
        draft = self.draft()
        if self._show_errors(self.validate(draft)):
            return
        try:
            self.saved_id = self.store(draft)
        except ValidationError as error:
            self._show_errors(error.errors)
            return
        except ConflictError as error:  # changed on another computer since it was opened
            if self._reload_asked(error):
                super().done(RELOAD)
            return
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return
        self.accept()

    def reject(self) -> None:
        if self.has_changes():
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Discard your changes?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _reload_asked(self, error: ConflictError) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Modified on another computer — reload?")
            + "\n\n"
            + self.tr(
                "Your changes are not saved. Reloading shows the record as it is now; "
                "“No” keeps your changes on screen."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_errors(self, errors: Mapping[str, Message]) -> bool:
        """Each message beside its field; any other in a box, so none goes unsaid."""
        page = self.errors.show(errors)
        if page is not None:
            self.show_page(page)
        unshown = self.errors.unshown(errors)
        if unshown:
            text = "\n".join(message_text(message) for message in unshown)
            QMessageBox.warning(self, self.windowTitle(), text)
        return page is not None or bool(unshown)


Editor = TypeVar("Editor", bound=EditorDialog)


def run_editor(parent: QWidget, make: Callable[[], Editor]) -> Editor | None:
    """Opens the editor that `make` builds from the record as stored; builds it again
    when a save was refused because the record changed elsewhere and the user chose to
    reload. Returns the editor once saved, None when cancelled or unreadable."""
    while True:
        try:
            editor = make()
        except UserError as error:
            QMessageBox.warning(parent, parent.window().windowTitle(), error_text(error))
            return None
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        result = editor.exec()
        if result != RELOAD:
            return editor if result == QDialog.DialogCode.Accepted else None
