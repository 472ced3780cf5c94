"""The preview of a connection-log import: who was there for each half-day, before writing.

The grid shows what the logs propose (status, minutes or bounds, the lines they
come from); the coordinator decides the half-days to check (P, A, Delete),
confirms doubtful names, adds people who attended without registering, and
imports. A mark they gave themselves is never changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..connection_logs.presence import Verdict
from ..db.models import AttendanceStatus
from ..errors import UserError
from ..services.connection_apply import AppliedImport, add_walk_ins, apply_connection_import
from ..services.connection_plan import (
    ConnectionPlan,
    Proposal,
    UndatedReportError,
    plan_connection_import,
)
from .context import AppContext
from .formatting import Formatter, error_text, label, message_text
from .forms import ERROR_STYLE, MARGIN, SPACING

Index = QModelIndex | QPersistentModelIndex
Cell = tuple[int, int]

FIXED_COLUMNS = 2
VERDICT_COLOURS = {
    Verdict.PRESENT: QColor(214, 240, 214),
    Verdict.ABSENT: QColor(248, 218, 218),
    Verdict.TO_CHECK: QColor(255, 236, 179),
}
DECISION_KEYS = {
    int(Qt.Key.Key_P): AttendanceStatus.PRESENT,
    int(Qt.Key.Key_A): AttendanceStatus.ABSENT,
}
CLEAR_KEYS = (int(Qt.Key.Key_Delete), int(Qt.Key.Key_Backspace))


def minutes_text(proposal: Proposal) -> str:
    low, high = proposal.presence.low, proposal.presence.high
    if low == high:
        return QCoreApplication.translate("ConnectionLogDialog", "{} min").format(low)
    return QCoreApplication.translate("ConnectionLogDialog", "{}–{} min").format(low, high)


class ProposalModel(QAbstractTableModel):
    """Registrants in rows, the covered half-days after their name and status."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self.plan: ConnectionPlan | None = None
        self.decisions: dict[Cell, AttendanceStatus] = {}
        self._cells: dict[Cell, Proposal] = {}

    def set_plan(self, plan: ConnectionPlan, decisions: dict[Cell, AttendanceStatus]) -> None:
        self.beginResetModel()
        self.plan, self.decisions = plan, decisions
        self._cells = {(p.registration_id, p.slot.id): p for p in plan.proposals}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.plan is None else len(self.plan.registrants)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.plan is None:
            return 0
        return FIXED_COLUMNS + len(self.plan.slots)

    def proposal_at(self, index: Index) -> Proposal | None:
        if self.plan is None or index.column() < FIXED_COLUMNS:
            return None
        registrant = self.plan.registrants[index.row()]
        slot = self.plan.slots[index.column() - FIXED_COLUMNS]
        return self._cells.get((registrant.registration_id, slot.id))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.plan is None or not index.isValid():
            return None
        registrant = self.plan.registrants[index.row()]
        proposal = self.proposal_at(index)
        if proposal is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return (registrant.name, label(registrant.status))[index.column()]
            return None
        decision = self.decisions.get((proposal.registration_id, proposal.slot.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(proposal, decision)
        if role == Qt.ItemDataRole.BackgroundRole:
            if proposal.manual or decision is not None:
                return QBrush(QColor(232, 232, 232))
            return QBrush(VERDICT_COLOURS[proposal.verdict])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._sources_text(proposal)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _cell_text(proposal: Proposal, decision: AttendanceStatus | None) -> str:
        text = f"{label(proposal.verdict)} · {minutes_text(proposal)}"
        if proposal.manual and proposal.current is not None:
            return QCoreApplication.translate(
                "ConnectionLogDialog", "{mark} (kept) — log: {text}"
            ).format(mark=label(proposal.current), text=text)
        if decision is not None:
            return QCoreApplication.translate(
                "ConnectionLogDialog", "{mark} (your decision) — log: {text}"
            ).format(mark=label(decision), text=text)
        return text

    @staticmethod
    def _sources_text(proposal: Proposal) -> str:
        if not proposal.sources:
            return QCoreApplication.translate(
                "ConnectionLogDialog", "No line of the log for this half-day."
            )
        lines = {}
        for source in proposal.sources:
            lines.setdefault(source.file_name, []).append(str(source.line))
        return "\n".join(
            QCoreApplication.translate("ConnectionLogDialog", "{file}: line(s) {lines}").format(
                file=name, lines=", ".join(numbers)
            )
            for name, numbers in lines.items()
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("ConnectionLogDialog", "Registrant")
        if section == 1:
            return QCoreApplication.translate("ConnectionLogDialog", "Registration")
        assert self.plan is not None
        slot = self.plan.slots[section - FIXED_COLUMNS]
        formatter = self._formatter
        return (
            f"{formatter.short_date(slot.date)}\n"
            f"{formatter.time(slot.start)}–{formatter.time(slot.end)}"
        )


class ConnectionLogDialog(QDialog):
    """Reads the logs, shows what they prove; "Import" writes it, "Cancel" writes nothing."""

    def __init__(
        self,
        context: AppContext,
        session_id: int,
        title: str,
        paths: list[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.paths = paths
        self.plan: ConnectionPlan | None = None
        self.applied: AppliedImport | None = None
        self.pairings: dict[str, int] = {}
        self.decisions: dict[Cell, AttendanceStatus] = {}
        self._threshold: int | None = None
        self._time_shift: int | None = None
        self.setWindowTitle(self.tr("Import a connection log — {}").format(title))

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.threshold = QSpinBox()
        self.threshold.setObjectName("threshold")
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.time_shift = QSpinBox()
        self.time_shift.setObjectName("time_shift")
        self.time_shift.setRange(-12, 14)
        self.time_shift.setSuffix(self.tr(" h"))
        self.time_shift.setToolTip(
            self.tr("Hours added to the log's times, when the tool wrote them in another zone.")
        )
        self.day = QComboBox()
        self.day.setObjectName("day")
        self.day_label = QLabel(self.tr("Day of the log"))
        settings = QFormLayout()
        settings.addRow(self.tr("Present from (share of the half-day)"), self.threshold)
        settings.addRow(self.tr("Time shift of the log"), self.time_shift)
        settings.addRow(self.day_label, self.day)
        self.day_label.hide()
        self.day.hide()

        self.model = ProposalModel(context.formatter, self)
        self.grid = QTableView()
        self.grid.setObjectName("proposals")
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.verticalHeader().hide()
        self.grid.setWordWrap(False)
        self.grid.installEventFilter(self)
        decide = QToolBar()
        decide.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        decide.addAction(self.tr("Present (P)"), lambda: self.decide(AttendanceStatus.PRESENT))
        decide.addAction(self.tr("Absent (A)"), lambda: self.decide(AttendanceStatus.ABSENT))
        decide.addAction(self.tr("As the log says (Del)"), lambda: self.decide(None))
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        grid_page = QWidget()
        grid_layout = QVBoxLayout(grid_page)
        grid_layout.addWidget(
            QLabel(
                self.tr(
                    "Select the half-days to check and decide: P (present), A (absent). "
                    "Marks you gave yourself are kept."
                )
            )
        )
        grid_layout.addWidget(decide)
        grid_layout.addWidget(self.grid, 1)
        grid_layout.addWidget(self.counts)

        self.unmatched = QTableWidget(0, 4)
        self.unmatched.setObjectName("unmatched")
        self.unmatched.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name in the log"), self.tr("Why"), self.tr("Registrant")]
        )
        self.unmatched.verticalHeader().hide()
        self.unmatched.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confirm_button = QPushButton(self.tr("Confirm the chosen registrants"))
        self.confirm_button.setObjectName("confirm_pairings")
        self.confirm_button.clicked.connect(self.confirm_pairings)
        unmatched_page = QWidget()
        unmatched_layout = QVBoxLayout(unmatched_page)
        unmatched_layout.addWidget(
            QLabel(
                self.tr(
                    "These lines are not surely a registrant. Choose who each is and confirm: "
                    "the name is remembered for the next sessions."
                )
            )
        )
        unmatched_layout.addWidget(self.unmatched, 1)
        unmatched_layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)

        self.walk_ins = QTableWidget(0, 3)
        self.walk_ins.setObjectName("not_registered")
        self.walk_ins.setHorizontalHeaderLabels(
            [self.tr("Name in the log"), self.tr("E-mail"), self.tr("Lines")]
        )
        self.walk_ins.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("Register the ticked people"))
        self.add_button.setObjectName("add_walk_ins")
        self.add_button.clicked.connect(self.add_walk_ins)
        walk_in_page = QWidget()
        walk_in_layout = QVBoxLayout(walk_in_page)
        walk_in_layout.addWidget(
            QLabel(
                self.tr(
                    "They attended without registering. Tick them (with an e-mail) to add them."
                )
            )
        )
        walk_in_layout.addWidget(self.walk_ins, 1)
        walk_in_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        self.staff = QListWidget()
        self.staff.setObjectName("staff")

        self.tabs = QTabWidget()
        self.tabs.addTab(grid_page, self.tr("Proposed attendance"))
        self.tabs.addTab(unmatched_page, "")
        self.tabs.addTab(walk_in_page, "")
        self.tabs.addTab(self.staff, "")

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addLayout(settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1060, 640)
        self.replan()
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.time_shift.valueChanged.connect(self._time_shift_changed)
        self.day.currentIndexChanged.connect(self._day_changed)

    # Planning

    def replan(self) -> None:
        try:
            plan = plan_connection_import(
                self.context.database,
                self.session_id,
                self.paths,
                threshold=self._threshold,
                time_shift=self._time_shift,
                day=self._chosen_day(),
                pairings=self.pairings,
            )
        except UndatedReportError as error:
            self._offer_days(error)
            self._show_error(error_text(error))
            self.import_button.setEnabled(False)
            return
        except UserError as error:
            self._show_error(error_text(error))
            self.import_button.setEnabled(self.plan is not None)
            return
        self.error.hide()
        self.plan = plan
        self.decisions = {
            cell: status
            for cell, status in self.decisions.items()
            if (proposal := plan.proposal(*cell)) is not None and not proposal.manual
        }
        for spin, value in ((self.threshold, plan.threshold), (self.time_shift, plan.time_shift)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.model.set_plan(plan, self.decisions)
        self._size_grid()
        self._show_summary()
        self._show_counts()
        self._fill_unmatched()
        self._fill_walk_ins()
        self.staff.clear()
        self.staff.addItems(list(plan.staff))
        self.tabs.setTabText(1, self.tr("To confirm ({})").format(self.unmatched.rowCount()))
        self.tabs.setTabText(
            2, self.tr("Present, not registered ({})").format(len(plan.not_registered))
        )
        self.tabs.setTabText(3, self.tr("Organiser and speakers ({})").format(len(plan.staff)))
        self.import_button.setEnabled(True)

    def _threshold_changed(self, value: int) -> None:
        self._threshold = value
        self.replan()

    def _offer_days(self, error: UndatedReportError) -> None:
        """A log without dates that fits several days: the coordinator picks its day."""
        self.day.blockSignals(True)
        self.day.clear()
        self.day.addItem(self.tr("Choose…"), None)
        for day in error.days:
            # As text: Qt would turn a date into a QDate.
            self.day.addItem(self.context.formatter.long_date(day), day.isoformat())
        self.day.blockSignals(False)
        self.day_label.show()
        self.day.show()

    def _chosen_day(self) -> date | None:
        chosen = self.day.currentData()
        return date.fromisoformat(chosen) if chosen else None

    def _day_changed(self) -> None:
        if self.day.currentData() is not None:
            self.replan()

    def _time_shift_changed(self, value: int) -> None:
        self._time_shift = value
        self.replan()

    def _size_grid(self) -> None:
        header = self.grid.horizontalHeader()
        char = self.grid.fontMetrics().averageCharWidth()
        header.resizeSection(0, 28 * char)
        header.resizeSection(1, 14 * char)
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _show_summary(self) -> None:
        plan = self.plan
        assert plan is not None
        formatter = self.context.formatter
        files = ", ".join(planned.report.file_name for planned in plan.files)
        parts = [self.tr("{tool} — {files}").format(tool=plan.tool_names, files=files)]
        if plan.slots:
            slots = "; ".join(
                f"{formatter.long_date(slot.date)}, "
                f"{formatter.time(slot.start)}–{formatter.time(slot.end)}"
                for slot in plan.slots
            )
            parts.append(self.tr("Half-days covered: {}").format(slots))
        else:
            parts.append(self.tr("The log covers no half-day of this session."))
        for planned in plan.files:
            if planned.time_shift:
                parts.append(
                    self.tr(
                        "The times of {file} only fit the session shifted by {hours:+d} h "
                        "(a log in another time zone, UTC perhaps): the shift is applied."
                    ).format(file=planned.report.file_name, hours=planned.time_shift)
                )
            if planned.day is not None:
                parts.append(
                    self.tr("{file} gives no date: its times are read on {day}.").format(
                        file=planned.report.file_name, day=formatter.long_date(planned.day)
                    )
                )
        if plan.all_imported:
            parts.append(
                self.tr("This log was imported already: importing it again changes nothing.")
            )
        for name, error in plan.refused:
            parts.append(
                self.tr("{file} not used: {reason}").format(file=name, reason=error_text(error))
            )
        self.summary.setText("\n".join(parts))

    def _show_counts(self) -> None:
        plan = self.plan
        assert plan is not None
        counted = {verdict: 0 for verdict in Verdict}
        kept = 0
        for proposal in plan.proposals:
            if proposal.manual:
                kept += 1
            elif (proposal.registration_id, proposal.slot.id) not in self.decisions:
                counted[proposal.verdict] += 1
        self.counts.setText(
            self.tr(
                "Proposed: {present} present, {absent} absent, {to_check} to check; "
                "{decided} decided by you; {kept} marks of yours kept."
            ).format(
                present=counted[Verdict.PRESENT],
                absent=counted[Verdict.ABSENT],
                to_check=counted[Verdict.TO_CHECK],
                decided=len(self.decisions),
                kept=kept,
            )
        )

    def _fill_unmatched(self) -> None:
        plan = self.plan
        assert plan is not None
        rows = [(u.source.line, u.name, message_text(u.reason), u) for u in plan.unmatched]
        rows += [
            (source.line, name, message_text(reason), None) for source, name, reason in plan.skipped
        ]
        self.unmatched.setRowCount(len(rows))
        names = {r.registration_id: r for r in plan.everyone}
        for row, (line, name, reason, unmatched) in enumerate(rows):
            for column, text in enumerate((str(line), name, reason)):
                self.unmatched.setItem(row, column, QTableWidgetItem(text))
            if unmatched is None:
                continue
            choice = QComboBox()
            choice.addItem("—", None)
            ordered = list(unmatched.candidates) + [
                key for key in names if key not in unmatched.candidates
            ]
            for key in ordered:
                choice.addItem(names[key].name, names[key].person_id)
            if len(unmatched.candidates) == 1:
                choice.setCurrentIndex(1)
            choice.setProperty("pairing_key", unmatched.pairing_key)
            self.unmatched.setCellWidget(row, 3, choice)
        self.unmatched.resizeColumnsToContents()
        self.unmatched.horizontalHeader().setStretchLastSection(True)
        self.confirm_button.setEnabled(bool(plan.unmatched))

    def _fill_walk_ins(self) -> None:
        plan = self.plan
        assert plan is not None
        self.walk_ins.setRowCount(len(plan.not_registered))
        for row, person in enumerate(plan.not_registered):
            name = QTableWidgetItem(person.name or person.email)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Unchecked)
            self.walk_ins.setItem(row, 0, name)
            self.walk_ins.setItem(row, 1, QTableWidgetItem(person.email))
            lines = ", ".join(str(source.line) for source in person.sources)
            item = QTableWidgetItem(lines)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.walk_ins.setItem(row, 2, item)
        self.walk_ins.resizeColumnsToContents()
        self.walk_ins.horizontalHeader().setStretchLastSection(True)
        self.add_button.setEnabled(bool(plan.not_registered))

    # The coordinator's choices

    def confirm_pairings(self) -> None:
        for row in range(self.unmatched.rowCount()):
            choice = self.unmatched.cellWidget(row, 3)
            if isinstance(choice, QComboBox) and choice.currentData() is not None:
                self.pairings[str(choice.property("pairing_key"))] = int(choice.currentData())
        self.replan()

    def add_walk_ins(self) -> None:
        people = []
        for row in range(self.walk_ins.rowCount()):
            name = self.walk_ins.item(row, 0)
            if name.checkState() == Qt.CheckState.Checked:
                people.append((name.text(), self.walk_ins.item(row, 1).text()))
        if not people:
            self._show_error(self.tr("Tick the people to register first."))
            return
        try:
            add_walk_ins(self.context.database, self.session_id, people)
        except UserError as error:
            self._show_error(error_text(error))
            return
        self.replan()

    def decide(self, status: AttendanceStatus | None) -> None:
        for index in self.grid.selectionModel().selectedIndexes():
            proposal = self.model.proposal_at(index)
            if proposal is None or proposal.manual:
                continue
            cell = (proposal.registration_id, proposal.slot.id)
            if status is None:
                self.decisions.pop(cell, None)
            else:
                self.decisions[cell] = status
        self.model.set_plan(self.model.plan, self.decisions)  # type: ignore[arg-type]
        self._show_counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.grid
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = int(event.key())
            if key in DECISION_KEYS:
                self.decide(DECISION_KEYS[key])
                return True
            if key in CLEAR_KEYS:
                self.decide(None)
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        if self.plan is None:
            return
        try:
            self.applied = apply_connection_import(
                self.context.database, self.plan, dict(self.decisions)
            )
        except UserError as error:
            self._show_error(error_text(error))
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
