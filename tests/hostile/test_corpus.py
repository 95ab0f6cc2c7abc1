"""Every hostile case of the corpus gets its sentence and exit code, with nothing lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.corpus import Case, cases
from tests.hostile.runner import make_template, run_case


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_template(tmp_path_factory.mktemp("hostile-template"))


@pytest.mark.parametrize("case", cases(), ids=lambda case: case.name)
def test_hostile_case(case: Case, template: Path, tmp_path: Path) -> None:
    outcome = run_case(case, template, tmp_path)
    assert outcome.problems == [], f"{case.name}: {outcome.problems}"


def test_corpus_names_are_unique_and_cover_every_class() -> None:
    names = [case.name for case in cases()]
    assert len(names) == len(set(names))
    kinds = {case.kind for case in cases()}
    assert kinds >= {
        "tampered backup",
        "output onto the database",
        "not a MentorDesk database",
        "rows vanish or garble",
        "crash or exhaust",
        "environment",
        "leak",
        "contacts",
    }


def test_the_judge_catches_a_changed_database(template: Path, tmp_path: Path) -> None:
    """A case that quietly rewrites the database must be reported as data lost."""

    def build(ws):  # type: ignore[no-untyped-def]
        return ["match", "--db", str(ws.db), "--cycle", "2026-2027", "--apply"]

    outcome = run_case(Case("rewrites", "self-check", build, 0), template, tmp_path)
    assert outcome.lost_data
