"""Check-in exports as participants really fill them in, and as nobody should accept them.

Every case goes through a CSV file written here and the real contact import: the pair in
either order, topics in people's own words, addresses in any case, and lengths or dates
that cannot be right (rejected with their row and column, never read some other way).
"""

from __future__ import annotations

import csv
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.__main__ import main
from app.db.engine import Database
from app.db.models import Match, Meeting
from app.errors import UnusableInputError
from app.meetings import topics as catalogue
from app.meetings.importer import import_meetings
from app.roster.importer import ImportReport, RejectedRow
from tests.app.meetings.conftest import Pairs

TODAY = dt.date(2026, 3, 1)
HEADER = ["Mentor email", "Mentee email", "Date", "How did you meet?", "How long?", "Topics"]
ANA, BO = "ana@res.example.org", "bo@res.example.org"
ZOE, LIAM = "zoe@med.example.org", "liam@med.example.org"
MATCH_TOPIC = "The residency application match process"
BALANCE = "Work–life balance and stress"


def _csv(tmp_path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    path = tmp_path / "checkins.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header, *rows])
    return path


def _import(db: Database, pairs: Pairs, path: Path) -> ImportReport:
    with db.write() as session:
        return import_meetings(session, pairs.cycle.id, path, today=TODAY)


def _logged(db: Database) -> dict[dt.date, tuple[int, int | None, list[str], str]]:
    """held_on → (match id, minutes, topic names, notes) of every stored contact."""
    with db.read() as session:
        meetings = session.scalars(select(Meeting).options(selectinload(Meeting.topics)))
        return {
            m.held_on: _row(m)
            for m in meetings
        }  # fmt: skip


def _row(m: Meeting) -> tuple[int, int | None, list[str], str]:
    return (m.match_id or 0, m.duration_minutes, sorted(t.name for t in m.topics), m.notes)


def test_the_pair_may_be_listed_in_either_order(db: Database, pairs: Pairs, tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [
            [ANA, ZOE, "2026-01-05", "Video", "30", ""],
            [ZOE, ANA, "2026-01-06", "Video", "30", ""],  # the mentee's address first
            ["Liam@Med.Example.org", "BO@RES.EXAMPLE.ORG", "2026-01-07", "Phone", "", ""],
            [LIAM, ANA, "2026-01-08", "Phone", "", ""],  # two people of different pairs
        ],
    )
    report = _import(db, pairs, path)
    assert report.rejected == [
        RejectedRow(
            5, "Mentor email", f"{LIAM} and {ANA} are not matched with each other in this cycle"
        )
    ]
    first, second = pairs.ids[:2]
    assert {day: logged[0] for day, logged in _logged(db).items()} == {
        dt.date(2026, 1, 5): first,
        dt.date(2026, 1, 6): first,
        dt.date(2026, 1, 7): second,
    }


def test_topics_in_participants_own_words_find_their_catalogue_topic(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    wordings = {
        "residency match": [MATCH_TOPIC],
        "Residency Match": [MATCH_TOPIC],
        "Match process": [MATCH_TOPIC],
        "the CaRMS match": [MATCH_TOPIC],
        "resdency match": [MATCH_TOPIC],  # a typo
        "work life balance": [BALANCE],
        "Work–life balance": [BALANCE],
        "WORK/LIFE BALANCE": [BALANCE],
        "Personal statement": ["Personal statements and interviews"],  # singular
        "taking calls": ["Taking call"],  # plural
        "Équilibre travail-vie": [BALANCE],  # the French name, in part
        "equilibre travail vie personnelle et stress": [BALANCE],  # French without accents
        "LES GARDES": ["Taking call"],  # a French name whole, in capitals
        "residency match and finances": [MATCH_TOPIC, "Finances and debt"],
        "Match process, work life balance": [MATCH_TOPIC, BALANCE],
    }
    days = [dt.date(2026, 1, 1) + dt.timedelta(days=n) for n in range(len(wordings))]
    rows = [
        [ANA, ZOE, d.isoformat(), "Video", "30", w] for d, w in zip(days, wordings, strict=True)
    ]
    report = _import(db, pairs, _csv(tmp_path, rows))
    assert (report.imported, report.rejected) == (len(wordings), [])
    logged = _logged(db)
    for day, (wording, topics) in zip(days, wordings.items(), strict=True):
        assert logged[day][2] == sorted(topics), wording
        assert logged[day][3] == "", wording  # nothing left over for the notes
    # Every wording read loosely is named in the report with its row, never silently;
    # catalogue names (here in French, in capitals or without accents) are not.
    read = "was read as the topic"
    assert report.warnings == [
        f"rows 2 and 15, Topics: “residency match” {read} “{MATCH_TOPIC}”.",
        f"row 3, Topics: “Residency Match” {read} “{MATCH_TOPIC}”.",
        f"rows 4 and 16, Topics: “Match process” {read} “{MATCH_TOPIC}”.",
        f"row 5, Topics: “the CaRMS match” {read} “{MATCH_TOPIC}”.",
        f"row 6, Topics: “resdency match” {read} “{MATCH_TOPIC}”.",
        f"rows 7 and 16, Topics: “work life balance” {read} “{BALANCE}”.",
        f"row 8, Topics: “Work–life balance” {read} “{BALANCE}”.",
        f"row 9, Topics: “WORK/LIFE BALANCE” {read} “{BALANCE}”.",
        f"row 10, Topics: “Personal statement” {read} “Personal statements and interviews”.",
        f"row 11, Topics: “taking calls” {read} “Taking call”.",
        f"row 12, Topics: “Équilibre travail-vie” {read} “{BALANCE}”.",
        f"row 15, Topics: “finances” {read} “Finances and debt”.",
    ]


def test_a_topic_not_in_the_catalogue_is_kept_in_the_notes_and_reported(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    header = [*HEADER, "Notes"]
    rows = [
        [ANA, ZOE, "2026-01-05", "Video", "30", "match", ""],  # two topics say "match"
        [ANA, ZOE, "2026-01-06", "Video", "30", "Taking call, budgeting", "Met at the café"],
        [BO, LIAM, "2026-01-07", "Video", "30", "budgeting", ""],
        [BO, LIAM, "2026-01-08", "Video", "30", "研究; Other", ""],
    ]
    report = _import(db, pairs, _csv(tmp_path, rows, header))
    assert (report.imported, report.rejected) == (4, [])
    logged = _logged(db)
    assert logged[dt.date(2026, 1, 5)][2:] == ([], "Other topics: match")
    assert logged[dt.date(2026, 1, 6)][2:] == (
        ["Taking call"],
        "Met at the café\nOther topics: budgeting",
    )
    assert logged[dt.date(2026, 1, 8)][2:] == ([], "Other topics: 研究")
    kept = "is not in the topic catalogue; it is kept in the contact's notes"
    assert report.warnings == [
        f"row 2, Topics: “match” {kept} (add the topic to the catalogue to count it).",
        f"rows 3 and 4, Topics: “budgeting” {kept} (add the topic to the catalogue to count it).",
        f"row 5, Topics: “研究” {kept} (add the topic to the catalogue to count it).",
    ]


@pytest.mark.parametrize(
    ("length", "sentence"),
    [
        ("-1h", "“-1h” is not a length of time: it cannot be negative"),
        ("1:99", "“1:99” is not a length of time: the minutes after the hour cannot exceed 59"),
        ("1h75", "“1h75” is not a length of time: the minutes after the hour cannot exceed 59"),
        (
            "0",
            "“0” is not a length of time: a contact lasts at least a minute "
            "(leave the cell empty when the length is not known)",
        ),
        ("25h", "“25h” is longer than a day; a contact lasts at most 24 hours"),
        ("1e3", "“1e3” is not a length of time (expected e.g. 45, 45 min, 1h30 or 1:30)"),
        (
            "9" * 5000,
            f"“{'9' * 5000}” is not a length of time (expected e.g. 45, 45 min, 1h30 or 1:30)",
        ),
    ],
)
def test_a_length_that_cannot_be_right_is_rejected_not_reinterpreted(
    db: Database, pairs: Pairs, tmp_path: Path, length: str, sentence: str
) -> None:
    rows = [
        [ANA, ZOE, "2026-01-05", "Video", length, ""],
        [ANA, ZOE, "2026-01-06", "Video", "1h30", ""],
    ]
    report = _import(db, pairs, _csv(tmp_path, rows))
    assert report.rejected == [RejectedRow(2, "How long?", sentence)]
    assert {day: logged[1] for day, logged in _logged(db).items()} == {dt.date(2026, 1, 6): 90}


@pytest.fixture
def toronto(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The coordinator's clock in Toronto (a POSIX rule: no time zone database needed)."""
    if not hasattr(time, "tzset"):
        pytest.skip("time zones are set this way on POSIX only")
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_contact_before_the_match_began_is_rejected(
    db: Database, pairs: Pairs, tmp_path: Path, toronto: None
) -> None:
    """Ana and Zoé were matched on 1 October; Bo and Liam at 9:30 pm on 1 October in
    Toronto, which is stored as 2 October in UTC: a contact that evening is theirs."""
    with db.write() as session:
        late = session.get(Match, pairs.ids[1])
        assert late is not None
        late.created_at = dt.datetime(2025, 10, 2, 1, 30)  # UTC
    rows = [
        [ANA, ZOE, "2025-09-30", "Video", "30", ""],
        [ANA, ZOE, "2025-10-01", "Video", "30", ""],
        [BO, LIAM, "2025-10-01", "Phone", "30", ""],
        [BO, LIAM, "2024-10-03", "Phone", "30", ""],
    ]
    report = _import(db, pairs, _csv(tmp_path, rows))
    assert report.rejected == [
        RejectedRow(
            2, "Date", "2025-09-30 is before this match began (2025-10-01); check the date"
        ),
        RejectedRow(
            5, "Date", "2024-10-03 is before this match began (2025-10-01); check the date"
        ),
    ]
    assert sorted(_logged(db)) == [dt.date(2025, 10, 1)] and report.imported == 2


def test_the_command_line_names_row_and_column_and_exits_1(
    db: Database, db_path: Path, pairs: Pairs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        [ANA, ZOE, "2026-01-05", "Video", "-1h", ""],
        [ZOE, ANA, "2026-01-06", "Video", "1:99", ""],
        [ANA, ZOE, "2025-09-01", "Video", "45", ""],
        [ZOE.upper(), ANA, "2026-01-08", "Video", "1h", "residency match"],
        [BO, LIAM, "2026-01-09", "Phone", "20", "budgeting"],
    ]
    path = _csv(tmp_path, rows)
    db.dispose()
    code = main(["import-meetings", "--db", str(db_path), "--cycle", pairs.cycle.label, str(path)])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert out.splitlines() == [
        "Imported 2 contacts of 5 rows from checkins.csv (utf-8); 0 already logged, "
        "3 rows rejected.",
        "  row 2, How long?: “-1h” is not a length of time: it cannot be negative",
        "  row 3, How long?: “1:99” is not a length of time: the minutes after the hour "
        "cannot exceed 59",
        "  row 4, Date: 2025-09-01 is before this match began (2025-10-01); check the date",
        f"Warning: row 5, Topics: “residency match” was read as the topic “{MATCH_TOPIC}”.",
        "Warning: row 6, Topics: “budgeting” is not in the topic catalogue; it is kept in the "
        "contact's notes (add the topic to the catalogue to count it).",
    ]
    logged = _logged(db)
    assert logged[dt.date(2026, 1, 8)] == (pairs.ids[0], 60, [MATCH_TOPIC], "")
    assert logged[dt.date(2026, 1, 9)] == (pairs.ids[1], 20, [], "Other topics: budgeting")
    assert len(logged) == 2


@pytest.mark.parametrize(
    ("name", "name_fr", "existing"),
    [
        ("work-life balance and STRESS", "", "Work–life balance and stress"),
        ("Les Gardes", "", "Les gardes"),  # another topic's French name
        ("Night float", "Meilleur conseil recu", "Meilleur conseil reçu"),
    ],
)
def test_the_catalogue_refuses_a_name_a_check_in_could_not_tell_apart(
    db: Database, name: str, name_fr: str, existing: str
) -> None:
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        catalogue.add_topic(session, name, "Training", name_fr)
    assert refused.value.message == f"The catalogue already has a topic named “{existing}”."
