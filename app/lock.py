"""One MentorDesk window or command per database file.

The lock is a file ``<db>.lock`` beside the database, created with ``O_CREAT | O_EXCL`` (so
exactly one process wins) and holding the owner's pid, host name, start time and a random
token. A lock whose process is gone is *stale* and is taken over: when the pid is not alive
on this host, or when it was written before this computer last started (Linux), since pids
are reused after a reboot. A lock from another host (a shared folder) is always respected.
Taking over renames the stale file first, so two processes recovering at once cannot both
win.

The lock sits beside the *real* file: two symbolic links to one database share one lock. A
missing folder on the way to the database is created (0700). A lock file that could not be
written (a full disk) is removed at once rather than left empty to block the next start.
Taking the lock also removes the files that killed runs left behind (``leftovers``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from app import messages as _messages  # noqa: F401  (registers the sentences)
from app.environment import EnvironmentFault
from app.errors import DatabaseLockedError
from app.leftovers import clean_leftovers
from app.paths import ensure_private_dir
from app.sentences import sentence

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
UNREADABLE_GRACE_SECONDS = 10.0
_ATTEMPTS = 3


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock file: the process, its computer, when it started, its token."""

    pid: int
    hostname: str
    started_at: dt.datetime
    token: str


def _read(path: Path) -> str:
    """A lock file's text; bytes that are not UTF-8 make it garbled, not an error."""
    return path.read_bytes().decode("utf-8", errors="replace")


def _parse_owner(raw: str) -> LockOwner | None:
    try:
        data = json.loads(raw)
        return LockOwner(
            pid=int(data["pid"]),
            hostname=str(data["hostname"]),
            started_at=dt.datetime.fromisoformat(data["started_at"]),
            token=str(data["token"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def host_name() -> str:
    """This computer's name, as ``socket.gethostname`` gives it: POSIX's ``gethostname`` is
    ``uname``'s node name, read here without loading the socket module at start."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows: its own host name call

    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Whether a process ``pid`` runs on this computer (when unsure: yes)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: alive, owned by someone else
        return True
    return True


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    def _windows_pid_alive(pid: int) -> bool:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)


def boot_time() -> dt.datetime | None:
    """When this computer started, where cheaply known (Linux), else ``None``."""
    try:
        with open("/proc/stat", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("btime "):
                    return dt.datetime.fromtimestamp(int(line.split()[1]), dt.UTC)
    except (OSError, ValueError):
        return None
    return None


class DatabaseLock:
    """Exclusive use of one database file by this process; a context manager."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        real = Path(os.path.realpath(self.db_path))
        self.path = real.with_name(real.name + LOCK_SUFFIX)
        self._token: str | None = None

    @property
    def is_held(self) -> bool:
        return self._token is not None

    def acquire(self) -> None:
        """Take the lock, recovering a stale one; DatabaseLockedError when it is in use."""
        if self.is_held:
            return
        if not self.path.parent.exists():
            ensure_private_dir(self.path.parent)
        for _ in range(_ATTEMPTS):
            if self.path.is_dir():
                raise EnvironmentFault(
                    sentence("lock.folder_in_the_way", path=self.path, name=self.db_path.name)
                )
            if self._try_create():
                self._clean_leftovers()
                return
            try:
                raw = _read(self.path)
            except FileNotFoundError:
                continue  # released meanwhile: try again
            if not self._is_stale(raw):
                raise self._locked()
            self._remove_stale(raw)
        raise self._locked()

    def release(self) -> None:
        """Give the lock up (only if this object holds it and the file is still ours)."""
        if self._token is None:
            return
        token, self._token = self._token, None
        try:
            owner = _parse_owner(_read(self.path))
        except FileNotFoundError:
            return
        if owner is not None and owner.token == token:
            self.path.unlink(missing_ok=True)
        else:
            log.warning("The lock file was replaced by another process; left in place")

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.release()

    def _try_create(self) -> bool:
        token = os.urandom(16).hex()  # as secrets.token_hex, without loading hmac at start
        content = json.dumps(
            {
                "pid": os.getpid(),
                "hostname": host_name(),
                "started_at": dt.datetime.now(dt.UTC).isoformat(),
                "token": token,
            }
        )
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            return False
        except OSError as exc:
            # Name the database's folder: the coordinator never chose the lock file's name.
            raise OSError(exc.errno, exc.strerror, str(self.path.parent)) from exc
        try:
            try:
                os.write(fd, content.encode("utf-8"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except BaseException:
            # An empty lock would keep every window and command out: never leave one.
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise
        self._token = token
        return True

    def _clean_leftovers(self) -> None:
        # Holding the lock is what proves the database's partial files are orphans.
        try:
            clean_leftovers(self.db_path)
        except Exception:  # tidying up must never keep a coordinator out
            log.warning("Could not remove the files left by an interrupted run", exc_info=True)

    def _is_stale(self, raw: str) -> bool:
        owner = _parse_owner(raw)
        if owner is None:
            # Empty or garbled: a process may be writing it right now; give it time.
            try:
                age = time.time() - self.path.stat().st_mtime
            except FileNotFoundError:
                return True
            return age > UNREADABLE_GRACE_SECONDS
        if owner.hostname != host_name():
            return False
        booted = boot_time()
        if booted is not None and owner.started_at.tzinfo and owner.started_at < booted:
            return True
        return not pid_alive(owner.pid)

    def _remove_stale(self, judged: str) -> None:
        """Move the stale file aside, check it is the one judged stale, then delete it."""
        aside = self.path.with_name(f"{self.path.name}.stale-{os.urandom(6).hex()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        try:
            if _read(aside) != judged:
                # Another process recovered the lock first and this is its fresh file.
                with contextlib.suppress(OSError):
                    os.link(aside, self.path)
                raise self._locked()
        finally:
            aside.unlink(missing_ok=True)
        log.info("Recovered a stale database lock left by a process that has ended")

    def _locked(self) -> DatabaseLockedError:
        return DatabaseLockedError(sentence("lock.in_use", name=self.db_path.name))
