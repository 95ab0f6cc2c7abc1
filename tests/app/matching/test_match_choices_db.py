"""Priority, stability and settings files through a real database and the real CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app import cli
from app.db.engine import Database
from app.db.models import Match, Program
from app.matching.reasons import render as render_reason
from app.matching.service import propose_matches
from app.matching.settings_file import read_settings_file, write_settings_file
from app.matching.settings_service import MatchChoices, load_choices, load_settings, save_settings
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.sentences import render
from tests.factories import add_people, mentee, mentor


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def two_cycles(db: Database) -> tuple[CycleInfo, CycleInfo]:
    """Last cycle: Ann matched (confirmed), Bea proposed only, Cal unmatched. This cycle: one
    mentor with one place and the three of them, Ann and Bea scoring best."""
    with db.write() as session:
        before = programs.ensure_program_cycle(session, "Peds", "2024-2025", dt.date(2024, 9, 1))
        now = programs.create_cycle(session, before.program_id, "2025-2026", dt.date(2025, 9, 1))
        current = programs.get_cycle(session, now)
    [old_mentor] = add_people(db, before, 0, [mentor("old@x.org", "Old")])
    old = add_people(
        db, before, 1, [mentee(f"{n}@x.org", n.title()) for n in ("ann", "bea", "cal")]
    )
    with db.write() as session:
        session.add(
            Match(cycle_id=before.id, mentor_id=old_mentor, mentee_id=old[0], status="confirmed")
        )
        session.add(
            Match(cycle_id=before.id, mentor_id=old_mentor, mentee_id=old[1], status="proposed")
        )
    add_people(db, current, 0, [mentor("m@x.org", "M", interests=["Research"], city="Laval")])
    add_people(
        db,
        current,
        1,
        [
            mentee("ann@x.org", "Ann", interests=["Research"], city="Laval"),
            mentee("bea@x.org", "Bea", interests=["Research"], city="Laval"),
            mentee("cal@x.org", "Cal"),
        ],
    )
    return before, current


def test_priority_serves_first_who_the_previous_cycle_left_unmatched(
    db: Database, two_cycles: tuple[CycleInfo, CycleInfo]
) -> None:
    _, current = two_cycles
    with db.read() as session:
        plain = propose_matches(session, current.id)
        first = propose_matches(session, current.id, choices=MatchChoices(priority_unmatched=True))
    assert [m.mentee_email for m in plain.matches] == ["ann@x.org"]
    # Bea's match last cycle never went past "proposed": she and Cal were left unmatched.
    assert first.priority_waiting == 2 and first.priority_served == 1
    [match] = first.matches
    assert match.mentee_email == "bea@x.org"
    assert match.reasons[0] == "Served first: the mentee was left unmatched last cycle"
    assert render_reason(match.reason_data[0], "fr").startswith("Servi en priorité")
    assert (
        "1 medical student left unmatched last cycle is still unmatched, though served first"
        in " ".join(first.limits)
    )
    doc = first.to_json()
    assert doc["priority"] == {"waiting": 2, "served": 1}
    notes = [str(n) for n in first.notes]
    assert notes[0] == "1 of 2 mentees left unmatched last cycle are matched first."
    assert render(first.notes[0], "fr").startswith("1 des 2 mentorés")


def test_choices_are_saved_beside_the_settings_and_kept_by_other_saves(
    db: Database, two_cycles: tuple[CycleInfo, CycleInfo]
) -> None:
    _, current = two_cycles
    with db.write() as session:
        data = {**load_settings(session, current.program_id).to_dict(), "prefer_stable": True}
        save_settings(session, current.program_id, data)
    with db.write() as session:
        assert load_choices(session, current.program_id) == MatchChoices(False, True)
        settings = load_settings(session, current.program_id)
        save_settings(session, current.program_id, settings)  # a save without choices
    with db.read() as session:
        assert load_choices(session, current.program_id).prefer_stable
        program = session.get(Program, current.program_id)
        assert program is not None and program.settings["matching"]["prefer_stable"] is True


def test_blocking_pairs_in_json_and_the_stable_option(
    db: Database, cycle: CycleInfo, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The optimum pairs Ava with Ned so that Bo gets Max, but Ava and Max would both rather
    # be together: one blocking pair. The stable set costs total score.
    add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "max@x.org", "Max", interests=["Research", "Advocacy"], city="Laval", province="QC"
            ),
            mentor("ned@x.org", "Ned", interests=["Research"], city="Laval", province="QC"),
        ],
    )
    add_people(
        db,
        cycle,
        1,
        [
            mentee(
                "ava@x.org", "Ava", interests=["Research", "Advocacy"], city="Laval", province="QC"
            ),
            mentee("bo@x.org", "Bo", interests=["Advocacy"], city="Gaspé", province="QC"),
        ],
    )
    db.dispose()
    base = ("match", "--db", str(db_path), "--cycle", cycle.label, "--json")
    code, out, err = run(capsys, *base)
    assert (code, err) == (0, "")
    plain = json.loads(out)
    assert isinstance(plain["blocking_pairs"], int)
    settings_file = db_path.parent / "stable.json"
    settings_file.write_text(json.dumps({"prefer_stable": True}), encoding="utf-8")
    code, out, err = run(capsys, *base, "--settings", str(settings_file))
    assert (code, err) == (0, "")
    stable = json.loads(out)
    assert stable["blocking_pairs"] == 0
    assert stable["stable"]["total_score_optimum"] == plain["total_score"]
    assert stable["stable"]["cost"] == round(plain["total_score"] - stable["total_score"], 4)
    assert plain["blocking_pairs"] == 1
    assert "1 mentee–mentor pair would both rather be together" in plain["notes"][0]
    assert stable["stable"]["cost"] > 0
    assert any(n.startswith("A stable set was chosen") for n in stable["notes"])
    # The run used the file only: the program's settings did not change.
    with db.read() as session:
        assert load_choices(session, cycle.program_id) == MatchChoices()


def test_settings_file_round_trip_through_the_cli(
    db: Database, cycle: CycleInfo, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_people(db, cycle, 0, [mentor("m@x.org", "M", capacity=3)])
    add_people(db, cycle, 1, [mentee(f"s{i}@x.org", f"S{i}") for i in range(3)])
    with db.read() as session:
        stored = load_settings(session, cycle.program_id)
    db.dispose()
    path = db_path.parent / "exported.json"
    chosen = type(stored)(**{**stored.__dict__, "min_score": 0.99, "mode": "good_only"})
    write_settings_file(path, chosen, MatchChoices(True, True))
    document = json.loads(path.read_text(encoding="utf-8"))
    assert "never_pair" not in document and document["prefer_stable"] is True
    settings, choices = read_settings_file(path, keep=stored)
    assert settings == chosen and choices == MatchChoices(True, True)
    code, out, err = run(
        capsys,
        "match",
        "--db",
        str(db_path),
        "--cycle",
        cycle.label,
        "--json",
        "--settings",
        str(path),
    )
    assert (code, err) == (0, "")
    assert json.loads(out)["matches"] == []  # nobody reaches a 99 % score
    code, out, err = run(capsys, "match", "--db", str(db_path), "--cycle", cycle.label, "--json")
    assert len(json.loads(out)["matches"]) == 3  # the program's own settings are unchanged


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (None, "There is no settings file “{file}”."),
        ("{", "The settings file “{file}” is not valid JSON (line 1, column 2)."),
        (
            "[]",
            "The settings file “{file}” must hold one JSON object of matching settings, like a "
            "file exported from the matching settings.",
        ),
        (
            '{"mood": "happy"}',
            "The settings file “{file}” has a setting MentorDesk does not know: “mood”.",
        ),
        ('{"min_score": 2}', "“{file}”: The minimum matching score must be between 0 and 1."),
        (
            '{"prefer_stable": "yes"}',
            "“{file}”: The matching setting “prefer_stable” must be true or false.",
        ),
        (
            '{"never_pair": [{"mentor_person": 1, "mentee_person": 2}]}',
            "The settings file “{file}” holds a never-pair list; that list stays with the "
            "program and cannot come from a file.",
        ),
        (b"\xff\xfe{", "The settings file “{file}” is not valid JSON (line 1, column 1)."),
    ],
)
def test_a_bad_settings_file_is_one_sentence_and_exit_2(
    db: Database,
    cycle: CycleInfo,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | bytes | None,
    sentence: str,
) -> None:
    db.dispose()
    path = db_path.parent / "settings.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    before = db_path.read_bytes()
    code, out, err = run(
        capsys,
        "match",
        "--db",
        str(db_path),
        "--cycle",
        cycle.label,
        "--settings",
        str(path),
        "--apply",
    )
    assert (code, out) == (2, "")
    assert err == "mentordesk: " + sentence.format(file=path) + "\n"
    assert db_path.read_bytes() == before


def test_every_capacity_zero_is_said_as_such(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor(f"m{i}@x.org", f"M{i}", capacity=0) for i in range(2)])
    add_people(db, cycle, 1, [mentee("s@x.org", "S")])
    with db.read() as session:
        proposal = propose_matches(session, cycle.id)
    [limit] = proposal.limits
    assert limit == "No mentor has a place: every capacity is 0, so 1 medical student is unmatched"
    assert render(limit, "fr").startswith("Aucun mentor n'a de place")
    assert "all mentor places are taken" not in limit


def test_who_withdrew_last_cycle_is_not_served_first(
    db: Database, two_cycles: tuple[CycleInfo, CycleInfo]
) -> None:
    from sqlalchemy import select, update

    from app.db.models import Participant, Person
    from app.matching.priority import unmatched_last_cycle

    before, current = two_cycles
    with db.write() as session:
        cal = session.scalars(select(Person.id).where(Person.email == "cal@x.org")).one()
        session.execute(
            update(Participant)
            .where(Participant.person_id == cal, Participant.cycle_id == before.id)
            .values(status="withdrawn")
        )
    with db.read() as session:
        waiting = unmatched_last_cycle(session, current.id)
        bea = session.scalars(select(Person.id).where(Person.email == "bea@x.org")).one()
    assert waiting == {bea}
