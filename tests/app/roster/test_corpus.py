"""Every file of the hostile corpus in tests/data/roster, with its expected outcome.

A file added to the corpus without an entry here fails the completeness test, so the corpus
and its expectations cannot drift apart. Outcomes are checked through a real import into a
real database (then through the command line for the exit codes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.__main__ import main
from app.db.engine import Database
from app.db.models import Participant, Person
from app.errors import UnusableInputError
from app.programs.service import CycleInfo
from app.roster.importer import ImportReport, import_roster

DATA = Path(__file__).resolve().parents[2] / "data" / "roster"


@dataclass(frozen=True)
class Imports:
    """A usable file: what it is read as, and what the import does with its rows."""

    encoding: str
    delimiter: str
    rows: int
    imported: int
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (row, column)
    header_row: int = 1
    fmt: str = "csv"


@dataclass(frozen=True)
class Refused:
    """An unusable file: nothing is written and the sentence names the file and the cause."""

    message: str


EXPECTED: dict[str, Imports | Refused] = {
    "utf8.csv": Imports("utf-8", ",", 3, 3),
    "utf8_bom.csv": Imports("utf-8-sig", ",", 3, 3),
    "utf8_tab.tsv": Imports("utf-8", "\t", 2, 2),
    "cp1252_semicolon.csv": Imports("cp1252", ";", 3, 3),
    "utf16_tab.txt": Imports("utf-16", "\t", 2, 2),
    "utf16le_nobom.txt": Imports("utf-16", "\t", 2, 2),
    "title_rows.csv": Imports("utf-8", ",", 3, 3, header_row=4),
    "french_returning.csv": Imports(
        "utf-8-sig",
        ";",
        6,
        4,
        [(6, "Adresse courriel"), (8, "Téléphone"), (8, "Prénom")],
        header_row=3,
    ),
    "duplicate_headers.csv": Imports("utf-8", ",", 1, 1),
    "hostile_names.csv": Imports("utf-8", ",", 7, 7),
    "formulas.csv": Imports("utf-8", ",", 3, 3),
    "long_cells.csv": Imports("utf-8", ",", 2, 1, [(3, "First name")]),
    "rejections.csv": Imports(
        "utf-8",
        ",",
        9,
        1,
        [
            (3, "First name"),
            (4, "Email Address"),
            (5, "Email Address"),
            (6, "Phone"),
            (7, "Capacity"),
            (8, "Email Address"),
            (8, "Phone"),
            (8, "Capacity"),
            (9, "Email Address"),
            (10, "Can we share your phone?"),
        ],
    ),
    "signups.xlsx": Imports("", "", 4, 3, [(7, "Phone")], header_row=2, fmt="xlsx"),
    "reponses.ods": Imports("", "", 2, 2, fmt="ods"),
    "empty.csv": Refused("empty.csv is empty"),
    "blank_only.csv": Refused("blank_only.csv has no rows with data"),
    "image_renamed.csv": Refused("image_renamed.csv is a PNG image, not a spreadsheet"),
    "not_a_workbook.xlsx": Refused("not_a_workbook.xlsx is not a valid Excel or OpenDocument"),
    "no_email_column.csv": Refused("no_email_column.csv has no email column"),
}


def test_every_corpus_file_has_an_expected_outcome() -> None:
    assert sorted(p.name for p in DATA.iterdir()) == sorted(EXPECTED)


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        persons = session.scalar(select(func.count()).select_from(Person)) or 0
        participants = session.scalar(select(func.count()).select_from(Participant)) or 0
    return persons, participants


def _import(db: Database, cycle: CycleInfo, name: str) -> ImportReport:
    with db.write() as session:
        return import_roster(session, cycle.id, cycle.role_ladder[1], DATA / name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file_outcome(db: Database, cycle: CycleInfo, name: str) -> None:
    expected = EXPECTED[name]
    if isinstance(expected, Refused):
        with pytest.raises(UnusableInputError) as caught:
            _import(db, cycle, name)
        assert expected.message in caught.value.message
        assert _counts(db) == (0, 0)
        return
    report = _import(db, cycle, name)
    read_as = (report.format, report.encoding, report.delimiter, report.header_row)
    assert read_as == (expected.fmt, expected.encoding, expected.delimiter, expected.header_row)
    assert (report.rows, report.imported) == (expected.rows, expected.imported)
    assert [(r.row, r.column) for r in report.rejected] == expected.rejected
    assert all(r.error for r in report.rejected)
    assert _counts(db) == (expected.imported, expected.imported)


def _person(db: Database, email_key: str) -> tuple[Person, Participant]:
    with db.read() as session:
        person = session.scalars(select(Person).where(Person.email_key == email_key)).one()
        participant = session.scalars(
            select(Participant).where(Participant.person_id == person.id)
        ).one()
        session.expunge_all()
    return person, participant


def test_formula_cells_are_stored_as_the_text_people_typed(db: Database, cycle: CycleInfo) -> None:
    _import(db, cycle, "formulas.csv")
    one, one_part = _person(db, "formula.one@example.com")
    assert one.first_name == '=HYPERLINK("http://evil.example","click")'
    assert one.phone == "(416) 555-0100"
    assert one_part.custom_fields == {"Tell us about yourself": "@SUM(A1:A9)"}
    minus, minus_part = _person(db, "minus.dash@example.com")
    assert minus.last_name == "-Dash" and minus.phone == "(514) 555-0101"  # "'+1…" unwrapped
    assert minus_part.custom_fields == {"Tell us about yourself": "-5 years of experience"}
    assert _person(db, "tab.start@example.com")[1].custom_fields == {
        "Tell us about yourself": "=1+1"
    }


def test_ten_thousand_character_answer_is_kept_whole(db: Database, cycle: CycleInfo) -> None:
    _import(db, cycle, "long_cells.csv")
    answer = _person(db, "ada.lovelace@example.com")[1].custom_fields["Why do you want a mentor?"]
    assert len(answer) == 10_000 and answer.startswith("Lorem ipsum")


def test_workbook_cells_stay_text_and_keep_their_row_numbers(
    db: Database, cycle: CycleInfo
) -> None:
    report = _import(db, cycle, "signups.xlsx")
    assert report.rejected[0].row == 7  # the blank sheet row 4 still counts
    zoe, zoe_part = _person(db, "zoe.xlsx@example.com")
    assert zoe.phone == "(416) 555-0123"  # a number cell, not "4165550123.0"
    assert zoe_part.custom_fields == {"Timestamp": "2026-09-03 10:15:00"}
    none, none_part = _person(db, "none.xlsx@example.com")
    assert (none.first_name, none.last_name, none_part.stage) == ("None", "NA", "0123")
    yui, yui_part = _person(db, "yui.sato@example.com")
    assert (yui.last_name, yui_part.capacity) == ("佐藤", 2)


def test_ods_with_french_headers(db: Database, cycle: CycleInfo) -> None:
    _import(db, cycle, "reponses.ods")
    karim = _person(db, "karim.ods@example.com")[0]
    assert (karim.last_name, karim.languages) == ("El-Amin", ["Arabic", "French"])
    amelie = _person(db, "amelie.ods@example.com")[0]
    assert amelie.languages == ["French", "English"]


def test_tab_files_and_utf16_without_mark(db: Database, cycle: CycleInfo) -> None:
    _import(db, cycle, "utf8_tab.tsv")
    _import(db, cycle, "utf16le_nobom.txt")
    assert _person(db, "lea.cote@example.com")[0].province == "New Brunswick"
    assert _person(db, "jp.damours@example.com")[0].last_name == "D'Amours"
    assert _person(db, "thao.tran@example.com")[0].first_name == "Thảo"
    assert _person(db, "jiwoo.kim@example.com")[0].last_name == "김"


@pytest.mark.parametrize(
    ("name", "code"),
    [("utf8.csv", 0), ("french_returning.csv", 1), ("image_renamed.csv", 2), ("empty.csv", 2)],
)
def test_cli_exit_codes_for_corpus_files(
    db_path: Path,
    cycle: CycleInfo,
    capsys: pytest.CaptureFixture[str],
    name: str,
    code: int,
) -> None:
    args = ["import", "--db", str(db_path), "--cycle", cycle.label, "--role", "mentee"]
    assert main([*args, "--json", str(DATA / name)]) == code
    out = capsys.readouterr().out
    if code < 2:
        document = json.loads(out)
        assert document["file"] == name
        assert set(document) >= {"encoding", "delimiter", "rows", "imported", "rejected"}
