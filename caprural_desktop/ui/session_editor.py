"""The session editor: every field of a session, its half-days, programme and speakers."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..db.models import SessionFormat, SessionStatus
from ..locale_format import to_qdate, to_qtime
from ..services.sessions import (
    DEFAULT_END,
    DEFAULT_START,
    MAX_CAPACITY,
    SessionDetails,
    SessionDraft,
    SessionSpeakerData,
    TimeSlotData,
    create_session,
    update_session,
    validate_session,
)
from ..services.speakers import SpeakerRow, list_speakers
from ..services.validation import Errors
from .context import AppContext
from .editor_dialog import EditorDialog, run_editor
from .formatting import Formatter, label
from .forms import date_field, enum_value, form_layout, with_error
from .row_list import RowList
from .speaker_editor import edit_speaker

GENERAL, PRESENTATION, HALF_DAYS, PROGRAMME, SPEAKERS = range(5)
AFTERNOON_START, AFTERNOON_END = time(13, 30), time(17, 0)


class TimeSlotEditor(QWidget):
    """One half-day: date, start, end, tentative."""

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slot_id: int | None = None
        self.date = date_field("slot_date", formatter.date_edit_format())
        self.start = QTimeEdit()
        self.start.setObjectName("slot_start")
        self.end = QTimeEdit()
        self.end.setObjectName("slot_end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.weekday = QLabel()
        self.weekday.setObjectName("slot_weekday")
        self.weekday.setMinimumWidth(self.weekday.fontMetrics().horizontalAdvance("mercredi") + 4)
        self.date.dateChanged.connect(
            lambda day: self.weekday.setText(formatter.locale.dayName(day.dayOfWeek()))
        )
        self.tentative = QCheckBox(self.tr("to be confirmed"))
        self.tentative.setObjectName("slot_tentative")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addWidget(self.weekday)
        layout.addWidget(QLabel(self.tr("from")))
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end)
        layout.addWidget(self.tentative)
        layout.addStretch(1)

    def set_slot(self, slot: TimeSlotData) -> None:
        self._slot_id = slot.id
        self.date.setDate(to_qdate(slot.date))
        self.start.setTime(to_qtime(slot.start))
        self.end.setTime(to_qtime(slot.end))
        self.tentative.setChecked(slot.tentative)

    def slot(self) -> TimeSlotData:
        return TimeSlotData(
            date=self.date.date().toPython(),
            start=self.start.time().toPython().replace(second=0, microsecond=0),
            end=self.end.time().toPython().replace(second=0, microsecond=0),
            tentative=self.tentative.isChecked(),
            id=self._slot_id,
        )


def speaker_choices(speakers: list[SpeakerRow]) -> QStandardItemModel:
    """The directory as one model that every speaker row of the editor shares.

    One model, however many rows: adding a row costs nothing even with tens of
    thousands of speakers.
    """
    model = QStandardItemModel()
    for row in speakers:
        item = QStandardItem(row.name)
        item.setData(row.id, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    return model


class SpeakerLinkEditor(QWidget):
    """One speaker of the session and their role; typing part of a name finds them."""

    def __init__(self, choices: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = QComboBox()
        self.speaker.setObjectName("speaker")
        self.speaker.setModel(choices)
        self.speaker.setEditable(True)
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.speaker.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.role = QLineEdit()
        self.role.setObjectName("role")
        self.role.setPlaceholderText(self.tr("Role, e.g. speaker, facilitator"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.speaker, 2)
        layout.addWidget(self.role, 1)

    def set_link(self, link: SessionSpeakerData) -> None:
        self.speaker.setCurrentIndex(self.speaker.findData(link.speaker_id))
        self.role.setText(link.role)

    def link(self) -> SessionSpeakerData | None:
        """The chosen speaker; None when the text typed names nobody in the directory."""
        index = self.speaker.currentIndex()
        if index < 0 or self.speaker.itemText(index) != self.speaker.currentText():
            index = self.speaker.findText(self.speaker.currentText())
        if index < 0:
            return None
        speaker_id = self.speaker.itemData(index)
        return SessionSpeakerData(speaker_id, self.role.text(), self.speaker.itemText(index))


class SessionEditor(EditorDialog):
    """Creates a session (no details given) or edits one."""

    def __init__(
        self,
        context: AppContext,
        details: SessionDetails | None,
        speakers: list[SpeakerRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._details = details
        self._speakers = speakers
        self._choices = speaker_choices(speakers)
        self._choices.setParent(self)  # lives as long as the rows that show it
        self._date_format = context.formatter.date_edit_format()
        self.setWindowTitle(self.tr("New session") if details is None else self.tr("Edit session"))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._presentation_tab(), self.tr("Presentation"))
        self.tabs.addTab(self._half_days_tab(), self.tr("Half-days"))
        self.tabs.addTab(self._programme_tab(), self.tr("Programme"))
        self.tabs.addTab(self._speakers_tab(), self.tr("Speakers"))

        self.lay_out(self.tabs)
        self.resize(760, 600)

        self._load(details.draft if details else self._new_draft())
        self.mark_loaded()
        self.title.setFocus()

    # Building

    def _general_tab(self) -> QWidget:
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in SessionStatus:
            self.status.addItem(label(status), status)
        self.format = QComboBox()
        self.format.setObjectName("format")
        for session_format in SessionFormat:
            self.format.addItem(label(session_format), session_format)
        self.location = QLineEdit()
        self.location.setObjectName("location")
        self.location_label = QLabel()
        self.format.currentIndexChanged.connect(self._format_changed)
        self.capacity = QSpinBox()
        self.capacity.setObjectName("capacity")
        self.capacity.setRange(0, MAX_CAPACITY)
        self.deadline = date_field("registration_deadline", self._date_format)
        # A date field cannot be empty: whether there is a deadline at all is a box.
        self.has_deadline = QCheckBox(self.tr("Registrations close on"))
        self.has_deadline.setObjectName("has_deadline")
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.has_deadline)
        deadline_row.addWidget(self.deadline, 1)
        self.requires_dues = QCheckBox(self.tr("Participation requires the annual membership fee"))
        self.requires_dues.setObjectName("requires_dues")
        self.attendance_threshold = QSpinBox()
        self.attendance_threshold.setObjectName("attendance_threshold")
        self.attendance_threshold.setRange(1, 100)
        self.attendance_threshold.setSuffix(" %")
        self.attendance_threshold.setToolTip(
            self.tr(
                "A connection log counts someone present for a half-day when they were "
                "connected for at least this share of it."
            )
        )
        self.registration_form_url = QLineEdit()
        self.registration_form_url.setObjectName("registration_form_url")
        self.registration_form_url.setPlaceholderText("https://docs.google.com/forms/…")
        self.dues_form_url = QLineEdit()
        self.dues_form_url.setObjectName("dues_form_url")
        self.contact_name = QLineEdit()
        self.contact_name.setObjectName("contact_name")
        self.contact_phone = QLineEdit()
        self.contact_phone.setObjectName("contact_phone")
        self.contact_email = QLineEdit()
        self.contact_email.setObjectName("contact_email")

        form = form_layout()
        form.addRow(self.tr("Title"), with_error(self.title, self.errors.add("title")))
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.location_label, with_error(self.location, self.errors.add("location")))
        form.addRow(self.tr("Places"), with_error(self.capacity, self.errors.add("capacity")))
        form.addRow(
            self.tr("Registration deadline"),
            with_error(deadline_row, self.errors.add("registration_deadline")),
        )
        form.addRow("", self.requires_dues)
        form.addRow(
            self.tr("Presence threshold (web conference)"),
            with_error(self.attendance_threshold, self.errors.add("attendance_threshold")),
        )
        form.addRow(
            self.tr("Registration form"),
            with_error(self.registration_form_url, self.errors.add("registration_form_url")),
        )
        form.addRow(
            self.tr("Membership form"),
            with_error(self.dues_form_url, self.errors.add("dues_form_url")),
        )
        contact = QGroupBox(self.tr("Contact"))
        contact_form = form_layout()
        contact_form.addRow(
            self.tr("Name"), with_error(self.contact_name, self.errors.add("contact_name"))
        )
        contact_form.addRow(
            self.tr("Phone"), with_error(self.contact_phone, self.errors.add("contact_phone"))
        )
        contact_form.addRow(
            self.tr("E-mail"), with_error(self.contact_email, self.errors.add("contact_email"))
        )
        contact.setLayout(contact_form)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(contact)
        layout.addStretch(1)
        return page

    def _presentation_tab(self) -> QWidget:
        self.why = QPlainTextEdit()
        self.why.setObjectName("why")
        self.why.setTabChangesFocus(True)
        self.audience = QPlainTextEdit()
        self.audience.setObjectName("audience")
        self.audience.setTabChangesFocus(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Why this session?")))
        layout.addWidget(self.why, 3)
        layout.addWidget(QLabel(self.tr("Who is it for?")))
        layout.addWidget(self.audience, 1)
        return page

    def _half_days_tab(self) -> QWidget:
        self.time_slots: RowList[TimeSlotEditor] = RowList(
            self._new_slot_editor, self.tr("Add a half-day")
        )
        self.time_slots.setObjectName("time_slots")
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            self.tr(
                "Attendance is signed per half-day. Tick “to be confirmed” for a half-day "
                "that is not certain yet."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.time_slots, 1)
        layout.addWidget(self.errors.add("time_slots", HALF_DAYS))
        return page

    def _programme_tab(self) -> QWidget:
        self.programme = QPlainTextEdit()
        self.programme.setObjectName("programme")
        self.programme.setTabChangesFocus(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("One programme item per line, in order.")))
        layout.addWidget(self.programme)
        layout.addWidget(self.errors.add("programme", PROGRAMME))
        return page

    def _speakers_tab(self) -> QWidget:
        self.speakers: RowList[SpeakerLinkEditor] = RowList(
            lambda: SpeakerLinkEditor(self._choices), self.tr("Add a speaker")
        )
        self.speakers.setObjectName("speakers")
        self.speakers.add_button.setEnabled(bool(self._speakers))
        self.new_speaker_button = QPushButton(self.tr("New speaker…"))
        self.new_speaker_button.clicked.connect(self._new_speaker)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.speakers, 1)
        layout.addWidget(self.errors.add("speakers", SPEAKERS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_speaker_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    # Loading and reading

    def _new_draft(self) -> SessionDraft:
        first = date.today() + timedelta(days=30)
        return SessionDraft(
            title="",
            registration_deadline=first - timedelta(days=7),
            time_slots=(TimeSlotData(first, DEFAULT_START, DEFAULT_END),),
        )

    def _load(self, draft: SessionDraft) -> None:
        self.title.setText(draft.title)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.format.setCurrentIndex(self.format.findData(draft.format))
        self._format_changed()
        self.location.setText(draft.location)
        self.capacity.setValue(draft.capacity)
        self.has_deadline.setChecked(draft.registration_deadline is not None)
        self.deadline.setEnabled(draft.registration_deadline is not None)
        self.deadline.setDate(
            to_qdate(draft.registration_deadline or self._suggested_deadline(draft))
        )
        self.requires_dues.setChecked(draft.requires_dues)
        self.attendance_threshold.setValue(draft.attendance_threshold)
        self.registration_form_url.setText(draft.registration_form_url)
        self.dues_form_url.setText(draft.dues_form_url)
        for url in (self.registration_form_url, self.dues_form_url):
            url.setCursorPosition(0)  # the site's name, not the end of a long address
        self.contact_name.setText(draft.contact_name)
        self.contact_phone.setText(draft.contact_phone)
        self.contact_email.setText(draft.contact_email)
        self.why.setPlainText(draft.why)
        self.audience.setPlainText(draft.audience)
        for slot in draft.time_slots:
            self.time_slots.add_row().set_slot(slot)
        self.programme.setPlainText("\n".join(draft.programme))
        for link in draft.speakers:
            self.speakers.add_row().set_link(link)

    @staticmethod
    def _suggested_deadline(draft: SessionDraft) -> date:
        """A week before the first half-day, offered when the box is ticked."""
        first = draft.time_slots[0].date if draft.time_slots else date.today()
        return first - timedelta(days=7)

    def draft(self) -> SessionDraft:
        """What the form holds now."""
        links = (editor.link() for editor in self.speakers.editors())
        return SessionDraft(
            title=self.title.text(),
            status=enum_value(self.status, SessionStatus),
            format=enum_value(self.format, SessionFormat),
            location=self.location.text(),
            capacity=self.capacity.value(),
            registration_deadline=(
                self.deadline.date().toPython() if self.has_deadline.isChecked() else None
            ),
            requires_dues=self.requires_dues.isChecked(),
            attendance_threshold=self.attendance_threshold.value(),
            registration_form_url=self.registration_form_url.text(),
            dues_form_url=self.dues_form_url.text(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            why=self.why.toPlainText(),
            audience=self.audience.toPlainText(),
            time_slots=tuple(editor.slot() for editor in self.time_slots.editors()),
            programme=tuple(line for line in self.programme.toPlainText().splitlines()),
            speakers=tuple(link for link in links if link is not None),
            version=self._details.draft.version if self._details else None,
        )

    # Actions

    def validate(self, draft: SessionDraft) -> Errors:
        return validate_session(draft)

    def store(self, draft: SessionDraft) -> int:
        if self._details is None:
            return create_session(self.context.database, draft)
        update_session(self.context.database, self._details.id, draft)
        return self._details.id

    def show_page(self, page: int) -> None:
        self.tabs.setCurrentIndex(page)

    def _format_changed(self) -> None:
        if enum_value(self.format, SessionFormat) is SessionFormat.WEB:
            self.location_label.setText(self.tr("Tool or connection link"))
        else:
            self.location_label.setText(self.tr("Place"))

    def _new_slot_editor(self) -> TimeSlotEditor:
        editor = TimeSlotEditor(self.context.formatter)
        previous = self.time_slots.editors() if hasattr(self, "time_slots") else []
        if previous:
            last = previous[-1].slot()
            if last.start < time(12, 0):
                editor.set_slot(TimeSlotData(last.date, AFTERNOON_START, AFTERNOON_END))
            else:
                next_day = last.date + timedelta(days=1)
                editor.set_slot(TimeSlotData(next_day, DEFAULT_START, DEFAULT_END))
        else:
            editor.set_slot(TimeSlotData(date.today(), DEFAULT_START, DEFAULT_END))
        return editor

    def _new_speaker(self) -> None:
        speaker_id = edit_speaker(self, self.context, None)
        if speaker_id is None:
            return
        self._speakers = list_speakers(self.context.database)
        links = [editor.link() for editor in self.speakers.editors()]
        fresh = speaker_choices(self._speakers)
        self._choices.clear()
        for row in range(fresh.rowCount()):
            self._choices.appendRow(fresh.takeItem(row))
        for editor, current in zip(self.speakers.editors(), links, strict=True):
            if current is not None:
                editor.set_link(current)
        self.speakers.add_button.setEnabled(True)
        added = self.speakers.add_row()
        added.speaker.setCurrentIndex(added.speaker.findData(speaker_id))


def edit_session(parent: QWidget, context: AppContext, session_id: int | None) -> int | None:
    """Opens the editor; returns the id of the saved session, None if cancelled."""
    from ..services.sessions import get_session

    def make() -> SessionEditor:
        details = get_session(context.database, session_id) if session_id else None
        return SessionEditor(context, details, list_speakers(context.database), parent)

    editor = run_editor(parent, make)
    return editor.saved_id if editor is not None else None
