"""Running `caprural-desktop` as a real process, the way scripts do, for tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def environment(**extra: str) -> dict[str, str]:
    """English messages, offscreen Qt, and no database chosen by the caller's environment."""
    env = dict(os.environ)
    for name in ("CAPRURAL_DATABASE_URL", "LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.update(extra)
    return env


def cli(
    database: Path | None, *arguments: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "caprural_desktop"]
    if database is not None:
        command += ["--database", str(database)]
    return subprocess.run(
        [*command, *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env or environment(),
        cwd=ROOT,
        timeout=60,
    )


def ok(database: Path | None, *arguments: str, **kwargs: Any) -> str:
    result = cli(database, *arguments, **kwargs)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def ok_json(database: Path, *arguments: str) -> Any:
    return json.loads(ok(database, *arguments))


def refused(database: Path, *arguments: str) -> str:
    """Exit status 2, one line on stderr and no traceback; returns that line."""
    result = cli(database, *arguments)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("caprural-desktop: ")
    assert result.stdout == ""
    return lines[0]
