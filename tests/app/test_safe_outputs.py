"""Every writer of the app goes through the safe writer: each one refuses the database, its
working files and backups (byte for byte untouched), and a failure half-way through a write
leaves the previous file and no temporary file behind."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.backup.service import backup_database
from app.db.engine import Database
from app.db.models import LetterRecord, Participant
from app.errors import MentorDeskError, SafetyError, UnusableInputError
from app.letters import render_letters
from app.letters.content import LetterContent, Letterhead, PartnerDetails
from app.letters.drafts import write_email_drafts
from app.letters.service import generate_letters
from app.meetings.engagement import EngagementReport, engagement
from app.meetings.followups import write_calendar, write_nudge_list
from app.programs.service import CycleInfo
from app.roster.export import export
from app.roster.importer import RejectedRow
from app.roster.rejected_export import export_rejected
from app.stewardship.export import write_person_export
from tests.app.letters.conftest import Pairs, pairs  # noqa: F401 - the fixture

GOOD = b"the good file the coordinator already had\n"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".mentordesk-*"))


@dataclass
class World:
    """The open database with letters to write, and what the writers need read beforehand
    (a read changes SQLite's shared-memory file, so it happens before the snapshots)."""

    db: Database
    cycle: CycleInfo
    pairs: Pairs
    tmp: Path
    person_id: int = 0
    report: EngagementReport | None = None

    def __post_init__(self) -> None:
        with self.db.read() as session:
            participant = session.get(Participant, self.pairs.zoe)
            assert participant is not None
            self.person_id = participant.person_id
            self.report = engagement(session, self.cycle.id)
        (self.tmp / "sign-ups.csv").write_text(
            "Email,First name\nnot-an-email,Zoé\n", encoding="utf-8"
        )

    def source(self) -> Path:
        return self.tmp / "sign-ups.csv"


@pytest.fixture
def world(db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path) -> World:  # noqa: F811
    assert (tmp_path / "program.db-wal").exists() and (tmp_path / "program.db-shm").exists()
    return World(db, cycle, pairs, tmp_path)


def _letter() -> LetterContent:
    return LetterContent(
        kind="mentee",
        language="en",
        recipient_name="Zoé Lefèbvre",
        partners=(PartnerDetails(name="Siobhán O'Brien"),),
        letterhead=Letterhead(program="Paediatrics Mentorship"),
        cycle_label="2025-2026",
        date=dt.date(2026, 11, 22),
        first_contact_days=14,
        cadence_days=60,
    )


def _letters(w: World, out: Path) -> None:
    with w.db.write() as session:
        generate_letters(session, w.cycle.id, out)


def _export(w: World, out: Path) -> None:
    with w.db.read() as session:
        export(session, w.cycle.id, "participants", out)


def _calendar(w: World, out: Path) -> None:
    assert w.report is not None
    write_calendar(w.report, out)


FILE_WRITERS: dict[str, tuple[Callable[[World, Path], object], str]] = {
    "letters": (_letters, "the letters"),
    "export": (_export, "the export"),
    "rejected rows": (
        lambda w, out: export_rejected(w.source(), [RejectedRow(2, "Email", "bad")], out),
        "the rejected rows",
    ),
    "nudge list": (lambda w, out: write_nudge_list([], out), "the nudge list"),
    "calendar": (_calendar, "the calendar reminders"),
    "person export": (
        lambda w, out: write_person_export(w.db, w.person_id, out),
        "this person's data",
    ),
    "rendered letters": (lambda w, out: render_letters([_letter()], out), "the letters"),
}


def _folder_writer_letters(w: World, folder: Path) -> None:
    with w.db.write() as session:
        generate_letters(session, w.cycle.id, None, per_letter_dir=folder)


def _folder_writer_drafts(w: World, folder: Path) -> None:
    with w.db.write() as session:
        write_email_drafts(session, w.cycle.id, folder)


FOLDER_WRITERS: dict[str, tuple[Callable[[World, Path], object], str]] = {
    "per-letter files": (_folder_writer_letters, "the letters"),
    "email drafts": (_folder_writer_drafts, "the email drafts"),
    "backup --to": (lambda w, folder: backup_database(w.db.path, folder), "the backup"),
}


def _backup_file(w: World) -> Path:
    return backup_database(w.db.path, w.tmp / "kept-backups").path


def _symlink(w: World) -> Path:
    link = w.tmp / "link-to-db"
    link.symlink_to(w.db.path)
    return link


def _dotdot(w: World) -> Path:
    (w.tmp / "sub").mkdir(exist_ok=True)
    return w.tmp / "sub" / ".." / "program.db"


TARGETS: dict[str, Callable[[World], Path]] = {
    "the database": lambda w: w.db.path,
    "its -wal": lambda w: w.tmp / "program.db-wal",
    "its -shm": lambda w: w.tmp / "program.db-shm",
    "its .lock": lambda w: w.tmp / "program.db.lock",
    "a backup": _backup_file,
    "a link to the database": _symlink,
    "dir/../program.db": _dotdot,
}


def _snapshot(paths: list[Path]) -> dict[Path, str | None]:
    return {p: sha(p) if p.exists() else None for p in paths}


def _letter_records(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(LetterRecord)) or 0)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("target_name", TARGETS)
@pytest.mark.parametrize("writer_name", FILE_WRITERS)
def test_every_writer_refuses_every_protected_file(
    world: World, writer_name: str, target_name: str
) -> None:
    write, what = FILE_WRITERS[writer_name]
    target = TARGETS[target_name](world)
    guarded = _snapshot(
        [target, world.db.path, *(world.tmp / f"program.db{s}" for s in ("-wal", "-shm"))]
    )
    with pytest.raises(SafetyError) as refused:
        write(world, target)
    assert refused.value.message.endswith(f"; choose another file name for {what}.")
    # The sentence names the path as typed, and where it leads when that differs.
    typed = Path(os.path.abspath(target))
    assert refused.value.message.startswith(f"“{typed}” ")
    assert f"“{target.resolve()}”" in refused.value.message
    assert _snapshot(list(guarded)) == guarded
    assert leftovers(world.tmp) == []
    assert _letter_records(world.db) == 0


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("target_name", TARGETS)
@pytest.mark.parametrize("writer_name", FOLDER_WRITERS)
def test_every_folder_writer_refuses_every_protected_file(
    world: World, writer_name: str, target_name: str
) -> None:
    write, what = FOLDER_WRITERS[writer_name]
    target = TARGETS[target_name](world)
    guarded = _snapshot([target, world.db.path])
    with pytest.raises(SafetyError) as refused:
        write(world, target)
    assert refused.value.message.endswith(f", not a folder; choose a folder for {what}.")
    assert _snapshot(list(guarded)) == guarded
    assert leftovers(world.tmp) == []


