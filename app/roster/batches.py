"""Reading a large sign-up export in batches of rows, so memory does not grow with its length.

A small file is read whole (``reader.read_table``) and handed over as one batch. A large
UTF-8 CSV is read twice as a stream: a first pass checks it and finds what the whole file
decides (the header, the width, the columns holding data, the hash, the number of rows),
a second pass hands its rows over a batch at a time, numbered as a spreadsheet shows them
and cleaned exactly as ``read_table`` cleans them. Whatever that first pass cannot settle
alone (another encoding, a quote gone wrong, a cell holding line breaks, a file that is
not a table) is left to ``read_table``, which reads the file whole and says what is wrong
in the same sentence as for a small file.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from app.errors import UnusableInputError
from app.roster import reader
from app.roster.csv_checks import MAX_CELL_CHARS
from app.roster.messages import sentence
from app.roster.reader import Table, read_table
from app.roster.sheet_grid import MAX_SHEET_COLUMNS

log = logging.getLogger(__name__)

Rows = list[tuple[int, list[str]]]

BATCH_ROWS = 25_000
"""Rows checked, planned and written together: a few megabytes of text at a time."""
STREAM_FROM_BYTES = 16 * 1024 * 1024
"""A CSV at least this large (about 100,000 sign-ups) is read as a stream, in batches."""
_CHUNK_BYTES = 1024 * 1024


@dataclass
class TableSource:
    """A table's header and facts, and its rows one batch at a time.

    ``table.rows`` holds every row only when the file was read whole; ``rows`` is always
    the number of data rows.
    """

    table: Table
    rows: int
    _batches: Callable[[], Iterator[Rows]]

    def batches(self) -> Iterator[Rows]:
        """The data rows in file order, in batches (at least one, possibly empty)."""
        return self._batches()


def open_table(path: Path, sheet: str | None = None, batch_rows: int | None = None) -> TableSource:
    """The table of ``path``, read whole when small, else as a stream of batches of
    ``batch_rows`` rows (default ``BATCH_ROWS``).

    Raises UnusableInputError with the same sentences as ``read_table``.
    """
    path = Path(path)
    batch_rows = batch_rows or BATCH_ROWS
    layout = _scan(path) if sheet is None and _streamable(path) else None
    if layout is None:
        table = read_table(path, sheet)
        return TableSource(table, len(table.rows), lambda: iter([table.rows]))
    log.info("reading a large CSV in batches of %d rows", batch_rows)
    return TableSource(layout.table, layout.rows, lambda: _batches(path, layout, batch_rows))


def _streamable(path: Path) -> bool:
    """A large file that may be UTF-8 text (any other case is ``read_table``'s to judge)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(4096)
    except OSError:
        return False  # read_table names the file and the reason
    if not STREAM_FROM_BYTES <= size <= reader.MAX_TEXT_FILE_BYTES:
        return False
    if start.startswith((*reader._WORKBOOK_MAGIC, *reader._BINARY_MAGIC)):
        return False
    if path.suffix.lower() in reader._WORKBOOK_SUFFIXES or b"\x00" in start:
        return False
    return not start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


class _HashingReader(io.RawIOBase):
    """The bytes of a file, hashed as they are read."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self.sha256 = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._handle.read(len(buffer))
        buffer[: len(data)] = data
        self.sha256.update(data)
        return len(data)


@dataclass
class _Layout:
    table: Table
    rows: int
    width: int
    keep: list[int]
    encoding: str


class _Fallback(Exception):
    """The stream cannot settle this file: read it whole."""


def _text(handle: IO[bytes], encoding: str) -> tuple[io.TextIOWrapper, _HashingReader]:
    hashing = _HashingReader(handle)
    buffered = io.BufferedReader(hashing, _CHUNK_BYTES)
    return io.TextIOWrapper(buffered, encoding=encoding, errors="strict", newline=""), hashing


def _encoding(path: Path) -> str:
    with path.open("rb") as handle:
        return "utf-8-sig" if handle.read(3) == codecs.BOM_UTF8 else "utf-8"


def _scan(path: Path) -> _Layout | None:
    """The first pass, or None when ``read_table`` must read the file whole."""
    encoding = _encoding(path)
    try:
        with path.open("rb") as handle:
            sample = _text(handle, encoding)[0].read(reader._SNIFF_CHARS)
        if not sample.strip() or reader._looks_binary(sample):
            return None
        delimiter = reader.sniff_delimiter(sample)
        with path.open("rb") as handle:
            text, hashing = _text(handle, encoding)
            layout = _first_pass(text, path.name, encoding, delimiter)
            layout.table.sha256 = hashing.sha256.hexdigest()
            return layout
    except (UnicodeDecodeError, csv.Error, _Fallback, OSError):
        return None


def _records(text: io.TextIOWrapper, delimiter: str, *, strict: bool) -> Iterator[list[str]]:
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    return csv.reader(text, delimiter=delimiter, strict=strict)


def _clean(record: list[str]) -> list[str]:
    return [c if c[:1] != "'" else reader._unneutralise(c) for c in map(str.strip, record)]


def _first_pass(text: io.TextIOWrapper, name: str, encoding: str, delimiter: str) -> _Layout:
    records = _records(text, delimiter, strict=True)
    search = reader.HEADER_SEARCH_ROWS * 2
    first = [_clean(r) for _, r in zip(range(search), records, strict=False)]
    header_index = reader.find_header(first)
    if header_index is None:
        raise _Fallback
    header = first[header_index]
    width = max(map(len, first[header_index:]))
    filled = {i for r in first[header_index + 1 :] for i, c in enumerate(r) if c}
    count = sum(1 for r in first[header_index + 1 :] if any(r))
    seen = len(first)
    named = len(header)
    blank = [i for i in range(named) if not header[i]]
    for record in records:
        seen += 1
        joined = "".join(record)
        if "\x00" in joined:
            raise _Fallback  # read_table says the file is not text
        if not joined.strip():
            width = max(width, len(record))
            continue  # a blank row: not data, though its width counts as read_table's does
        count += 1
        if len(record) > named:
            width = max(width, len(record))
            filled.update(i for i in range(named, len(record)) if record[i].strip())
        filled.update(i for i in blank if i < len(record) and record[i].strip())
    if records.line_num != seen:  # type: ignore[attr-defined]
        raise _Fallback  # a cell holds line breaks: csv_checks looks at the whole file
    if width > MAX_SHEET_COLUMNS:
        raise _Fallback  # read_table names the row that is too wide
    header_cells = header + [""] * (width - len(header))
    keep = [i for i in range(width) if header_cells[i] or i in filled]
    headers, warnings = reader._name_columns([header_cells[i] for i in keep], keep)
    table = Table(name, "csv", encoding, delimiter, header_index + 1, headers, [])
    table.warnings = warnings
    reader.note_beyond_header(table, header_cells, keep)
    return _Layout(table, count, width, keep, encoding)


def _batches(path: Path, layout: _Layout, size: int) -> Iterator[Rows]:
    """The second pass: the rows as ``read_table`` would give them, ``size`` at a time."""
    try:
        yield from _second_pass(path, layout, size)
    except (UnicodeDecodeError, csv.Error, OSError) as exc:
        # The first pass read the whole file cleanly: it changed, or went away, since.
        raise UnusableInputError(sentence("roster.file_changed", file=layout.table.file)) from exc


def _second_pass(path: Path, layout: _Layout, size: int) -> Iterator[Rows]:
    width, keep = layout.width, layout.keep
    project = len(keep) != width
    start = layout.table.header_row  # records before it are titles or the header itself
    batch: Rows = []
    given = False
    with path.open("rb") as handle:
        text, hashing = _text(handle, layout.encoding)
        records = _records(text, layout.table.delimiter, strict=False)
        for index, record in enumerate(records):
            if index < start:
                continue
            cells = _clean(record)
            if not any(cells):
                continue
            if len(cells) < width:
                cells += [""] * (width - len(cells))
            batch.append((index + 1, [cells[i] for i in keep] if project else cells))
            if len(batch) >= size:
                yield batch
                given, batch = True, []
        if hashing.sha256.hexdigest() != layout.table.sha256:
            # The file changed between the passes: what was read may be two versions.
            raise UnusableInputError(sentence("roster.file_changed", file=layout.table.file))
    if batch or not given:
        yield batch
