"""Start-up health of the live database: ``quick_check``, the latest usable backup, and a
read-only way to open a damaged file when the coordinator chooses to look anyway.

The read-only way changes nothing on disk: no chmod, no switch to WAL, no ``-wal`` or
``-shm`` left beside a file that had none, since the damaged file may be all that is left
of the data (and is what a data-recovery service would need as it was).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.db.engine import BUSY_TIMEOUT_MS, Database
from app.db.file_check import SQLITE_MAGIC, read_only_uri
from app.errors import SafetyError
from app.sentences import sentence

if TYPE_CHECKING:  # SQLAlchemy loads when a read-only engine is made, and the backups'
    # code when one is looked for: ``quick_check`` is on the start path, before the first
    # paint.
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    from app.backup.service import BackupInfo

log = logging.getLogger(__name__)

READ_ONLY_MESSAGE = sentence("backup.read_only")


def quick_check(path: Path) -> str | None:
    """``None`` when the database passes ``PRAGMA quick_check`` (or does not exist yet),
    else one sentence for the coordinator. The file is only read."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        return None  # not a database at all: opening it refuses it with a clear sentence
    try:
        # Read-only, like the schema check that follows: the file is still unchecked.
        conn = sqlite3.connect(read_only_uri(path, header), uri=True, timeout=5.0)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        rows = []
    if rows == [("ok",)]:
        return None
    log.error("The start-up quick_check of the database failed")
    return sentence("backup.quick_check_failed", name=path.name)


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that can be read (encrypted ones are assumed readable), skipping
    damaged files; ``None`` when there is none."""
    from app.backup.service import list_backups

    for info in list_backups(folder):
        if info.encrypted or info.schema_revision is not None:
            return info
    return None


class ReadOnlyDatabase(Database):
    """A database the coordinator chose to open despite a failed check: no writes."""

    read_only = True

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        raise SafetyError(READ_ONLY_MESSAGE)
        yield  # pragma: no cover - makes this a generator


def read_only_engine(path: Path) -> Engine:
    """An engine whose connections can only read ``path`` and leave it as it is.

    A WAL file without its ``-wal`` is opened immutable (a plain read-only connection would
    create ``-wal`` and ``-shm``); otherwise read-only, so that content still in an existing
    ``-wal`` is seen. ``query_only`` refuses any write that would get past ``write()``.
    """
    from sqlalchemy import create_engine
    from sqlalchemy.pool import QueuePool

    path = Path(path)
    with open(path, "rb") as handle:
        header = handle.read(100)
    uri = read_only_uri(path, header)

    def connect() -> sqlite3.Connection:
        # Sessions of background workers run on other threads, one connection each.
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        return conn

    return create_engine(
        "sqlite+pysqlite://", creator=connect, poolclass=QueuePool, hide_parameters=True
    )


def open_read_only(path: Path) -> Database:
    """Open ``path`` without migrating or changing it; every write is refused with a clear
    sentence."""
    return ReadOnlyDatabase(Path(path), read_only_engine(Path(path)))
