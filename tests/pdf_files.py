"""Reading produced PDFs back, with poppler's tools (installed by scripts/test)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} (Debian package poppler-utils) is needed to read PDFs back"
    return found


def pdf_text(path: Path) -> str:
    """The text of a PDF, spaces of every kind as one plain space."""
    result = subprocess.run(
        [_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return _plain(result.stdout)


def _plain(text: str) -> str:
    """Ligatures ("ﬁ") as letters, and every kind of space as one plain space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_pages(path: Path) -> int:
    result = subprocess.run(
        [_tool("pdfinfo"), str(path)], capture_output=True, check=True, text=True
    )
    found = re.search(r"^Pages:\s+(\d+)", result.stdout, re.MULTILINE)
    assert found, result.stdout
    return int(found[1])


def page_texts(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    result = subprocess.run(
        [_tool("pdftotext"), "-layout", str(path), "-"], capture_output=True, check=True, text=True
    )
    return [_plain(page) for page in result.stdout.split("\f")[:-1]]
