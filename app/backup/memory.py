"""Database copies held in memory, so that an encrypted backup's plaintext never reaches a disk.

An encrypted backup is made by copying the live database into an in-memory SQLite database
(backup API), verifying it there, and serialising it to bytes that are encrypted at once;
reading one back or inspecting one decrypts into memory and deserialises. No plaintext file
is written, in the system's temporary folder or anywhere else.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.backup.checks import (
    SQLITE_MAGIC,
    Summary,
    check_integrity,
    check_values,
    read_revision,
    read_summary,
)
from app.errors import BackupVerificationError, NotAMentorDeskDatabaseError
from app.progress import Progress, report
from app.sentences import sentence

PAGES_PER_STEP = 256
SOURCE_TIMEOUT_SECONDS = 5.0
_VERSION_BYTES = slice(18, 20)  # file format write/read versions: 2 = WAL, 1 = rollback


def copy_into(db_path: Path, target: sqlite3.Connection, progress: Progress | None) -> None:
    """Copy the database file ``db_path`` into ``target`` through SQLite's backup API, so
    that content still in its ``-wal`` file is included. Raises ``sqlite3.Error``."""

    def on_step(_status: int, remaining: int, total: int) -> None:
        report(progress, total - remaining, total)

    source = sqlite3.connect(db_path, timeout=SOURCE_TIMEOUT_SECONDS)
    try:
        source.backup(target, pages=PAGES_PER_STEP, progress=on_step)
    finally:
        source.close()


def _connect() -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:")
    # A backup is untrusted: nothing in its schema may call a function with side effects.
    memory.execute("PRAGMA trusted_schema = OFF")
    return memory


def _rollback_journal_image(image: bytes) -> bytes:
    """The image marked as a rollback-journal database, as a verified backup file is.

    A copy of a WAL database keeps the WAL marks in its header, and SQLite cannot open such
    an image in memory; the pages already hold everything, so only the marks change.
    """
    if len(image) < 100 or image[_VERSION_BYTES] == b"\x01\x01":
        return image
    fixed = bytearray(image)
    fixed[_VERSION_BYTES] = b"\x01\x01"
    return bytes(fixed)


def snapshot_image(db_path: Path, label: str, progress: Progress | None) -> tuple[bytes, Summary]:
    """A verified copy of ``db_path`` as bytes, and what it holds.

    Raises ``sqlite3.Error`` when the file cannot be copied, ``BackupVerificationError`` and
    friends (naming ``label``) when the copy does not verify.
    """
    memory = _connect()
    try:
        copy_into(db_path, memory, progress)
        try:
            # The checks of ``verify_database_file``, in the same order, on the copy in memory.
            revision = read_revision(memory, label)
            check_integrity(memory, label)
            check_values(memory, revision, label)
            summary = read_summary(memory, revision)
        except sqlite3.DatabaseError as exc:
            raise BackupVerificationError(sentence("backup.damaged_unusable", label=label)) from exc
        return _rollback_journal_image(memory.serialize()), summary
    finally:
        memory.close()


def image_summary(image: bytes, label: str) -> Summary:
    """What the database image ``image`` holds, read in memory; refusals name ``label``."""
    if not image.startswith(SQLITE_MAGIC) or len(image) < 100:
        raise NotAMentorDeskDatabaseError(sentence("backup.not_mentordesk", label=label))
    memory = _connect()
    try:
        memory.deserialize(_rollback_journal_image(image))
        return read_summary(memory, read_revision(memory, label))
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(sentence("backup.damaged_unreadable", label=label)) from exc
    finally:
        memory.close()
