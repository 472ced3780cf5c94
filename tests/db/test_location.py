"""Recognising a database file on a network share."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from caprural_desktop.db.location import NetworkShareError, check_local, network_filesystem

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/partage /mnt/partage cifs rw,vers=3.0 0 0
nas:/export/équipe /srv/equipe nfs4 rw 0 0
/dev/sdb1 /srv/equipe/local ext4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_a_file_on_a_local_disk_is_local() -> None:
    assert network_filesystem(Path("/home/camille/caprural.sqlite3"), MOUNTS) is None
    assert network_filesystem(Path("/tmp/x/caprural.sqlite3"), MOUNTS) is None


def test_files_on_smb_and_nfs_mounts_are_on_a_share() -> None:
    assert network_filesystem(Path("/mnt/partage/cap/caprural.sqlite3"), MOUNTS) == "cifs"
    assert network_filesystem(Path("/srv/equipe/caprural.sqlite3"), MOUNTS) == "nfs4"


def test_the_deepest_mount_point_decides() -> None:
    assert network_filesystem(Path("/srv/equipe/local/caprural.sqlite3"), MOUNTS) is None


def test_unc_paths_are_on_a_share() -> None:
    assert network_filesystem(PureWindowsPath(r"\\serveur\partage\caprural.sqlite3"), "") == "UNC"
    assert network_filesystem(Path("//serveur/partage/caprural.sqlite3"), "") == "UNC"


def test_this_machine_s_temporary_folder_is_local(tmp_path: Path) -> None:
    assert network_filesystem(tmp_path / "pas-encore" / "caprural.sqlite3") is None


def test_a_database_on_a_share_is_refused_with_the_reason() -> None:
    path = Path("/mnt/partage/cap/caprural.sqlite3")
    with pytest.raises(NetworkShareError) as raised:
        check_local(path, MOUNTS)
    text = raised.value.render()
    assert str(path) in text and "cifs" in text and "PostgreSQL" in text
    check_local(Path("/home/camille/caprural.sqlite3"), MOUNTS)
    check_local(None, MOUNTS)  # a server: not a file
