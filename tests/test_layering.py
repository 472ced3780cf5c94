"""Storage and use cases never import Qt; the command line never loads widgets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

NO_QT = r"""
import importlib
import json
import pkgutil
import sys

names = [
    "caprural_desktop.db.models",
    "caprural_desktop.db.migrate",
    "caprural_desktop.services.sessions",
    "caprural_desktop.services.speakers",
    "caprural_desktop.services.demo",
    "caprural_desktop.services.registrations",
    "caprural_desktop.config",
]
for package_name in (
    "caprural_desktop.db",
    "caprural_desktop.services",
    "caprural_desktop.spreadsheets",
    "caprural_desktop.connection_logs",
):
    try:
        package = importlib.import_module(package_name)
    except ModuleNotFoundError as error:
        if error.name == package_name:
            continue  # not written yet
        raise
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        # Alembic's env.py runs only inside an Alembic command.
        if info.name != "caprural_desktop.db.migrations.env":
            names.append(info.name)
for name in names:
    importlib.import_module(name)
print(json.dumps({
    "imported": names,
    "qt": sorted(m for m in sys.modules if m == "PySide6" or m.startswith("PySide6.")),
}))
"""

CLI_WITHOUT_WIDGETS = r"""
import json
import sys

from caprural_desktop.__main__ import main
from caprural_desktop.cli import parse_arguments, run

database = sys.argv[1]
statuses = [
    run(parse_arguments(["--database", database, "demo"])),
    run(parse_arguments(["--database", database, "sessions"])),
    run(parse_arguments(["--database", database, "sessions", "--json"])),
    run(parse_arguments(["--database", database, "speakers"])),
    main(["--database", database, "sessions"]),
]
print(json.dumps({
    "statuses": statuses,
    "widgets": sorted(
        m for m in sys.modules if m == "PySide6.QtWidgets"
        or m.startswith("caprural_desktop.ui") or m == "caprural_desktop.app"
    ),
}))
"""


def run_script(script: str, *arguments: str) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LANG"] = "C.UTF-8"
    env.pop("CAPRURAL_DATABASE_URL", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_storage_and_services_do_not_import_qt() -> None:
    report = run_script(NO_QT)
    assert "caprural_desktop.db.migrations.versions.0001_initial_schema" in report["imported"]
    assert "caprural_desktop.services.validation" in report["imported"]
    assert report["qt"] == [], json.dumps(report["qt"])


def test_the_command_line_does_not_load_widgets(tmp_path: Path) -> None:
    report = run_script(CLI_WITHOUT_WIDGETS, str(tmp_path / "caprural.sqlite3"))
    assert report["statuses"] == [0, 0, 0, 0, 0]
    assert report["widgets"] == [], json.dumps(report["widgets"])
