"""The two ways a CSV file garbles rows without any error from the ``csv`` module.

A quotation mark that is never closed turns every row after it into one cell: other
people's names and emails would be stored in one person's custom field. Lines written in
two encodings (a UTF-8 export with rows pasted from an older Windows file) can only be
decoded whole as Windows-1252, which stores the UTF-8 names garbled (“ZoÃ©”). Both are
refused with the row or line to fix; legitimate line breaks inside quoted cells still read.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from app.errors import UnusableInputError
from app.roster.messages import sentence
from app.roster.sheet_grid import column_name

MAX_CELL_CHARS = 16 * 1024 * 1024

# Byte sequences that only UTF-8 text holds; Windows-1252 text almost never forms them.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_NOT_ASCII = re.compile(rb"[\x80-\xff]")
# What a Windows-1252 line decoded as UTF-8 by accident turns into: C1 controls, or IPA
# letters ("CAFÉ !" with a no-break space is the bytes of "CAFɠ!"). Names use neither.
_ACCIDENTAL_UTF8 = re.compile("[\x80-\x9f\u0250-\u02af]")


def parse_records(text: str, delimiter: str, name: str) -> list[list[str]]:
    """Every record of ``text``, or UnusableInputError if a quote swallows rows."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    # The strict reader parses exactly as the lenient one until a quote goes wrong, at C
    # speed; only then is the file read again, leniently, to find where.
    strict = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    try:
        records.extend(strict)
    except csv.Error as exc:
        return _after_error(text, delimiter, name, len(records), str(exc))
    if strict.line_num != len(records):  # some cell holds a line break
        _check_line_breaks(records, delimiter, name, strict.line_num - len(records), None)
    return records


def _after_error(text: str, delimiter: str, name: str, index: int, error: str) -> list[list[str]]:
    if "field larger than field limit" in error:
        raise UnusableInputError(
            sentence("roster.cell_too_long", name=name, row=index + 1, limit=MAX_CELL_CHARS)
        )
    lenient = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = list(lenient)
    except csv.Error as exc:  # only the field size can still fail
        raise UnusableInputError(
            sentence("roster.csv_malformed", name=name, detail=str(exc))
        ) from exc
    if "unexpected end of data" in error and index < len(records) and records[index]:
        last = records[index][-1].rstrip("\r\n")
        # Open to the end of the file: over the rows after it, or, on the last row, over
        # that row's next cells. A stray quote in the very last cell changes nothing.
        spans = "\n" in last or "\r" in last
        if spans or delimiter in last:
            raise UnusableInputError(
                sentence(
                    "roster.quote_never_closed" if spans else "roster.quote_never_closed_last_row",
                    name=name,
                    row=index + 1,
                    column=_column(len(records[index]) - 1),
                )
            )
    # Text after a closing quote ("Ada" Lovelace) reads as one cell, as spreadsheets do,
    # unless the quote ran over several lines: then it closed a later row's quote.
    extra = lenient.line_num - len(records)
    if extra:
        _check_line_breaks(records, delimiter, name, extra, index)
    return records


def _check_line_breaks(
    records: list[list[str]], delimiter: str, name: str, extra: int, suspect: int | None
) -> None:
    """Refuse a cell whose later lines look like further rows of the file.

    A free-text answer may hold line breaks and commas; a swallowed row holds a delimiter
    between each of its cells, with no space after it. ``extra`` is how many line breaks
    the cells hold in all (the scan stops once they are found); ``suspect`` is the record
    where the strict reader saw a quote closed in mid-cell, where one delimiter is enough.
    """
    widths = Counter(len(r) for r in records if len(r) > 1)
    width = widths.most_common(1)[0][0] if widths else 1
    for index, record in enumerate(records):
        joined = "\x00".join(record)
        breaks = joined.count("\n") + joined.count("\r") - joined.count("\r\n")
        if not breaks:
            continue
        needed = 1 if index == suspect else max(1, width - 1)
        for position, cell in enumerate(record):
            if _holds_rows(cell, delimiter, needed):
                raise UnusableInputError(
                    sentence(
                        "roster.quote_open_at_cell_end",
                        name=name,
                        row=index + 1,
                        column=_column(position),
                    )
                )
        extra -= breaks
        if extra <= 0:
            return


def _holds_rows(cell: str, delimiter: str, needed: int) -> bool:
    lines = cell.splitlines()
    for line in lines[1:]:
        separators = line.count(delimiter) - line.count(delimiter + " ")
        if separators >= needed:
            return True
    return False


def _column(index: int) -> str:
    return column_name(index + 1)


def check_mixed_encoding(raw: bytes, name: str, *, marked_utf8: bool) -> None:
    """Refuse a file whose lines are partly UTF-8 and partly another encoding.

    Called when the whole file is not valid UTF-8. A file in Windows-1252 alone reads on;
    ``marked_utf8`` (a UTF-8 byte-order mark) says the file meant to be UTF-8 throughout.
    """
    if not marked_utf8 and not _UTF8_SEQUENCE.search(raw):
        return  # the usual Windows-1252 export: not one UTF-8 character in it
    utf8_line, other_line = _first_lines(raw, marked_utf8)
    if other_line is None or utf8_line is None:
        return
    if marked_utf8 and utf8_line == 0:
        raise UnusableInputError(sentence("roster.utf8_marked_mixed", name=name, line=other_line))
    raise UnusableInputError(
        sentence("roster.mixed_encodings", name=name, utf8_line=utf8_line, other_line=other_line)
    )


def _first_lines(raw: bytes, marked_utf8: bool) -> tuple[int | None, int | None]:
    """The first line that is UTF-8 with accents, and the first that is not UTF-8.

    Only lines holding a byte above 127 are looked at. With a byte-order mark, the mark
    itself stands for UTF-8 (reported as line 0).
    """
    utf8_line: int | None = 0 if marked_utf8 else None
    other_line: int | None = None
    number, counted_to, position = 1, 0, 0
    while utf8_line is None or other_line is None:
        found = _NOT_ASCII.search(raw, position)
        if found is None:
            break
        start = raw.rfind(b"\n", 0, found.start()) + 1
        end = raw.find(b"\n", found.start())
        end = len(raw) if end == -1 else end
        number += raw.count(b"\n", counted_to, start)
        counted_to = start
        line = raw[start:end].removeprefix(b"\xef\xbb\xbf")
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            other_line = number if other_line is None else other_line
        else:
            if utf8_line is None and not _ACCIDENTAL_UTF8.search(decoded):
                utf8_line = number
        position = end + 1
    return utf8_line, other_line
