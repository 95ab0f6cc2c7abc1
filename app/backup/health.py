"""Start-up health of the live database: ``quick_check``, the latest usable backup, and a
read-only way to open a damaged file when the coordinator chooses to look anyway."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.orm import Session

from app.backup.checks import SQLITE_MAGIC
from app.backup.service import BackupInfo, list_backups
from app.db.engine import Database, make_engine
from app.errors import SafetyError

log = logging.getLogger(__name__)

READ_ONLY_MESSAGE = (
    "The database is open read-only because its check failed. Restore a backup "
    "(Backups page) to make changes again."
)


def quick_check(path: Path) -> str | None:
    """``None`` when the database passes ``PRAGMA quick_check`` (or does not exist yet),
    else one sentence for the coordinator. The file is only read."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            return None  # not a database at all: opening it refuses it with a clear sentence
    try:
        conn = sqlite3.connect(path, timeout=5.0)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        rows = []
    if rows == [("ok",)]:
        return None
    log.error("The start-up quick_check of the database failed")
    return f"{path.name} failed its start-up check: the file is damaged."


def latest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that can be read (encrypted ones are assumed readable), skipping
    damaged files; ``None`` when there is none."""
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


def open_read_only(path: Path) -> Database:
    """Open ``path`` without migrating it; every write is refused with a clear sentence."""
    return ReadOnlyDatabase(Path(path), make_engine(Path(path)))
