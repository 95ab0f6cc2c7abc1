"""Verified backups of a MentorDesk database, plain or encrypted, and what they hold.

A backup is the whole database (every program, person and setting), copied through the
SQLite backup API so that content still in the ``-wal`` file is included, checked with
``integrity_check`` and ``foreign_key_check``, and only then renamed to its final name.
Plain backups are SQLite files; encrypted ones are described in ``crypto``. Both end in
``.mentordesk-backup`` and are created readable by the user only, in a 0700 folder. An
encrypted backup's plaintext stays in memory (``memory``): no plaintext file is ever
written, so none can be left behind by a killed run.
"""

from __future__ import annotations

import datetime as dt
import hmac
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.backup.checks import Summary, inspect_database_file, verify_database_file
from app.backup.crypto import decrypt_bytes, encrypt_bytes, is_encrypted, write_private
from app.backup.files import (
    backup_created_at,
    backup_files,
    private_temp_file,
    remove_quietly,
    replace_privately,
    series_name,
    unique_backup_path,
)
from app.backup.memory import copy_into, image_summary, snapshot_image
from app.backup.restore import RestoreResult, restore_database
from app.backup.rotation import auto_backup_due, rotate_backups
from app.environment import environment_fault
from app.errors import (
    BackupVerificationError,
    MentorDeskError,
    NotAMentorDeskDatabaseError,
    NotFoundError,
    UnusableInputError,
)
from app.paths import default_backup_dir, ensure_private_dir
from app.progress import Progress
from app.safe_files import check_folder
from app.sentences import Sentence, sentence

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
        raise NotFoundError(sentence("backup.missing", name=db_path.name))
    if passphrase is not None and not passphrase:
        raise UnusableInputError(sentence("backup.passphrase_empty"))
    if to_dir is not None:  # never a file, least of all the database or another backup
        check_folder(Path(to_dir), "the backup")
    folder = ensure_private_dir(Path(to_dir) if to_dir is not None else default_backup_dir())
    started = dt.datetime.now()
    try:
        if passphrase is None:
            result = _plain_backup(db_path, folder, started, progress, automatic)
        else:
            result = _encrypted_backup(db_path, folder, started, passphrase, progress, automatic)
    except BackupVerificationError as exc:
        # The copy is checked, but what fails is the database it was copied from.
        reason = exc.message if isinstance(exc.message, Sentence) else exc.message.rstrip(".")
        raise BackupVerificationError(
            sentence("backup.no_backup_made", reason_clause=reason)
        ) from exc
    log.info("Backup written and verified (%d bytes, encrypted=%s)", result.bytes, result.encrypted)
    return result


def _copy_failed(db_path: Path, exc: sqlite3.Error, where: Path) -> MentorDeskError:
    """A full disk or a read-only folder is said as such, not as an unreadable database."""
    fault = environment_fault(exc, where)
    if fault is not None:
        return fault
    return NotAMentorDeskDatabaseError(sentence("backup.unreadable_database", name=db_path.name))


def _snapshot(db_path: Path, target: Path, progress: Progress | None) -> Summary:
    """Copy ``db_path`` into ``target`` through the backup API, then verify the copy."""
    try:
        copy = sqlite3.connect(target)
        try:
            copy_into(db_path, copy, progress)
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        raise _copy_failed(db_path, exc, target.parent) from exc
    return verify_database_file(target, db_path.name)


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
    try:
        image, summary = snapshot_image(db_path, db_path.name, progress)
    except sqlite3.DatabaseError as exc:
        raise _copy_failed(db_path, exc, db_path) from exc
    partial = private_temp_file(folder, db_path.stem)
    try:
        write_private(partial, encrypt_bytes(image, passphrase))
        _check_reads_back(partial, image, passphrase, db_path.name)
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


def _check_reads_back(encrypted: Path, image: bytes, passphrase: str, name: str) -> None:
    """Decrypt what was written, in memory, and compare it with the verified plaintext."""
    if not hmac.compare_digest(decrypt_bytes(encrypted.read_bytes(), passphrase), image):
        raise BackupVerificationError(sentence("backup.encrypted_not_intact", name=name))


def inspect_backup(path: Path, passphrase: str | None = None) -> BackupInfo:
    """Date, size, schema and counts of a backup; an encrypted one needs ``passphrase``
    for everything but its date and size. The file is never changed."""
    path = Path(path)
    if not path.is_file():
        raise NotFoundError(sentence("backup.missing", name=path.name))
    created_at, size = backup_created_at(path), path.stat().st_size
    if not is_encrypted(path):
        return _info(path, created_at, size, False, inspect_database_file(path, path.name))
    if passphrase is None:
        return BackupInfo(path, created_at, size, True, None, None, None, [])
    summary = image_summary(decrypt_bytes(path.read_bytes(), passphrase), path.name)
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
