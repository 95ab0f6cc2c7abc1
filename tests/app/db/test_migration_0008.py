"""Schema 0008: when a group's letters were marked as sent, kept on the group."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from app.db.migrate import head_revision, open_database
from app.db.models import Group

FIXTURE_0007 = Path(__file__).parents[2] / "data" / "schema" / "0007.db"


def test_groups_of_an_older_database_start_with_no_letters_marked_sent(
    tmp_path: Path, isolated_home: Path
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURE_0007, path)
    con = sqlite3.connect(path)
    (cycle_id,) = con.execute("SELECT id FROM cycle LIMIT 1").fetchone()
    con.execute(
        "INSERT INTO mentor_group (cycle_id, name, created_at, status) "
        "VALUES (?, 'Tuesday circle', '2026-09-01 10:00:00', 'confirmed')",
        (cycle_id,),
    )
    con.commit()
    con.close()
    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        with db.read() as session:
            [group] = session.query(Group).all()
            assert (group.name, group.letters_sent_at) == ("Tuesday circle", None)
    finally:
        db.dispose()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
    con.close()
    assert head_revision() == "0008"
    assert [p.name.split("-before-upgrade-")[1][:4] for p in (tmp_path / "backups").iterdir()] == [
        "0007"
    ]
