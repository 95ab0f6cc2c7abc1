"""Exports open safely in Excel: BOM, neutralised formulas, mail-merge columns."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Match, Meeting, Participant, Person, Topic
from app.errors import NotFoundError, UnusableInputError
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.export import export, neutralise
from app.roster.importer import import_roster

DATA = Path(__file__).resolve().parents[2] / "data" / "roster"
SAMPLES = Path(__file__).resolve().parents[3] / "resources" / "sample"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def participant_id(db: Database, cycle_id: int, email: str) -> int:
    with db.read() as session:
        found = session.scalar(
            select(Participant.id)
            .join(Person)
            .where(Person.email_key == email, Participant.cycle_id == cycle_id)
        )
    assert found is not None
    return found


@pytest.fixture
def roster(db: Database, cycle: CycleInfo) -> CycleInfo:
    with db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[0], SAMPLES / "mentors.csv")
        import_roster(session, cycle.id, cycle.role_ladder[1], SAMPLES / "mentees.csv")
        import_roster(session, cycle.id, cycle.role_ladder[1], DATA / "hostile_names.csv")
    return cycle


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1 416", "'+1 416"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("O'Brien", "O'Brien"),
        ("a=b", "a=b"),
        (-5, -5),
        (None, None),
    ],
)
def test_neutralise(value: object, safe: object) -> None:
    assert neutralise(value) == safe  # type: ignore[arg-type]


def test_participants_csv_has_bom_and_neutralised_cells(
    db: Database, roster: CycleInfo, tmp_path: Path
) -> None:
    out = tmp_path / "participants.csv"
    with db.read() as session:
        written = export(session, roster.id, "participants", out)
    assert written == 12 + 20 + 7
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert len(rows) == written
    by_email = {r["Email"]: r for r in rows}
    formula = by_email["formula.cell@example.com"]
    assert formula["School / residency program"] == '\'=HYPERLINK("http://evil.example")'
    assert formula["Tell us about yourself"] == "'@SUM(A1:A2)"
    siobhan = by_email["siobhan.obrien@example.com"]
    assert siobhan["Last name"] == "O'Brien"
    assert siobhan["Phone"] == "(416) 555-0102"
    assert siobhan["Role"] == "Resident mentor"
    assert siobhan["Areas of interest"] == "Advocacy; Medical education"
    assert by_email["obrien.co@example.com"]["Last name"] == "O'Brien & <Co>"
    assert by_email["none.na@example.com"]["First name"] == "None"
    assert by_email["meiling.wang@example.com"]["Last name"] == "王"
    assert by_email["zoe.lefebvre@example.com"]["Capacity"] == "2"


def test_participants_xlsx_keeps_formulas_as_text(
    db: Database, roster: CycleInfo, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "participants.xlsx"
    with db.read() as session:
        assert export(session, roster.id, "participants", out) == 39
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=False))
    headers = [c.value for c in rows[0]]
    email_col = headers.index("Email")
    school_col = headers.index("School / residency program")
    formula_row = next(r for r in rows if r[email_col].value == "formula.cell@example.com")
    cell = formula_row[school_col]
    assert cell.data_type == "s"
    assert cell.value == '\'=HYPERLINK("http://evil.example")'
    capacity = rows[1][headers.index("Capacity")]
    assert isinstance(capacity.value, int)


def test_export_round_trips_into_the_next_cycle(
    db: Database, roster: CycleInfo, tmp_path: Path
) -> None:
    out = tmp_path / "mentors-export.csv"
    with db.read() as session:
        export(session, roster.id, "participants", out)
    with db.write() as session:
        next_cycle = programs.create_cycle(session, roster.program_id, "2026-2027")
        report = import_roster(session, next_cycle, roster.role_ladder[0], out)
    assert report.rejected == []
    assert report.imported == 39 and report.returning == 39 and report.updated == 0
    assert {"Role", "Status", "Returning", "Matched"} <= set(report.unmapped_columns)


def _match(db: Database, cycle: CycleInfo) -> int:
    mentor = participant_id(db, cycle.id, "siobhan.obrien@example.com")
    mentee = participant_id(db, cycle.id, "formula.cell@example.com")
    with db.write() as session:
        match = Match(
            cycle_id=cycle.id,
            mentor_id=mentor,
            mentee_id=mentee,
            status="confirmed",
            score=0.87654,
            reasons=["Same city", "Shared interest: research"],
            confirmed_at=dt.datetime(2025, 10, 1, 9, 0),
        )
        session.add(match)
        session.flush()
        return match.id


def test_matches_export_is_mail_merge_ready(
    db: Database, roster: CycleInfo, tmp_path: Path
) -> None:
    _match(db, roster)
    out = tmp_path / "matches.csv"
    with db.read() as session:
        assert export(session, roster.id, "matches", out) == 1
    (row,) = read_csv(out)
    assert row["Mentor name"] == "Shiv O'Brien"
    assert row["Mentor first name"] == "Siobhán"
    assert row["Mentor email"] == "siobhan.obrien@example.com"
    assert row["Mentor phone"] == "(416) 555-0102"  # consented to sharing
    assert row["Mentor institution"] == "University of Toronto – Paediatrics"
    assert row["Mentee name"] == "Formula Cell"
    assert row["Mentee email"] == "formula.cell@example.com"
    assert row["Mentee phone"] == ""
    assert row["Mentee institution"] == '\'=HYPERLINK("http://evil.example")'
    assert (row["Status"], row["Score"], row["Confirmed on"]) == (
        "confirmed",
        "0.877",
        "2025-10-01",
    )
    assert row["Reasons"] == "Same city; Shared interest: research"


def test_phone_withheld_without_consent(db: Database, roster: CycleInfo, tmp_path: Path) -> None:
    mentor = participant_id(db, roster.id, "arjun.mehta@example.com")  # answered "No"
    mentee = participant_id(db, roster.id, "noah.williams@example.com")  # answered "Yes"
    with db.write() as session:
        session.add(Match(cycle_id=roster.id, mentor_id=mentor, mentee_id=mentee))
    out = tmp_path / "matches.xlsx"
    with db.read() as session:
        export(session, roster.id, "matches", out)
    from openpyxl import load_workbook

    sheet = load_workbook(out).active
    assert sheet is not None
    headers, values = list(sheet.iter_rows(values_only=True))
    row = dict(zip(headers, values, strict=True))
    assert row["Mentor phone"] in ("", None)
    assert row["Mentee phone"] == "(416) 555-0202"


def test_meetings_export(db: Database, roster: CycleInfo, tmp_path: Path) -> None:
    match_id = _match(db, roster)
    with db.write() as session:
        topic = Topic(name="Residency application")
        session.add(topic)
        session.add(
            Meeting(
                match_id=match_id,
                held_on=dt.date(2025, 11, 2),
                mode="video",
                duration_minutes=45,
                notes="-talked about electives",
                concern=True,
                concern_note="private",
                topics=[topic],
            )
        )
    out = tmp_path / "meetings.csv"
    with db.read() as session:
        assert export(session, roster.id, "meetings", out) == 1
    (row,) = read_csv(out)
    assert row["Date"] == "2025-11-02"
    assert (row["Mentor"], row["Mentee"]) == ("Shiv O'Brien", "Formula Cell")
    assert row["Topics"] == "Residency application"
    assert row["Notes"] == "'-talked about electives"
    assert row["Concern"] == "yes"
    assert "private" not in out.read_text(encoding="utf-8-sig")


def test_export_refusals(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    with db.read() as session:
        with pytest.raises(UnusableInputError, match="Cannot export “people”"):
            export(session, cycle.id, "people", tmp_path / "x.csv")
        with pytest.raises(UnusableInputError, match=re.escape("x.pdf must end in .csv or .xlsx")):
            export(session, cycle.id, "participants", tmp_path / "x.pdf")
        with pytest.raises(UnusableInputError, match=r"folder “.*nowhere” does not exist"):
            export(session, cycle.id, "participants", tmp_path / "nowhere" / "x.csv")
        with pytest.raises(NotFoundError):
            export(session, 999, "participants", tmp_path / "x.csv")
        assert export(session, cycle.id, "matches", tmp_path / "empty.csv") == 0
    assert read_csv(tmp_path / "empty.csv") == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def _no_formulas(path: Path) -> list[tuple[object, ...]]:
    """Every row of an exported workbook, after checking no cell is a formula."""
    from openpyxl import load_workbook

    sheet = load_workbook(path).active
    assert sheet is not None
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    return list(sheet.iter_rows(values_only=True))


def test_every_export_neutralises_formulas_in_xlsx_and_csv(
    db: Database, roster: CycleInfo, tmp_path: Path
) -> None:
    from app.roster.service import update_participant

    match_id = _match(db, roster)
    dangerous = "=cmd|' /C calc'!A0"
    with db.write() as session:
        match = session.get(Match, match_id)
        assert match is not None
        match.end_reason = "+moved away"
        session.add(Meeting(match_id=match_id, held_on=dt.date(2025, 11, 2), notes=dangerous))
        siobhan = participant_id(db, roster.id, "siobhan.obrien@example.com")
        update_participant(session, siobhan, custom_fields={"=Question": "@answer"})
    for what in ("participants", "matches", "meetings"):
        for suffix in (".csv", ".xlsx"):
            out = tmp_path / f"{what}{suffix}"
            with db.read() as session:
                export(session, roster.id, what, out)
            if suffix == ".csv":
                with out.open(encoding="utf-8-sig", newline="") as handle:
                    rows = [tuple(r) for r in csv.reader(handle)]
            else:
                rows = _no_formulas(out)
            cells = [c for row in rows for c in row if isinstance(c, str) and c]
            assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
            if what == "participants":
                assert "'=Question" in rows[0] and "'@answer" in cells
            if what == "matches":
                assert "'+moved away" in cells
            if what == "meetings":
                assert "'" + dangerous in cells
