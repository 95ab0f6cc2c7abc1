"""Open a database: create it, or back it up and upgrade it, or refuse it.

Every schema change is an Alembic migration under ``app/db/migrations``. Migrations run
with foreign keys off (batch "move and copy" would otherwise cascade deletes) and are
followed by ``foreign_key_check``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from app.db.engine import Database, make_engine
from app.errors import NotAMentorDeskDatabaseError, SafetyError, SchemaTooNewError
from app.paths import default_backup_dir, ensure_private_dir

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

# The newest migration's revision. Opening a database at this revision needs no Alembic at
# all (importing it costs a good part of start-up); tests/app/test_migrate_head.py checks
# that it matches the head of app/db/migrations.
HEAD_REVISION = "0002"
# Migration files are named after their revision: versions/0002_templates_mappings.py.
_MIGRATION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(files("app.db") / "migrations"))
    return cfg


def head_revision() -> str:
    """The schema revision this version of MentorDesk writes."""
    return HEAD_REVISION


def known_revisions() -> set[str]:
    """Every revision this version of MentorDesk can open (the migration file names)."""
    versions = files("app.db") / "migrations" / "versions"
    found = (_MIGRATION_FILE.match(entry.name) for entry in versions.iterdir())
    return {match.group(1) for match in found if match}


def read_revision(conn: Connection) -> str | None:
    """The schema revision stored in the file, ``None`` for an empty file."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        if tables:
            raise NotAMentorDeskDatabaseError(
                "This file is a database, but not a MentorDesk database."
            )
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _upgrade(conn: Connection) -> None:
    conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    from alembic import command

    try:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(cfg, "head")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise SafetyError(
                    "The database upgrade left broken references; nothing was changed."
                )
    finally:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")  # type: ignore[union-attr]


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy of a live SQLite file through the backup API."""
    from app.paths import make_private_file

    make_private_file(target)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def open_database(path: Path, backup_dir: Path | None = None) -> Database:
    """Open ``path`` as a MentorDesk database at the current schema.

    A missing file is created. An older schema is first copied to ``backup_dir`` and then
    upgraded. A newer schema or a foreign file is refused with a clear message.
    """
    path = Path(path)
    if path.exists() and path.is_dir():
        raise NotAMentorDeskDatabaseError(f"{path} is a folder, not a database file.")
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            try:
                current = read_revision(conn)
            except sqlite3.DatabaseError as exc:  # pragma: no cover - wrapped below
                raise NotAMentorDeskDatabaseError(f"{path.name} is not a database.") from exc
            conn.rollback()
            head = head_revision()
            if current == head:
                return Database(path, engine)
            if current is not None and current not in known_revisions():
                raise SchemaTooNewError(
                    f"{path.name} was saved by a newer version of MentorDesk; "
                    "please install the latest version to open it."
                )
            if current is not None:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                folder = ensure_private_dir(backup_dir or default_backup_dir())
                safety = folder / f"{path.stem}-before-upgrade-{current}-{stamp}.db"
                copy_database(path, safety)
                log.info("Saved a copy before upgrading the schema from %s", current)
            _upgrade(conn)
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import DatabaseError

        if isinstance(exc, DatabaseError) and "not a database" in str(exc.orig):
            raise NotAMentorDeskDatabaseError(f"{path.name} is not a database.") from exc
        raise
    return Database(path, engine)
