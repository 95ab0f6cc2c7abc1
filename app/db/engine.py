"""SQLite engine and session factory, and the plain read-only connection of the first paint.

Every connection gets WAL, ``synchronous=FULL``, foreign keys and a busy timeout. Write
sessions start with ``BEGIN IMMEDIATE`` so a second writer waits (busy timeout) instead of
failing half-way through an action; read sessions use a plain deferred ``BEGIN``.

SQLAlchemy and the models are imported when a database is first used, not when it is
opened: the window paints its first roster page from ``plain_reader`` before that.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import safe_files
from app.paths import make_private_file

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

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
    from sqlalchemy import create_engine, event

    from app.cycles import guard as _closed_cycles  # noqa: F401  (closed cycles stay read-only)

    path = Path(path)
    make_private_file(path)
    engine = create_engine(
        f"sqlite+pysqlite:///{path}",
        hide_parameters=True,  # personal data never reaches logs through SQL errors
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def plain_reader(path: Path) -> sqlite3.Connection:
    """A read-only ``sqlite3`` connection on a database that has passed the opening checks
    (``app.db.migrate.open_database``): the first paint reads through it, before
    SQLAlchemy is imported. ``query_only`` refuses any write."""
    uri = Path(path).resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA query_only = ON")
    return conn


class Database:
    """An open MentorDesk database: the engine and its two session factories.

    Without an ``engine``, the engine (and SQLAlchemy with it) is made on first use."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = Path(path)
        safe_files.register_database(self, self.path)  # no output may overwrite it
        self._given = engine
        self._made: tuple[Engine, sessionmaker[Session], sessionmaker[Session]] | None = None
        self._making = threading.Lock()  # workers may be the first to use it

    def _ready(self) -> tuple[Engine, sessionmaker[Session], sessionmaker[Session]]:
        made = self._made
        if made is None:
            with self._making:
                if self._made is None:
                    self._made = _factories(self._given or make_engine(self.path))
                made = self._made
        return made

    @property
    def engine(self) -> Engine:
        return self._ready()[0]

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """One user action: one immediate transaction, committed or rolled back whole."""
        with self._ready()[1].begin() as session:
            yield session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look at the data."""
        with self._ready()[2]() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        safe_files.forget_database(self)
        engine = self._made[0] if self._made is not None else self._given
        if engine is not None:
            engine.dispose()


def _factories(engine: Engine) -> tuple[Engine, sessionmaker[Session], sessionmaker[Session]]:
    from sqlalchemy.orm import sessionmaker

    write = sessionmaker(bind=engine, expire_on_commit=False)
    read = sessionmaker(bind=engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False)
    return engine, write, read
