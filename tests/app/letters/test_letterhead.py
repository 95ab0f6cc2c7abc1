"""The letterhead settings and the logo kept in the database."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.db.engine import Database
from app.db.models import Program
from app.errors import UnusableInputError
from app.letters import generate_letters
from app.letters.letterhead import (
    MAX_LOGO_BYTES,
    LetterheadSettings,
    load_letterhead,
    read_logo_file,
    save_letterhead,
)
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, pdf_text


def tiny_png() -> bytes:
    """A 2x1 blue PNG, built by hand so the test needs no image library."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\x1f\x4e\x79" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def image_xobjects(path: Path) -> int:
    resources: Any = PdfReader(path).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return sum(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def _settings(**fields: str) -> LetterheadSettings:
    values = {
        "program": "ignored",
        "organisation": "Société & <Partners>",
        "contact_name": "Dr Ada Lovelace",
        "contact_title": "Coordinator",
        "contact_email": "ada@example.org",
        "contact_phone": "613-555-0100",
        **fields,
    }
    return LetterheadSettings(**values)


def test_logo_is_stored_in_the_database_and_drawn(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(tiny_png())
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings(), read_logo_file(logo))
    logo.unlink()  # the letters no longer need the file
    with db.read() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        assert base64.b64decode(program.settings["letterhead"]["logo"]) == tiny_png()
        assert load_letterhead(session, cycle.program_id).organisation == "Société & <Partners>"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, tmp_path / "with.pdf")
    assert not any("logo" in w for w in batch.warnings)
    assert image_xobjects(tmp_path / "with.pdf") == 1
    text = pdf_text(tmp_path / "with.pdf")
    assert "Société & <Partners>" in text and "613-555-0100" in text

    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings(), None)  # remove the logo
        generate_letters(session, cycle.id, tmp_path / "without.pdf")
    assert image_xobjects(tmp_path / "without.pdf") == 0


def test_logo_keeps_when_only_the_text_changes(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        save_letterhead(session, cycle.program_id, _settings(), tiny_png())
        save_letterhead(session, cycle.program_id, _settings(contact_name="Grace Hopper"))
    with db.read() as session:
        head = load_letterhead(session, cycle.program_id)
    assert head.logo == tiny_png() and head.contact_name == "Grace Hopper"


def test_files_that_are_not_logos_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.png"
    text.write_text("not an image")
    with pytest.raises(UnusableInputError, match="not a PNG or JPEG"):
        read_logo_file(text)
    broken = tmp_path / "broken.png"
    broken.write_bytes(tiny_png()[:20])
    with pytest.raises(UnusableInputError, match="could not be read"):
        read_logo_file(broken)
    big = tmp_path / "big.png"
    big.write_bytes(tiny_png() + b"\0" * MAX_LOGO_BYTES)
    with pytest.raises(UnusableInputError, match="under 1 MB"):
        read_logo_file(big)
    with pytest.raises(UnusableInputError, match="Could not read"):
        read_logo_file(tmp_path / "missing.png")
