"""Checking a workbook before the spreadsheet library opens it.

The library (calamine, native code) believes what a file says. A sheet with one cell at
XFD1048576 makes it allocate the whole grid up front (17 billion cells: the process
aborts), and a few megabytes can unzip to gigabytes that it then holds in memory. So every
zip part is inflated here first, in pieces of at most a megabyte and without trusting the
sizes the archive declares, and each sheet's cell positions are scanned for the grid they
would make the library allocate. A refusal comes before anything large is held in memory.

XLSX cells are found by their references (``r="AB12"``). In files written the usual way
(every ``<c`` and ``<row`` tag opening with its ``r``) only references beyond the grid seen
so far are looked at, which costs a fraction of the library's own reading; other files
are walked tag by tag, counting positions as the library does. ODS sheets are always
walked tag by tag, because repeated rows and cells (``number-rows-repeated``) only count
when something non-empty follows them.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from functools import lru_cache

from app.errors import UnusableInputError

MIB = 1024 * 1024
MAX_WORKBOOK_BYTES = 200 * MIB
"""A workbook file larger than this is refused before it is read."""
MAX_INFLATED_BYTES = 512 * MIB
"""All parts of a workbook together, unzipped (a 1,000,000-cell sheet takes about 40 MB)."""
MAX_RATIO = 200
"""Real sheets unzip to 5–40 times their stored size; a zip bomb to hundreds or thousands."""
RATIO_FLOOR = 16 * MIB
"""The ratio only counts for parts that unzip to more than this."""
MAX_PARTS = 10_000
MAX_SHEET_ROWS = 1_048_576
"""Excel's own limit: a sheet that claims more rows was not written by a spreadsheet."""
MAX_SHEET_COLUMNS = 1_000
"""A sign-up form with a thousand questions does not exist; Excel's 16,384 columns do."""
MAX_SHEET_CELLS = 10_000_000
"""Rows × columns of one sheet (e.g. 200,000 rows of 50 columns): about 1 GB once read."""

_CHUNK = MIB  # inflated bytes handed to a scan at a time
_FEED = 64 * 1024  # stored bytes given to the decompressor at a time
_MAX_CARRY = 8 * MIB  # text between two tags; a real cell holds at most 32,767 characters
_LOCAL_HEADER = struct.Struct("<4s22xHH")
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


class _Unusual(Exception):
    """The quick XLSX scan met a tag it cannot follow: walk the part tag by tag instead."""


def check_workbook(raw: bytes, name: str, fmt: str) -> None:
    """Refuse ``raw`` with one sentence if reading it could exhaust memory or abort."""
    if len(raw) > MAX_WORKBOOK_BYTES:
        raise UnusableInputError(too_large(name, len(raw), MAX_WORKBOOK_BYTES, "a workbook"))
    if fmt not in ("xlsx", "ods"):
        return  # an .xls grid is bounded by its format (65,536 × 256 cells)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise UnusableInputError(f"{name} is not a valid Excel or OpenDocument workbook.") from exc
    _check_declared(parts, name)
    budget = _Budget(name)
    view = memoryview(raw)
    for part in parts:
        if fmt == "ods" and part.filename == "content.xml":
            _scan(_inflate(view, part, budget), _OdsScan(name))
        elif fmt == "xlsx":
            _scan_xlsx_part(view, part, budget, name)
        else:
            for _ in _inflate(view, part, budget):
                pass


def too_large(name: str, size: int, limit: int, what: str) -> str:
    return (
        f"{name} is too large to import ({size / MIB:,.0f} MB; {what} can be at most "
        f"{limit / MIB:,.0f} MB): split it into smaller files and import each."
    )


def _unsafe(name: str, reason: str) -> UnusableInputError:
    return UnusableInputError(f"{name} cannot be read safely: {reason}.")


def _check_declared(parts: list[zipfile.ZipInfo], name: str) -> None:
    """What the archive declares, refused before anything is inflated."""
    if len(parts) > MAX_PARTS:
        raise _unsafe(name, f"it holds {len(parts):,} parts, more than any workbook has")
    if any(p.filename == "xl/workbook.bin" for p in parts):
        raise UnusableInputError(
            f"{name} is an Excel binary workbook (.xlsb), which cannot be checked before "
            "it is read; save it as .xlsx or CSV and import again."
        )
    total = 0
    for part in parts:
        if part.flag_bits & 0x1:
            raise UnusableInputError(f"{name} is a damaged or protected workbook.")
        _check_part_size(name, part, part.file_size)
        total += part.file_size
    if total > MAX_INFLATED_BYTES:
        raise _unsafe(name, _inflated_reason())


def _inflated_reason() -> str:
    return (
        f"once unzipped it would take more than {MAX_INFLATED_BYTES // MIB:,} MB, "
        "more than a sign-up workbook holds"
    )


