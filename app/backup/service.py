"""Verified backups of a MentorDesk database, plain or encrypted, and what they hold.

A backup is the whole database (every program, person and setting), copied through the
SQLite backup API so that content still in the ``-wal`` file is included, checked with
``integrity_check`` and ``foreign_key_check``, and only then renamed to its final name.
Plain backups are SQLite files; encrypted ones are described in ``crypto``. Both end in
``.mentordesk-backup`` and are created readable by the user only, in a 0700 folder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from app.backup.checks import Summary, inspect_database_file, verify_database_file
from app.backup.crypto import decrypt_file, encrypt_file, is_encrypted
from app.backup.files import (
    backup_created_at,
    backup_files,
    private_temp_file,
    remove_quietly,
    replace_privately,
    series_name,
    unique_backup_path,
)
from app.backup.restore import RestoreResult, restore_database
from app.backup.rotation import auto_backup_due, rotate_backups
from app.errors import (
    BackupVerificationError,
    MentorDeskError,
    NotAMentorDeskDatabaseError,
    NotFoundError,
    UnusableInputError,
)
from app.paths import default_backup_dir, ensure_private_dir, make_private_file
from app.progress import Progress, report
from app.safe_files import check_folder

__all__ = [
    "BackupInfo",
    "BackupResult",
    "RestoreResult",
    "auto_backup_due",
    "backup_database",
    "inspect_backup",
    "list_backups",
    "restore_database",
    "rotate_backups",
]

log = logging.getLogger(__name__)

PAGES_PER_STEP = 256
SOURCE_TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class BackupInfo:
    """A backup file as the GUI lists it; counts are ``None`` when they cannot be read
    (an encrypted backup without its passphrase, or a damaged file)."""

    path: Path
    created_at: dt.datetime
    bytes: int
    encrypted: bool
    schema_revision: str | None
    participants: int | None
    matches: int | None
    programs: list[str] = field(default_factory=list)
    cycles: list[str] = field(default_factory=list)
    meetings: int | None = None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int
    verified: bool
    encrypted: bool
    participants: int
    matches: int

    def to_json(self) -> dict[str, object]:
        return {
            "backup": str(self.path),
            "verified": self.verified,
            "bytes": self.bytes,
            "encrypted": self.encrypted,
            "participants": self.participants,
            "matches": self.matches,
        }


def backup_database(
    db_path: Path,
    to_dir: Path | None = None,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    automatic: bool = False,
) -> BackupResult:
    """Write a verified backup of ``db_path`` into ``to_dir`` (default: the backup folder).

    The database may be open in this or another process: the backup API copies a consistent
    snapshot. With ``passphrase`` the backup is encrypted and the plaintext copy never
    touches ``to_dir`` (which may be a synchronised or removable folder). Only an
    ``automatic`` backup is named so that rotation may delete it later.
    """
    db_path = Path(db_path)
    if not db_path.is_file():
        raise NotFoundError(f"{db_path.name} does not exist.")
    if passphrase is not None and not passphrase:
        raise UnusableInputError("An encrypted backup needs a passphrase that is not empty.")
    if to_dir is not None:  # never a file, least of all the database or another backup
        check_folder(Path(to_dir), "the backup")
    folder = ensure_private_dir(Path(to_dir) if to_dir is not None else default_backup_dir())
    started = dt.datetime.now()
    if passphrase is None:
        result = _plain_backup(db_path, folder, started, progress, automatic)
    else:
        result = _encrypted_backup(db_path, folder, started, passphrase, progress, automatic)
    log.info("Backup written and verified (%d bytes, encrypted=%s)", result.bytes, result.encrypted)
    return result


def _snapshot(db_path: Path, target: Path, progress: Progress | None) -> Summary:
    """Copy ``db_path`` into ``target`` through the backup API, then verify the copy."""

    def on_step(_status: int, remaining: int, total: int) -> None:
        report(progress, total - remaining, total)

    try:
        source = sqlite3.connect(db_path, timeout=SOURCE_TIMEOUT_SECONDS)
        try:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy, pages=PAGES_PER_STEP, progress=on_step)
            finally:
                copy.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise NotAMentorDeskDatabaseError(
            f"{db_path.name} cannot be read as a MentorDesk database."
        ) from exc
    return verify_database_file(target, f"The backup of {db_path.name}")


def _plain_backup(
    db_path: Path, folder: Path, started: dt.datetime, progress: Progress | None, automatic: bool
) -> BackupResult:
    partial = private_temp_file(folder, db_path.stem)
    try:
        summary = _snapshot(db_path, partial, progress)
        final = _final_path(folder, db_path, summary, started, automatic)
        replace_privately(partial, final)
    except BaseException:
        remove_quietly(partial)
        raise
    return BackupResult(
        final, final.stat().st_size, True, False, summary.participants, summary.matches
    )


def _encrypted_backup(
    db_path: Path,
    folder: Path,
    started: dt.datetime,
    passphrase: str,
    progress: Progress | None,
    automatic: bool,
) -> BackupResult:
    with tempfile.TemporaryDirectory(prefix="mentordesk-") as work:
        plain = Path(work) / "backup.sqlite"
        make_private_file(plain)
        summary = _snapshot(db_path, plain, progress)
        partial = private_temp_file(folder, db_path.stem)
        try:
            encrypt_file(plain, partial, passphrase)
            _check_reads_back(partial, plain, passphrase, db_path.name)
            final = _final_path(folder, db_path, summary, started, automatic)
            replace_privately(partial, final)
        except BaseException:
            remove_quietly(partial)
            raise
    return BackupResult(
        final, final.stat().st_size, True, True, summary.participants, summary.matches
    )


def _final_path(
    folder: Path, db_path: Path, summary: Summary, started: dt.datetime, automatic: bool
) -> Path:
    series = series_name(db_path, summary.programs)
    return unique_backup_path(folder, series, started, automatic=automatic)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_reads_back(encrypted: Path, plain: Path, passphrase: str, name: str) -> None:
    """Decrypt what was written and compare it with the verified plaintext."""
    check = plain.with_name("read-back.sqlite")
    decrypt_file(encrypted, check, passphrase)
    if _sha256(check) != _sha256(plain):
        raise BackupVerificationError(f"The encrypted backup of {name} did not read back intact.")


def inspect_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Date, size, schema and counts of a backup; an encrypted one needs ``passphrase``
    for everything but its date and size. The file is never changed."""
    path = Path(path)
    if not path.is_file():
        raise NotFoundError(f"{path.name} does not exist.")
    created_at, size = backup_created_at(path), path.stat().st_size
    if not is_encrypted(path):
        return _info(path, created_at, size, False, inspect_database_file(path, path.name))
    if passphrase is None:
        return BackupInfo(path, created_at, size, True, None, None, None, [])
    with tempfile.TemporaryDirectory(prefix="mentordesk-") as work:
        plain = Path(work) / "inspect.sqlite"
        decrypt_file(path, plain, passphrase)
        summary = inspect_database_file(plain, path.name)
    return _info(path, created_at, size, True, summary)


def _info(
    path: Path, created_at: dt.datetime, size: int, encrypted: bool, summary: Summary
) -> BackupInfo:
    return BackupInfo(
        path,
        created_at,
        size,
        encrypted,
        summary.revision,
        summary.participants,
        summary.matches,
        summary.programs,
        summary.cycles,
        summary.meetings,
    )


def _listed(path: Path) -> BackupInfo:
    try:
        return inspect_backup(path)
    except (MentorDeskError, OSError):
        # A damaged file is still listed (the user may want to delete it), without counts.
        return BackupInfo(
            path, backup_created_at(path), path.stat().st_size, False, None, None, None, []
        )


def list_backups(folder: Path | None = None) -> list[BackupInfo]:
    """The backups in ``folder`` (default: the backup folder), newest first, never
    decrypting: encrypted ones come without schema and counts."""
    found = [_listed(p) for p in backup_files(folder or default_backup_dir())]
    return sorted(found, key=lambda info: (info.created_at, info.path.name), reverse=True)
