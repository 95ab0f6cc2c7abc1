"""Answers stored as given before the catalogue are not changes from their keys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from app.db.engine import Database
from app.db.models import Participant
from app.programs.service import CycleInfo
from app.roster.importer import import_roster

SIGNUP = (
    "First name,Last name,Email Address,Areas of interest,Year of study\n"
    "Zoé,Roy,zoe.roy@example.org,Research; Neonatology,MS2\n"
)


def test_a_raw_answer_from_before_the_catalogue_is_no_change(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    signup = tmp_path / "signup.csv"
    signup.write_text(SIGNUP, encoding="utf-8")
    role = cycle.role_ladder[-1]
    with db.write() as session:
        import_roster(session, cycle.id, role, signup)
        # As an older MentorDesk stored them: the answers as the form wrote them.
        session.execute(update(Participant).values(interests=["Research", "Neonatology"]))
    with db.read() as session:
        again = import_roster(session, cycle.id, role, signup, dry_run=True)
    assert again.updated == 0
    assert again.unchanged == 1


def test_a_real_change_is_described_with_labels(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    signup = tmp_path / "signup.csv"
    signup.write_text(SIGNUP, encoding="utf-8")
    role = cycle.role_ladder[-1]
    with db.write() as session:
        import_roster(session, cycle.id, role, signup)
    changed = tmp_path / "changed.csv"
    changed.write_text(SIGNUP.replace("Research; Neonatology", "Global health"), "utf-8")
    with db.write() as session:
        report = import_roster(session, cycle.id, role, changed)
        stored = session.scalars(select(Participant.interests)).one()
    assert report.updated == 1
    assert stored == ["global_health"]
    shown = [c for person in report.people for c in person.changes]
    assert [(c.old, c.new) for c in shown] == [("Research, Neonatology", "Global health")]