@pytest.mark.parametrize("writer_name", FOLDER_WRITERS)
def test_a_folder_writer_given_a_file_says_so(world: World, writer_name: str) -> None:
    write, what = FOLDER_WRITERS[writer_name]
    plain = world.tmp / "notes.txt"
    plain.write_bytes(GOOD)
    with pytest.raises(UnusableInputError) as refused:
        write(world, plain)
    assert refused.value.message == (
        f"“{plain.resolve()}” is a file, not a folder; choose a folder for {what}."
    )
    assert plain.read_bytes() == GOOD


# -- a failure half-way through leaves the previous file -------------------------------


def _full_disk() -> OSError:
    return OSError(errno.ENOSPC, "No space left on device")


def _fail_after(calls: int, real: Callable[..., object]) -> Callable[..., object]:
    """``real``, until it has been called ``calls`` times; then the disk is full."""
    seen: list[None] = []

    def patched(*args: object, **kwargs: object) -> object:
        seen.append(None)
        if len(seen) > calls:
            raise _full_disk()
        return real(*args, **kwargs)

    return patched


def _assert_intact(target: Path, tmp: Path, failed: pytest.ExceptionInfo[MentorDeskError]) -> None:
    assert target.read_bytes() == GOOD
    assert leftovers(tmp) == []
    assert "the disk is full; nothing was changed." in failed.value.message


def test_csv_export_failing_mid_write(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.roster.export as module

    target = world.tmp / "participants.csv"
    target.write_bytes(GOOD)
    monkeypatch.setattr(module, "neutralise", _fail_after(40, module.neutralise))
    with pytest.raises(UnusableInputError) as failed:
        _export(world, target)
    _assert_intact(target, world.tmp, failed)


def test_xlsx_export_failing_mid_save(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import Workbook

    def save_half(self: Workbook, path: str | Path) -> None:
        Path(path).write_bytes(b"PK\x03\x04 half a workbook")
        raise _full_disk()

    target = world.tmp / "participants.xlsx"
    target.write_bytes(GOOD)
    monkeypatch.setattr(Workbook, "save", save_half)
    with pytest.raises(UnusableInputError) as failed:
        _export(world, target)
    _assert_intact(target, world.tmp, failed)


def test_rejected_rows_failing_mid_write(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.roster.rejected_export as module

    target = world.tmp / "rejected.csv"
    target.write_bytes(GOOD)
    monkeypatch.setattr(module, "neutralise", _fail_after(2, module.neutralise))
    with pytest.raises(UnusableInputError) as failed:
        export_rejected(world.source(), [RejectedRow(2, "Email", "bad")], target)
    _assert_intact(target, world.tmp, failed)


def test_person_export_failing_mid_write(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.stewardship.export as module

    def dump_half(data: object, handle: object, **_kwargs: object) -> None:
        handle.write('{"format": "mentordesk-person-')  # type: ignore[attr-defined]
        raise _full_disk()

    target = world.tmp / "zoe.json"
    target.write_bytes(GOOD)
    monkeypatch.setattr(module.json, "dump", dump_half)
    with pytest.raises(UnusableInputError) as failed:
        write_person_export(world.db, world.person_id, target)
    _assert_intact(target, world.tmp, failed)


@pytest.mark.parametrize("writer_name", ["nudge list", "calendar", "rendered letters"])
def test_a_flush_that_fails_keeps_the_previous_file(
    world: World, monkeypatch: pytest.MonkeyPatch, writer_name: str
) -> None:
    from app.safe_files import writing

    write, _what = FILE_WRITERS[writer_name]
    target = world.tmp / "previous.out"
    target.write_bytes(GOOD)
    monkeypatch.setattr(writing, "fsync_file", _fail_after(0, writing.fsync_file))
    with pytest.raises(UnusableInputError) as failed:
        write(world, target)
    _assert_intact(target, world.tmp, failed)


def test_letters_failing_half_way_keep_the_old_pdf_and_create_no_folder(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.letters.service as module

    target = world.tmp / "letters.pdf"
    target.write_bytes(GOOD)
    each = world.tmp / "each" / "letter"
    monkeypatch.setattr(module, "render_one", _fail_after(2, module.render_one))
    with pytest.raises(UnusableInputError) as failed, world.db.write() as session:
        generate_letters(session, world.cycle.id, target, per_letter_dir=each)
    _assert_intact(target, world.tmp, failed)
    assert not (world.tmp / "each").exists()
    assert _letter_records(world.db) == 0
