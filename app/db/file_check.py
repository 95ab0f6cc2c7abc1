"""Look at a file before MentorDesk opens it as its database.

``--db`` may name anything: another application's SQLite file, a spreadsheet, a folder, a
device. Nothing may touch such a file (no chmod, no switch to WAL, no schema written into
it), so it is checked first, reading only: what kind of file it is (a device or a pipe is
never opened for reading), its SQLite header, then its whole schema through a read-only
connection (``schema_check``). Only a missing file, a 0-byte file or a SQLite file holding
nothing at all (left by a first start that was interrupted) may become a new database, and
only when the caller may create one (``init``, ``demo``, the window's first start).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from app.db import messages as _messages  # noqa: F401  (registers the sentences)
from app.db.schema_check import check_schema
from app.errors import NotAMentorDeskDatabaseError, UnusableInputError
from app.sentences import sentence

SQLITE_MAGIC = b"SQLite format 3\x00"
OPEN_REFUSAL = sentence("db.refusal_open")
_NONBLOCKING = getattr(os, "O_NONBLOCK", 0)  # opening a pipe must not wait for a writer


class ChangedDatabaseError(NotAMentorDeskDatabaseError):
    """A MentorDesk database whose schema was changed outside MentorDesk (a trigger, view,
    table or index of its own, a changed constraint): its data may be sound, but it is
    not opened; restoring a backup is the way back."""


def _create_hint(path: Path, what: str = "no_database") -> UnusableInputError:
    """``what``: ``no_database``, ``empty_file`` or ``empty_database``."""
    return UnusableInputError(sentence(f"db.{what}", path=path))


def check_file_kind(path: Path, *, may_create: bool) -> bool:
    """Refuse what cannot be a database file at all, without reading it; ``True`` when
    ``path`` is a regular file that is not empty (its content is still to be checked)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if may_create:
            return False
        raise _create_hint(path) from None
    except OSError as exc:
        raise UnusableInputError(sentence("db.unreachable", path=path, cause=exc.strerror)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotAMentorDeskDatabaseError(sentence("db.is_folder", name=path.name))
    if not stat.S_ISREG(info.st_mode):
        raise NotAMentorDeskDatabaseError(sentence("db.is_device", path=path))
    if info.st_size == 0 and not may_create:
        raise _create_hint(path, "empty_file")
    return info.st_size > 0


def _read_header(path: Path) -> bytes:
    """The first 100 bytes, read only after the open file proved to be a regular file (the
    path may have changed since ``check_file_kind``)."""
    try:
        fd = os.open(path, os.O_RDONLY | _NONBLOCKING | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UnusableInputError(sentence("db.unreadable", path=path, cause=exc.strerror)) from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAMentorDeskDatabaseError(sentence("db.is_device", path=path))
        return os.read(fd, 100)
    finally:
        os.close(fd)


def read_only_uri(path: Path, header: bytes) -> str:
    """A URI that reads ``path`` without writing anything. A WAL file with no ``-wal``
    beside it is read as immutable: a plain read-only connection would leave an empty
    ``-wal`` and ``-shm`` beside another application's file."""
    uri = path.resolve().as_uri()
    in_wal_mode = header[18:20] == b"\x02\x02"
    if in_wal_mode and not path.with_name(path.name + "-wal").exists():
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def check_before_opening(path: Path, *, may_create: bool) -> str | None:
    """The schema revision of the MentorDesk database at ``path``, whose whole schema has
    proved to be this version's for that revision; ``None`` when a new database may be
    created there. Anything else is refused with one sentence, and the file is not changed.
    """
    path = Path(path)
    if not check_file_kind(path, may_create=may_create):
        return None
    header = _read_header(path)
    if not header.startswith(SQLITE_MAGIC):
        raise NotAMentorDeskDatabaseError(
            sentence("db.not_database", name=path.name, refusal=OPEN_REFUSAL)
        )
    try:
        conn = sqlite3.connect(read_only_uri(path, header), uri=True)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            revision = check_schema(conn, path.name, OPEN_REFUSAL, ChangedDatabaseError)
            owner = conn.execute("PRAGMA application_id").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotAMentorDeskDatabaseError(
            sentence("db.damaged_or_not_database", name=path.name, refusal=OPEN_REFUSAL)
        ) from exc
    if revision is None:
        if owner:  # a SQLite file another application has marked as its own
            raise NotAMentorDeskDatabaseError(
                sentence("db.not_mentordesk", name=path.name, refusal=OPEN_REFUSAL)
            )
        if not may_create:
            raise _create_hint(path, "empty_database")
    return revision
