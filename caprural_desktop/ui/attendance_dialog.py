"""Recording who came: a grid of registrants × half-days, made for the keyboard.

Select cells and press P (present), A (absent), E (excused) or Delete (not
recorded); "Tous présents" marks the confirmed registrants of the current
half-day that are not marked yet. Every change is saved at once.
"""

from __future__ import annotations

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
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..db.models import AttendanceStatus, RegistrationStatus
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..labels import attested_text
from ..services.attendance import (
    AttendanceGrid,
    LogEvidence,
    attendance_grid,
    mark,
    mark_all_present,
)
from .connection_log_menu import ConnectionLogMenu
from .context import AppContext
from .formatting import Formatter, error_text, label
from .forms import ERROR_STYLE, MARGIN, SPACING

Index = QModelIndex | QPersistentModelIndex

#: Columns before the half-days.
FIXED_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Organisation"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
)
KEYS = {
    int(Qt.Key.Key_P): AttendanceStatus.PRESENT,
    int(Qt.Key.Key_A): AttendanceStatus.ABSENT,
    int(Qt.Key.Key_E): AttendanceStatus.EXCUSED,
}
CLEAR_KEYS = (int(Qt.Key.Key_Delete), int(Qt.Key.Key_Backspace))
COLOURS = {
    AttendanceStatus.PRESENT: QColor(214, 240, 214),
    AttendanceStatus.ABSENT: QColor(248, 218, 218),
    AttendanceStatus.EXCUSED: QColor(232, 232, 232),
}


def mark_text(status: AttendanceStatus | None) -> str:
    return "—" if status is None else label(status)


def evidence_text(proof: LogEvidence) -> str:
    """ "présence attestée par le journal de connexion Zoom (148 min)"."""
    return attested_text(proof, QCoreApplication.translate)


