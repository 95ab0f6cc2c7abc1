"""Sign-up files that used to garble rows silently: each is refused with one sentence naming
the file and the row, line or sheet to fix, and the sound files that look like them still
read. The files are written by each test; imports go into a real database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import Person
from app.errors import UnusableInputError
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.roster.reader import read_table
from app.roster.workbook import SeveralSheetsError
from tests.app.roster import hostile_files as files

HEADER = "First name,Last name,Email,Notes\n"
ADA = "Ada,Lovelace,ada@example.com,first\n"
AFTER = "Cy,Roy,cy@example.com,later\nDi,Fox,di@example.com,last\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def refusal(path: Path, sheet: str | None = None) -> str:
    with pytest.raises(UnusableInputError) as caught:
        read_table(path, sheet)
    message = caught.value.message
    assert path.name in message and "\n" not in message
    return message


def people_in(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Person.id))) or 0


# -- a quotation mark that is never closed -------------------------------------------------
def test_quote_left_open_to_the_end_is_refused_naming_its_row_and_column(tmp_path: Path) -> None:
    text = HEADER + ADA + 'Bo,Chen,bo@example.com,"starts a note\n' + AFTER
    message = refusal(write(tmp_path, "signups.csv", text))
    assert message == (
        "signups.csv, row 3: a quotation mark opens in column D and is never closed, so the "
        "rows after it would be read as one cell; fix the quote and import again."
    )


@pytest.mark.parametrize("end", ["\n", "\r\n", ""])
def test_quote_left_open_on_the_last_row_is_refused_naming_its_row_and_column(
    tmp_path: Path, end: str
) -> None:
    # The quote swallows the row's next cells: the email would be lost into the last name.
    text = HEADER + ADA + 'Bo,"Chen,bo@example.com,a note' + end
    message = refusal(write(tmp_path, "signups.csv", text))
    assert message == (
        "signups.csv, row 3: a quotation mark opens in column B and is never closed, so the "
        "rest of that row would be read as one cell; fix the quote and import again."
    )


def test_a_stray_quote_in_the_very_last_cell_still_reads(tmp_path: Path) -> None:
    # Nothing after it to swallow: read as spreadsheets read it.
    path = write(tmp_path, "signups.csv", HEADER + ADA + 'Bo,Chen,bo@example.com,"a note\n')
    assert read_table(path).rows[-1] == (3, ["Bo", "Chen", "bo@example.com", "a note"])


def test_quote_closed_by_a_later_rows_quote_is_refused(tmp_path: Path) -> None:
    text = (
        HEADER + ADA + 'Bo,Chen,"bo@example.com,note\n' + 'Cy,Roy,cy@example.com,"a quoted note"\n'
    )
    message = refusal(write(tmp_path, "signups.csv", text + AFTER))
    assert message.startswith("signups.csv, row 3: a quotation mark opens in column C and is not")


def test_quote_closed_cleanly_by_a_later_cell_is_refused(tmp_path: Path) -> None:
    # 5'11" ends with a quote and then a line break: the csv module sees no error at all.
    text = HEADER + ADA + 'Bo,Chen,bo@example.com,"starts\n' + "Cy,Roy,cy@example.com,5'11\"\n"
    message = refusal(write(tmp_path, "signups.csv", text + AFTER))
    assert "row 3: a quotation mark opens in column D" in message


def test_the_refused_file_imports_nobody(tmp_path: Path, db: Database, cycle: CycleInfo) -> None:
    path = write(tmp_path, "signups.csv", HEADER + ADA + 'Bo,Chen,bo@x.org,"open\n' + AFTER)
    with pytest.raises(UnusableInputError), db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[1], path)
    assert people_in(db) == 0


def test_line_breaks_and_commas_inside_quoted_answers_still_import(
    tmp_path: Path, db: Database, cycle: CycleInfo
) -> None:
    answer = "I like cats, dogs, and birds.\nAlso: reading, running, and chess.\n\nThanks, Bo"
    text = (
        HEADER
        + ADA
        + f'Bo,Chen,bo@example.com,"{answer}"\r\n'
        + 'Cy,Roy,cy@example.com,"He said ""hi, there""\nthen left"\n'
        + 'Di,Fox,di@example.com,"last, but\nnot least"'
    )
    path = write(tmp_path, "signups.csv", text)
    table = read_table(path)
    assert [n for n, _ in table.rows] == [2, 3, 4, 5]
    assert table.rows[1][1][3] == answer
    assert table.rows[2][1][3] == 'He said "hi, there"\nthen left'
    with db.write() as session:
        report = import_roster(session, cycle.id, cycle.role_ladder[1], path)
    assert (report.imported, report.rejected) == (4, [])


def test_text_after_a_closing_quote_reads_as_spreadsheets_read_it(tmp_path: Path) -> None:
    path = write(tmp_path, "signups.csv", HEADER + '"Ada" Lovelace,x,ada@example.com,n\n')
    assert read_table(path).rows == [(2, ["Ada Lovelace", "x", "ada@example.com", "n"])]


def test_a_cell_longer_than_any_answer_names_its_row(tmp_path: Path) -> None:
    text = HEADER + ADA + 'Bo,Chen,bo@example.com,"' + "x" * (16 * 1024 * 1024 + 10)
    message = refusal(write(tmp_path, "signups.csv", text))
    assert "signups.csv, row 3: a cell is longer than 16,777,216 characters" in message


# -- lines in two encodings -----------------------------------------------------------------
def test_utf8_lines_followed_by_windows_1252_lines_are_refused(
    tmp_path: Path, db: Database, cycle: CycleInfo
) -> None:
    head = (HEADER + "Zoé,Côté,zoe@example.com,a\nBo,Chen,bo@example.com,b\n").encode("utf-8")
    tail = "Léa,Bélanger,lea@example.com,c\n".encode("cp1252")
    path = write(tmp_path, "signups.csv", head + tail)
    assert refusal(path) == (
        "signups.csv mixes two text encodings: line 2 is UTF-8 but line 4 is not (probably "
        "Windows-1252), so accented names would be stored garbled; save the file again as "
        "CSV UTF-8 and import again."
    )
    with pytest.raises(UnusableInputError), db.write() as session:
        import_roster(session, cycle.id, cycle.role_ladder[1], path)
    assert people_in(db) == 0


def test_windows_1252_lines_followed_by_a_utf8_line_are_refused(tmp_path: Path) -> None:
    head = (HEADER + "Léa,Bélanger,lea@example.com,c\n").encode("cp1252")
    path = write(tmp_path, "signups.csv", head + "Zoé,Côté,zoe@example.com,a\n".encode())
    assert "line 3 is UTF-8 but line 2 is not" in refusal(path)


def test_a_file_marked_utf8_with_a_windows_1252_line_is_refused(tmp_path: Path) -> None:
    head = ("\ufeff" + HEADER + "Zoé,Côté,zoe@example.com,a\n").encode("utf-8")
    path = write(tmp_path, "signups.csv", head + "Léa,Bélanger,l@example.com,c\n".encode("cp1252"))
    assert "line 3 is not (probably Windows-1252)" in refusal(path)
    head = ("\ufeff" + HEADER).encode("utf-8")
    path = write(tmp_path, "marked.csv", head + "Léa,Bélanger,l@example.com,c\n".encode("cp1252"))
    assert "marked.csv is marked as UTF-8 but line 2 is not" in refusal(path)


def test_a_windows_1252_file_whose_bytes_look_like_utf8_here_and_there_still_reads(
    tmp_path: Path,
) -> None:
    # "É" then a no-break space, or "É»", are valid UTF-8 byte pairs (ɠ, ɻ): no name uses them.
    lines = ["ÉCOLE\xa0!,Côté,ecole@example.com,«\xa0CAFÉ»", "Zoë,Ñuñez,z@example.com,30\xa0€"]
    path = write(tmp_path, "export.csv", (HEADER + "\n".join(lines) + "\n").encode("cp1252"))
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert [cells[:2] for _, cells in table.rows] == [["ÉCOLE\xa0!", "Côté"], ["Zoë", "Ñuñez"]]
    assert table.rows[0][1][3] == "«\xa0CAFÉ»"


# -- workbooks with several sheets ------------------------------------------------------------
def two_sheet_workbook(path: Path) -> Path:
    workbook = Workbook()
    mentors = workbook.active
    assert mentors is not None
    mentors.title = "Mentors"
    for row in [["First name", "Email"], ["Ana", "ana@example.org"], ["Bo", "bo@example.org"]]:
        mentors.append(row)
    mentees = workbook.create_sheet("Mentees")
    for row in [["Sign-ups 2026"], [], ["First name", "Email"]]:
        mentees.append(row)
    for name in ("Zoé", "Liam", "Mei"):
        mentees.append([name, f"{name.lower()}@example.org"])
    workbook.create_sheet("Empty")
    notes = workbook.create_sheet("Notes")
    notes.append(["Nothing to import here"])
    hidden = workbook.create_sheet("Lists")
    hidden.append(["Programs"])
    hidden.append(["Paediatrics"])
    hidden.sheet_state = "hidden"
    workbook.save(path)
    return path


def test_several_sheets_with_data_are_listed_not_guessed(tmp_path: Path) -> None:
    path = two_sheet_workbook(tmp_path / "signups.xlsx")
    with pytest.raises(SeveralSheetsError) as caught:
        read_table(path)
    assert [(s.name, s.rows, s.hidden) for s in caught.value.sheets] == [
        ("Mentors", 2, False),
        ("Mentees", 3, False),
        ("Lists", 1, True),
    ]
    assert caught.value.message == (
        "signups.xlsx has 3 sheets with data: “Mentors” (2 rows), “Mentees” (3 rows), "
        "“Lists” (1 row, hidden); say which one to import (on the command line, --sheet "
        '"Mentors").'
    )


def test_the_named_sheet_is_read(tmp_path: Path) -> None:
    path = two_sheet_workbook(tmp_path / "signups.xlsx")
    table = read_table(path, "Mentees")
    assert (table.sheet, table.header_row) == ("Mentees", 3)
    assert [cells[0] for _, cells in table.rows] == ["Zoé", "Liam", "Mei"]
    assert read_table(path, " mentees ").sheet == "Mentees"  # as typed on a command line


@pytest.mark.parametrize(
    ("sheet", "message"),
    [
        (
            "Mentes",
            "signups.xlsx has no sheet called “Mentes”; its sheets are “Mentors”, “Mentees”, "
            "“Empty”, “Notes”, “Lists”.",
        ),
        ("Empty", "The sheet “Empty” of signups.xlsx is empty."),
    ],
)
def test_a_sheet_that_cannot_be_read_is_named(tmp_path: Path, sheet: str, message: str) -> None:
    path = two_sheet_workbook(tmp_path / "signups.xlsx")
    assert refusal(path, sheet) == message


def test_a_csv_has_no_sheets_to_choose(tmp_path: Path) -> None:
    path = write(tmp_path, "signups.csv", HEADER + ADA)
    assert (
        refusal(path, "Sheet1")
        == "signups.csv is a text (CSV) file, which has no sheets to choose."
    )


def test_a_workbook_with_one_table_and_a_note_reads_the_table(tmp_path: Path) -> None:
    body = files.worksheet(files.sheet_data([files.HEADER, *files.people(2)]))
    note = files.worksheet(files.sheet_data([["Read me: exported 3 June"]]))
    path = write(tmp_path, "signups.xlsx", files.xlsx({"Read me": note, "Responses": body}))
    table = read_table(path)
    assert (table.sheet, len(table.rows)) == ("Responses", 2)


def test_ods_tables_are_sheets_too(tmp_path: Path) -> None:
    tables = {
        "Mentors": files.ods_rows([files.HEADER, *files.people(2)]),
        "Mentees": files.ods_rows([files.HEADER, *files.people(3, start=5)]),
    }
    path = write(tmp_path, "reponses.ods", files.ods(tables))
    with pytest.raises(SeveralSheetsError) as caught:
        read_table(path)
    assert [s.name for s in caught.value.sheets] == ["Mentors", "Mentees"]
    assert len(read_table(path, "Mentees").rows) == 3


# -- sizes ----------------------------------------------------------------------------------
def test_a_row_wider_than_any_sign_up_sheet_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "wide.csv", HEADER + ADA + "Bo,Chen,bo@x.org" + "," * 4_997 + "\n")
    assert refusal(path) == (
        "wide.csv, row 3: the row has 5,000 cells, more than the 1,000 columns a sign-up "
        "sheet can have, so the file cannot be read as a sign-up export."
    )


def test_a_thousand_columns_still_read(tmp_path: Path) -> None:
    header = ",".join(["First name", "Email"] + [f"Q{i}" for i in range(998)])
    path = write(tmp_path, "wide.csv", header + "\nAda,ada@example.com" + ",x" * 998 + "\n")
    assert len(read_table(path).headers) == 1_000


@pytest.mark.parametrize(
    ("name", "head", "message"),
    [
        ("huge.csv", b"First name,Email\n", "huge.csv is too large to import (600 MB; a CSV file"),
        ("huge.xlsx", b"PK\x03\x04", "huge.xlsx is too large to import (600 MB; a workbook"),
    ],
)
def test_a_file_too_large_to_hold_is_refused_unread(
    tmp_path: Path, name: str, head: bytes, message: str
) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:  # a sparse file: no disk is used for its 600 MB
        handle.write(head)
        handle.truncate(600 * 1024 * 1024)
    assert re.match(re.escape(message), refusal(path))