def _check_part_size(name: str, part: zipfile.ZipInfo, inflated: int) -> None:
    if inflated > MAX_INFLATED_BYTES:
        raise _unsafe(
            name,
            f"once unzipped, its part “{part.filename}” would take more than "
            f"{MAX_INFLATED_BYTES // MIB:,} MB, more than a sign-up workbook holds",
        )
    if inflated > RATIO_FLOOR and inflated > MAX_RATIO * max(part.compress_size, 1):
        raise _unsafe(
            name,
            f"its part “{part.filename}” unzips to more than {MAX_RATIO} times its stored "
            "size, as only a deliberately inflated file (a “zip bomb”) does",
        )


class _Budget:
    """Inflated bytes so far, of the part being read and of the whole workbook."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.total = 0
        self.part = 0
        self.current = zipfile.ZipInfo()

    def start(self, part: zipfile.ZipInfo) -> None:
        self.total -= self.part  # a part read again (by the slower scan) counts once
        self.part = 0
        self.current = part

    def add(self, size: int) -> None:
        self.part += size
        self.total += size
        _check_part_size(self.name, self.current, self.part)
        if self.total > MAX_INFLATED_BYTES:
            raise _unsafe(self.name, _inflated_reason())


def _inflate(raw: memoryview, part: zipfile.ZipInfo, budget: _Budget) -> Iterator[bytes]:
    """The part's bytes, inflated in pieces, however large its header says it is."""
    name = budget.name
    budget.start(part)
    offset = part.header_offset
    header = bytes(raw[offset : offset + _LOCAL_HEADER.size])
    if len(header) < _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
        raise UnusableInputError(f"{name} is a damaged or protected workbook.")
    name_length, extra_length = _LOCAL_HEADER.unpack(header)[1:]
    start = offset + _LOCAL_HEADER.size + name_length + extra_length
    stored = raw[start : start + part.compress_size]
    if part.compress_type == zipfile.ZIP_STORED:
        for at in range(0, len(stored), _CHUNK):
            piece = bytes(stored[at : at + _CHUNK])
            budget.add(len(piece))
            yield piece
        return
    if part.compress_type != zipfile.ZIP_DEFLATED:
        raise UnusableInputError(f"{name} is a damaged or protected workbook.")
    inflater = zlib.decompressobj(-15)
    try:
        for at in range(0, len(stored), _FEED):
            data: bytes | memoryview = stored[at : at + _FEED]
            while data:
                piece = inflater.decompress(data, _CHUNK)
                data = inflater.unconsumed_tail
                if piece:
                    budget.add(len(piece))
                    yield piece
        piece = inflater.flush()
    except zlib.error as exc:
        raise UnusableInputError(f"{name} is a damaged or protected workbook.") from exc
    if piece:
        budget.add(len(piece))
        yield piece


def _scan(pieces: Iterator[bytes], scan: _SheetScan | _OdsScan) -> None:
    """Hand ``scan`` whole tags only: each buffer is cut before its last ``<``."""
    carry = b""
    for piece in pieces:
        buffer = carry + piece if carry else piece
        cut = buffer.rfind(b"<")
        if cut <= 0:
            carry = buffer
            if len(carry) > _MAX_CARRY:
                raise UnusableInputError(f"{scan.name} is a damaged or protected workbook.")
            continue
        scan.feed(buffer[:cut])
        carry = buffer[cut:]
    if carry:
        scan.feed(carry)


def _scan_xlsx_part(raw: memoryview, part: zipfile.ZipInfo, budget: _Budget, name: str) -> None:
    # Every part is scanned, not only xl/worksheets/: the workbook's relationships may name
    # any part as a sheet, and the library reads whatever they name.
    try:
        _scan(_inflate(raw, part, budget), _SheetScan(name, quick=True))
    except _Unusual:
        _scan(_inflate(raw, part, budget), _SheetScan(name, quick=False))


class _SheetScan:
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
            raise _Unusual
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


class _OdsScan:
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
    verb = "declares cells up to" if declared else "has cells up to"
    if columns > MAX_SHEET_COLUMNS:
        reason = (
            f"a sheet {verb} column {column_name(columns)} ({columns:,} columns), more than "
            f"the {MAX_SHEET_COLUMNS:,} columns a sign-up sheet can have"
        )
    elif rows > MAX_SHEET_ROWS:
        reason = (
            f"a sheet {verb} row {rows:,}, more than the {MAX_SHEET_ROWS:,} rows a "
            "spreadsheet can have"
        )
    elif rows * columns > MAX_SHEET_CELLS:
        reason = (
            f"a sheet {verb} {column_name(columns)}{rows} ({rows:,} rows by "
            f"{columns:,} columns), more than the {MAX_SHEET_CELLS:,} cells a sign-up sheet "
            "can have"
        )
    else:
        return
    raise UnusableInputError(
        f"{name} cannot be read safely: {reason}; delete the empty rows and columns after "
        "the data, or save the sheet as CSV, and import again."
    )


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
