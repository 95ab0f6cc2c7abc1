"""Backup names never repeat a word: the database's name, then the program's when it adds
something, then the time stamp."""

from __future__ import annotations

from pathlib import Path

from app.backup.files import parse_backup_name, series_name


def test_the_default_database_name_is_not_repeated() -> None:
    assert series_name(Path("/d/mentordesk.db"), []) == "mentordesk"
    assert series_name(Path("/d/mentordesk.db"), ["A", "B"]) == "mentordesk"
    assert series_name(Path("/d/mentordesk.db"), ["MentorDesk"]) == "mentordesk"


def test_the_only_program_is_named_once() -> None:
    assert series_name(Path("/d/mentordesk.db"), ["Kids Mentoring"]) == "mentordesk-kids-mentoring"
    assert series_name(Path("/d/kids-mentoring.db"), ["Kids Mentoring"]) == "kids-mentoring"
    assert series_name(Path("/d/2026-kids-mentoring.db"), ["Kids Mentoring"]) == (
        "2026-kids-mentoring"
    )


def test_a_backup_of_the_default_database_says_mentordesk_once(tmp_path: Path) -> None:
    from app.backup.service import backup_database
    from app.db.migrate import open_database

    db_path = tmp_path / "mentordesk.db"
    open_database(db_path).dispose()
    made = backup_database(db_path, tmp_path / "backups").path
    assert made.name.startswith("mentordesk-2")
    assert "mentordesk-mentordesk" not in made.name
    parsed = parse_backup_name(made)
    assert parsed is not None and parsed.series == "mentordesk" and not parsed.automatic
