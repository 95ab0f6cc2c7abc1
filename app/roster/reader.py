"""Reading a sign-up export (CSV, TSV, XLSX, ODS) into a table of text cells.

Every cell stays text: phone numbers keep their leading zeros and a person called "None"
or "NA" keeps their name. The format is recognised from the bytes, not the extension,
because coordinators rename files. CSV goes through the ``csv`` module rather than pandas
so that every row keeps the number a spreadsheet shows for it (rejections cite it), even
with blank rows, title rows above the header and line breaks inside cells. pandas' faster
parser reads a file whose records it splits exactly as ``csv`` does (``csv_fast``).

Nothing is read that could exhaust memory or garble rows: files over a size limit, rows
wider than any sign-up sheet, a quote that swallows the rows after it, lines in two
encodings (``csv_checks``) and workbook bombs (``workbook_guard``) are refused with one
sentence naming the file, and the row or line where there is one.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import logging
import os
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import UnusableInputError
from app.roster.columns import guess_field
from app.roster.csv_checks import check_mixed_encoding, parse_records
from app.roster.csv_fast import fast_records
from app.roster.messages import sentence
from app.roster.sheet_grid import MAX_SHEET_COLUMNS, column_name
from app.roster.workbook import read_workbook
from app.roster.workbook_guard import MAX_WORKBOOK_BYTES, too_large

log = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t")
HEADER_SEARCH_ROWS = 30
MAX_TEXT_FILE_BYTES = 512 * 1024 * 1024
"""A CSV larger than this is refused unread: reading one takes about six times its size in
memory, and 512 MB still holds a million sign-ups of 500 characters each."""
_SNIFF_CHARS = 64_000
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
"""Control characters other than tab and line breaks (\\t \\n \\v \\f \\r)."""
_BINARY_MAGIC = {  # → the key of what the file is ("a PNG image")
    b"\x89PNG": "roster.kind.png",
    b"\xff\xd8\xff": "roster.kind.jpeg",
    b"GIF8": "roster.kind.gif",
    b"%PDF": "roster.kind.pdf",
    b"SQLite format 3": "roster.kind.database",
    b"\x1f\x8b": "roster.kind.gzip",
    b"Rar!": "roster.kind.rar",
    b"7z\xbc\xaf": "roster.kind.7z",
}
_WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


@dataclass
class Table:
    """The header and the non-blank data rows of a sign-up export, all as text.

    Every cell is stripped of surrounding whitespace, so a blank cell is "".
    """

    file: str
    format: str  # csv, xlsx, ods or xls
    encoding: str  # empty for workbooks
    delimiter: str  # empty for workbooks
    header_row: int  # the header's row number as a spreadsheet shows it
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, one value per header)
    sha256: str = ""
    warnings: list[str] = field(default_factory=list)
    sheet: str = ""  # the sheet read, for workbooks
    # Columns past the header's last named cell: kept column index → its position in the
    # file (0-based). A value there means the row has more values than the header has
    # columns (an extra separator), so the row is flagged rather than kept as "Column H".
    beyond_header: dict[int, int] = field(default_factory=dict)
    header_width: int = 0  # the header's cells up to its last named one


def read_table(path: Path, sheet: str | None = None) -> Table:
    """Read ``path`` or raise UnusableInputError with one sentence naming the file.

    ``sheet`` names the sheet of a workbook to read; without it a workbook whose sheets
    hold data in more than one is refused with ``SeveralSheetsError`` (which lists them).
    """
    path = Path(path)
    raw = _read_file(path)
    table = _read_bytes(raw, path.name, path.suffix.lower(), sheet)
    table.sha256 = hashlib.sha256(raw).hexdigest()
    return table


def _read_file(path: Path) -> bytes:
    """The file's bytes, refused unread when larger than anything the import can hold."""
    try:
        with path.open("rb") as handle:
            workbook = handle.read(8).startswith(_WORKBOOK_MAGIC)
            limit = MAX_WORKBOOK_BYTES if workbook else MAX_TEXT_FILE_BYTES
            size = os.fstat(handle.fileno()).st_size
            if size <= limit:
                handle.seek(0)
                raw = handle.read(limit + 1)
                size = max(size, len(raw))
    except OSError as exc:
        raise UnusableInputError(
            sentence("roster.file_unopenable", name=path.name, reason=exc.strerror or str(exc))
        ) from exc
    if size > limit:
        what = sentence("roster.kind.workbook" if workbook else "roster.kind.csv")
        raise UnusableInputError(too_large(path.name, size, limit, what))
    return raw


