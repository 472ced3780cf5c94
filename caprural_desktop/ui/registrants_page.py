"""Everyone registered, all sessions together (filled by the Google Form import)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QMenu, QToolButton, QWidget

from ..db.models import RegistrationStatus
from ..errors import QT_TRANSLATE_NOOP, ConflictError, UserError
from ..labels import DUES_TO_SETTLE_IN_FULL
from ..services.registrations import (
    RegistrationRow,
    accept_late,
    cancel_registration,
    confirm_if_free,
    force_confirm,
    get_registration,
    list_registrations,
    restore_registration,
)
from .context import AppContext
from .details_html import DetailsRenderer
from .formatting import Formatter, label
from .forms import enum_value, text_tool_bar
from .listing_page import ListingPage
from .mail_menu import MailButton
from .matching_dialog import match_organisations
from .person_editor import edit_registrant
from .table_model import Column, text_column

if TYPE_CHECKING:
    from .privacy_actions import PrivacyActions

#: The status filter's last choice: registrations whose dues are to settle.
DUES_TO_SETTLE = "dues_to_settle"


def registration_columns(formatter: Formatter) -> list[Column[RegistrationRow]]:
    return [
        text_column(QT_TRANSLATE_NOOP("Columns", "Last name"), lambda row: row.last_name, width=14),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "First name"), lambda row: row.first_name, width=12
        ),
        # The member organisation once matched; until then, as answered.
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Organisation"),
            lambda row: row.member_organisation or row.organisation,
            width=18,
        ),
        text_column(
            QT_TRANSLATE_NOOP("Columns", "Session"),
            lambda row: row.session_title,
            width=30,
            stretch=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Submitted"),
            lambda row: formatter.date_time(row.submitted_at),
            lambda row: row.submitted_at,
            width=17,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Status"),
            lambda row: label(row.status),
            lambda row: row.status.value,
            width=16,
        ),
        dues_column(formatter),
    ]


def dues_column(formatter: Formatter) -> Column[Any]:
    """The dues flag of rows that have `dues_ok` (registrations, planned or stored)."""
    return Column(
        QT_TRANSLATE_NOOP("Columns", "Dues"),
        lambda row: formatter.dues_flag(row.dues_ok),
        lambda row: (row.dues_ok is None, bool(row.dues_ok)),
        width=13,
        alert=lambda row: row.dues_ok is False,
    )


#: Characters of a session's title the filter shows.
SESSION_FILTER_CHARS = 42


class RegistrantsPage(ListingPage):
    """Every registration, filtered by session and status; the queue decisions on them."""

    can_edit = True

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, registration_columns(context.formatter), parent)
        self.setObjectName("registrants_page")
        self.set_details_hint(
            self.tr("Registrants appear here once a session's form responses are imported.")
        )
        self.session_filter = QComboBox()
        self.session_filter.setObjectName("session_filter")
        # As wide as a usual title; a long one is cut (whole in the open list and its
        # tooltip) rather than pushing the other filters off.
        self.session_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.session_filter.setMinimumContentsLength(SESSION_FILTER_CHARS)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RegistrationStatus:
            self.status_filter.addItem(label(status), status)
        self.status_filter.insertSeparator(self.status_filter.count())
        self.status_filter.addItem(
            QCoreApplication.translate("Labels", DUES_TO_SETTLE_IN_FULL), DUES_TO_SETTLE
        )
        # Beside the filters it follows (the session shown, or all), and where the
        # queue decisions leave room in French.
        self.tools = text_tool_bar("registrant_tools")
        self.match_action = self.tools.addAction(
            self.tr("Match the organisations…"), self.match_answers
        )
        self._privacy: PrivacyActions | None = None
        self.export_data_action = self.tools.addAction(
            self.tr("Their data…"), lambda: self._on_selected(self.privacy.export_data)
        )
        self.anonymise_action = self.tools.addAction(
            self.tr("Anonymise…"), lambda: self._on_selected(self.privacy.anonymise, refresh=True)
        )
        self.extra_bar.addWidget(self.session_filter, 1)
        self.extra_bar.addWidget(self.status_filter)
        self.extra_bar.addWidget(self.tools)

        self.decisions = text_tool_bar("decisions")
        self.cancel_action = self.decisions.addAction(
            self.tr("Cancel the registration"), lambda: self._decide(cancel_registration)
        )
        # Two ways to confirm under one button: the toolbar keeps to the page's width.
        confirm_menu = QMenu(self)
        self.seat_action = confirm_menu.addAction(
            self.tr("Confirm on a free seat"), lambda: self._decide(confirm_if_free)
        )
        self.confirm_action = confirm_menu.addAction(
            self.tr("Confirm anyway"), lambda: self._decide(force_confirm)
        )
        self.confirm_button = QToolButton()
        self.confirm_button.setObjectName("confirm")
        self.confirm_button.setText(self.tr("Confirm"))
        self.confirm_button.setMenu(confirm_menu)
        self.confirm_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.decisions.addWidget(self.confirm_button)
        self.accept_late_action = self.decisions.addAction(
            self.tr("Accept although late"), lambda: self._decide(accept_late)
        )
        self.restore_action = self.decisions.addAction(
            self.tr("Back to the queue"), lambda: self._decide(restore_registration)
        )
        self.actions_bar.addWidget(self.decisions)
        self.mail_button = MailButton(
            self._chosen_session,
            self.model.loaded_rows,
            self.model.visible_rows,
            self.show_status,
        )
        self.actions_bar.addWidget(self.mail_button)
        self.actions_bar.addStretch(1)

        self.session_filter.currentIndexChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.selection_changed.connect(self._update_decisions)
        self._update_decisions()

    @property
    def privacy(self) -> PrivacyActions:
        """Made when first used: it brings openpyxl and the printing layer, which start-up
        does not need."""
        if self._privacy is None:
            from .privacy_actions import PrivacyActions

            self._privacy = PrivacyActions(self, self.context)
        return self._privacy

    def page_title(self) -> str:
        return self.tr("Registrants")

    def load_rows(self) -> Sequence[RegistrationRow]:
        rows = list_registrations(self.context.database)
        self._fill_sessions(rows)
        return rows

    def details_html(self, row_id: int) -> str:
        details = get_registration(self.context.database, row_id)
        return DetailsRenderer(self.context.formatter).registration(details)

    def open_editor(self, row_id: int | None) -> int | None:
        return None if row_id is None else edit_registrant(self, self.context, row_id)

    def match_answers(self) -> None:
        """The answers of the session shown (or of all): members and dues flags follow."""
        if match_organisations(self, self.context, self.session_filter.currentData()):
            self.refresh()
            self.changed.emit()

    def show_session(self, session_id: int) -> None:
        """Shows one session's queue (from the sessions listing)."""
        index = self.session_filter.findData(session_id)
        if index >= 0:
            self.session_filter.setCurrentIndex(index)

    def _on_selected(self, act, refresh: bool = False) -> None:
        """Acts on the selected registration; says what was done, if anything."""
        registration_id = self.selected_id()
        said = act(registration_id) if registration_id is not None else None
        if said:
            if refresh:
                self.refresh(select_id=registration_id)
                self.changed.emit()
            self.show_status(said)

    def _chosen_session(self) -> tuple[int, str] | None:
        session_id = self.session_filter.currentData()
        return None if session_id is None else (session_id, self.session_filter.currentText())

    def _fill_sessions(self, rows: Sequence[RegistrationRow]) -> None:
        current = self.session_filter.currentData()
        titles = dict.fromkeys((row.session_id, row.session_title) for row in rows)
        self.session_filter.blockSignals(True)
        self.session_filter.clear()
        self.session_filter.addItem(self.tr("All sessions"), None)
        for session_id, title in titles:
            self.session_filter.addItem(title, session_id)
        self.session_filter.setCurrentIndex(max(self.session_filter.findData(current), 0))
        self.session_filter.setToolTip(self.session_filter.currentText())
        self.session_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        self.session_filter.setToolTip(self.session_filter.currentText())  # a title cut short
        session_id = self.session_filter.currentData()
        unsettled = self.status_filter.currentData() == DUES_TO_SETTLE
        status = None if unsettled else enum_value(self.status_filter, RegistrationStatus)
        if session_id is None and status is None and not unsettled:
            self.model.set_predicate(None)
        else:
            self.model.set_predicate(
                lambda row: (
                    (session_id is None or row.session_id == session_id)
                    and (status is None or row.status is status)
                    and (not unsettled or row.dues_ok is False)
                )
            )
        self.update_count()

    def _update_decisions(self) -> None:
        row = self.model.row_at(self.table.currentIndex()) if self.selected_id() else None
        status = row.status if row is not None else None
        self.cancel_action.setEnabled(status not in (None, RegistrationStatus.CANCELLED))
        waiting = status in (RegistrationStatus.WAITLISTED, RegistrationStatus.LATE)
        for widget in (self.seat_action, self.confirm_action, self.confirm_button):
            widget.setEnabled(waiting)
        self.accept_late_action.setEnabled(status is RegistrationStatus.LATE)
        self.export_data_action.setEnabled(row is not None)
        self.anonymise_action.setEnabled(row is not None)
        self.restore_action.setEnabled(status is RegistrationStatus.CANCELLED)

    def _decide(self, decision) -> None:
        registration_id = self.selected_id()
        if registration_id is None:
            return
        try:
            changed = decision(self.context.database, registration_id)
        except ConflictError as error:  # changed meanwhile, perhaps on another computer
            self.refresh(select_id=registration_id)
            self.show_error(error)
            return
        except UserError as error:
            self.show_error(error)
            return
        self.refresh(select_id=registration_id)
        others = len(changed) - 1
        text = self.tr("Now: {}.").format(label(changed[registration_id]))
        if others:
            text += " " + self.tr("Queue updated: {} other registrations changed status.").format(
                others
            )
        self.show_status(text)
