"""``mentordesk groups`` on a real database: the JSON document, saving proposals without
touching confirmed or locked groups, and one sentence with exit 2 for unusable requests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.db.engine import Database
from app.db.models import Group, Program, group_member
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor

ROLE = "Medical student"
STAGES = ["year 1", "year 2", "year 3"]
SCHOOLS = ["McGill", "Laval", "Toronto", "UBC"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def people(db: Database, cycle: CycleInfo) -> tuple[list[int], list[int]]:
    """Six resident mentors (two specialties) and twelve students, one speaking French."""
    residents = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                f"res{i}@example.org",
                f"Res{i}",
                custom_fields={"specialty": "Paediatrics" if i % 2 else "Surgery"},
            )
            for i in range(6)
        ],
    )
    students = add_people(
        db,
        cycle,
        1,
        [
            mentee(
                f"stu{i:02d}@example.org",
                f"Stu{i}",
                stage=STAGES[i % 3],
                institution=SCHOOLS[i % 4],
                languages=["English", "French"] if i == 0 else ["English"],
            )
            for i in range(12)
        ],
    )
    return residents, students


def _groups(db_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    code, out, err = run(
        capsys, "groups", "--db", str(db_path), "--cycle", "2025-2026", "--role", ROLE,
        "--size", "4-4", "--mentors-per-group", "2", "--json", *extra,
    )  # fmt: skip
    assert code == 0, err
    document: dict[str, Any] = json.loads(out)
    return document


def _settings(db: Database, **values: Any) -> None:
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        program.settings = {**program.settings, **values}


def test_the_json_document_names_every_group(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _groups(db_path, capsys, "--similar", "stage", "--diverse", "institution")
    assert document["cycle"] == "2025-2026" and document["role"] == ROLE
    assert document["criteria"] == {
        "stage": "similar",
        "institution": "diverse",
        "specialty@mentors": "diverse",
    }
    groups = document["groups"]
    assert len(groups) == 3
    members = sorted(e for g in groups for e in g["members"])
    assert members == sorted(f"stu{i:02d}@example.org" for i in range(12))
    for group in groups:
        assert set(group) >= {"name", "mentors", "members", "score", "notes"}
        assert len(group["members"]) == 4 and len(group["mentors"]) == 2
        assert 0.0 <= group["score"] <= 1.0
    assert len({e for g in groups for e in g["mentors"]}) == 6
    quality = document["quality"]
    assert quality["worst_group"] == min(g["score"] for g in groups)
    assert quality["worst_group"] <= quality["mean"]
    assert document["ungrouped"] == []
    # The lone French speaker cannot have a French-speaking partner: said, with the fix.
    assert document["shortfalls"] == [
        "1 group has a single French speaker; one more French-speaking member would fix it."
    ]


def test_the_same_seed_gives_the_same_groups_and_nothing_is_saved_without_apply(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _groups(db_path, capsys, "--seed", "7", "--diverse", "institution")
    second = _groups(db_path, capsys, "--seed", "7", "--diverse", "institution")
    assert first["groups"] == second["groups"]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Group)) == 0


def _saved(db: Database) -> dict[str, tuple[str, bool, set[tuple[int, bool]]]]:
    with db.read() as session:
        found = {}
        for group in session.scalars(select(Group)):
            rows = session.execute(
                select(group_member.c.participant_id, group_member.c.is_mentor).where(
                    group_member.c.group_id == group.id
                )
            ).all()
            assert group.relation == ROLE
            found[f"{group.id}"] = (group.status, group.locked, {(p, m) for p, m in rows})
        return found


def test_apply_replaces_proposals_and_keeps_confirmed_and_locked_groups(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _groups(db_path, capsys, "--apply")
    assert (document["saved"], document["replaced"]) == (3, 0)
    saved = _saved(db)
    assert [s[0] for s in saved.values()] == ["proposed"] * 3
    assert all(sum(1 for _p, m in s[2] if m) == 2 and len(s[2]) == 6 for s in saved.values())
    confirmed, locked, loose = sorted(saved, key=int)
    assert len(saved) == 3
    with db.write() as session:
        session.get(Group, int(confirmed)).status = "confirmed"  # type: ignore[union-attr]
        session.get(Group, int(locked)).locked = True  # type: ignore[union-attr]
    document = _groups(db_path, capsys, "--apply", "--seed", "3")
    assert (document["saved"], document["replaced"], document["kept_groups"]) == (1, 1, 2)
    again = _saved(db)
    assert again[confirmed][2] == saved[confirmed][2]
    assert again[locked][2] == saved[locked][2]
    (new,) = set(again) - {confirmed, locked}  # the database may reuse the deleted id
    assert again[new][2] == saved[loose][2]  # the only people and mentors left: same group
    assert again[new][0] == "proposed"


def test_leftovers_are_listed_with_the_reason(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    pair = ["stu00@example.org", "stu01@example.org"]
    _settings(db, grouping={"together": [pair], "apart": [pair]})
    document = _groups(db_path, capsys, "--size", "2-4")
    assert sorted(document["ungrouped"]) == pair
    reason = document["ungrouped_reasons"]["stu00@example.org"]
    assert reason == (
        "One rule keeps stu00@example.org and stu01@example.org together and another keeps "
        "them apart."
    )
    grouped = {e for g in document["groups"] for e in g["members"]}
    assert len(grouped) == 10 and not grouped & set(pair)


@pytest.mark.parametrize(
    ("args", "sentence"),
    [
        (["--role", "Nurse"], "“Nurse” is not a role of this program"),
        (
            ["--role", "Resident mentor"],
            "Nobody in the program's ladder is above “Resident mentor”",
        ),
        (
            ["--role", ROLE, "--size", "5-5"],
            f"The 12 participants in “{ROLE}” cannot be split into groups of 5 to 5.",
        ),
        (["--role", ROLE, "--size", "six"], "“six” is not a group size like 4-6"),
        (["--role", ROLE, "--size", "6-4"], "“6-4” is not a group size like 4-6"),
        (["--role", ROLE, "--similar", "shoe size"], "has an answer for “shoe size”"),
        (["--role", ROLE, "--mentors-per-group", "-1"], "mentors per group must be from 0 to 30"),
    ],
)
def test_unusable_requests_exit_2_with_one_sentence(
    db: Database,
    db_path: Path,
    people: Any,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    sentence: str,
) -> None:
    code, out, err = run(
        capsys, "groups", "--db", str(db_path), "--cycle", "2025-2026", "--apply", *args
    )
    assert code == 2
    assert out == ""
    assert err.startswith("mentordesk: ") and sentence in err, err
    assert err.count("\n") == 1
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Group)) == 0


def test_a_relation_of_pairs_is_refused(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    relation = {"mentor_role": "Resident mentor", "mentee_role": ROLE, "kind": "pairs"}
    _settings(db, relations=[relation])
    code, _out, err = run(
        capsys, "groups", "--db", str(db_path), "--cycle", "2025-2026", "--role", ROLE
    )
    assert code == 2
    assert err == (
        f"mentordesk: In this program “{ROLE}” are matched in pairs, not groups: use "
        "mentordesk match.\n"
    )


def test_the_relations_group_settings_are_the_defaults(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    relation = {
        "mentor_role": "Resident mentor",
        "mentee_role": ROLE,
        "kind": "groups",
        "group_size": [6, 6],
        "mentors_per_group": 3,
        "criteria": ["institution"],
    }
    _settings(db, relations=[relation])
    code, out, err = run(
        capsys, "groups", "--db", str(db_path), "--cycle", "2025-2026", "--role", ROLE, "--json"
    )
    assert code == 0, err
    document = json.loads(out)
    assert [len(g["members"]) for g in document["groups"]] == [6, 6]
    assert [len(g["mentors"]) for g in document["groups"]] == [3, 3]
    assert document["criteria"] == {"institution": "diverse", "specialty@mentors": "diverse"}


def test_only_eligible_students_are_grouped(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _settings(db, eligibility={ROLE: [{"field": "stage", "op": "equals", "value": "year 1"}]})
    document = _groups(db_path, capsys, "--size", "2-4")
    grouped = sorted(e for g in document["groups"] for e in g["members"])
    assert grouped == [f"stu{i:02d}@example.org" for i in range(0, 12, 3)]


def test_the_human_output_lists_groups_and_shortfalls(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "groups", "--db", str(db_path), "--cycle", "2025-2026", "--role", "mentee",
        "--size", "4-4", "--mentors-per-group", "2", "--apply",
    )  # fmt: skip
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"3 groups of “{ROLE}”: worst group fit ")
    assert [line.split(" (")[0] for line in lines[1:] if line.startswith("Group")] == [
        "Group 1",
        "Group 2",
        "Group 3",
    ]
    assert "  Only one member speaks French." in lines
    assert lines[-1] == "Saved 3 proposed groups; 0 earlier proposed groups were replaced."


def test_any_whole_number_is_a_seed(
    db: Database, db_path: Path, people: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _groups(db_path, capsys, "--seed", "-3", "--similar", "stage")
    again = _groups(db_path, capsys, "--seed", "-3", "--similar", "stage")
    assert first["groups"] == again["groups"]
