"""SQLite engine and session factory.

Every connection gets WAL, ``synchronous=FULL``, foreign keys and a busy timeout. Write
sessions start with ``BEGIN IMMEDIATE`` so a second writer waits (busy timeout) instead of
failing half-way through an action; read sessions use a plain deferred ``BEGIN``.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from app import safe_files
from app.cycles import guard as _closed_cycles  # noqa: F401  (closed cycles stay read-only)
from app.paths import make_private_file

BUSY_TIMEOUT_MS = 5000
_READ_ONLY = "mentordesk_read_only"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_begin(conn: Any) -> None:
    if conn.get_execution_options().get(_READ_ONLY):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file ``path``, created readable by the user only."""
    path = Path(path)
    make_private_file(path)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        hide_parameters=True,  # personal data never reaches logs through SQL errors
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An open MentorDesk database: the engine and its two session factories."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = Path(path)
        safe_files.register_database(self, self.path)  # no output may overwrite it
        self.engine = engine
        self._write = sessionmaker(bind=engine, expire_on_commit=False)
        self._read = sessionmaker(
            bind=engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: one immediate transaction, committed or rolled back whole."""
        with self._write.begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look at the data."""
        with self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        safe_files.forget_database(self)
        self.engine.dispose()
