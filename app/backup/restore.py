"""Restore a database from a backup, only after the backup has proved sound.

Steps: copy (or decrypt) the backup into a private file beside the database, verify that
copy (SQLite header, MentorDesk tables, known schema revision, ``integrity_check``,
``foreign_key_check``), make sure nothing else has the database open, keep a safety copy
of the current database in the backup folder, remove its stale ``-wal``/``-shm``/``-journal``,
``os.replace`` the verified copy into place, then open it once to upgrade an older schema
and run a full ``integrity_check``. A refused backup leaves the current database untouched.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.backup.checks import connect, full_integrity_check, verify_database_file
from app.backup.crypto import PassphraseRequiredError, decrypt_file, is_encrypted
from app.backup.files import (
    private_temp_file,
    remove_quietly,
    replace_privately,
    safety_series,
    sidecars,
    unique_backup_path,
)
from app.db.file_check import check_file_kind
from app.db.migrate import copy_database, open_database
from app.errors import DatabaseLockedError, NotFoundError, UnusableInputError
from app.paths import default_backup_dir, ensure_private_dir
from app.sentences import sentence

log = logging.getLogger(__name__)

TAKE_OVER_TIMEOUT_MS = 1000


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    schema_revision: str

    def to_json(self) -> dict[str, object]:
        return {
            "restored_from": str(self.restored_from),
            "safety_copy": str(self.safety_copy) if self.safety_copy else None,
            "schema_revision": self.schema_revision,
        }


def restore_database(
    db_path: Path,
    backup_path: Path,
    *,
    passphrase: str | None = None,
    safety_dir: Path | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` with the verified content of ``backup_path``.

    The caller must first close every session and ``dispose()`` its engine (and keep holding
    its ``DatabaseLock``); a database still open elsewhere is refused with
    DatabaseLockedError. ``safety_dir`` (default: the backup folder) receives the safety
    copy of the current database and any copy taken before a schema upgrade.
    """
    db_path, backup_path = Path(db_path), Path(backup_path)
    check_restore_target(db_path)
    if not backup_path.is_file():
        raise NotFoundError(sentence("backup.missing", name=backup_path.name))
    if db_path.exists() and db_path.resolve() == backup_path.resolve():
        raise UnusableInputError(sentence("backup.restore_from_itself"))
    folder = Path(safety_dir) if safety_dir is not None else default_backup_dir()
    if not db_path.parent.exists():
        ensure_private_dir(db_path.parent)
    candidate = private_temp_file(db_path.parent, db_path.stem)
    try:
        _copy_candidate(backup_path, candidate, passphrase)
        verify_database_file(candidate, backup_path.name)
        _take_over(db_path)
        safety = _safety_copy(db_path, folder)
        _swap_in(candidate, db_path)
    except BaseException:
        remove_quietly(candidate)
        raise
    log.info("Database restored from a verified backup")
    revision = _reopen(db_path, safety, folder)
    return RestoreResult(backup_path, safety, revision)


def check_restore_target(db_path: Path) -> None:
    """Refuse to restore onto a folder, a device or a pipe, before anything is written
    (the CLI calls it before making the lock file beside it). A missing file is fine: the
    restore creates it; so is any regular file, since a damaged database is what restores
    are for."""
    check_file_kind(Path(db_path), may_create=True)


def _swap_in(candidate: Path, db_path: Path) -> None:
    """Drop the old database's companion files and rename the verified copy over it."""
    try:
        for leftover in sidecars(db_path):
            leftover.unlink(missing_ok=True)
        replace_privately(candidate, db_path)
    except PermissionError as exc:  # Windows: another program holds the file open
        raise DatabaseLockedError(sentence("backup.open_elsewhere", name=db_path.name)) from exc


def _copy_candidate(backup_path: Path, candidate: Path, passphrase: str | None) -> None:
    if not is_encrypted(backup_path):
        shutil.copyfile(backup_path, candidate)
        return
    if passphrase is None:
        raise PassphraseRequiredError(sentence("backup.passphrase_needed", name=backup_path.name))
    decrypt_file(backup_path, candidate, passphrase)


def _take_over(db_path: Path) -> None:
    """Refuse a database that another connection still has open, and fold its WAL in.

    Leaving WAL mode needs the only connection to the file, so it both detects an engine
    that was not disposed and empties the ``-wal`` into the file the safety copy reads.
    """
    if not db_path.exists():
        return
    try:
        with connect(db_path) as conn:
            conn.execute(f"PRAGMA busy_timeout = {TAKE_OVER_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise _still_open(db_path) from exc
        log.warning("The current database could not be read before the restore")
        return
    except sqlite3.DatabaseError:
        # A damaged current database is what restores are for: replace it anyway.
        log.warning("The current database could not be read before the restore")
        return
    if mode is not None and str(mode[0]).lower() == "wal":
        raise _still_open(db_path)


def _still_open(db_path: Path) -> DatabaseLockedError:
    return DatabaseLockedError(sentence("backup.still_open", name=db_path.name))


def _safety_copy(db_path: Path, folder: Path) -> Path | None:
    """Copy the current database into ``folder``; ``None`` when there is nothing to keep."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    folder = ensure_private_dir(folder)
    target = unique_backup_path(folder, safety_series(db_path), dt.datetime.now())
    partial = private_temp_file(folder, db_path.stem)
    try:
        try:
            copy_database(db_path, partial)
        except sqlite3.DatabaseError:
            log.warning("The current database is damaged; keeping a byte-for-byte copy")
            shutil.copyfile(db_path, partial)
        replace_privately(partial, target)
    except BaseException:
        remove_quietly(partial)
        raise
    return target


def _reopen(db_path: Path, safety: Path | None, folder: Path) -> str:
    """Upgrade the restored schema and check it; put the safety copy back on failure."""
    try:
        database = open_database(db_path, backup_dir=folder)
        database.dispose()
        full_integrity_check(db_path, db_path.name)
        with connect(db_path) as conn:
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except BaseException:
        if safety is not None:
            _put_back(safety, db_path)
        raise
    return str(revision[0])


def _put_back(safety: Path, db_path: Path) -> None:
    partial = private_temp_file(db_path.parent, db_path.stem)
    try:
        shutil.copyfile(safety, partial)
        for leftover in sidecars(db_path):
            leftover.unlink(missing_ok=True)
        replace_privately(partial, db_path)
    except BaseException:
        remove_quietly(partial)
        raise
    log.warning("The restored database failed its checks; the previous one was put back")
