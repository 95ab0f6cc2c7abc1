"""Fixtures: a cycle with two mentors, three mentees and three confirmed pairs."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.app.meetings.conftest import Pairs, make_pairs

ANA, BO = "ana@res.example.org", "bo@res.example.org"
ZOE, LIAM, MEI = "zoe@med.example.org", "liam@med.example.org", "mei@med.example.org"


@pytest.fixture
def pairs(db: Database, cycle: CycleInfo) -> Pairs:
    return make_pairs(db, cycle)


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path
