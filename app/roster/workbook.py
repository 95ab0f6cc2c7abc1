"""Reading one sheet of a workbook (XLSX, ODS, XLS) as rows of text cells.

A workbook with several sheets holding data is never read from a guessed sheet: unless the
coordinator named one, the import stops and lists them (the wizard shows a choice, the
command line takes ``--sheet``).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import UnusableInputError
from app.roster.messages import listed, quoted, sentence
from app.roster.workbook_guard import check_workbook
from app.sentences import Sentence

if TYPE_CHECKING:
    from python_calamine import CalamineWorkbook

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SheetInfo:
    """A sheet holding data: its name, its rows below the header, and whether it is hidden."""

    name: str
    rows: int
    hidden: bool = False

    def detail(self) -> Sentence:
        """ "41 rows", "1 row, hidden"."""
        key = "roster.sheet.one_row" if self.rows == 1 else "roster.sheet.rows"
        rows = sentence(key, count=self.rows)
        return sentence("roster.sheet.hidden", detail=rows) if self.hidden else rows

    def label(self) -> str:
        return f"{self.name} ({self.detail()})"


class SeveralSheetsError(UnusableInputError):
    """The workbook has several sheets with data and none was named; ``sheets`` lists them."""

    def __init__(self, file: str, sheets: list[SheetInfo]) -> None:
        items = [sentence("roster.sheet.item", sheet=s.name, detail=s.detail()) for s in sheets]
        super().__init__(
            sentence(
                "roster.several_sheets",
                file=file,
                count=len(sheets),
                listed=listed(items),
                first=sheets[0].name,
            )
        )
        self.file = file
        self.sheets = sheets


def read_workbook(
    raw: bytes, name: str, fmt: str, sheet: str | None
) -> tuple[str, list[list[str]]]:
    """The chosen sheet's name and rows, every cell as the text a spreadsheet displays."""
    check_workbook(raw, name, fmt)
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(raw))
        if sheet is not None:
            chosen = _named_sheet(workbook.sheet_names, sheet, name)
            records = _records(workbook, chosen)
            if not _has_data(records):
                raise UnusableInputError(sentence("roster.sheet_empty", sheet=chosen, name=name))
            return chosen, records
        with_data = _sheets_with_data(workbook)
    except UnusableInputError:
        raise
    except (CalamineError, ValueError, OSError) as exc:
        raise UnusableInputError(sentence("roster.workbook_unreadable", name=name)) from exc
    except Exception as exc:  # the Rust reader raises its own types for damaged files
        log.info("workbook reader failed: %s", type(exc).__name__)
        raise UnusableInputError(sentence("roster.workbook_damaged", name=name)) from exc
    if not with_data:
        raise UnusableInputError(sentence("roster.workbook_empty", name=name))
    # A sheet with one line (a note, a title) is no table to import: only sheets with rows
    # under a header compete.
    tables = [(info, records) for info, records in with_data if info.rows] or with_data[:1]
    if len(tables) > 1:
        raise SeveralSheetsError(name, [info for info, _ in tables])
    return tables[0][0].name, tables[0][1]


def _named_sheet(names: list[str], sheet: str, file: str) -> str:
    if sheet in names:
        return sheet
    folded = [n for n in names if n.strip().casefold() == sheet.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    raise UnusableInputError(
        sentence(
            "roster.no_such_sheet",
            file=file,
            sheet=sheet,
            listed=listed([quoted(n) for n in names]),
        )
    )


def _sheets_with_data(workbook: CalamineWorkbook) -> list[tuple[SheetInfo, list[list[str]]]]:
    from python_calamine import SheetVisibleEnum

    hidden = {m.name for m in workbook.sheets_metadata if m.visible != SheetVisibleEnum.Visible}
    found = []
    for sheet_name in workbook.sheet_names:
        records = _records(workbook, sheet_name)
        if _has_data(records):
            info = SheetInfo(sheet_name, _data_rows(records), sheet_name in hidden)
            found.append((info, records))
    return found


def _records(workbook: CalamineWorkbook, sheet_name: str) -> list[list[str]]:
    sheet = workbook.get_sheet_by_name(sheet_name)
    return [[cell_text(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]


def _has_data(records: list[list[str]]) -> bool:
    return any(any(c.strip() for c in r) for r in records)


def _data_rows(records: list[list[str]]) -> int:
    """Non-blank rows below the header (found as the import will find it)."""
    from app.roster.reader import HEADER_SEARCH_ROWS, find_header  # reader imports this module

    stripped = [[c.strip() for c in r] for r in records[: HEADER_SEARCH_ROWS * 2]]
    header = find_header(stripped)
    start = 0 if header is None else header + 1
    return sum(1 for r in records[start:] if any(c.strip() for c in r))


def cell_text(value: object) -> str:
    """A workbook cell as text: 4165550123.0 → "4165550123", dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)
