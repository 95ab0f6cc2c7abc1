"""Which old automatic backups to delete, and whether an automatic backup is due.

Rotation deletes only automatic backups (named so, see ``files``). A backup the coordinator
made (Back up now, Ctrl+B, ``mentordesk backup``), a safety copy taken before a restore, a
file renamed by hand and any backup whose name does not say "automatic" (all those made
before the marker existed) are kept until the coordinator deletes them.

Among the automatic backups, rotation keeps, in each series, the newest backup of each of
the ``daily`` most recent days that have a backup, of the ``weekly`` most recent ISO weeks
and of the ``monthly`` most recent months — "days that have a backup", not calendar days,
so a program left alone for a season never loses its last backups to the passing of time.
The newest backup and any backup dated after ``now`` (a clock that was wrong) are always
kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path

from app.backup import messages as _messages  # noqa: F401  (registers the sentences)
from app.backup.files import (
    BACKUP_SUFFIX,
    SAFETY_SERIES_SUFFIX,
    backup_created_at,
    backup_files,
    parse_backup_name,
)
from app.errors import SafetyError, UnusableInputError
from app.sentences import sentence

log = logging.getLogger(__name__)

Dated = tuple[Path, dt.datetime]


def _day(when: dt.datetime) -> Hashable:
    return when.date()


def _week(when: dt.datetime) -> Hashable:
    return when.isocalendar()[:2]


def _month(when: dt.datetime) -> Hashable:
    return (when.year, when.month)


def _newest_per_period(
    newest_first: Sequence[Dated], period: Callable[[dt.datetime], Hashable], count: int
) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for path, when in newest_first:
        if len(seen) >= count:
            break
        key = period(when)
        if key not in seen:
            seen.add(key)
            kept.add(path)
    return kept


def _age_order(item: Dated) -> tuple[dt.datetime, int, str]:
    """Oldest first; within one second, by the number the name got (``-2`` came later)."""
    parsed = parse_backup_name(item[0])
    return (item[1], parsed.number if parsed is not None else 1, item[0].name)


def backups_to_delete(
    backups: Iterable[Dated],
    *,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
    now: dt.datetime | None = None,
) -> list[Path]:
    """The backups of one series that rotation deletes (pure: touches no file)."""
    now = now or dt.datetime.now()
    ordered = sorted(backups, key=_age_order, reverse=True)
    past = [item for item in ordered if item[1] <= now]
    keep = {path for path, when in ordered if when > now}
    if past:
        keep.add(past[0][0])
    keep |= _newest_per_period(past, _day, max(daily, 0))
    keep |= _newest_per_period(past, _week, max(weekly, 0))
    keep |= _newest_per_period(past, _month, max(monthly, 0))
    return [path for path, _ in reversed(past) if path not in keep]


def delete_backups(paths: Iterable[Path]) -> list[Path]:
    """Delete ``paths``; returns those actually deleted (already missing ones are skipped)."""
    deleted = []
    for path in paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        deleted.append(path)
    if deleted:
        log.info("Rotation deleted %d old backup(s)", len(deleted))
    return deleted


def _automatic_series(folder: Path) -> dict[str, list[Dated]]:
    grouped: dict[str, list[Dated]] = {}
    for path in backup_files(folder):
        parsed = parse_backup_name(path)
        if parsed is not None and parsed.automatic:  # anything else is the coordinator's
            grouped.setdefault(parsed.series, []).append((path, parsed.created_at))
    return grouped


def rotate_backups(
    folder: Path,
    *,
    daily: int = 7,
    weekly: int = 4,
    monthly: int = 12,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Apply the rotation to every series of automatic backups in ``folder``; returns the
    deleted paths. Backups made by hand are never among them."""
    doomed: list[Path] = []
    for dated in _automatic_series(Path(folder)).values():
        doomed += backups_to_delete(dated, daily=daily, weekly=weekly, monthly=monthly, now=now)
    return delete_backups(doomed)


def delete_backup(path: Path) -> None:
    """Delete one backup the coordinator chose (automatic or not); a missing one is fine.

    Refuses anything that is not a ``.mentordesk-backup`` file, so a stray path can never
    remove the database or another file.
    """
    path = Path(path)
    if not path.name.endswith(BACKUP_SUFFIX) or path.is_dir():
        raise SafetyError(sentence("backup.not_a_backup", name=path.name))
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        cause = exc.strerror or sentence("backup.system_error")
        raise UnusableInputError(
            sentence("backup.not_deleted", name=path.name, cause=cause)
        ) from exc
    log.info("A backup was deleted by the coordinator")


def auto_backup_due(folder: Path, now: dt.datetime | None = None) -> bool:
    """True when ``folder`` has no regular backup taken on ``now``'s calendar day.

    Safety copies taken before a restore do not count: they hold the replaced database.
    """
    today = (now or dt.datetime.now()).date()
    for path in backup_files(Path(folder)):
        parsed = parse_backup_name(path)
        if parsed is not None and parsed.series.endswith(SAFETY_SERIES_SUFFIX):
            continue
        if backup_created_at(path).date() == today:
            return False
    return True
