"""The command line while the window holds a write: it waits, then fails clearly."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from command_line import ROOT, environment, ok, refused

ADD = ("sessions", "add", "--title", "Pendant", "--date", "2027-03-04", "--capacity", "5",
       "--deadline", "2027-03-01")  # fmt: skip


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """What the window does while it saves: a write transaction on the file."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("BEGIN IMMEDIATE")
    return connection


def test_the_command_line_waits_for_a_short_write(database_path: Path) -> None:
    ok(database_path, "sessions")  # created
    holder = hold_write_lock(database_path)
    threading.Timer(1.0, holder.rollback).start()  # the window's save ends a second later
    assert ok(database_path, *ADD).strip().isdigit()
    holder.close()


def test_the_command_line_fails_clearly_when_the_write_lasts(database_path: Path) -> None:
    ok(database_path, "sessions")
    holder = hold_write_lock(database_path)
    try:
        line = refused(database_path, *ADD)
    finally:
        holder.rollback()
        holder.close()
    assert "busy" in line
    listed = subprocess.run(
        [sys.executable, "-m", "caprural_desktop", "--database", str(database_path), "sessions"],
        capture_output=True, text=True, env=environment(), cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert listed.stdout == ""  # nothing was written