def _read_bytes(raw: bytes, name: str, suffix: str, sheet: str | None = None) -> Table:
    if not raw.strip():
        raise UnusableInputError(sentence("roster.file_empty", name=name))
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise UnusableInputError(
                sentence("roster.not_a_spreadsheet", name=name, what=sentence(what))
            )
    if raw.startswith(_WORKBOOK_MAGIC):
        fmt = _workbook_format(raw)
        chosen, records = read_workbook(raw, name, fmt, sheet)
        table = _build_table(name, fmt, "", "", records)
        table.sheet = chosen
        return table
    if suffix in _WORKBOOK_SUFFIXES:
        raise UnusableInputError(sentence("roster.workbook_invalid", name=name))
    if sheet is not None:
        raise UnusableInputError(sentence("roster.csv_has_no_sheets", name=name))
    text, encoding = decode_text(raw, name)
    delimiter = sniff_delimiter(text)
    quoted_formulas = _may_start_a_cell("'", text)
    stripped = fast_records(text, delimiter)
    if stripped is not None:
        return _build_table(name, "csv", encoding, delimiter, stripped, quoted_formulas, True)
    records = parse_records(text, delimiter, name)
    return _build_table(name, "csv", encoding, delimiter, records, quoted_formulas)


def _workbook_format(raw: bytes) -> str:
    if raw.startswith(b"\xd0"):
        return "xls"
    # An OpenDocument zip stores its uncompressed mimetype first, right after the header.
    return "ods" if b"opendocument.spreadsheet" in raw[:100] else "xlsx"


