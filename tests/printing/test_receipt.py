"""The receipt of a member's dues, written as a PDF and read back."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pdf_files import pdf_text
from PySide6.QtCore import QLocale

from caprural_desktop.db.models import PaymentMethod
from caprural_desktop.printing.receipt import ReceiptOptions, write_receipt
from caprural_desktop.services.dues import DueReceipt, PaymentLine
from caprural_desktop.services.settings import NetworkIdentity

ROOT = Path(__file__).resolve().parents[2]
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)
RECEIPT = DueReceipt(
    organisation="Commune de Die",
    address="Mairie\n26150 Die",
    year=2025,
    called_cents=12000,
    waived=False,
    payments=(
        PaymentLine(1, 5000, date(2025, 2, 1), PaymentMethod.TRANSFER, "VIR 2025-001"),
        PaymentLine(2, 7000, date(2025, 3, 8), PaymentMethod.CHEQUE, "n° 1234567"),
    ),
)
NETWORK = NetworkIdentity("Cap Rural", "23 rue Jean Baldassini\n38100 Grenoble", "Grenoble")


def test_the_receipt_says_who_paid_what(qapp, tmp_path: Path) -> None:
    path = tmp_path / "reçu.pdf"
    options = ReceiptOptions(FRENCH, lambda method: str(method), date(2025, 3, 10))
    write_receipt(path, RECEIPT, NETWORK, options)
    assert path.read_bytes().startswith(b"%PDF")
    text = " ".join(pdf_text(path).split())  # one space wherever the layout put several
    for expected in (
        "Cap Rural",
        "Commune de Die",
        "26150 Die",
        "1 février 2025",
        "8 mars 2025",
        "VIR 2025-001",
        "cheque",
        "50,00 €",
        "70,00 €",
        "120,00 €",
        "Grenoble",
        "10 mars 2025",
    ):
        assert expected in text.replace("\u202f", " ").replace("\u00a0", " "), expected


def test_a_receipt_into_a_missing_folder_is_a_message(qapp, tmp_path: Path) -> None:
    from caprural_desktop.errors import UserError

    options = ReceiptOptions(FRENCH, str, date(2025, 3, 10))
    with pytest.raises(UserError):
        write_receipt(tmp_path / "missing" / "reçu.pdf", RECEIPT, NETWORK, options)


WITHOUT_WIDGETS = r"""
import json, sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv)
sys.path[:0] = [sys.argv[2], str(Path(sys.argv[2]).parent)]  # this test, the shared helpers
from test_receipt import NETWORK, RECEIPT
from caprural_desktop.printing.receipt import ReceiptOptions, write_receipt

write_receipt(Path(sys.argv[1]), RECEIPT, NETWORK, ReceiptOptions(QLocale(), str, date.today()))
print(json.dumps(sorted(m for m in sys.modules if m == "PySide6.QtWidgets")))
"""


def test_the_receipt_is_written_without_widgets(tmp_path: Path) -> None:
    """The command line has a QGuiApplication, no QApplication."""
    path = tmp_path / "receipt.pdf"
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT_WIDGETS, str(path), str(Path(__file__).parent)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []
    assert path.read_bytes().startswith(b"%PDF")
