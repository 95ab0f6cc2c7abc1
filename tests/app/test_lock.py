"""One MentorDesk window or command per database: the lock file beside it."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from app.errors import DatabaseLockedError
from app.lock import DatabaseLock, boot_time

REPO = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _write_lock(db_path: Path, **fields: object) -> Path:
    content: dict[str, object] = {
        "pid": os.getpid(),
        "hostname": socket.gethostname(),
        "started_at": dt.datetime.now(dt.UTC).isoformat(),  # after the last boot
        "token": "someone-else",
    }
    content.update(fields)
    path = db_path.with_name(db_path.name + ".lock")
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_acquire_writes_owner_and_release_removes_it(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    lock.acquire()

    owner = json.loads(lock.path.read_text(encoding="utf-8"))
    assert lock.path == db_path.with_name("program.db.lock")
    assert lock.is_held
    assert owner["pid"] == os.getpid() and owner["hostname"] == socket.gethostname()
    assert owner["started_at"]
    if os.name == "posix":
        assert lock.path.stat().st_mode & 0o777 == 0o600

    lock.acquire()  # already held: no-op
    lock.release()
    assert not lock.path.exists() and not lock.is_held
    lock.release()  # twice is harmless


def test_second_acquire_is_refused_until_released(db_path: Path) -> None:
    first = DatabaseLock(db_path)
    second = DatabaseLock(db_path)
    first.acquire()

    with pytest.raises(DatabaseLockedError) as caught:
        second.acquire()

    assert caught.value.message == (
        "program.db is already open in another MentorDesk window or command."
    )
    assert caught.value.exit_code == 3
    assert not second.is_held and first.is_held
    first.release()
    second.acquire()
    assert second.is_held
    second.release()


def test_context_manager_releases_on_exit_and_on_error(db_path: Path) -> None:
    with DatabaseLock(db_path) as lock:
        assert lock.is_held and lock.path.exists()
    assert not lock.path.exists()

    with pytest.raises(RuntimeError), DatabaseLock(db_path) as lock:
        raise RuntimeError("boom")
    assert not lock.path.exists()


def test_stale_lock_of_a_dead_process_is_recovered(db_path: Path) -> None:
    stale = _write_lock(db_path, pid=_dead_pid())

    with DatabaseLock(db_path) as lock:
        assert lock.is_held
        owner = json.loads(stale.read_text(encoding="utf-8"))
        assert owner["pid"] == os.getpid() and owner["token"] != "someone-else"
    leftovers = [p for p in db_path.parent.iterdir() if ".lock" in p.name]
    assert leftovers == []  # neither the lock nor the stale one moved aside


@pytest.mark.skipif(boot_time() is None, reason="boot time unknown on this system")
def test_lock_written_before_the_last_boot_is_stale_even_if_its_pid_is_reused(
    db_path: Path,
) -> None:
    _write_lock(db_path, pid=os.getppid(), started_at="2000-01-01T00:00:00+00:00")

    with DatabaseLock(db_path) as lock:
        assert lock.is_held


def test_lock_of_a_live_process_or_another_host_is_respected(db_path: Path) -> None:
    path = _write_lock(db_path, pid=os.getppid(), started_at="2999-01-01T00:00:00+00:00")
    with pytest.raises(DatabaseLockedError):
        DatabaseLock(db_path).acquire()

    path = _write_lock(db_path, pid=_dead_pid(), hostname="another-computer.example")
    with pytest.raises(DatabaseLockedError):
        DatabaseLock(db_path).acquire()
    assert json.loads(path.read_text(encoding="utf-8"))["hostname"] == "another-computer.example"


def test_unreadable_lock_is_respected_while_fresh_then_recovered(db_path: Path) -> None:
    path = db_path.with_name(db_path.name + ".lock")
    path.write_text("", encoding="utf-8")  # a process is writing it right now
    with pytest.raises(DatabaseLockedError):
        DatabaseLock(db_path).acquire()

    old = time.time() - 3600
    os.utime(path, (old, old))
    with DatabaseLock(db_path) as lock:
        assert lock.is_held


def test_release_leaves_a_lock_that_is_no_longer_ours(db_path: Path) -> None:
    lock = DatabaseLock(db_path)
    lock.acquire()
    other = _write_lock(db_path, pid=os.getppid())

    lock.release()

    assert other.exists()
    assert not lock.is_held


def test_lock_held_by_another_process(db_path: Path) -> None:
    holder = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from pathlib import Path
        from app.lock import DatabaseLock
        lock = DatabaseLock(Path({str(db_path)!r}))
        lock.acquire()
        print("held", flush=True)
        sys.stdin.readline()
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", holder],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseLockedError):
            DatabaseLock(db_path).acquire()
    finally:
        process.kill()  # dies without releasing: its lock becomes stale
        process.wait()

    with DatabaseLock(db_path) as lock:
        assert lock.is_held
