"""`backup` and `restore` on the command line, as real processes."""

from __future__ import annotations

from pathlib import Path

from command_line import ok, refused


def test_backup_then_restore(database_path: Path, tmp_path: Path) -> None:
    ok(
        database_path,
        "sessions",
        "add",
        "--title",
        "Gardée",
        "--date",
        "2026-03-05",
        "--capacity",
        "10",
        "--deadline",
        "2026-03-01",
    )
    copy = tmp_path / "copie.sqlite3"
    assert ok(database_path, "backup", "-o", str(copy)).strip() == str(copy)
    ok(
        database_path,
        "sessions",
        "add",
        "--title",
        "Ajoutée ensuite",
        "--date",
        "2026-04-05",
        "--capacity",
        "10",
        "--deadline",
        "2026-04-01",
    )

    said = ok(database_path, "restore", str(copy))

    assert "saved in" in said
    assert [line.split("\t")[-1] for line in ok(database_path, "sessions").splitlines()] == [
        "Gardée"
    ]


def test_bad_backups_and_targets_are_one_line_and_status_2(
    database_path: Path, tmp_path: Path
) -> None:
    ok(database_path, "sessions")
    refused(database_path, "backup", "-o", str(database_path))
    refused(database_path, "backup", "-o", "/proc/impossible/copie.sqlite3")
    garbage = tmp_path / "abîmée.sqlite3"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    assert "not a sound Cap Rural database" in refused(database_path, "restore", str(garbage))
    refused(database_path, "restore", str(tmp_path / "absente.sqlite3"))
    refused(database_path, "backup")
