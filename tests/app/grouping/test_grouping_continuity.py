"""Continuity with the previous cycle: keep its groups together, or mix people who have not
been together before; and every sentence of group formation said in French."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.cli import main
from app.db.engine import Database
from app.db.models import Cycle, Group, Program
from app.grouping.messages import counted, sentence
from app.grouping.quality import _language
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.sentences import render
from tests.factories import add_people, mentee, mentor

ROLE = "Medical student"
LAST_MENTORS: dict[frozenset[str], list[str]] = {}  # last cycle's mentors by their group


def _people(db: Database, cycle: CycleInfo) -> None:
    add_people(db, cycle, 0, [mentor(f"res{i}@example.org", f"Res{i}") for i in range(3)])
    students = [mentee(f"stu{i:02d}@example.org", f"Stu{i}") for i in range(12)]
    add_people(db, cycle, 1, students)


def _run(capsys: pytest.CaptureFixture[str], db_path: Path, label: str, *extra: str) -> Any:
    code = main(
        ["groups", "--db", str(db_path), "--cycle", label, "--role", ROLE, "--size", "4-4",
         "--json", *extra]
    )  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def next_cycle(
    db: Database, db_path: Path, cycle: CycleInfo, capsys: pytest.CaptureFixture[str]
) -> tuple[CycleInfo, list[set[str]]]:
    """Last cycle's three confirmed groups, and the same people signed up for the next."""
    _people(db, cycle)
    before = _run(capsys, db_path, cycle.label, "--apply", "--seed", "5")
    LAST_MENTORS.clear()
    LAST_MENTORS.update({frozenset(g["members"]): g["mentors"] for g in before["groups"]})
    with db.write() as session:
        for group in session.scalars(select(Group)):
            group.status = "confirmed"
        new_id = programs.create_cycle(session, cycle.program_id, "2026-2027")
        session.get(Cycle, new_id).previous_id = cycle.id  # type: ignore[union-attr]
        info = programs.get_cycle(session, new_id)
    _people(db, info)
    return info, [set(g["members"]) for g in before["groups"]]


def _continuity(db: Database, choice: str) -> None:
    with db.write() as session:
        program = session.scalars(select(Program)).one()
        program.settings = {**program.settings, "grouping": {"continuity": choice, "criteria": []}}


def test_keep_puts_last_cycles_groups_back_together(
    db: Database, db_path: Path, next_cycle: tuple[CycleInfo, list[set[str]]], capsys: Any
) -> None:
    info, before = next_cycle
    _continuity(db, "keep")
    after = _run(capsys, db_path, info.label, "--seed", "11")
    assert sorted(map(sorted, before)) == sorted(sorted(g["members"]) for g in after["groups"])
    assert after["continuity"] == "keep"
    assert after["quality"]["worst_group"] == 1.0
    # Each group keeps its mentor too (the assigned-groups model).
    for group in after["groups"]:
        assert group["mentors"] == LAST_MENTORS[frozenset(group["members"])]
        assert len(group["mentors"]) == 1


def test_mix_spreads_people_who_were_together(
    db: Database, db_path: Path, next_cycle: tuple[CycleInfo, list[set[str]]], capsys: Any
) -> None:
    info, before = next_cycle
    _continuity(db, "mix")
    after = _run(capsys, db_path, info.label, "--seed", "11")
    old_group = {email: i for i, members in enumerate(before) for email in members}
    for group in after["groups"]:
        # Four people from three earlier groups: at most two of them were together.
        together = Counter(old_group[e] for e in group["members"])
        assert max(together.values()) == 2, group


def test_sentences_in_french() -> None:
    french = _language("fr")
    assert render(counted("grouping.alone_language", 3, groups=3, language=french), "fr") == (
        "3 groupes n'ont qu'un seul membre qui parle français; un membre de plus qui parle "
        "français dans chacun réglerait le problème."
    )
    assert render(counted("grouping.understaffed", 1, groups=1, wanted=2, more=1), "fr") == (
        "1 groupe a moins de 2 mentors; places de mentor à ajouter\u00a0: 1."
    )
    refusal = sentence("grouping.pairs", role="Youth")
    assert render(refusal, "fr") == (
        "Dans ce programme, les «\u00a0Youth\u00a0» sont jumelés en paires, pas en groupes"
        "\u00a0: utilisez mentordesk match."
    )
