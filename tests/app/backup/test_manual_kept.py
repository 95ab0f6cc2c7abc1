"""Backups made by hand are kept until the coordinator deletes them; rotation prunes only
automatic backups, told apart by their file name so that copying the folder keeps it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from app import cli
from app.backup.auto import Rotation, automatic_backup
from app.backup.files import (
    BACKUP_SUFFIX,
    is_automatic_backup,
    parse_backup_name,
    unique_backup_path,
)
from app.backup.rotation import backups_to_delete, delete_backup, rotate_backups
from app.backup.service import backup_database, list_backups
from app.db.engine import Database
from app.errors import SafetyError

D = dt.datetime
NOTHING_KEPT = Rotation(daily=0, weekly=0, monthly=0)


def _touch(path: Path) -> Path:
    path.write_bytes(b"backup")
    return path


def test_names_say_automatic_only_with_the_marker(tmp_path: Path) -> None:
    when = D(2025, 3, 1, 9, 0, 0)
    automatic = unique_backup_path(tmp_path, "program-paediatrics", when, automatic=True)
    assert automatic.name == "program-paediatrics-20250301-090000-auto" + BACKUP_SUFFIX
    manual = unique_backup_path(tmp_path, "program-paediatrics", when)
    assert manual.name == "program-paediatrics-20250301-090000" + BACKUP_SUFFIX
    _touch(automatic)
    second = unique_backup_path(tmp_path, "program-paediatrics", when, automatic=True)
    assert second.name == "program-paediatrics-20250301-090000-2-auto" + BACKUP_SUFFIX

    parsed = parse_backup_name(second)
    assert parsed is not None and parsed.automatic
    assert (parsed.series, parsed.created_at) == ("program-paediatrics", when)
    # A program called "Auto" (slug "auto") does not make a manual backup automatic.
    for name in (
        "program-auto-20250301-090000",
        "program-driving-auto-20250301-090000-3",
        "program-before-restore-20250301-090000",
        "program-mentordesk-20250301-090000-auto-copy",
        "my copy",
    ):
        assert not is_automatic_backup(tmp_path / (name + BACKUP_SUFFIX)), name


def test_rotation_never_deletes_a_manual_backup_over_two_years(tmp_path: Path) -> None:
    """Every day an automatic backup and a rotation; now and then a backup by hand."""
    folder = tmp_path / "backups"
    folder.mkdir()
    manual: list[Path] = []
    automatic: list[tuple[Path, dt.datetime]] = []
    day = D(2024, 1, 1, 17, 0, 0)
    for number in range(730):
        if number % 9 == 0:  # by hand, before the automatic one, and in its series
            made = day.replace(hour=10)
            manual.append(_touch(unique_backup_path(folder, "program-paediatrics", made)))
        path = _touch(unique_backup_path(folder, "program-paediatrics", day, automatic=True))
        automatic.append((path, day))
        survivors = [(p, w) for p, w in automatic if p.exists()]
        expected = set(backups_to_delete(survivors, daily=7, weekly=4, monthly=12, now=day))

        deleted = rotate_backups(folder, daily=7, weekly=4, monthly=12, now=day)

        assert set(deleted) == expected
        assert all(path.exists() for path in manual)
        day += dt.timedelta(days=1)

    remaining = [p for p, _ in automatic if p.exists()]
    assert 12 <= len(remaining) <= 7 + 4 + 12  # rotated as before
    assert len(manual) == 82 and all(path.exists() for path in manual)


def test_of_two_automatic_backups_in_one_second_the_later_is_kept(tmp_path: Path) -> None:
    when = D(2025, 3, 1, 9, 0, 0)
    first = _touch(unique_backup_path(tmp_path, "program-x", when, automatic=True))
    second = _touch(unique_backup_path(tmp_path, "program-x", when, automatic=True))
    assert rotate_backups(tmp_path, daily=1, weekly=0, monthly=0, now=when) == [first]
    assert second.exists()


def test_earlier_backups_without_the_marker_are_kept(tmp_path: Path) -> None:
    """Backups written before automatic ones were marked cannot be told apart: kept."""
    folder = tmp_path / "backups"
    folder.mkdir()
    earlier = [
        _touch(folder / f"program-mentordesk-202401{d:02d}-090000{BACKUP_SUFFIX}")
        for d in range(1, 29)
    ]
    assert rotate_backups(folder, daily=1, weekly=0, monthly=0, now=D(2025, 1, 1)) == []
    assert all(path.exists() for path in earlier)


def test_copying_the_folder_keeps_the_difference(
    populated: Database, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    mine = backup_database(db_path, folder)
    first_auto = automatic_backup(db_path, folder, rotation=NOTHING_KEPT)
    copied = tmp_path / "usb stick" / "backups"
    shutil.copytree(folder, copied)

    second_auto = automatic_backup(db_path, copied, rotation=NOTHING_KEPT)

    names = {p.name for p in copied.iterdir()}
    assert names == {mine.path.name, second_auto.path.name}  # the older automatic one went
    assert first_auto.path.name not in names
    listed = {info.path.name: is_automatic_backup(info.path) for info in list_backups(copied)}
    assert listed == {mine.path.name: False, second_auto.path.name: True}


def test_cli_backup_is_kept_by_the_automatic_rotation(
    populated: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "backups"
    assert cli.main(["backup", "--db", str(db_path), "--to", str(folder)]) == 0
    [made] = list(folder.iterdir())
    assert str(made) in capsys.readouterr().out
    assert not is_automatic_backup(made)
    for _ in range(3):
        automatic_backup(db_path, folder, rotation=NOTHING_KEPT)
    assert made.exists()
    assert sum(is_automatic_backup(p) for p in folder.iterdir()) == 1


def test_deleting_a_chosen_backup(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    mine = _touch(folder / f"program-mentordesk-20250101-090000{BACKUP_SUFFIX}")
    delete_backup(mine)
    assert not mine.exists()
    delete_backup(mine)  # already gone: nothing to do
    database = _touch(folder / "program.db")
    with pytest.raises(SafetyError) as refused:
        delete_backup(database)
    assert refused.value.message == "program.db is not a MentorDesk backup; it was not deleted."
    assert database.exists()
