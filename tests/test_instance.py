"""One window per database: the lock file, and a lock left by a crashed process."""

from __future__ import annotations

from pathlib import Path

import pytest
from lock_holder import other_process_locking

from caprural_desktop.instance import AlreadyOpenError, acquire_instance_lock


def test_a_second_holder_is_refused_until_the_first_lets_go(tmp_path: Path) -> None:
    database = tmp_path / "new" / "caprural.sqlite3"
    first = acquire_instance_lock(database)
    assert first is not None
    with other_process_locking(database) as (got, _process):
        assert got == "refused"
    first.unlock()
    again = acquire_instance_lock(database)
    assert again is not None
    again.unlock()


def test_the_lock_of_a_killed_process_is_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "caprural.sqlite3"
    with other_process_locking(database) as (got, process):
        assert got == "held"
        with pytest.raises(AlreadyOpenError) as raised:
            acquire_instance_lock(database)
        assert str(database) in raised.value.render()
        process.kill()
        process.wait()
        taken = acquire_instance_lock(database)
    assert taken is not None
    taken.unlock()
