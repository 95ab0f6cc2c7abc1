"""The re-sign-up list: returning and undecided people with their answers, read back with
pandas and imported into the next cycle by the sign-up import unchanged."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import select

from app.cycles.resignup import export_resignup
from app.cycles.rollover import create_next_cycle
from app.db.engine import Database
from app.db.models import Participant
from app.errors import UnusableInputError
from app.roster.importer import import_roster
from tests.app.cycles.conftest import PROGRAM, Scenario


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_resignup_list_reads_back_and_imports(
    db: Database, scenario: Scenario, tmp_path: Path, suffix: str
):
    people = scenario.people
    with db.write() as session:
        session.get(Participant, people["kim"]).next_cycle = "leaving"
        session.get(Participant, people["jo"]).next_cycle = "returning"
        session.get(Participant, people["jo"]).custom_fields = {"Pager": "=1+1"}
    out = tmp_path / f"resignup{suffix}"
    with db.read() as session:
        written = export_resignup(session, scenario.cycle_id, out, role="Medical student")
    table = (
        pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        if suffix == ".csv"
        else pd.read_excel(out, dtype=str, keep_default_na=False, engine="openpyxl")
    )
    emails = sorted(table["Email"])
    assert written == len(emails) == 6  # seven students, kim is leaving
    assert "kim@example.org" not in emails and "jo@example.org" in emails
    assert "Role" not in table.columns and "Matched" not in table.columns
    jo = table[table["Email"] == "jo@example.org"].iloc[0]
    assert jo["First name"] == "Jo" and jo["City"] == "Montréal"
    assert jo["Pager"] == "'=1+1"  # a formula stays text
    with db.write() as session:
        new = create_next_cycle(session, PROGRAM, "2026-2027", None)
        report = import_roster(session, new.cycle_id, "Medical student", out)
    assert report.rejected == [] and report.imported == 6


def test_resignup_refuses_other_formats(db: Database, scenario: Scenario, tmp_path: Path):
    with pytest.raises(UnusableInputError), db.read() as session:
        export_resignup(session, scenario.cycle_id, tmp_path / "list.pdf")
    with db.read() as session:
        everyone = session.scalars(
            select(Participant).where(Participant.cycle_id == scenario.cycle_id)
        ).all()
    assert len(everyone) == 11
