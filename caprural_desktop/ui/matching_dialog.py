"""Matching the form's "Organisation" answers to the directory, one answer at a time.

An answer tied to an organisation becomes one of its recognised answers, so it
matches in every session from then on. People who left the question blank are
tied to an organisation one by one instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..db.models import OrganisationKind
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..services.matching import guess_kind, match_key
from ..services.membership import UnmatchedAnswer, UnmatchedRegistrant, unmatched_answers
from ..services.organisations import OrganisationDraft, add_alias, assign_person
from ..text import fold
from .context import AppContext
from .formatting import error_text
from .forms import MARGIN, SPACING
from .listing_table import listing_table
from .organisation_editor import edit_organisation
from .organisation_picker import pick_organisation
from .table_model import Column, RowTableModel, text_column

BLANK_ANSWER = QT_TRANSLATE_NOOP("MatchingDialog", "(left blank)")


class AnswerRow(NamedTuple):
    id: int
    group: UnmatchedAnswer
    search_text: str


class RegistrantRow(NamedTuple):
    id: int
    registrant: UnmatchedRegistrant
    search_text: str


def is_blank(group: UnmatchedAnswer) -> bool:
    """An answer that names nothing ("", "-", "/"): its people are tied one by one."""
    return not match_key(group.answer)


def answer_columns() -> list[Column[AnswerRow]]:
    return [
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Answer"),
            lambda row: (
                QCoreApplication.translate("MatchingDialog", BLANK_ANSWER)
                if is_blank(row.group)
                else row.group.answer
            ),
            width=28,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Registrants"),
            lambda row: str(len(row.group.registrants)),
            lambda row: len(row.group.registrants),
            numeric=True,
            width=7,
        ),
    ]


def registrant_columns() -> list[Column[RegistrantRow]]:
    return [
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Name"), lambda row: row.registrant.name, width=16
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda row: row.registrant.email, width=20
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Session"),
            lambda row: row.registrant.session_title,
            width=20,
            stretch=True,
        ),
    ]


class MatchingDialog(QDialog):
    """The unmatched answers on the left; on the right, who gave the one selected, and actions."""

    def __init__(
        self, context: AppContext, session_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._session_id = session_id
        #: Whether anything was written: the listings that show memberships reload.
        self.matched_any = False
        self.setWindowTitle(self.tr("Match the organisations"))

        intro = QLabel(
            self.tr(
                "Answers to the form's “Organisation” question that match no organisation, "
                "most frequent first. Once tied to an organisation, an answer is recognised "
                "in every session."
            )
        )
        intro.setWordWrap(True)
        self.done_label = QLabel(self.tr("<h3>All organisations are matched.</h3>"))
        self.done_label.setObjectName("done")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the answers"))
        self.answers_model: RowTableModel[AnswerRow] = RowTableModel(
            answer_columns(), "Columns", self
        )
        self.answers = listing_table(self.answers_model, "answers")
        self.registrants_model: RowTableModel[RegistrantRow] = RowTableModel(
            registrant_columns(), "Columns", self
        )
        self.registrants = listing_table(self.registrants_model, "registrants")
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setMaximumHeight(self.suggestions.fontMetrics().lineSpacing() * 5 + 8)
        self.suggestions_title = QLabel(self.tr("<b>Suggestions</b>"))
        self.blank_hint = QLabel(
            self.tr("Nobody answered: select a person, then tie them to an organisation.")
        )
        self.blank_hint.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setObjectName("confirm")
        self.other_button = QPushButton()
        self.other_button.setObjectName("other")
        self.create_button = QPushButton()
        self.create_button.setObjectName("create")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.answers)
        actions = QHBoxLayout()
        for button in (self.confirm_button, self.other_button, self.create_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Who gave this answer</b>")))
        right_layout.addWidget(self.registrants, 1)
        right_layout.addWidget(self.suggestions_title)
        right_layout.addWidget(self.suggestions)
        right_layout.addWidget(self.blank_hint)
        right_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([380, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(intro)
        layout.addWidget(self.done_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 580)

        self.search.textChanged.connect(self._filter)
        self.answers.selectionModel().selectionChanged.connect(self._show_answer)
        self.registrants.selectionModel().selectionChanged.connect(self._update_buttons)
        self.suggestions.currentItemChanged.connect(self._update_buttons)
        self.suggestions.itemActivated.connect(self.confirm)
        self.confirm_button.clicked.connect(self.confirm)
        self.other_button.clicked.connect(self.choose_other)
        self.create_button.clicked.connect(self.create)
        self.refresh()

    # Reading

    def refresh(self) -> None:
        """Reads the unmatched answers again, staying on the same answer or the next one."""
        current = self.current_group()
        position = max(self.answers.currentIndex().row(), 0)
        try:
            groups = unmatched_answers(self.context.database, self._session_id)
        except UserError as error:
            self._warn(error)
            groups = []
        self.answers_model.set_rows(
            [AnswerRow(number, group, fold(group.answer)) for number, group in enumerate(groups)]
        )
        keys = [match_key(group.answer) for group in groups]
        if current is not None and match_key(current.answer) in keys:
            position = keys.index(match_key(current.answer))
        if self.answers_model.rowCount():
            self.answers.selectRow(min(position, self.answers_model.rowCount() - 1))
        self.done_label.setVisible(not groups)
        self.splitter.setVisible(bool(groups))
        self._show_answer()

    def current_group(self) -> UnmatchedAnswer | None:
        if not self.answers.selectionModel().hasSelection():
            return None
        row = self.answers_model.row_at(self.answers.currentIndex())
        return row.group if row is not None else None

    def current_registrant(self) -> UnmatchedRegistrant | None:
        if not self.registrants.selectionModel().hasSelection():
            return None
        row = self.registrants_model.row_at(self.registrants.currentIndex())
        return row.registrant if row is not None else None

    def _filter(self, text: str) -> None:
        self.answers_model.set_filter(text)
        if self.answers_model.rowCount():
            self.answers.selectRow(0)
        self._show_answer()

    def _show_answer(self) -> None:
        group = self.current_group()
        blank = group is not None and is_blank(group)
        self.registrants_model.set_rows(
            [RegistrantRow(r.registration_id, r, "") for r in group.registrants] if group else []
        )
        if blank:
            self.registrants.selectRow(0)
        self.suggestions.clear()
        for candidate in group.suggestions if group else ():
            item = QListWidgetItem(
                self.tr("{name} — {score} %").format(
                    name=candidate.name, score=round(candidate.score)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, candidate.organisation_id)
            self.suggestions.addItem(item)
        self.suggestions.setCurrentRow(0 if self.suggestions.count() else -1)
        self.suggestions_title.setVisible(not blank)
        self.suggestions.setVisible(not blank)
        self.blank_hint.setVisible(blank)
        self.confirm_button.setVisible(not blank)
        if blank:
            self.other_button.setText(self.tr("Tie to an organisation…"))
            self.create_button.setText(self.tr("Create an individual member…"))
        else:
            self.other_button.setText(self.tr("Other organisation…"))
            self.create_button.setText(self.tr("Create the organisation…"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        group = self.current_group()
        blank = group is not None and is_blank(group)
        can_act = group is not None and (not blank or self.current_registrant() is not None)
        self.confirm_button.setEnabled(
            can_act and not blank and self.suggestions.currentItem() is not None
        )
        self.other_button.setEnabled(can_act)
        self.create_button.setEnabled(can_act)

    # Actions

    def confirm(self) -> None:
        """The suggestion chosen is the organisation meant."""
        item = self.suggestions.currentItem()
        group = self.current_group()
        if item is not None and group is not None and not is_blank(group):
            self._recognise(group, item.data(Qt.ItemDataRole.UserRole))

    def choose_other(self) -> None:
        """Another organisation of the directory, found by typing."""
        group = self.current_group()
        if group is None:
            return
        person = self.current_registrant()
        if is_blank(group):
            if person is None:
                return
            question = self.tr("Which organisation does {} belong to?").format(person.name)
        else:
            question = self.tr("Which organisation is “{}”?").format(group.answer)
        chosen = pick_organisation(self, self.context, self.windowTitle(), question)
        if chosen is None:
            return
        if is_blank(group) and person is not None:
            self._tie(person, chosen)
        else:
            self._recognise(group, chosen)

    def create(self) -> None:
        """A new organisation named as answered: it matches the answer by its very name."""
        group = self.current_group()
        if group is None:
            return
        person = self.current_registrant() if is_blank(group) else None
        if is_blank(group):
            if person is None:
                return
            draft = OrganisationDraft(name=person.name, kind=OrganisationKind.INDIVIDUAL)
        else:
            draft = OrganisationDraft(name=group.answer, kind=guess_kind(group.answer))
        created = edit_organisation(self, self.context, None, draft)
        if created is None:
            return
        if person is not None:
            self._tie(person, created)
        else:
            self._changed()

    def _recognise(self, group: UnmatchedAnswer, organisation_id: int) -> None:
        self._written(lambda: add_alias(self.context.database, organisation_id, group.answer))

    def _tie(self, person: UnmatchedRegistrant, organisation_id: int) -> None:
        self._written(
            lambda: assign_person(self.context.database, person.person_id, organisation_id)
        )

    def _written(self, job: Callable[[], None]) -> None:
        """Runs one service call; the answer dealt with leaves the list."""
        try:
            job()
        except UserError as error:
            self._warn(error)
            self.refresh()  # it may have changed meanwhile (deleted elsewhere)
        else:
            self._changed()

    def _changed(self) -> None:
        self.matched_any = True
        self.refresh()

    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))


def match_organisations(parent: QWidget, context: AppContext, session_id: int | None) -> bool:
    """Opens the matching dialog (one session's answers, or all); True if anything changed."""
    dialog = MatchingDialog(context, session_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
    return dialog.matched_any
