"""An import says which preferred mentors a mentee file names that fit several mentors or none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.db.engine import Database
from app.db.models import Participant
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.sentences import NB, render

MENTORS = (
    "First name,Last name,Email\n"
    "Ana,Roy,ana.roy@x.org\n"
    "Ana,Roy,aroy@y.org\n"
    "Benoît,Lévesque,ben@x.org\n"
)
QUESTION = "Is there a resident you would like as your mentor?"
MENTEES = (
    f"First name,Last name,Email,{QUESTION}\n"
    "Cy,Fox,cy@x.org,Dr. Ana Roy\n"  # row 2: two mentors are called Ana Roy
    'Di,Om,di@x.org,"benoit levesque; Zed Quill"\n'  # row 3: one recognised, one unknown
    "Ed,Po,ed@x.org,None\n"  # row 4: names nobody
    "Flo,Ng,flo@x.org,ANA.ROY@X.ORG\n"  # row 5: an address settles it
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def _participants(db: Database, cycle: CycleInfo) -> int:
    with db.read() as session:
        query = select(func.count(Participant.id)).where(Participant.cycle_id == cycle.id)
        return session.scalar(query) or 0


@pytest.fixture
def mentors_in(db: Database, cycle: CycleInfo, tmp_path: Path) -> CycleInfo:
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[0], _write(tmp_path, "m.csv", MENTORS))
    return cycle


def test_dry_run_lists_ambiguous_and_unknown_names_with_their_rows(
    db: Database,
    mentors_in: CycleInfo,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mentees = _write(tmp_path, "mentees.csv", MENTEES)
    before = _participants(db, mentors_in)
    db.dispose()
    base = ["import", "--db", str(db_path), "--cycle", mentors_in.label]
    role = ["--role", mentors_in.role_ladder[1], "--dry-run", str(mentees)]
    code, out = _cli(capsys, *base, *role, "--json")
    assert code == 0
    assert json.loads(out)["preferred_mentors"] == [
        {
            "row": 2,
            "answer": "Dr. Ana Roy",
            "problem": "ambiguous",
            "mentors": ["ana.roy@x.org", "aroy@y.org"],
        },
        {"row": 3, "answer": "Zed Quill", "problem": "unknown", "mentors": []},
    ]
    code, out = _cli(capsys, *base, *role)
    assert code == 0
    assert (
        "Preferred mentor, row 2: “Dr. Ana Roy” could be any of 2 mentors of this cycle "
        "(Ana Roy <ana.roy@x.org>, Ana Roy <aroy@y.org>); matching will not choose between "
        "them (an email address would say which one)"
    ) in out.splitlines()
    assert (
        "Preferred mentor, row 3: “Zed Quill” is not a mentor of this cycle; matching will "
        "recognise them only if they sign up as a mentor under that name or address"
    ) in out.splitlines()
    assert _participants(db, mentors_in) == before  # a dry run, and the check only reads


def test_the_import_keeps_the_answers_as_typed_and_reports_the_same_notes(
    db: Database, mentors_in: CycleInfo, tmp_path: Path
) -> None:
    mentees = _write(tmp_path, "mentees.csv", MENTEES)
    with db.write() as session:
        report = import_roster(session, mentors_in.id, mentors_in.role_ladder[1], mentees)
    assert [(n.row, n.answer, n.problem) for n in report.preferred_mentor_notes] == [
        (2, "Dr. Ana Roy", "ambiguous"),
        (3, "Zed Quill", "unknown"),
    ]
    with db.read() as session:
        stored = {
            p.preferences.get("preferred_mentors")
            for p in session.scalars(
                select(Participant).where(Participant.role == mentors_in.role_ladder[1])
            )
        }
    assert {"Dr. Ana Roy", "benoit levesque; Zed Quill"} <= stored


def test_the_notes_read_in_french(db: Database, mentors_in: CycleInfo, tmp_path: Path) -> None:
    mentees = _write(tmp_path, "mentees.csv", MENTEES)
    with db.read() as session:
        report = import_roster(
            session, mentors_in.id, mentors_in.role_ladder[1], mentees, dry_run=True
        )
    ambiguous, unknown = (render(n.sentence, "fr") for n in report.preferred_mentor_notes)
    assert ambiguous == (
        f"«{NB}Dr. Ana Roy{NB}» peut désigner 2 mentors de ce cycle (Ana Roy <ana.roy@x.org>, "
        "Ana Roy <aroy@y.org>); le jumelage ne choisira pas entre eux (une adresse courriel "
        "préciserait lequel)"
    )
    assert unknown.startswith(f"«{NB}Zed Quill{NB}» n'est pas mentor dans ce cycle")


def test_nothing_is_said_without_the_column_or_without_mentors_to_name(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    mentees = _write(tmp_path, "mentees.csv", MENTEES)
    plain = _write(tmp_path, "plain.csv", "First name,Last name,Email\nCy,Fox,cy@x.org\n")
    mentee_role = cycle.role_ladder[1]
    with db.read() as session:  # the cycle has no mentors yet: they often sign up later
        report = import_roster(session, cycle.id, mentee_role, mentees, dry_run=True)
    assert report.preferred_mentor_notes == [] and report.to_json()["preferred_mentors"] == []
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[0], _write(tmp_path, "m.csv", MENTORS))
    with db.read() as session:
        assert not import_roster(
            session, cycle.id, mentee_role, plain, dry_run=True
        ).preferred_mentor_notes
        # The top rung has nobody above it to name.
        top = import_roster(session, cycle.id, cycle.role_ladder[0], mentees, dry_run=True)
    assert top.preferred_mentor_notes == []
