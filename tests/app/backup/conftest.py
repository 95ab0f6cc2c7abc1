"""A small populated program, and helpers to compare database files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.db.engine import Database
from app.db.models import Match
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor

MENTOR_NAME = "Aurélie"
MENTOR_EMAIL = "aurelie.tremblay@example.org"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def populated(db: Database, cycle: CycleInfo) -> Database:
    """Two mentors, two mentees and one match, committed (still in the WAL)."""
    mentors = add_people(
        db,
        cycle,
        0,
        [
            mentor(MENTOR_EMAIL, MENTOR_NAME, "Tremblay"),
            mentor("jb.okafor@example.org", "Jean-Baptiste", "Okafor"),
        ],
    )
    mentees = add_people(
        db,
        cycle,
        1,
        [
            mentee("zoe.lindqvist@example.org", "Zoë", "Lindqvist"),
            mentee("ravi.sundaram@example.org", "Ravi", "Sundaram"),
        ],
    )
    with db.write() as session:
        session.add(Match(cycle_id=cycle.id, mentor_id=mentors[0], mentee_id=mentees[0]))
    return db


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """Every statement that recreates the database's schema and rows."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def emails(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT email FROM person ORDER BY email")]
    finally:
        conn.close()
