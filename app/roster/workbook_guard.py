"""Checking a workbook before the spreadsheet library opens it.

The library (calamine, native code) believes what a file says: a few megabytes can unzip
to gigabytes that it then holds in memory, and one far cell makes it allocate a whole
grid up front (``sheet_grid``). So every zip part is inflated here first, in pieces of at
most a megabyte and without trusting the sizes the archive declares, and each sheet is
scanned for the grid it would make the library allocate. A refusal comes before anything
large is held in memory.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator

from app.errors import UnusableInputError
from app.roster.messages import sentence
from app.roster.sheet_grid import OdsScan, SheetScan, Unusual
from app.sentences import Sentence

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
_CHUNK = MIB  # inflated bytes handed to a scan at a time
_FEED = 64 * 1024  # stored bytes given to the decompressor at a time
_MAX_CARRY = 8 * MIB  # text between two tags; a real cell holds at most 32,767 characters
_LOCAL_HEADER = struct.Struct("<4s22xHH")


def check_workbook(raw: bytes, name: str, fmt: str) -> None:
    """Refuse ``raw`` with one sentence if reading it could exhaust memory or abort."""
    if len(raw) > MAX_WORKBOOK_BYTES:
        workbook = sentence("roster.kind.workbook")
        raise UnusableInputError(too_large(name, len(raw), MAX_WORKBOOK_BYTES, workbook))
    if fmt not in ("xlsx", "ods"):
        return  # an .xls grid is bounded by its format (65,536 × 256 cells)
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        parts = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise UnusableInputError(sentence("roster.workbook_invalid", name=name)) from exc
    _check_declared(parts, name)
    budget = _Budget(name)
    view = memoryview(raw)
    for part in parts:
        if fmt == "ods" and part.filename == "content.xml":
            _scan(_inflate(view, part, budget), OdsScan(name))
        elif fmt == "xlsx":
            _scan_xlsx_part(view, part, budget, name)
        else:
            for _ in _inflate(view, part, budget):
                pass


def too_large(name: str, size: int, limit: int, what: Sentence) -> Sentence:
    """The refusal of a file of ``size`` bytes; ``what`` is a kind ("a workbook")."""
    return sentence(
        "roster.too_large", name=name, size_mb=size / MIB, what=what, limit_mb=limit / MIB
    )


def _unsafe(name: str, reason: Sentence) -> UnusableInputError:
    return UnusableInputError(sentence("roster.unsafe", name=name, reason=reason))


def _check_declared(parts: list[zipfile.ZipInfo], name: str) -> None:
    """What the archive declares, refused before anything is inflated."""
    if len(parts) > MAX_PARTS:
        raise _unsafe(name, sentence("roster.unsafe.parts", count=len(parts)))
    if any(p.filename == "xl/workbook.bin" for p in parts):
        raise UnusableInputError(sentence("roster.workbook_xlsb", name=name))
    total = 0
    for part in parts:
        if part.flag_bits & 0x1:
            raise UnusableInputError(sentence("roster.workbook_damaged", name=name))
        _check_part_size(name, part, part.file_size)
        total += part.file_size
    if total > MAX_INFLATED_BYTES:
        raise _unsafe(name, _inflated_reason())


def _inflated_reason() -> Sentence:
    return sentence("roster.unsafe.inflated", limit_mb=MAX_INFLATED_BYTES // MIB)


def _check_part_size(name: str, part: zipfile.ZipInfo, inflated: int) -> None:
    if inflated > MAX_INFLATED_BYTES:
        limit_mb = MAX_INFLATED_BYTES // MIB
        reason = sentence("roster.unsafe.part_inflated", part=part.filename, limit_mb=limit_mb)
        raise _unsafe(name, reason)
    if inflated > RATIO_FLOOR and inflated > MAX_RATIO * max(part.compress_size, 1):
        raise _unsafe(name, sentence("roster.unsafe.ratio", part=part.filename, ratio=MAX_RATIO))


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
        raise UnusableInputError(sentence("roster.workbook_damaged", name=name))
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
        raise UnusableInputError(sentence("roster.workbook_damaged", name=name))
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
        raise UnusableInputError(sentence("roster.workbook_damaged", name=name)) from exc
    if piece:
        budget.add(len(piece))
        yield piece


def _scan(pieces: Iterator[bytes], scan: SheetScan | OdsScan) -> None:
    """Hand ``scan`` whole tags only: each buffer is cut before its last ``<``."""
    carry = b""
    for piece in pieces:
        buffer = carry + piece if carry else piece
        cut = buffer.rfind(b"<")
        if cut <= 0:
            carry = buffer
            if len(carry) > _MAX_CARRY:
                raise UnusableInputError(sentence("roster.workbook_damaged", name=scan.name))
            continue
        scan.feed(buffer[:cut])
        carry = buffer[cut:]
    if carry:
        scan.feed(carry)


def _scan_xlsx_part(raw: memoryview, part: zipfile.ZipInfo, budget: _Budget, name: str) -> None:
    # Every part is scanned, not only xl/worksheets/: the workbook's relationships may name
    # any part as a sheet, and the library reads whatever they name.
    try:
        _scan(_inflate(raw, part, budget), SheetScan(name, quick=True))
    except Unusual:
        _scan(_inflate(raw, part, budget), SheetScan(name, quick=False))
