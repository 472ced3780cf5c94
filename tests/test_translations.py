"""Every string of the interface has its French translation, compiled for the app."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "caprural_desktop" / "resources" / "translations"
TS = TRANSLATIONS / "caprural_fr.ts"
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message.find("translation")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_message_is_translated():
    unfinished = [
        key
        for key, translation in messages(TS).items()
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not ("".join(translation.itertext()).strip())
    ]
    assert unfinished == []


def test_the_translation_file_knows_every_string_of_the_code(tmp_path):
    """Runs Qt Linguist's extractor: a new string without translation fails here."""
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "caprural_desktop").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert set(messages(copy)) == set(messages(TS))


def test_the_compiled_translation_is_up_to_date(tmp_path):
    compiled = tmp_path / "caprural_fr.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "caprural_fr.qm").read_bytes()
