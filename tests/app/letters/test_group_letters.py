"""Group letters: one per member and mentor, in each reader's language, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from app.cli import main
from app.db.engine import Database
from app.db.models import AuditEvent, Group, LetterRecord, Program, group_member
from app.errors import UnusableInputError
from app.letters.group_letter import FirstMeeting
from app.letters.group_service import (
    first_meeting,
    generate_group_letters,
    set_first_meeting,
)
from app.meetings.group_safety import set_safety_note
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, letters_of
from tests.shots import shots_dir

TODAY = dt.date(2026, 9, 1)
SHOTS = shots_dir("group_meetings")


def _group(db: Database, cycle: CycleInfo, pairs: Pairs, status: str = "confirmed") -> int:
    """Siobhán and Marc mentor Zoé, Alex and Jordan in the group "Tuesday circle"."""
    people = {pairs.siobhan: True, pairs.marc: True, pairs.zoe: False, pairs.alex: False}
    people[pairs.jordan] = False
    with db.write() as session:
        group = Group(cycle_id=cycle.id, name="Tuesday circle", status=status)
        session.add(group)
        session.flush()
        rows = [
            {"group_id": group.id, "participant_id": p, "is_mentor": m} for p, m in people.items()
        ]
        session.execute(insert(group_member), rows)
        set_safety_note(session, "Never alone with Jordan after hours", group_id=group.id)
        return group.id


def test_every_member_and_mentor_gets_a_letter_in_their_language(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    group_id = _group(db, cycle, pairs)
    with db.write() as session:
        set_first_meeting(
            session, group_id,
            FirstMeeting(dt.date(2026, 9, 15), "18:00", "Room 2.14, Pavillon Vachon", "in_person"),
        )  # fmt: skip
    out = tmp_path / "groups.pdf"
    with db.write() as session:
        batch = generate_group_letters(session, cycle.id, out, today=TODAY)
    assert (batch.letters, batch.groups) == (5, 1)
    assert batch.language_counts == {"en": 3, "fr": 2}
    letters = letters_of(out)
    assert len(letters) == 5
    by_reader = {_reader(text): text for text in letters}
    english = by_reader["Alex"]
    assert "Your mentoring group for 2025-2026: Tuesday circle" in english
    assert "The group's mentors" in english and "The group's members" in english
    for email in (
        "siobhan@example.org",
        "marc@example.org",
        "zoe@example.org",
        "jordan@example.org",
    ):
        assert email in english
    assert "514-555-0199" in english  # Siobhán shares her phone
    assert "418-555-0111" not in english  # Marc does not
    assert "15 September 2026, 18:00" in english and "Room 2.14, Pavillon Vachon" in english
    assert "In person" in english
    french = by_reader["Zoé"]
    assert "Votre groupe de mentorat pour 2025-2026 : Tuesday circle" in french
    assert "Les mentors du groupe" in french and "15 septembre 2026" in french
    assert "En personne" in french
    assert "418-555-0111" not in french
    # The mentor's letter thanks them for mentoring.
    assert "Thank you for mentoring" in by_reader["Siobhán"]
    # The group's safety note never reaches a letter.
    for text in letters:
        assert "Never alone" not in text
    _look(out, tmp_path)


def test_letters_are_logged_in_the_letter_log(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    group_id = _group(db, cycle, pairs)
    out = tmp_path / "groups.pdf"
    with db.write() as session:
        batch = generate_group_letters(session, cycle.id, out, lang="fr", today=TODAY)
    assert batch.language_counts == {"fr": 5}
    assert any("no first meeting set" in w for w in batch.warnings)
    assert "Nous vous écrirons pour vous indiquer le jour" in letters_of(out)[0]
    with db.read() as session:
        records = [
            (r.group_id, r.match_id, r.language, r.file_name, r.file_sha256)
            for r in session.scalars(select(LetterRecord).where(LetterRecord.group_id.is_not(None)))
        ]
        batches = [
            (e.entity, e.entity_id, e.details["letters"])
            for e in session.scalars(select(AuditEvent).where(AuditEvent.action == "group_letters"))
        ]
        old_style = session.scalars(select(AuditEvent).where(AuditEvent.action == "group_letter"))
        assert list(old_style) == []
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert len(records) == 5
    assert set(records) == {(group_id, None, "fr", "groups.pdf", sha)}
    assert batches == [("cycle", cycle.id, 5)]


def test_first_meeting_is_kept_on_the_group(db: Database, cycle: CycleInfo, pairs: Pairs) -> None:
    group_id = _group(db, cycle, pairs)
    meeting = FirstMeeting(
        dt.date(2026, 9, 15), "6 pm", "https://video.example.org/circle", "video"
    )
    with db.write() as session:
        set_first_meeting(session, group_id, meeting)
    with db.read() as session:
        group = session.get(Group, group_id)
        assert group.first_meeting_place.startswith("https://")
        assert group.first_meeting_on == dt.date(2026, 9, 15)
        assert first_meeting(group) == meeting
        program = session.get(Program, cycle.program_id)
        assert "group_first_meetings" not in program.settings
    with db.write() as session:
        set_first_meeting(session, group_id, FirstMeeting())
    with db.read() as session:
        group = session.get(Group, group_id)
        assert (group.first_meeting_on, group.first_meeting_place) == (None, "")
        assert not first_meeting(group).is_set
    with db.write() as session:
        with pytest.raises(UnusableInputError, match="Unknown way of meeting"):
            set_first_meeting(session, group_id, FirstMeeting(mode="telepathy"))
        with pytest.raises(UnusableInputError, match="at most 200 characters"):
            set_first_meeting(session, group_id, FirstMeeting(place="x" * 201))


def test_cli_letters_groups(
    db: Database, db_path: Path, cycle: CycleInfo, pairs: Pairs, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "groups.pdf"
    base = ["letters", "--db", str(db_path), "--cycle", cycle.label, "--groups", "--out", str(out)]
    assert main(base) == 2  # no confirmed group yet
    assert capsys.readouterr().err.strip() == (
        "mentordesk: There are no confirmed groups to write letters for; confirm groups first."
    )
    assert not out.exists()
    _group(db, cycle, pairs, status="proposed")
    assert main(base) == 2
    capsys.readouterr()
    with db.write() as session:
        group = session.scalars(select(Group)).one()
        group.status = "active"
    assert main([*base, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["letters"], document["groups"]) == (5, 1)
    assert len(letters_of(out)) == 5


def test_cli_letters_groups_refuses_per_letter(
    db_path: Path, cycle: CycleInfo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["letters", "--db", str(db_path), "--cycle", cycle.label, "--groups"]
    args += ["--out", str(tmp_path / "g.pdf"), "--per-letter", str(tmp_path / "each")]
    assert main(args) == 2
    assert capsys.readouterr().err.strip() == (
        "mentordesk: --per-letter is for match letters; leave it out with --groups."
    )


def test_group_sentences_are_template_fields_with_their_placeholders() -> None:
    from app.letters.placeholders import SECTIONS, unknown_placeholders

    fields = {f.key for s in SECTIONS if s.title == "Group letters" for f in s.fields}
    assert {"group_subject", "group_intro_member", "group_first_unknown"} <= fields
    assert unknown_placeholders("group_subject", "{group} for {cycle}") == []
    assert unknown_placeholders("heading_group_members", "{group}") == ["group"]
    for language in ("en", "fr"):
        from app.letters.templates import load_template

        template = load_template(language)
        assert all(template.get(key) for key in fields), language


def test_a_pairs_safety_note_never_reaches_its_letters_or_drafts(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    from app.letters.service import generate_letters

    with db.write() as session:
        for match_id in pairs.matches.values():
            set_safety_note(session, "Boundary: no meetings at home", match_id=match_id)
    with db.write() as session:
        generate_letters(session, cycle.id, tmp_path / "m.pdf", drafts_dir=tmp_path / "drafts")
    assert "Boundary" not in " ".join(letters_of(tmp_path / "m.pdf"))
    drafts = list((tmp_path / "drafts").iterdir())
    assert drafts and all(b"Boundary" not in d.read_bytes() for d in drafts)


def _reader(text: str) -> str:
    for word in ("Dear ", "Bonjour "):
        if word in text:
            return text.split(word, 1)[1].split()[0].rstrip(",")
    raise AssertionError(text[:200])


def _look(pdf: Path, tmp_path: Path) -> None:
    """Pictures of the first English and French letters (kept for review when possible)."""
    if shutil.which("pdftoppm") is None:
        return
    prefix = tmp_path / "letter"
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(prefix)], check=True)
    pictures = sorted(tmp_path.glob("letter*.png"))
    assert pictures
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        for picture in pictures:
            shutil.copy(picture, SHOTS / f"group_{picture.name}")
    except OSError:
        pass
