"""The schema revisions MentorDesk knows without Alembic agree with the migration scripts."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from app.db.migrate import HEAD_REVISION, _alembic_config, head_revision, known_revisions


def test_head_constant_is_the_newest_migration() -> None:
    # Bump HEAD_REVISION in app/db/migrate.py together with every new migration.
    script = ScriptDirectory.from_config(_alembic_config())
    assert head_revision() == HEAD_REVISION == script.get_current_head()


def test_known_revisions_are_every_migration_file() -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
