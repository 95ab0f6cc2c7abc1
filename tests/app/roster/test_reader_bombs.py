"""Spreadsheet bombs: workbooks built to exhaust memory or abort the process are refused
before the spreadsheet library sees them, quickly and in little memory; real workbooks
that come close to them (LibreOffice's blank repeats, wide and long sheets) still read."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.errors import UnusableInputError
from app.roster.reader import read_table
from app.roster.sheet_grid import _beyond, column_name
from tests.app.roster import hostile_files as files

ROOT = Path(__file__).resolve().parents[3]
TOO_WIDE = "more than the 1,000 columns a sign-up sheet can have"

# Run in a fresh interpreter, so its peak memory is the reader's and nothing else's. Linux
# carries ru_maxrss over from the parent through fork and exec, so the peak is read from
# the process's own memory map (VmHWM) where there is one.
MEASURE = """
import json, resource, sys, time
from pathlib import Path
from app.errors import UnusableInputError
from app.roster.reader import read_table

def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

start = time.perf_counter()
try:
    read_table(Path(sys.argv[1]))
    message = ""
except UnusableInputError as exc:
    message = exc.message
print(json.dumps({"message": message, "seconds": time.perf_counter() - start,
                  "peak_mb": peak_mb()}))
"""
PEAK_MB = 200  # a bomb inflates to gigabytes; the refusal must stay far below


def measured_refusal(path: Path) -> dict[str, float | str]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr  # an abort (134) or a kill (137) fails here
    result: dict[str, float | str] = json.loads(done.stdout)
    return result


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (files.dimension_bomb, "a sheet declares cells up to column XFD (16,384 columns), "),
        (files.sparse_bomb, "a sheet has cells up to column XFD (16,384 columns), "),
        (lambda: files.sparse_bomb("ALL1048576"), "cells up to ALL1048576 (1,048,576 rows by"),
        (lambda: files.sparse_bomb("A1048577"), "up to row 1,048,577, more than the 1,048,576"),
        (files.counted_cells_bomb, "a sheet has cells up to column ATE (1,201 columns), "),
        (files.prefixed_bomb, "a sheet has cells up to column XFD (16,384 columns), "),
    ],
    ids=["dimension", "far-cell", "far-cell-within-columns", "row", "counted-cells", "prefixed"],
)
def test_a_sheet_reaching_beyond_any_sign_up_sheet_is_refused(
    tmp_path: Path, build: Callable[[], bytes], expected: str
) -> None:
    data = build()
    assert len(data) < 2_000  # tiny on disk, billions of cells once read
    with pytest.raises(UnusableInputError) as caught:
        read_table(write(tmp_path, "bomb.xlsx", data))
    message = caught.value.message
    assert message.startswith("bomb.xlsx cannot be read safely: ")
    assert expected in message
    assert message.endswith(
        "; delete the empty rows and columns after the data, or save the sheet as CSV, "
        "and import again."
    )


def test_repeated_ods_cells_are_counted_before_reading(tmp_path: Path) -> None:
    with pytest.raises(UnusableInputError, match=TOO_WIDE):
        read_table(write(tmp_path, "bomb.ods", files.ods_repeat_bomb()))


def test_an_ods_row_of_too_many_plain_cells_is_refused(tmp_path: Path) -> None:
    row = [str(i) for i in range(1_001)]
    data = files.ods({"Sheet1": files.ods_rows([files.HEADER, row])})
    with pytest.raises(UnusableInputError, match=r"up to column ALM \(1,001 columns\)"):
        read_table(write(tmp_path, "wide.ods", data))


def test_a_long_ods_sheet_reads_whole(tmp_path: Path) -> None:
    rows = files.ods_rows([files.HEADER, *files.people(12_000)])
    assert len(rows) > 2 * 1024 * 1024  # read in several pieces
    table = read_table(write(tmp_path, "long.ods", files.ods({"Sheet1": rows})))
    assert len(table.rows) == 12_000 and table.rows[-1][1][0] == "Person11999"


def test_libreoffice_blank_repeats_at_the_end_of_a_sheet_still_read(tmp_path: Path) -> None:
    table = read_table(write(tmp_path, "reponses.ods", files.ods_trailing_blank()))
    assert [cells[2] for _, cells in table.rows] == ["person0@example.org", "person1@example.org"]


def test_a_long_sheet_without_a_declared_dimension_reads_whole(tmp_path: Path) -> None:
    # Two megabytes of sheet: the grid grows chunk by chunk as the rows come.
    body = files.sheet_data([files.HEADER, *files.people(12_000)])
    assert len(body) > 2 * 1024 * 1024
    table = read_table(write(tmp_path, "long.xlsx", files.xlsx({"S": files.worksheet(body)})))
    assert len(table.rows) == 12_000 and table.rows[-1] == (
        12_001,
        ["Person11999", "Tremblay", "person11999@example.org", "Ottawa"],
    )


def test_a_sheet_a_thousand_columns_wide_still_reads(tmp_path: Path) -> None:
    header = ["First name", "Email", *(f"Q{i}" for i in range(998))]
    body = files.sheet_data([header, ["Ada", "ada@example.com", *("x" * 998)]])
    dimension = f"A1:{column_name(1_000)}2"
    path = write(tmp_path, "wide.xlsx", files.xlsx({"S": files.worksheet(body, dimension)}))
    assert len(read_table(path).headers) == 1_000


def test_an_xlsb_workbook_is_refused_as_uncheckable(tmp_path: Path) -> None:
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00")
    with pytest.raises(UnusableInputError, match=r"signups\.xlsb is an Excel binary workbook"):
        read_table(write(tmp_path, "signups.xlsb", out.getvalue()))


def test_a_gibibyte_sheet_is_refused_at_once_in_little_memory(tmp_path: Path) -> None:
    path = files.inflation_bomb(tmp_path / "inflate.xlsx")
    assert path.stat().st_size < 10 * 1024 * 1024
    result = measured_refusal(path)
    assert result["message"] == (
        "inflate.xlsx cannot be read safely: once unzipped, its part “xl/worksheets/sheet1.xml” "
        "would take more than 512 MB, more than a sign-up workbook holds."
    )
    assert float(result["peak_mb"]) < PEAK_MB, result


def test_a_bomb_whose_zip_headers_lie_is_refused_while_inflating(tmp_path: Path) -> None:
    path = files.whitespace_bomb(tmp_path / "lying.xlsx")
    result = measured_refusal(path)
    assert result["message"] == (
        "lying.xlsx cannot be read safely: its part “xl/worksheets/sheet1.xml” unzips to more "
        "than 200 times its stored size, as only a deliberately inflated file (a “zip bomb”) "
        "does."
    )
    assert float(result["peak_mb"]) < PEAK_MB, result


@pytest.mark.parametrize(
    "build", [files.dimension_bomb, files.sparse_bomb, files.counted_cells_bomb]
)
def test_a_far_cell_bomb_leaves_the_process_standing(
    tmp_path: Path, build: Callable[[], bytes]
) -> None:
    result = measured_refusal(write(tmp_path, "bomb.xlsx", build()))
    assert str(result["message"]).startswith("bomb.xlsx cannot be read safely")
    assert float(result["peak_mb"]) < PEAK_MB, result


@pytest.mark.parametrize("rows", [1, 9, 10, 57, 99, 100, 1_234, 100_000])
@pytest.mark.parametrize("columns", [1, 25, 26, 27, 52, 702, 703, 1_000])
def test_the_search_beyond_the_grid_finds_exactly_the_cells_outside_it(
    rows: int, columns: int
) -> None:
    pattern = _beyond(rows, columns)
    for row in (1, 9, 10, 11, 56, 57, 58, 99, 100, 101, 1_233, 1_234, 1_235, 99_999, 100_001):
        for column in (1, 2, 25, 26, 27, 51, 52, 53, 701, 702, 703, 704, 999, 1_000, 18_278):
            letters = column_name(column)
            for text in (f'<c r="{letters}{row}" t="s">', f"<c r='{letters.lower()}{row}'>"):
                found = pattern.search(text.encode()) is not None
                assert found == (row > rows or column > columns), text
