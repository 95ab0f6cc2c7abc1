"""Reading sign-up exports: encodings, delimiters, layout quirks and files that are not tables."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import UnusableInputError
from app.roster.columns import guess_field
from app.roster.reader import HEADER_SEARCH_ROWS, column_letter, find_header, read_table

DATA = Path(__file__).resolve().parents[2] / "data" / "roster"


@pytest.mark.parametrize(
    ("name", "encoding", "delimiter"),
    [
        ("utf8.csv", "utf-8", ","),
        ("utf8_bom.csv", "utf-8-sig", ","),
        ("cp1252_semicolon.csv", "cp1252", ";"),
        ("utf16_tab.txt", "utf-16", "\t"),
    ],
)
def test_each_encoding_and_delimiter_is_detected_and_reported(
    name: str, encoding: str, delimiter: str
) -> None:
    table = read_table(DATA / name)
    assert (table.encoding, table.delimiter, table.format) == (encoding, delimiter, "csv")
    assert table.header_row == 1
    assert not table.headers[0].startswith("\ufeff")
    assert table.rows[0][0] == 2


def test_accents_survive_each_encoding() -> None:
    assert read_table(DATA / "utf8_bom.csv").rows[0][1][1] == "Zoé"
    cp1252 = read_table(DATA / "cp1252_semicolon.csv")
    assert cp1252.headers[1] == "Prénom"
    assert cp1252.rows[2][1][2] == "Bélanger-Côté"
    utf16 = read_table(DATA / "utf16_tab.txt")
    assert [r[1][1] for r in utf16.rows] == ["Nguyễn", "陈"]


def test_title_rows_blank_rows_and_trailing_empty_columns() -> None:
    table = read_table(DATA / "title_rows.csv")
    assert table.header_row == 4
    assert table.headers == ["First name", "Last name", "Email Address", "City"]
    assert [number for number, _ in table.rows] == [5, 7, 9]
    assert table.rows[1][1] == ["Daniel", "Okafor", "daniel.okafor@example.com", "Calgary"]


def test_duplicate_headers_are_disambiguated_and_reported() -> None:
    table = read_table(DATA / "duplicate_headers.csv")
    assert table.headers == ["First name", "Last name", "Email", "Notes", "Notes (2)", "Email (2)"]
    assert len(table.warnings) == 2
    assert "“Notes”" in table.warnings[0] and "column E" in table.warnings[0]


def test_values_stay_text_exactly_as_typed() -> None:
    table = read_table(DATA / "hostile_names.csv")
    by_email = {cells[2]: cells for _, cells in table.rows}
    assert by_email["none.na@example.com"][:2] == ["None", "NA"]
    assert by_email["none.na@example.com"][3] == "0123"
    assert by_email["none.na@example.com"][4] == "N/A"
    assert by_email["multi.line@example.com"][0] == "Multi\nLine"
    # A record spanning two text lines is still one spreadsheet row.
    assert [n for n, _ in table.rows] == [2, 3, 4, 5, 6, 7, 8]


def test_headerless_value_columns_get_a_letter_name(tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text("First name,Email\nAda,ada@example.com,loose value\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == ["First name", "Email", "Column C"]
    assert table.rows[0][1] == ["Ada", "ada@example.com", "loose value"]


def test_exported_apostrophe_before_formula_characters_is_undone(tmp_path: Path) -> None:
    path = tmp_path / "reimport.csv"
    path.write_text("First name,Phone\nAda,'+1 416-555-0100\nBo,'quoted\n", encoding="utf-8")
    assert [cells[1] for _, cells in read_table(path).rows] == ["+1 416-555-0100", "'quoted"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \r\n\r\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"%PDF-1.7\n...", "PDF document"),
        (b"\x81\x8d\x8f\x90\x9d" * 10, "not text in UTF-8, UTF-16 or Windows-1252"),
        (b"name,email\x00\x01\x02\x03binary\x00\x00", "not text"),
    ],
)
def test_unusable_files_raise_one_sentence_naming_the_file(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "signups.csv"
    path.write_bytes(content)
    with pytest.raises(UnusableInputError) as caught:
        read_table(path)
    assert "signups.csv" in caught.value.message
    assert message in caught.value.message


def test_png_fixture_renamed_csv_is_refused() -> None:
    with pytest.raises(UnusableInputError, match=re.escape("image_renamed.csv is a PNG image")):
        read_table(DATA / "image_renamed.csv")


def test_missing_file_is_unusable(tmp_path: Path) -> None:
    with pytest.raises(UnusableInputError, match=re.escape("nowhere.csv cannot be opened")):
        read_table(tmp_path / "nowhere.csv")


def test_fake_workbook_is_unusable(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnusableInputError, match=re.escape("broken.xlsx")):
        read_table(path)
    text = tmp_path / "text.xlsx"
    text.write_text("First name,Email\n", encoding="utf-8")
    with pytest.raises(UnusableInputError, match=re.escape("text.xlsx is not a valid Excel")):
        read_table(text)


def test_xlsx_cells_read_as_displayed_text(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Sign-ups"])
    sheet.append(["Timestamp", "First name", "Email Address", "Phone", "Capacity"])
    sheet.append([dt.datetime(2025, 9, 3, 10, 15), "Zoé", "zoe@example.com", 4165550123, 2])
    sheet.append([None, None, None, None, None])
    sheet.append([dt.date(2025, 9, 4), "None", "none@example.com", "0123", 2.5])
    path = tmp_path / "responses.xlsx"
    workbook.save(path)

    table = read_table(path)
    assert (table.format, table.encoding, table.delimiter, table.header_row) == ("xlsx", "", "", 2)
    assert table.rows == [
        (3, ["2025-09-03 10:15:00", "Zoé", "zoe@example.com", "4165550123", "2"]),
        (5, ["2025-09-04", "None", "none@example.com", "0123", "2.5"]),
    ]


def test_xlsx_renamed_csv_is_still_read_as_a_workbook(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["First name", "Email"])
    sheet.append(["Ada", "ada@example.com"])
    path = tmp_path / "responses.csv"
    workbook.save(path)
    assert read_table(path).rows == [(2, ["Ada", "ada@example.com"])]


def _write_ods(path: Path, rows: list[list[str]]) -> None:
    """A minimal OpenDocument spreadsheet, written by hand (no ODS writer is installed)."""
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Réponses">{cells}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.2"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)


def test_ods_is_read(tmp_path: Path) -> None:
    path = tmp_path / "reponses.ods"
    _write_ods(path, [["Prénom", "Courriel"], ["Amélie", "amelie@example.com"]])
    table = read_table(path)
    assert table.format == "ods"
    assert table.headers == ["Prénom", "Courriel"]
    assert table.rows == [(2, ["Amélie", "amelie@example.com"])]


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "AB",
        "ZZ",
        "AAA",
    ]


def _header_by_every_row(records: list[list[str]]) -> int | None:
    """The header rule read plainly: every early row scored, the first best one kept."""
    candidates = [i for i, r in enumerate(records[: HEADER_SEARCH_ROWS * 2]) if any(r)]
    candidates = candidates[:HEADER_SEARCH_ROWS]
    if not candidates:
        return None
    scores = {i: len({guess_field(c) for c in records[i] if c} - {None}) for i in candidates}
    best = max(scores.values())
    if best >= 2:
        return next(i for i in candidates if scores[i] == best)
    filled = {i: sum(1 for c in records[i] if c) for i in candidates}
    return next(i for i in candidates if filled[i] == max(filled.values()))


_HEADER_WORDS = ["", "Email", "First name", "Last name", "Phone", "City", "Timestamp",
                 "Zoé", "zoe@school.ca", "Languages", "Email", "Notes", "Program"]  # fmt: skip


@given(
    st.lists(
        st.lists(st.sampled_from(_HEADER_WORDS), max_size=6),
        max_size=HEADER_SEARCH_ROWS * 2 + 5,
    )
)
def test_the_header_is_the_first_early_row_naming_the_most_fields(
    records: list[list[str]],
) -> None:
    assert find_header(records) == _header_by_every_row(records)
