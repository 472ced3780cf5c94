"""Membership fees ("cotisations"): the ledger arrives with the dues feature."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .forms import MARGIN


class DuesPage(QWidget):
    """Says what this area will hold rather than showing an empty table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dues_page")
        message = QLabel(
            self.tr(
                "<h3>Membership fees</h3><p>The ledger of yearly membership fees, payments "
                "and receipts will appear here. Until then, nobody is flagged.</p>"
            )
        )
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(message)

    def page_title(self) -> str:
        return self.tr("Membership fees")
