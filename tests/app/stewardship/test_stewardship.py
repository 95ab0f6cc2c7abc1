"""Exporting, anonymising and purging personal data, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, LetterRecord, Match, Meeting, Participant, Person
from app.errors import NotFoundError, UnusableInputError
from app.matching.service import create_manual_match
from app.meetings.service import log_meeting
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.stewardship.service import (
    anonymise_person,
    export_person,
    letter_files_about,
    purge_cycles,
    write_person_export,
)
from tests.factories import add_people, mentee, mentor

TODAY = dt.date(2030, 6, 1)


@dataclass
class Pair:
    cycle: CycleInfo
    mentor_id: int
    mentee_id: int
    match_id: int
    meeting_id: int


def _pair(db: Database, label: str, mentor_email: str, mentee_email: str, year: int) -> Pair:
    with db.write() as session:
        cycle = programs.ensure_program_cycle(
            session,
            "Paediatrics Mentorship",
            label,
            dt.date(year, 9, 1),
            dt.date(year + 1, 6, 30),
        )
    [mentor_id] = add_people(
        db,
        cycle,
        0,
        [mentor(mentor_email, "Zanele", "Okonkwo-Marchetti", phone="613-555-0199")],
    )
    [mentee_id] = add_people(
        db,
        cycle,
        1,
        [
            mentee(
                mentee_email,
                "Ingrid",
                "Vasquez-Lindqvist",
                phone="514-555-0142",
                city="Trois-Rivières",
                custom_fields={"dietary": "no nuts"},
            )
        ],
    )
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentor_id, mentee_id)
        # Matched that September: a contact cannot be dated before its match began.
        session.get(Match, match_id).created_at = dt.datetime(year, 9, 1, 12)  # type: ignore[union-attr]
        meeting_id = log_meeting(
            session,
            match_id,
            dt.date(year, 10, 1),
            "video",
            notes="Ingrid is worried about exams",
            today=dt.date(year + 1, 1, 1),
        )
        session.add(
            LetterRecord(
                match_id=match_id,
                recipient_id=mentee_id,
                language="en",
                template_version="1",
                file_name=f"{label} - Ingrid Vasquez-Lindqvist - mentee.pdf",
                file_sha256="0" * 64,
            )
        )
    return Pair(cycle, mentor_id, mentee_id, match_id, meeting_id)


def _person_of(db: Database, participant_id: int) -> int:
    with db.read() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        return participant.person_id


def test_letter_files_about_a_person_include_their_partners_letters(db: Database) -> None:
    """Files saved on disk are out of reach of an erase: the coordinator is told which."""
    pair = _pair(db, "2025-2026", "zanele@example.org", "ingrid@example.org", 2025)
    other = _pair(db, "2026-2027", "omar@example.org", "ines@example.org", 2026)
    with db.write() as session:
        session.add(
            LetterRecord(
                match_id=pair.match_id,
                recipient_id=pair.mentor_id,
                language="en",
                template_version="1",
                file_name="2025-2026 letters.pdf",
                file_sha256="0" * 64,
            )
        )
    mentee_letter = "2025-2026 - Ingrid Vasquez-Lindqvist - mentee.pdf"
    with db.read() as session:
        about_mentor = letter_files_about(session, _person_of(db, pair.mentor_id))
        about_mentee = letter_files_about(session, _person_of(db, pair.mentee_id))
        about_other = letter_files_about(session, _person_of(db, other.mentor_id))
    # The mentor's own letter, and the mentee's letter, which names the mentor.
    assert about_mentor == [
        "2025-2026 - Ingrid Vasquez-Lindqvist - mentee.pdf",
        "2025-2026 letters.pdf",
    ]
    assert about_mentee == about_mentor
    assert mentee_letter not in about_other and about_other == [
        "2026-2027 - Ingrid Vasquez-Lindqvist - mentee.pdf"
    ]


def test_export_holds_everything_about_the_person(db: Database) -> None:
    pair = _pair(db, "2025-2026", "zanele@example.org", "ingrid@example.org", 2025)
    person_id = _person_of(db, pair.mentee_id)
    with db.read() as session:
        data = export_person(session, person_id)
    assert data["person"]["email"] == "ingrid@example.org"
    assert data["person"]["city"] == "Trois-Rivières"
    [participation] = data["participations"]
    assert participation["custom_fields"] == {"dietary": "no nuts"}
    assert participation["cycle"] == "2025-2026"
    [match] = data["matches"]
    assert match["partner_name"] == "Zanele Okonkwo-Marchetti"
    assert match["as"] == "mentee"
    [meeting] = data["meetings"]
    assert meeting["notes"] == "Ingrid is worried about exams"
    [letter] = data["letters"]
    assert "Ingrid" in letter["file_name"]
    actions = {(e["entity"], e["action"]) for e in data["audit_events"]}
    assert ("participant", "add") in actions
    assert ("match", "create") in actions
    assert ("meeting", "log") in actions
    json.dumps(data)  # everything is JSON-ready


def test_export_of_unknown_person_is_refused(db: Database) -> None:
    with db.read() as session, pytest.raises(NotFoundError):
        export_person(session, 999)


def test_written_export_is_private_json(db: Database, tmp_path: Path) -> None:
    pair = _pair(db, "2025-2026", "zanele@example.org", "ingrid@example.org", 2025)
    target = tmp_path / "exports" / "ingrid.json"
    write_person_export(db, _person_of(db, pair.mentee_id), target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == "Vasquez-Lindqvist"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600
        assert target.parent.stat().st_mode & 0o777 == 0o700
    assert [p.name for p in target.parent.iterdir()] == ["ingrid.json"]


def _file_contains(db: Database, text: str) -> bool:
    data = db.path.read_bytes()
    wal = Path(f"{db.path}-wal")
    if wal.exists():
        data += wal.read_bytes()
    return text.encode() in data


def test_anonymise_replaces_identity_and_keeps_counts(db: Database) -> None:
    pair = _pair(db, "2025-2026", "zanele@example.org", "ingrid@example.org", 2025)
    person_id = _person_of(db, pair.mentee_id)
    anonymise_person(db, person_id, reason="asked to be forgotten")
    with db.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert person.first_name == "Anonymised"
        assert "ingrid" not in person.email.lower()
        assert person.phone == "" and person.city == ""
        participant = session.get(Participant, pair.mentee_id)
        assert participant is not None and participant.custom_fields == {}
        assert session.scalar(select(func.count(Match.id))) == 1
        meeting = session.get(Meeting, pair.meeting_id)
        assert meeting is not None and meeting.notes == ""
        letter = session.scalars(select(LetterRecord)).one()
        assert "Ingrid" not in letter.file_name
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "anonymise")).one()
        assert event.details["reason"] == "asked to be forgotten"
    for secret in ("Vasquez-Lindqvist", "ingrid@example.org", "514-555-0142", "worried"):
        assert not _file_contains(db, secret), secret
    # The partner is untouched.
    assert _file_contains(db, "Okonkwo-Marchetti")
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_anonymise_needs_a_reason_and_an_existing_person(db: Database) -> None:
    with pytest.raises(UnusableInputError):
        anonymise_person(db, 1, reason="  ")
    with pytest.raises(NotFoundError):
        anonymise_person(db, 999, reason="gone")


def _counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count(Person.id))) or 0,
            session.scalar(select(func.count(Participant.id))) or 0,
            session.scalar(select(func.count(Match.id))) or 0,
            session.scalar(select(func.count(LetterRecord.id))) or 0,
        )


def test_purge_dry_run_changes_nothing(db: Database) -> None:
    _pair(db, "2020-2021", "old-mentor@example.org", "old-mentee@example.org", 2020)
    _pair(db, "2029-2030", "new-mentor@example.org", "new-mentee@example.org", 2029)
    before = _counts(db)
    report = purge_cycles(db, 5, today=TODAY, mode="delete", dry_run=True)
    assert report.cycles == ["Paediatrics Mentorship 2020-2021"]
    assert (report.participants, report.persons, report.matches) == (2, 2, 1)
    assert (report.meetings, report.letters) == (1, 1)
    assert _counts(db) == before


def test_purge_delete_removes_old_cycles_only(db: Database) -> None:
    _pair(db, "2020-2021", "old-mentor@example.org", "old-mentee@example.org", 2020)
    # The mentor returns in a recent cycle: their person row must survive.
    _pair(db, "2029-2030", "old-mentor@example.org", "new-mentee@example.org", 2029)
    report = purge_cycles(db, 5, today=TODAY, mode="delete")
    assert report.persons == 1
    assert _counts(db) == (2, 2, 1, 1)
    assert not _file_contains(db, "old-mentee@example.org")
    assert _file_contains(db, "old-mentor@example.org")


def test_purge_anonymise_keeps_counts(db: Database) -> None:
    _pair(db, "2020-2021", "old-mentor@example.org", "old-mentee@example.org", 2020)
    _pair(db, "2029-2030", "new-mentor@example.org", "new-mentee@example.org", 2029)
    before = _counts(db)
    report = purge_cycles(db, 5, today=TODAY, mode="anonymise")
    assert report.persons == 2
    assert _counts(db) == before
    assert not _file_contains(db, "old-mentee@example.org")
    assert _file_contains(db, "new-mentee@example.org")


def test_purge_refuses_bad_arguments(db: Database) -> None:
    with pytest.raises(UnusableInputError):
        purge_cycles(db, 0, today=TODAY)
    with pytest.raises(UnusableInputError):
        purge_cycles(db, 3, today=TODAY, mode="shred")
