"""How far a workbook's sheets reach, read from their XML before the library reads them.

The spreadsheet library allocates a sheet's whole grid, from A1 to its farthest cell, and a
file can place one cell at XFD1048576. XLSX cells are found by their references
(``r="AB12"``): in sheets written the usual way (every ``<c`` tag opening with its ``r``)
only references beyond the grid seen so far are looked at, which costs a fraction of the
library's own reading; other sheets are walked tag by tag, counting positions as the
library does. ODS sheets count repeated rows and cells (``number-rows-repeated``) only
when something non-empty follows them, as the library does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from app.errors import UnusableInputError
from app.roster.messages import sentence

MAX_SHEET_ROWS = 1_048_576
"""Excel's own limit: a sheet that claims more rows was not written by a spreadsheet."""
MAX_SHEET_COLUMNS = 1_000
"""A sign-up form with a thousand questions does not exist; Excel's 16,384 columns do."""
MAX_SHEET_CELLS = 10_000_000
"""Rows × columns of one sheet (e.g. 200,000 rows of 50 columns): about 1 GB once read."""

_SPACE = b" \t\r\n"

# A cell or row reference: r="AB12" (the library also accepts r = 'ab12').
_REFERENCE = re.compile(rb"r\s*=\s*[\"']([A-Za-z]*)([0-9]+)[\"']")
_DIMENSION = re.compile(
    rb"<(?:[\w.-]+:)?dimension\s+ref\s*=\s*[\"'](?:[A-Za-z]+[0-9]+:)?([A-Za-z]+)([0-9]+)[\"']"
)
# The quick scan follows cells written <c r="AB12" …>, as spreadsheet programs write them;
# a cell tag that does not open with its reference, or one with a namespace prefix (<x:c>,
# which the library reads all the same), sends the part to the tag-by-tag walk. Row tags
# do not matter there: a cell's own reference places it.
_CELL_REFERENCE = re.compile(rb"<c r=[\"']([A-Za-z]*)([0-9]+)[\"']")
_UNUSUAL_CELL = re.compile(rb"<c(?=[\s/>])(?! r=[\"'])")
_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_XLSX_TAG = re.compile(rb"<(?:[\w.-]+:)?(row|c)(?=[\s/>])((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>")
_ODS_TAG = re.compile(
    rb"<(/?)table:(table|table-row|table-cell|covered-table-cell)(?=[\s/>])"
    rb"((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
)
_ODS_ROW = b"<table:table-row"
_ODS_ROW_END = b"</table:table-row>"
_REPEATED = re.compile(rb"number-(?:rows|columns)-repeated\s*=\s*[\"']([0-9]+)[\"']")


class Unusual(Exception):
    """The quick XLSX scan met a tag it cannot follow: walk the part tag by tag instead."""


class SheetScan:
    """The rows and columns an XLSX sheet part reaches, refused beyond the limits."""

    def __init__(self, name: str, *, quick: bool) -> None:
        self.name = name
        self.quick = quick
        self.first = True
        self.rows = 1  # the grid seen so far: the quick scan looks only beyond it
        self.columns = 1
        self.row = -1  # where the tag-by-tag walk stands
        self.column = -1

    def feed(self, buffer: bytes) -> None:
        if self.first:
            self.first = False
            self._declared(buffer)
        if self.quick:
            self._quick(buffer)
        else:
            self._walk(buffer)

    def _declared(self, buffer: bytes) -> None:
        found = _DIMENSION.search(buffer, 0, 64 * 1024)
        if found is None:
            return
        rows, columns = int(found.group(2)), column_number(found.group(1))
        check_grid(self.name, rows, columns, declared=True)
        self.rows, self.columns = max(self.rows, rows), max(self.columns, columns)

    def _quick(self, buffer: bytes) -> None:
        if _UNUSUAL_CELL.search(buffer) or _PREFIXED_CELL.search(buffer):
            raise Unusual
        # Rows come in order: the last references of the buffer raise the grid first, so
        # the search beyond the grid finds nothing in a sheet written the usual way.
        for found in _CELL_REFERENCE.finditer(buffer, max(0, len(buffer) - 4096)):
            self._see(found)
        for found in _beyond(self.rows, self.columns).finditer(buffer):
            self._see(_CELL_REFERENCE.match(buffer, found.start()))

    def _see(self, found: re.Match[bytes] | None) -> None:
        if found is None:
            return
        letters, digits = found.groups()
        rows = max(self.rows, int(digits))
        columns = max(self.columns, column_number(letters)) if letters else self.columns
        if (rows, columns) != (self.rows, self.columns):
            check_grid(self.name, rows, columns, declared=False)
            self.rows, self.columns = rows, columns

    def _walk(self, buffer: bytes) -> None:
        for tag in _XLSX_TAG.finditer(buffer):
            kind, attributes = tag.groups()
            reference = next(
                (r for r in _REFERENCE.finditer(attributes) if attributes[r.start() - 1] in _SPACE),
                None,
            )
            if kind == b"row":
                self.row = int(reference.group(2)) - 1 if reference else self.row + 1
                self.column = -1
                continue
            if reference is not None:
                letters, digits = reference.groups()
                self.row = int(digits) - 1 if letters else self.row
                self.column = column_number(letters) - 1 if letters else self.column + 1
            else:
                self.column += 1
            self.rows = max(self.rows, self.row + 1)
            self.columns = max(self.columns, self.column + 1)
        check_grid(self.name, self.rows, self.columns, declared=False)


