"""Files that a killed run left behind, removed when the database is next opened.

Backups and restores write into a hidden ``.<database stem>-XXXXXXXX.partial`` file (in the
backup folder, or beside the database) and rename it when done; the app's other writers use
``.mentordesk-XXXXXXXX.part`` (and ``.old`` for the copy they keep while replacing a file).
A run that is killed (power cut, Task Manager) leaves them behind, and they hold personal
data. Versions before this one also decrypted backups into ``mentordesk-XXXXXXXX`` folders of
the system's temporary folder: plaintext copies of the whole database.

A concurrent process's files must survive. ``clean_leftovers`` runs while this process
holds the database's lock, so the partial files named after that database belong to a
process that no longer holds it (dead) when they are older than this process. Any other
leftover is removed only once it is older than ``STALE_AFTER_SECONDS``: no write lasts that
long. Only a few folders are listed, and nothing here ever stops a command.

Output folders (letters, exports, drafts: anywhere the coordinator chooses) are not known
in advance, so the safe writer sweeps each folder it is about to write into
(``sweep_writer_leftovers``): the next write there removes what a killed one left.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import stat
import tempfile
import time
from pathlib import Path

from app.paths import data_dir, default_backup_dir

log = logging.getLogger(__name__)

PROCESS_STARTED = time.time()
STALE_AFTER_SECONDS = 6 * 3600
_SIDECAR = r"(?:-journal|-wal|-shm)?"
_ANY_PARTIAL = re.compile(r"^\..+-[A-Za-z0-9_]{8}\.partial" + _SIDECAR + "$")
_WRITER_TEMP = re.compile(r"^\.mentordesk-[A-Za-z0-9_]+\.(?:part|old)$")
_OLD_WORK_DIR = re.compile(r"^mentordesk-[a-z0-9_]{8}$")
_OLD_WORK_FILES = {"backup.sqlite", "read-back.sqlite", "inspect.sqlite"}


def _own_partial(stems: set[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(stem) for stem in sorted(stems))
    return re.compile(rf"^\.(?:{names})-[A-Za-z0-9_]{{8}}\.partial{_SIDECAR}$")


def _last_touched(name: str, info: os.stat_result) -> float:
    """When a leftover was last written. An ``.old`` file is a hard link to a file being
    replaced, so its modification time is that file's, maybe months old, even while the
    write runs; its change time is when the link was made (POSIX), so the later one counts."""
    if name.endswith(".old"):
        return max(info.st_mtime, info.st_ctime)
    return info.st_mtime


def _modified(path: Path) -> float | None:
    try:
        return _last_touched(path.name, path.lstat())
    except OSError:
        return None


def _clean_folder(folder: Path, own: re.Pattern[str], now: float) -> int:
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0  # missing or unreadable: nothing of ours can be there
    for entry in entries:
        mine = own.match(entry.name) is not None
        if not (mine or _ANY_PARTIAL.match(entry.name) or _WRITER_TEMP.match(entry.name)):
            continue
        modified = _modified(Path(entry.path))
        if modified is None or not entry.is_file(follow_symlinks=False):
            continue
        if (mine and modified < PROCESS_STARTED) or now - modified > STALE_AFTER_SECONDS:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed += 1
    return removed


def sweep_writer_leftovers(folder: Path, now: float | None = None) -> int:
    """Remove the writers' ``.mentordesk-*.part`` and ``.old`` files that a killed write left
    in ``folder`` more than ``STALE_AFTER_SECONDS`` ago; returns how many went. Only regular
    files of this user's are touched, and nothing here ever stops the write that asked."""
    now = time.time() if now is None else now
    removed = 0
    try:
        with os.scandir(folder) as listing:
            entries = [e for e in listing if _WRITER_TEMP.match(e.name)]
    except OSError:
        return 0
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        age = now - _last_touched(entry.name, info)
        if not stat.S_ISREG(info.st_mode) or age <= STALE_AFTER_SECONDS:
            continue
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            continue  # a shared folder: another user's write is theirs to clean
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed += 1
    if removed:
        log.info("Removed %d files left behind by an interrupted write", removed)
    return removed


def _is_old_work_dir(entry: os.DirEntry[str]) -> bool:
    if not _OLD_WORK_DIR.match(entry.name) or not entry.is_dir(follow_symlinks=False):
        return False
    if hasattr(os, "getuid") and entry.stat(follow_symlinks=False).st_uid != os.getuid():
        return False
    names = {name.removesuffix("-journal") for name in os.listdir(entry.path)}
    return bool(names) and names <= _OLD_WORK_FILES


def _clean_old_work_dirs() -> int:
    """Plaintext folders of older versions in the system's temporary folder."""
    removed = 0
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return 0
    for entry in entries:
        try:
            if _is_old_work_dir(entry) and entry.stat().st_mtime < PROCESS_STARTED:
                shutil.rmtree(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def clean_leftovers(db_path: Path, backup_dir: Path | None = None) -> int:
    """Remove what killed runs left behind for ``db_path``; returns how many entries went.

    Call it only while holding the database's ``DatabaseLock``.
    """
    given = Path(db_path)
    real = Path(os.path.realpath(given))
    own = _own_partial({given.stem, real.stem})
    folders = {given.parent, real.parent, default_backup_dir(), data_dir()}
    if backup_dir is not None:
        folders.add(Path(backup_dir))
    now = time.time()
    removed = sum(_clean_folder(folder, own, now) for folder in folders)
    removed += _clean_old_work_dirs()
    if removed:
        log.info("Removed %d files left behind by an interrupted run", removed)
    return removed