class AttendanceModel(QAbstractTableModel):
    """The grid as a table: registrants in rows, half-days after the fixed columns."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._formatter = formatter
        self.grid: AttendanceGrid | None = None

    def set_grid(self, grid: AttendanceGrid) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.grid is None else len(self.grid.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return len(FIXED_COLUMNS) + len(self.grid.slots)

    def slot_position(self, column: int) -> int | None:
        position = column - len(FIXED_COLUMNS)
        return position if self.grid is not None and 0 <= position < len(self.grid.slots) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        line = self.grid.lines[index.row()]
        position = self.slot_position(index.column())
        if position is None:
            if role == Qt.ItemDataRole.DisplayRole:
                name = f"{line.last_name.upper()} {line.first_name}".strip() or line.email
                return (name, line.organisation, label(line.status))[index.column()]
            if role == Qt.ItemDataRole.ForegroundRole and (
                line.status is not RegistrationStatus.CONFIRMED
            ):
                return QBrush(QColor(110, 110, 110))
            return None
        status = line.marks[position]
        proof = line.log_evidence(position)
        if role == Qt.ItemDataRole.DisplayRole:
            if proof is not None:
                return QCoreApplication.translate("AttendanceDialog", "{mark} (log)").format(
                    mark=mark_text(status)
                )
            return mark_text(status)
        if role == Qt.ItemDataRole.ToolTipRole and proof is not None:
            return evidence_text(proof)
        if role == Qt.ItemDataRole.BackgroundRole and status is not None:
            return QBrush(COLOURS[status])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        position = self.slot_position(section)
        if position is None:
            return QCoreApplication.translate("Columns", FIXED_COLUMNS[section])
        assert self.grid is not None
        slot = self.grid.slots[position]
        formatter = self._formatter
        text = (
            f"{formatter.short_date(slot.date)}\n"
            f"{formatter.time(slot.start)}–{formatter.time(slot.end)}"
        )
        if slot.tentative:
            text += "\n" + QCoreApplication.translate("AttendanceDialog", "(to be confirmed)")
        return text


class AttendanceDialog(QDialog):
    """The attendance of one session; closes with "Close", everything already saved."""

    def __init__(
        self, context: AppContext, session_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.setWindowTitle(self.tr("Attendance — {}").format(title))

        self.model = AttendanceModel(context.formatter, self)
        self.table = QTableView()
        self.table.setObjectName("attendance")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.installEventFilter(self)

        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for status in AttendanceStatus:
            tools.addAction(
                f"{mark_text(status)} ({status.value[0].upper()})",
                lambda status=status: self.mark_selected(status),
            )
        tools.addAction(self.tr("Not recorded (Del)"), lambda: self.mark_selected(None))
        tools.addSeparator()
        self.all_present_action = tools.addAction(
            self.tr("All present for this half-day"), self.all_present
        )
        tools.addSeparator()
        self.logs = ConnectionLogMenu(self, context, session_id, title)
        self.logs.changed.connect(self.reload)
        tools.addWidget(self.logs.button)

        help_text = QLabel(
            self.tr(
                "Select cells, then press P (present), A (absent), E (excused) or Delete. "
                "Waitlisted or cancelled people who came anyway can be marked too."
            )
        )
        help_text.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.counts.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(help_text)
        layout.addWidget(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(980, 620)
        self.reload()
        self._size_columns()
        first_slot = self.model.index(0, len(FIXED_COLUMNS))
        if first_slot.isValid():
            self.table.setCurrentIndex(first_slot)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        char = self.table.fontMetrics().averageCharWidth()
        for column, width in enumerate((26, 26, 16)):
            header.resizeSection(column, width * char)
        for column in range(len(FIXED_COLUMNS), self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def reload(self) -> None:
        current = self.table.currentIndex()
        selected = [(i.row(), i.column()) for i in self.table.selectionModel().selectedIndexes()]
        try:
            grid = attendance_grid(self.context.database, self.session_id)
        except UserError as error:  # the session was deleted elsewhere meanwhile
            self._show_error(error)
            return
        self.model.set_grid(grid)
        if current.isValid():
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))
        selection = self.table.selectionModel()
        for row, column in selected:
            selection.select(self.model.index(row, column), selection.SelectionFlag.Select)
        self._show_counts()

    def _show_counts(self) -> None:
        grid = self.model.grid
        if grid is None or not grid.slots:
            self.counts.setText(self.tr("This session has no half-day yet."))
            return
        parts = []
        for position, slot in enumerate(grid.slots):
            counts = grid.counts(position)
            text = self.tr(
                "Half-day {number}: {present} present, {absent} absent, {excused} excused"
            ).format(
                number=slot.number,
                present=counts.present,
                absent=counts.absent,
                excused=counts.excused,
            )
            if counts.present_unconfirmed:
                text += " " + self.tr("(of whom {} not confirmed)").format(
                    counts.present_unconfirmed
                )
            parts.append(text)
        self.counts.setText("\n".join(parts))

    # Marking

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent):
            key = int(event.key())
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            if key in KEYS:
                self.mark_selected(KEYS[key])
                return True
            if key in CLEAR_KEYS:
                self.mark_selected(None)
                return True
        return super().eventFilter(watched, event)

    def mark_selected(self, status: AttendanceStatus | None) -> None:
        grid = self.model.grid
        if grid is None:
            return
        cells = {
            (index.row(), position)
            for index in self.table.selectionModel().selectedIndexes()
            if (position := self.model.slot_position(index.column())) is not None
        }
        try:
            for row, position in sorted(cells):
                line = grid.lines[row]
                slot = grid.slots[position].id
                shown = line.marks[position]
                mark(self.context.database, line.registration_id, slot, status, shown)
        except UserError as error:  # changed on another computer: shown as it is now
            self._show_error(error)
        self.reload()

    def all_present(self) -> None:
        grid = self.model.grid
        position = self.model.slot_position(self.table.currentIndex().column())
        if grid is None or position is None:
            self.error.setText(self.tr("Choose a half-day first: click in its column."))
            self.error.show()
            return
        try:
            mark_all_present(self.context.database, self.session_id, grid.slots[position].id)
        except UserError as error:
            self._show_error(error)
        self.reload()

    def _show_error(self, error: UserError) -> None:
        self.error.setText(error_text(error))
        self.error.show()


def record_attendance(parent: QWidget, context: AppContext, session_id: int, title: str) -> None:
    dialog = AttendanceDialog(context, session_id, title, parent)
    if dialog.model.grid is None:  # the session was deleted elsewhere: said, not opened
        QMessageBox.warning(parent, parent.window().windowTitle(), dialog.error.text())
        dialog.deleteLater()
        return
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