class OdsScan:
    """The rows and columns an ODS sheet reaches, counting repeats as the library does."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._new_table()

    def _new_table(self) -> None:
        self.rows = 0  # rows passed in this table
        self.used_rows = 0  # the last row holding something
        self.used_columns = 0
        self.repeat = 1
        self.column = 0
        self.row_used = 0
        self.in_row = False

    def feed(self, buffer: bytes) -> None:
        # Most rows hold plain cells: they are counted whole at C speed, and only rows
        # with repeats, nested tables or a boundary between buffers are walked tag by tag.
        pieces = buffer.split(_ODS_ROW)
        self._walk(pieces[0])
        for piece in pieces[1:]:
            end = -1 if self.in_row else piece.find(_ODS_ROW_END)
            row = piece[:end]
            if end == -1 or b"repeated" in row or b"<table:table " in row:
                self._walk(_ODS_ROW + piece)
                continue
            if b"value-type" in row:
                cells = row.count(b"<table:table-cell") + row.count(b"<table:covered-table-cell")
                self.used_rows = self.rows + 1
                self.used_columns = max(self.used_columns, cells)
                check_grid(self.name, self.used_rows, self.used_columns, declared=False)
            self.rows += 1
            tail = piece[end:]
            if b"<table:table" in tail:
                self._walk(tail)

    def _walk(self, buffer: bytes) -> None:
        for tag in _ODS_TAG.finditer(buffer):
            closing, kind, attributes = tag.groups()
            if kind == b"table":
                if not closing and not self.in_row:  # a table inside a cell is no new sheet
                    self._new_table()
            elif kind == b"table-row":
                self._row(bool(closing), attributes)
            elif not closing:
                repeated = _REPEATED.search(attributes)
                self.column += int(repeated.group(1)) if repeated else 1
                if b"value-type" in attributes or not attributes.endswith(b"/"):
                    self.row_used = self.column
                    if self.column > MAX_SHEET_COLUMNS:
                        check_grid(self.name, self.rows + 1, self.column, declared=False)

    def _row(self, closing: bool, attributes: bytes) -> None:
        if not closing:
            repeated = _REPEATED.search(attributes)
            self.repeat = int(repeated.group(1)) if repeated else 1
            self.column = self.row_used = 0
            if not attributes.endswith(b"/"):
                self.in_row = True
                return
        self.in_row = False
        if self.row_used:
            self.used_rows = self.rows + self.repeat
            self.used_columns = max(self.used_columns, self.row_used)
            check_grid(self.name, self.used_rows, self.used_columns, declared=False)
        self.rows += self.repeat
        self.repeat = 1
        self.row_used = 0


def check_grid(name: str, rows: int, columns: int, *, declared: bool) -> None:
    """Refuse a sheet whose cells span more rows, columns or cells than the limits."""
    verb = sentence("roster.grid.declares" if declared else "roster.grid.has")
    letters = column_name(columns)
    if columns > MAX_SHEET_COLUMNS:
        reason = sentence(
            "roster.grid.columns",
            verb=verb,
            letters=letters,
            columns=columns,
            limit=MAX_SHEET_COLUMNS,
        )
    elif rows > MAX_SHEET_ROWS:
        reason = sentence("roster.grid.rows", verb=verb, row=rows, limit=MAX_SHEET_ROWS)
    elif rows * columns > MAX_SHEET_CELLS:
        reason = sentence(
            "roster.grid.cells",
            verb=verb,
            letters=letters,
            row=rows,
            columns=columns,
            limit=MAX_SHEET_CELLS,
        )
    else:
        return
    raise UnusableInputError(sentence("roster.unsafe_grid", name=name, reason=reason))


def column_number(letters: bytes) -> int:
    """b"A" → 1, b"XFD" → 16384 (letters of any case, as the library reads them)."""
    number = 0
    for letter in letters[:8].upper():  # eight letters already exceed any limit
        number = number * 26 + letter - 64
    return number


def column_name(number: int) -> str:
    """1 → "A", 16384 → "XFD"."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@lru_cache(maxsize=64)
def _beyond(rows: int, columns: int) -> re.Pattern[bytes]:
    """Cell references past row ``rows`` or column ``columns``.

    Written as a tree of choices (more letters or digits, or as many with a higher one at
    some place), so a reference within the grid is given up after a few characters.
    """
    letters = _above(column_name(columns), "A-Z", lambda c: f"[{c}{c.lower()}]", "[0-9]")
    digits = _above(str(rows), "0-9", str, "[\"']")
    return re.compile(
        rb"<c r=[\"'](?:" + letters.encode() + rb"|[A-Za-z]*+" + digits.encode() + rb")"
    )


def _above(value: str, alphabet: str, same: Callable[[str], str], after: str) -> str:
    """A pattern for the strings of ``alphabet`` ordered after ``value`` (same length first
    by place, or longer), each followed by ``after``."""
    places, last = len(value), alphabet[-1]
    any_one = "[A-Za-z]" if alphabet == "A-Z" else "[0-9]"

    def at(place: int) -> str:
        if place == places:
            return ""
        char, rest = value[place], places - place - 1
        choices = []
        if char != last:
            higher = chr(ord(char) + 1)
            span = f"{higher}-{last}" + (f"{higher.lower()}-z" if alphabet == "A-Z" else "")
            choices.append(f"[{span}]{any_one}{{{rest}}}")
        deeper = at(place + 1)
        if deeper:
            choices.append(same(char) + deeper)
        return "(?:" + "|".join(choices) + ")" if choices else ""

    tree = at(0)
    return f"(?:{any_one}{{{places + 1}}}" + (f"|{tree}{after}" if tree else "") + ")"
