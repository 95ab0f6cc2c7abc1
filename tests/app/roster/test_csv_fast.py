"""pandas' parser reads a CSV only where it gives exactly what the strict reader gives.

Each file is read twice, with pandas loaded and with the strict ``csv`` reader alone: the
tables (or the refusal sentences) must be the same.
"""

from __future__ import annotations

import importlib.machinery
import sys
import types
from pathlib import Path

import pandas  # noqa: F401  (loaded, as in the window: the reader may use it)
import pytest

from app.errors import UnusableInputError
from app.roster import reader
from app.roster.csv_fast import fast_records, physical_lines

HEADER = "First name,Last name,Email Address,City\n"
ADA = "Ada,Lovelace,ada@example.com,London\n"
AFTER = "Di,Fox,di@example.com,Paris\nEd,Kim,ed@example.com,Oslo\n"

FILES = {
    "plain": HEADER + ADA + AFTER,
    "quoted_commas": HEADER + 'Bo,Chen,bo@example.com,"Paris, France"\n' + AFTER,
    "doubled_quotes": HEADER + 'Bo,Chen,bo@example.com,"He said ""hi"""\n' + AFTER,
    "crlf_no_final_break": (HEADER + ADA + AFTER).replace("\n", "\r\n")[:-2],
    "cr_only": (HEADER + ADA + AFTER).replace("\n", "\r"),
    "blank_rows": HEADER + "\n" + ADA + "\n\n" + AFTER + "\n",
    "short_and_long_rows": HEADER + "Ada,Lovelace\n" + "Bo,Chen,bo@x.org,Rome,extra\n",
    "title_rows": "Sign-ups 2026\n\n" + HEADER + ADA,
    "wide_title": "Sign-ups,,,,,,,\n" + HEADER + ADA,
    "spaces": HEADER + "  Ada , Lovelace ,ada@example.com,  \n",
    "apostrophes": HEADER + "Bo,O'Brien,'+1 416,'=x\n",
    "literal_quote_mid_cell": HEADER + 'Bo,O"Brien,bo@x.org,5\'11"\n',
    "text_after_closing_quote": HEADER + '"Ada" Lovelace,x,ada@example.com,n\n',
    "byte_order_mark": "\ufeff" + HEADER + ADA,
    "semicolons": (HEADER + ADA).replace(",", ";"),
    "tabs": (HEADER + ADA).replace(",", "\t"),
    "quote_never_closed": HEADER + ADA + 'Bo,Chen,bo@example.com,"starts a note\n' + AFTER,
    "quote_closed_by_later_row": HEADER
    + ADA
    + 'Bo,Chen,"bo@example.com,note\n'
    + 'Cy,Roy,cy@example.com,"a quoted note"\n'
    + AFTER,
    "quote_closed_cleanly_later": HEADER
    + ADA
    + 'Bo,Chen,bo@example.com,"starts\n'
    + "Cy,Roy,cy@example.com,5'11\"\n"
    + AFTER,
    "line_breaks_in_answers": HEADER
    + 'Bo,Chen,bo@example.com,"cats, dogs\nand birds"\r\n'
    + 'Di,Fox,di@example.com,"last, but\nnot least"',
    "too_wide": HEADER + "Ada" + ",x" * 1_200 + "\n",
    "header_only": HEADER,
}


def _outcome(path: Path) -> object:
    try:
        table = reader.read_table(path)
    except UnusableInputError as exc:
        return exc.message
    return (table.header_row, table.headers, table.rows, table.warnings, table.beyond_header)


@pytest.mark.parametrize("name", sorted(FILES))
def test_pandas_reads_every_file_as_the_strict_reader_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    path = tmp_path / "signups.csv"
    path.write_text(FILES[name], encoding="utf-8", newline="")
    with_pandas = _outcome(path)
    monkeypatch.setattr(reader, "fast_records", lambda text, delimiter: None)
    assert with_pandas == _outcome(path)


def test_a_well_formed_file_is_read_by_pandas() -> None:
    text = FILES["quoted_commas"]
    assert fast_records(text, ",") == [
        ["First name", "Last name", "Email Address", "City"],
        ["Bo", "Chen", "bo@example.com", "Paris, France"],
        ["Di", "Fox", "di@example.com", "Paris"],
        ["Ed", "Kim", "ed@example.com", "Oslo"],
    ]


@pytest.mark.parametrize(
    "name",
    [
        "quote_never_closed",
        "quote_closed_by_later_row",
        "quote_closed_cleanly_later",
        "line_breaks_in_answers",
        "byte_order_mark",
        "too_wide",
    ],
)
def test_what_pandas_cannot_tell_apart_is_left_to_the_strict_reader(name: str) -> None:
    assert fast_records(FILES[name], ",") is None


def test_physical_lines_count_as_the_csv_module_reads_them() -> None:
    assert physical_lines("a\r\nb\rc\nd") == 4
    assert physical_lines("a\n\n") == 2


def test_pandas_still_loading_in_another_thread_is_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loading = types.ModuleType("pandas")
    loading.__spec__ = importlib.machinery.ModuleSpec("pandas", None)
    loading.__spec__._initializing = True  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pandas", loading)
    assert fast_records(FILES["plain"], ",") is None
