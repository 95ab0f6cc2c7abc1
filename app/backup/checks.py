"""Verification of SQLite files that claim to be MentorDesk databases, and their summaries.

A backup is untrusted input (it may come from a USB stick or an email). Every refusal is
one sentence naming the file. Order of the checks: the SQLite header and size; the whole
schema against what this version's migrations produce for the file's revision
(``app.db.schema_check``: no trigger, view, table or index of its own, no changed
constraint, clear messages for foreign and newer files); ``integrity_check`` (which also
verifies NOT NULL and the schema's CHECK constraints) and ``foreign_key_check``; then the
values (``app.db.value_check``: storage types, dates, JSON, enumerations, UTF-8).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.db.file_check import SQLITE_MAGIC
from app.db.schema_check import check_schema, expected_schema
from app.db.value_check import describe_bad_value
from app.errors import BackupVerificationError, NotAMentorDeskDatabaseError
from app.sentences import sentence

__all__ = [
    "SQLITE_MAGIC",
    "Summary",
    "check_header",
    "connect",
    "full_integrity_check",
    "inspect_database_file",
    "verify_database_file",
]

# What MentorDesk did about a refused backup (a restore candidate is a private copy: the
# current database is only replaced after every check passed).
REFUSAL = sentence("backup.refusal")
_HEADER_BYTES = 100


@dataclass(frozen=True)
class Summary:
    """What a MentorDesk database holds, in numbers (no personal data)."""

    revision: str
    participants: int
    matches: int
    programs: list[str]
    cycles: list[str] = field(default_factory=list)
    meetings: int = 0


@contextlib.contextmanager
def connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    """A short-lived connection; ``read_only`` opens the file as immutable (writes nothing)."""
    if read_only:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?immutable=1", uri=True)
    else:
        conn = sqlite3.connect(path, timeout=5.0, isolation_level=None)
    try:
        # Nothing in an untrusted schema may call a function with side effects.
        conn.execute("PRAGMA trusted_schema = OFF")
        yield conn
    finally:
        conn.close()


def check_header(path: Path, label: str) -> None:
    """Refuse files that are not SQLite databases, or whose size disagrees with the header."""
    with open(path, "rb") as handle:
        header = handle.read(_HEADER_BYTES)
    if len(header) < _HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise NotAMentorDeskDatabaseError(sentence("backup.not_mentordesk", label=label))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise BackupVerificationError(sentence("backup.bad_header", label=label))
    size = Path(path).stat().st_size
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[92:96] == header[24:28]
    if size % page_size or (count_is_valid and size < page_count * page_size):
        raise BackupVerificationError(sentence("backup.cut_short", label=label))


def read_revision(conn: sqlite3.Connection, label: str) -> str:
    """The schema revision of a MentorDesk file whose whole schema has proved to be this
    version's for that revision; refuses foreign, newer, empty and changed files."""
    revision = check_schema(conn, label, REFUSAL, BackupVerificationError)
    if revision is None:
        raise NotAMentorDeskDatabaseError(sentence("backup.empty", label=label))
    return revision


def check_values(conn: sqlite3.Connection, revision: str, label: str) -> None:
    """Refuse a file holding a value MentorDesk cannot have written (see ``value_check``)."""
    expected = expected_schema(revision)
    if expected is None:  # pragma: no cover - read_revision refuses unknown revisions
        raise BackupVerificationError(
            sentence("backup.unknown_schema", label=label, refusal=REFUSAL)
        )
    problem = describe_bad_value(conn, expected)
    if problem:
        raise BackupVerificationError(
            sentence("db.changed", name=label, problem=problem, refusal=REFUSAL)
        )


def check_integrity(conn: sqlite3.Connection, label: str) -> None:
    """Full ``integrity_check`` and ``foreign_key_check``; refuses any problem."""
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        raise BackupVerificationError(sentence("backup.integrity_failed", label=label))
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise BackupVerificationError(sentence("backup.broken_references", label=label))


def read_summary(conn: sqlite3.Connection, revision: str) -> Summary:
    """What a checked MentorDesk file holds, in numbers."""
    participants = conn.execute("SELECT count(*) FROM participant").fetchone()[0]
    matches = conn.execute('SELECT count(*) FROM "match"').fetchone()[0]
    names = conn.execute("SELECT name FROM program ORDER BY name").fetchall()
    meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    cycles = conn.execute(
        "SELECT program.name || ' ' || cycle.label FROM cycle "
        "JOIN program ON program.id = cycle.program_id ORDER BY program.name, cycle.label"
    ).fetchall()
    return Summary(
        revision,
        int(participants),
        int(matches),
        [str(n[0]) for n in names],
        [str(c[0]) for c in cycles],
        int(meetings),
    )


def verify_database_file(path: Path, label: str) -> Summary:
    """Check that ``path`` is a sound MentorDesk database at a known schema.

    ``path`` must be a private working copy: it is opened read-write and left in rollback
    journal mode (a single self-contained file, no ``-wal``).
    """
    check_header(path, label)
    try:
        with connect(path) as conn:
            revision = read_revision(conn, label)
            check_integrity(conn, label)
            check_values(conn, revision, label)
            summary = read_summary(conn, revision)
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(sentence("backup.damaged_unusable", label=label)) from exc
    return summary


def inspect_database_file(path: Path, label: str) -> Summary:
    """Summary of a MentorDesk file without verifying or changing it."""
    check_header(path, label)
    try:
        with connect(path, read_only=True) as conn:
            return read_summary(conn, read_revision(conn, label))
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(sentence("backup.damaged_unreadable", label=label)) from exc


def full_integrity_check(path: Path, label: str) -> None:
    """``integrity_check`` and ``foreign_key_check`` on a database in place."""
    try:
        with connect(path) as conn:
            check_integrity(conn, label)
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(sentence("backup.damaged_unusable", label=label)) from exc
