"""Rotation: which backups are kept, on synthetic dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.backup import rotate_backups
from app.backup.rotation import backups_to_delete

D = dt.datetime


def _daily(start: dt.date, end: dt.date, hour: int = 9) -> list[tuple[Path, dt.datetime]]:
    out = []
    day = start
    while day <= end:
        when = D(day.year, day.month, day.day, hour)
        out.append((Path(f"b-{when:%Y%m%d-%H%M%S}"), when))
        day += dt.timedelta(days=1)
    return out


def test_keeps_7_days_4_weeks_12_months() -> None:
    backups = _daily(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    extra = (Path("b-20250331-080000"), D(2025, 3, 31, 8))
    now = D(2025, 3, 31, 12)  # a Monday: ISO week 14 starts today

    deleted = backups_to_delete([*backups, extra], daily=7, weekly=4, monthly=12, now=now)

    kept = {p for p, _ in [*backups, extra]} - set(deleted)
    expected = {f"b-202503{d:02d}-090000" for d in range(25, 32)}  # the last 7 days
    expected |= {"b-20250323-090000", "b-20250316-090000"}  # ends of ISO weeks 12 and 11
    expected |= {"b-20250228-090000", "b-20250131-090000"}  # ends of February and January
    assert {p.name for p in kept} == expected
    assert extra[0] in deleted  # an older backup of a day that has a newer one
    assert len(deleted) == len(backups) + 1 - len(expected)


def test_counts_days_that_have_backups_not_calendar_days() -> None:
    """A program left alone for years keeps its last backups."""
    backups = [(Path(f"b{y}"), D(y, 6, 1)) for y in (2021, 2022, 2023)]

    assert backups_to_delete(backups, daily=7, weekly=0, monthly=0, now=D(2025, 1, 1)) == []
    assert backups_to_delete(backups, daily=2, weekly=0, monthly=0, now=D(2025, 1, 1)) == [
        Path("b2021")
    ]


def test_newest_and_future_dated_backups_are_always_kept() -> None:
    now = D(2025, 5, 1, 12)
    backups = [
        (Path("old"), D(2025, 4, 1)),
        (Path("newest"), D(2025, 4, 30)),
        (Path("future"), D(2026, 1, 1)),  # written while the clock was wrong
    ]

    deleted = backups_to_delete(backups, daily=0, weekly=0, monthly=0, now=now)

    assert deleted == [Path("old")]
    assert backups_to_delete([], now=now) == []


def test_deletes_oldest_first_and_only_listed_paths() -> None:
    backups = _daily(dt.date(2025, 1, 1), dt.date(2025, 1, 10))
    deleted = backups_to_delete(backups, daily=3, weekly=0, monthly=0, now=D(2025, 2, 1))

    assert [p.name for p in deleted] == [f"b-202501{d:02d}-090000" for d in range(1, 8)]


def _touch(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(b"backup")
    return path


def test_rotate_backups_applies_per_series_and_ignores_other_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    regular = [
        _touch(folder, f"program-mentordesk-202501{d:02d}-090000-auto.mentordesk-backup")
        for d in range(1, 6)
    ]
    other_program = [
        _touch(folder, f"program-oncology-202501{d:02d}-090000-auto.mentordesk-backup")
        for d in (1, 2, 3)
    ]
    safety = [
        _touch(folder, f"program-before-restore-202501{d:02d}-100000.mentordesk-backup")
        for d in (2, 4)
    ]
    by_hand = _touch(folder, "my copy.mentordesk-backup")
    other = _touch(folder, "notes.txt")

    deleted = rotate_backups(folder, daily=2, weekly=0, monthly=0, now=D(2025, 2, 1))

    assert sorted(deleted) == sorted([*regular[:3], other_program[0]])
    remaining = set(folder.iterdir())
    assert remaining == {*regular[3:], *other_program[1:], *safety, by_hand, other}
    assert rotate_backups(folder, daily=2, weekly=0, monthly=0, now=D(2025, 2, 1)) == []
    assert rotate_backups(tmp_path / "missing") == []