def decode_text(raw: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV and the encoding that decoded it strictly (never replacing bytes)."""
    if raw.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    elif b"\x00" in raw[:4096]:
        candidates = [_utf16_without_bom(raw[:4096])]
    else:
        candidates = ["utf-8", "cp1252"]
    for encoding in candidates:
        if not encoding:
            continue
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            if encoding.startswith("utf-8"):
                # Decoding the rest as Windows-1252 would garble its UTF-8 lines.
                check_mixed_encoding(raw, name, marked_utf8=encoding == "utf-8-sig")
            continue
        if _looks_binary(text):
            break
        return text, "utf-16" if encoding.startswith("utf-16") else encoding
    raise UnusableInputError(sentence("roster.not_text", name=name))


def _utf16_without_bom(sample: bytes) -> str:
    """utf-16-le/-be when NULs sit in every other byte (Excel "Unicode text" without BOM)."""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return ""


def _looks_binary(text: str) -> bool:
    """Control characters beyond tab and line breaks betray a file that is not a table."""
    if "\x00" in text:
        return True
    sample = text[:_SNIFF_CHARS]
    controls = len(_CONTROLS.findall(sample))
    return controls > max(2, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """The delimiter among , ; tab that splits the sample into the most same-width rows."""
    sample = text[:_SNIFF_CHARS]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        widths = Counter(
            len(r)
            for r in _sample_records(sample, delimiter)
            if any(c.strip() for c in r) and len(r) > 1
        )
        if not widths:
            continue
        width, count = max(widths.items(), key=lambda item: (item[1], item[0]))
        if (count, width) > best_score:
            best, best_score = delimiter, (count, width)
    return best


def _sample_records(sample: str, delimiter: str) -> list[list[str]]:
    try:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        return [row for _, row in zip(range(100), reader, strict=False)]
    except csv.Error:
        return []


def _may_start_a_cell(char: str, text: str) -> bool:
    """Whether some cell of a CSV ``text`` may start with ``char`` (after spaces).

    A quick scan of the few places ``char`` occurs, so the many cells of a large file are
    not looked at one by one when none does (an apostrophe inside "O'Brien" does not count).
    """
    position = text.find(char)
    while position != -1:
        before = text[position - 1 : position]
        if not before or before in ',;"' or before.isspace():
            return True
        position = text.find(char, position + 1)
    return False


def _build_table(
    name: str,
    fmt: str,
    encoding: str,
    delimiter: str,
    records: list[list[str]],
    quoted_formulas: bool = True,
    stripped: bool = False,
) -> Table:
    # Per-cell work stays inline (map): a sign-up export has hundreds of thousands of cells.
    if quoted_formulas:
        cells: Iterable[Iterable[str]] = (
            records if stripped else (map(str.strip, r) for r in records)
        )
        records = [[c if c[:1] != "'" else _unneutralise(c) for c in r] for r in cells]
    elif not stripped:
        records = [list(map(str.strip, r)) for r in records]
    header_index = find_header(records)
    if header_index is None:
        raise UnusableInputError(sentence("roster.no_data_rows", name=name))
    width = max(map(len, records[header_index:]))
    if width > MAX_SHEET_COLUMNS:
        _refuse_wide(name, records, header_index)
    header_cells = records[header_index] + [""] * (width - len(records[header_index]))
    data = [
        (index + 1, r if len(r) == width else r + [""] * (width - len(r)))
        for index, r in enumerate(records)
        if index > header_index and any(r)
    ]
    keep = [i for i in range(width) if header_cells[i] or any(r[i] for _, r in data)]
    headers, warnings = _name_columns([header_cells[i] for i in keep], keep)
    rows = data if len(keep) == width else [(n, [r[i] for i in keep]) for n, r in data]
    table = Table(
        name, fmt, encoding, delimiter, header_index + 1, headers, rows, warnings=warnings
    )
    if fmt == "csv":  # a text row can gain a value from a stray separator
        note_beyond_header(table, header_cells, keep)
    return table


def note_beyond_header(table: Table, header_cells: list[str], keep: list[int]) -> None:
    """Record which kept columns lie past the header's last named cell."""
    named = max((i + 1 for i, cell in enumerate(header_cells) if cell), default=0)
    table.header_width = named
    table.beyond_header = {k: p for k, p in enumerate(keep) if p >= named}


def _refuse_wide(name: str, records: list[list[str]], start: int) -> None:
    """Padding every row to a width no sign-up sheet has would exhaust memory."""
    index = next(i for i in range(start, len(records)) if len(records[i]) > MAX_SHEET_COLUMNS)
    raise UnusableInputError(
        sentence(
            "roster.row_too_wide",
            name=name,
            row=index + 1,
            cells=len(records[index]),
            limit=MAX_SHEET_COLUMNS,
        )
    )


def _unneutralise(cell: str) -> str:
    """Undo the apostrophe that exports put before formula-like text ("'+1 416…")."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@":
        return cell[1:]
    return cell


def find_header(records: list[list[str]]) -> int | None:
    """Index of the header: the early row naming the most known fields, below any titles."""
    candidates = [i for i, r in enumerate(records[: HEADER_SEARCH_ROWS * 2]) if any(r)]
    candidates = candidates[:HEADER_SEARCH_ROWS]
    if not candidates:
        return None
    # A row names at most as many fields as it has distinct cells: one that cannot beat
    # the best row so far (the first of equals wins) is not looked at cell by cell.
    best, best_index = -1, candidates[0]
    for index in candidates:
        cells = set(records[index])
        cells.discard("")
        if len(cells) <= best:
            continue
        score = len({guess_field(c) for c in cells} - {None})
        if score > best:
            best, best_index = score, index
    if best >= 2:
        return best_index
    filled = {i: sum(1 for c in records[i] if c) for i in candidates}
    widest = max(filled.values())
    return next(i for i in candidates if filled[i] == widest)


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA: how a spreadsheet names a column."""
    return column_name(index + 1)


def _name_columns(cells: list[str], positions: list[int]) -> tuple[list[str], list[str]]:
    """Unique, non-empty headers: blank ones get "Column F", repeats get " (2)"."""
    headers: list[str] = []
    warnings: list[str] = []
    used: set[str] = set()
    for cell, position in zip(cells, positions, strict=True):
        base = " ".join(cell.split()) or f"Column {column_letter(position)}"
        header, n = base, 1
        while header.casefold() in used:
            n += 1
            header = f"{base} ({n})"
        if header != base:
            warnings.append(
                sentence(
                    "roster.duplicate_header",
                    base=base,
                    letter=column_letter(position),
                    header=header,
                )
            )
        used.add(header.casefold())
        headers.append(header)
    return headers, warnings
