"""Where a database file lives: SQLite's locking is not safe on a network share.

Two computers writing one SQLite file over SMB or NFS corrupt it sooner or
later, whatever the app does; so a database there is refused unless the user
confirms (one computer only, knowingly).
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

from ..errors import QT_TRANSLATE_NOOP, DatabaseError

NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afpfs",
        "9p",
        "ceph",
        "glusterfs",
        "ncpfs",
        "davfs",
        "fuse.davfs2",
        "fuse.sshfs",
        "fuse.rclone",
        "fuse.gvfsd-fuse",
    }
)
_MOUNTS = Path("/proc/self/mounts")


class NetworkShareError(DatabaseError):
    """The database file is on a network share, where SQLite's locking is not safe."""


def check_local(path: Path | None, mounts: str | None = None) -> None:
    """Raises NetworkShareError for a database file on a network share."""
    kind = network_filesystem(path, mounts) if path is not None else None
    if kind is not None:
        raise NetworkShareError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The database {path} is on a network share ({kind}). SQLite cannot lock a "
                "file safely there: two computers using it at once end up damaging it. "
                "For a team, use a shared PostgreSQL server (team mode).",
            ),
            path=str(path),
            kind=kind,
        )


def network_filesystem(path: Path, mounts: str | None = None) -> str | None:
    """The kind of network share `path` is on ("UNC", "cifs", "nfs4"…), None if local.

    `mounts` is the text of /proc/self/mounts (read when not given, on Linux).
    """
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    if sys.platform == "win32":
        return _windows_network_drive(path)
    if mounts is None:
        try:
            mounts = _MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    return _mounted_filesystem(_existing(path), mounts)


def _existing(path: Path) -> PurePath:
    """The path with its links resolved as far as it exists (a database not created yet)."""
    candidate = path.expanduser().absolute()
    for folder in (candidate, *candidate.parents):
        if folder.exists():
            return folder.resolve().joinpath(*candidate.parts[len(folder.parts) :])
    return candidate


def _mounted_filesystem(path: PurePath, mounts: str) -> str | None:
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePath(fields[1].replace("\\040", " "))
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) > best[0]
        ):
            best = (len(point.parts), fields[2])
    if best is None:
        return None
    return best[1] if best[1] in NETWORK_FILESYSTEMS else None


def _windows_network_drive(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    drive = path.expanduser().absolute().drive
    if not drive:
        return None
    remote = 4  # DRIVE_REMOTE
    return "network drive" if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == remote else None
