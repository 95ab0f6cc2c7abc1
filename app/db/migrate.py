"""Open a database: create it, or back it up and upgrade it, or refuse it.

Before anything touches the file, ``file_check`` verifies that it is a MentorDesk database
whose whole schema is what this version's migrations produce for its revision.
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

from app.db import messages as _messages  # noqa: F401  (registers the sentences)
from app.db.engine import Database, make_engine
from app.db.file_check import check_before_opening
from app.errors import SafetyError
from app.paths import default_backup_dir, ensure_private_dir
from app.sentences import sentence

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Connection

log = logging.getLogger(__name__)

# The newest migration's revision. Opening a database at this revision needs no Alembic at
# all (importing it costs a good part of start-up); tests/app/test_migrate_head.py checks
# that it matches the head of app/db/migrations.
HEAD_REVISION = "0008"
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


def upgrade_schema(conn: Connection, target: str = "head") -> None:
    """Run the migrations up to ``target`` on ``conn``, foreign keys off meanwhile."""
    conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
    from alembic import command

    try:
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(cfg, target)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise SafetyError(sentence("db.upgrade_broken_references"))
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


def open_database(
    path: Path, backup_dir: Path | None = None, *, may_create: bool = True
) -> Database:
    """Open ``path`` as a MentorDesk database at the current schema.

    The file is checked first, reading only (``file_check``): a foreign file, a changed
    schema (a trigger, view, table or index of its own, a changed constraint) or a newer
    schema is refused with one sentence before anything chmods it, switches it to WAL or
    writes to it. A missing, empty or blank file becomes a new database when ``may_create``
    (``init``, ``demo``, the window's first start); commands that only use a database pass
    ``may_create=False``. An older schema is first copied to ``backup_dir``, then upgraded.

    Values are not checked here (``value_check`` takes about 45 ms on a 5,000-participant
    database, too long for every start); every backup and every restore checks them.
    """
    path = Path(path)
    current = check_before_opening(path, may_create=may_create)
    if current == head_revision():
        return Database(path)  # its engine, and SQLAlchemy, load on first use
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            if current is not None:
                stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                folder = ensure_private_dir(backup_dir or default_backup_dir())
                safety = folder / f"{path.stem}-before-upgrade-{current}-{stamp}.db"
                copy_database(path, safety)
                log.info("Saved a copy before upgrading the schema from %s", current)
            upgrade_schema(conn)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)
