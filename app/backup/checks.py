"""Verification of SQLite files that claim to be MentorDesk databases, and their summaries.

Every refusal is one sentence naming the file. Order of the checks: the SQLite header and
size, then the MentorDesk tables and schema revision (clear messages for foreign files),
then ``integrity_check`` and ``foreign_key_check``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.db.migrate import known_revisions
from app.errors import BackupVerificationError, NotAMentorDeskDatabaseError, SchemaTooNewError

SQLITE_MAGIC = b"SQLite format 3\x00"
MENTORDESK_TABLES = frozenset({"alembic_version", "program", "person", "participant", "match"})
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
        yield conn
    finally:
        conn.close()


def check_header(path: Path, label: str) -> None:
    """Refuse files that are not SQLite databases, or whose size disagrees with the header."""
    with open(path, "rb") as handle:
        header = handle.read(_HEADER_BYTES)
    if len(header) < _HEADER_BYTES or not header.startswith(SQLITE_MAGIC):
        raise NotAMentorDeskDatabaseError(f"{label} is not a MentorDesk database or backup.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise BackupVerificationError(f"{label} is damaged (its header is invalid).")
    size = Path(path).stat().st_size
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[92:96] == header[24:28]
    if size % page_size or (count_is_valid and size < page_count * page_size):
        raise BackupVerificationError(f"{label} is incomplete or damaged (the file is cut short).")


def _table_names(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def read_revision(conn: sqlite3.Connection, label: str) -> str:
    """The schema revision of a MentorDesk file; refuses foreign and newer files."""
    if not MENTORDESK_TABLES.issubset(_table_names(conn)):
        raise NotAMentorDeskDatabaseError(
            f"{label} is a database, but not a MentorDesk database or backup."
        )
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or not revision[0]:
        raise NotAMentorDeskDatabaseError(f"{label} has no MentorDesk schema version.")
    if revision[0] not in known_revisions():
        raise SchemaTooNewError(
            f"{label} was saved by a newer version of MentorDesk; "
            "please install the latest version to use it."
        )
    return str(revision[0])


def check_integrity(conn: sqlite3.Connection, label: str) -> None:
    """Full ``integrity_check`` and ``foreign_key_check``; refuses any problem."""
    rows = conn.execute("PRAGMA integrity_check").fetchall()
    if rows != [("ok",)]:
        raise BackupVerificationError(f"{label} is damaged (the integrity check failed).")
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise BackupVerificationError(f"{label} is damaged (it has broken references).")


def read_summary(conn: sqlite3.Connection, label: str) -> Summary:
    revision = read_revision(conn, label)
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
            summary = read_summary(conn, label)
            check_integrity(conn, label)
            conn.execute("PRAGMA journal_mode = DELETE").fetchall()
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(f"{label} is damaged and cannot be used.") from exc
    return summary


def inspect_database_file(path: Path, label: str) -> Summary:
    """Summary of a MentorDesk file without verifying or changing it."""
    check_header(path, label)
    try:
        with connect(path, read_only=True) as conn:
            return read_summary(conn, label)
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(f"{label} is damaged and cannot be read.") from exc


def full_integrity_check(path: Path, label: str) -> None:
    """``integrity_check`` and ``foreign_key_check`` on a database in place."""
    try:
        with connect(path) as conn:
            check_integrity(conn, label)
    except sqlite3.DatabaseError as exc:
        raise BackupVerificationError(f"{label} is damaged and cannot be used.") from exc
