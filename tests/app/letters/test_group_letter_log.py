"""Group letters in the letter log: listed with the pairs' letters, made again, erased, exported."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.cli import main
from app.cycles.guard import ClosedCycleError
from app.db.engine import Database
from app.db.models import Cycle, Group, LetterRecord, Participant
from app.letters.group_letter import FirstMeeting
from app.letters.group_service import generate_group_letters, set_first_meeting
from app.letters.letter_log import letter_log, reproduce_letter
from app.letters.service import generate_letters
from app.programs.service import CycleInfo
from app.roster.deletion import delete_person
from app.stewardship.service import (
    anonymise_person,
    export_person,
    letter_files_about,
    purge_cycles,
)
from tests.app.letters.conftest import Pairs, letters_of
from tests.app.letters.test_group_letters import _group

TODAY = dt.date(2026, 9, 1)


def _write_both(db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path) -> int:
    """Pair letters first, then the letters of the group "Tuesday circle"; its id."""
    group_id = _group(db, cycle, pairs)
    with db.write() as session:
        set_first_meeting(
            session, group_id, FirstMeeting(dt.date(2026, 9, 15), "18:00", "Room 2.14", "in_person")
        )
    with db.write() as session:
        generate_letters(session, cycle.id, tmp_path / "pairs.pdf")
    with db.write() as session:
        generate_group_letters(session, cycle.id, tmp_path / "groups.pdf", today=TODAY)
    return group_id


def _person_of(db: Database, participant_id: int) -> int:
    with db.read() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        return participant.person_id


def test_the_log_lists_group_letters_with_the_pairs_letters(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    group_id = _write_both(db, cycle, pairs, tmp_path)
    with db.read() as session:
        log = letter_log(session, cycle.id)
    grouped = [row for row in log if row.group_id is not None]
    paired = [row for row in log if row.match_id is not None]
    assert len(grouped) == 5 and len(paired) == 6
    assert len(log) == len(grouped) + len(paired)
    # Newest first: the group letters were written last.
    assert log[:5] == sorted(grouped, key=lambda r: (r.created_at, r.id), reverse=True)
    sha = hashlib.sha256((tmp_path / "groups.pdf").read_bytes()).hexdigest()
    assert {(r.group_id, r.group_name, r.file_name, r.file_sha256) for r in grouped} == {
        (group_id, "Tuesday circle", "groups.pdf", sha)
    }
    roles = {r.recipient_name: (r.role, r.language) for r in grouped}
    assert roles == {
        "Siobhán O'Brien & <Co>": ("mentor", "en"),
        "Marc Tremblay": ("mentor", "fr"),
        "Zoé Lefèbvre": ("member", "fr"),
        "Alex Smith": ("member", "en"),
        "Jordan Lee": ("member", "en"),
    }
    assert all(r.match_status == "confirmed" and not r.mentor_name for r in grouped)
    assert all(r.group_id is None and r.group_name == "" for r in paired)


def test_a_logged_group_letter_is_made_again_for_its_reader(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    _write_both(db, cycle, pairs, tmp_path)
    with db.read() as session:
        zoe = next(r for r in letter_log(session, cycle.id) if r.recipient_name == "Zoé Lefèbvre")
        again = reproduce_letter(session, zoe.id)
    assert again.file_name == "groups.pdf"
    assert not again.identical  # the logged file held the whole batch, this is one letter
    pdf = tmp_path / "again.pdf"
    pdf.write_bytes(again.pdf)
    [text] = letters_of(pdf)
    assert "Bonjour Zoé" in text and "Tuesday circle" in text and "15 septembre 2026" in text
    # Once Zoé has left the group, her letter cannot be made again, and the log says why.
    with db.write() as session:
        group = session.scalars(select(Group)).one()
        group.members = [p for p in group.members if p.id != pairs.zoe]
    with db.read() as session, pytest.raises(Exception, match="no longer in a confirmed group"):
        reproduce_letter(session, zoe.id)


def test_erasing_a_person_removes_or_scrubs_their_group_letter_records(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    _write_both(db, cycle, pairs, tmp_path)
    jordan, alex = _person_of(db, pairs.jordan), _person_of(db, pairs.alex)
    with db.read() as session:
        # Every member's group letter names Jordan: the group's file is listed for deletion.
        assert "groups.pdf" in letter_files_about(session, jordan)
    delete_person(db, jordan, reason="Asked to be forgotten")
    with db.read() as session:
        left = session.scalars(select(LetterRecord).where(LetterRecord.group_id.is_not(None)))
        recipients = {r.recipient_id for r in left}
    assert pairs.jordan not in recipients and len(recipients) == 4
    anonymise_person(db, alex, reason="Asked to be forgotten")
    with db.read() as session:
        names = set(
            session.scalars(
                select(LetterRecord.file_name).where(
                    LetterRecord.recipient_id == pairs.alex, LetterRecord.group_id.is_not(None)
                )
            )
        )
    assert len(names) == 1 and names != {"groups.pdf"}
    assert next(iter(names)).startswith("letter-")


def test_the_export_of_a_person_holds_their_group_letters(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    group_id = _write_both(db, cycle, pairs, tmp_path)
    with db.read() as session:
        data = export_person(session, _person_of(db, pairs.zoe))
    json.dumps(data)  # plain data all through
    grouped = [letter for letter in data["letters"] if letter["group_id"] is not None]
    assert [(g["group_id"], g["match_id"], g["language"], g["file_name"]) for g in grouped] == [
        (group_id, None, "fr", "groups.pdf")
    ]
    assert any(letter["match_id"] is not None for letter in data["letters"])


def test_a_purge_counts_and_deletes_group_letters(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    _write_both(db, cycle, pairs, tmp_path)
    later = dt.date(2029, 1, 1)
    report = purge_cycles(db, 1, today=later, mode="delete", dry_run=True)
    assert report.letters == 11
    purge_cycles(db, 1, today=later, mode="delete")
    with db.read() as session:
        assert session.scalars(select(LetterRecord)).all() == []


def test_a_closed_cycle_refuses_group_letters(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    _group(db, cycle, pairs)
    with db.write() as session:
        session.execute(update(Cycle).where(Cycle.id == cycle.id).values(status="closed"))
    with pytest.raises(ClosedCycleError), db.write() as session:
        generate_group_letters(session, cycle.id, tmp_path / "groups.pdf", today=TODAY)
    with db.read() as session:
        assert session.scalars(select(LetterRecord)).all() == []


def test_cli_letters_groups_records_every_letter(
    db: Database, db_path: Path, cycle: CycleInfo, pairs: Pairs, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    group_id = _group(db, cycle, pairs)
    out = tmp_path / "groups.pdf"
    args = ["letters", "--db", str(db_path), "--cycle", cycle.label, "--groups", "--out", str(out)]
    assert main([*args, "--lang", "en", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["letters"] == 5
    with db.read() as session:
        log = letter_log(session, cycle.id)
    assert [(r.group_id, r.language, r.file_name) for r in log] == [
        (group_id, "en", "groups.pdf")
    ] * 5
    assert {r.file_sha256 for r in log} == {hashlib.sha256(out.read_bytes()).hexdigest()}
