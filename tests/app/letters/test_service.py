"""generate_letters against a real SQLite database, read back with pypdf."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models import AuditEvent, LetterRecord, Match, Person
from app.errors import OperationCancelled, UnusableInputError
from app.letters import generate_letters, load_template
from app.letters.files import sha256_of
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, add_match, letters_of, pdf_text
from tests.factories import add_people, mentee, mentor


def _letter_for(letters: list[str], greeting: str) -> str:
    found = [text for text in letters if greeting in text]
    assert len(found) == 1, f"expected one letter with {greeting!r}, found {len(found)}"
    return found[0]


def test_one_letter_per_recipient_with_the_right_partners(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, out)

    assert batch.path == out
    assert (batch.letters, batch.recipients) == (5, 5)
    assert batch.files == [out]
    assert batch.language_counts == {"en": 3, "fr": 2}
    letters = letters_of(out)
    assert len(letters) == 5

    siobhan = _letter_for(letters, "Dear Siobhán O'Brien & <Co>,")
    assert "Your mentees" in siobhan
    assert "Zoé Lefèbvre" in siobhan and "Alex Smith" in siobhan
    assert "within 10 days" in siobhan and "reach out to them yourself" in siobhan

    alex = _letter_for(letters, "Dear Alex Smith,")
    assert "Your mentor" in alex and "Siobhán O'Brien & <Co> (she/her)" in alex
    assert "514-555-0199" in alex  # Siobhán shares her phone
    assert "Jordan" not in alex and "Marc" not in alex

    jordan = _letter_for(letters, "Dear Jordan Lee,")
    assert "Marc Tremblay" in jordan
    assert "418-555-0111" not in jordan  # Marc does not share his phone
    assert "Global health" in jordan

    assert "Pat Proposed" not in " ".join(letters)  # only proposed: no letter, not named


def test_french_letters_for_french_speakers(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        generate_letters(session, cycle.id, out)
    letters = letters_of(out)
    zoe = _letter_for(letters, "Bonjour Zoé Lefèbvre,")
    assert "Votre mentor" in zoe and "Siobhán O'Brien & <Co>" in zoe
    assert "Pourquoi ce jumelage" in zoe and "Both interested in research" in zoe
    assert "La recherche dans la spécialité" in zoe  # topic from the shared interest
    assert "du 1er octobre 2025 au 15 juin 2026" in zoe
    marc = _letter_for(letters, "Bonjour Marc Tremblay,")
    assert "Votre mentoré" in marc and "Jordan Lee" in marc


def test_forced_language_overrides_preferences(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, out, lang="fr")
    assert batch.language_counts == {"fr": 5}
    assert "Dear " not in pdf_text(out)
    with db.write() as session, pytest.raises(UnusableInputError):
        generate_letters(session, cycle.id, out, lang="de")


def test_fonts_are_embedded(db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path) -> None:
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        generate_letters(session, cycle.id, out)
    seen = set()
    for page in PdfReader(out).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen


def test_records_status_and_audit(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        generate_letters(session, cycle.id, out)
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    with db.read() as session:
        records = session.scalars(select(LetterRecord)).all()
        session.expunge_all()  # keep the loaded values after the read rolls back
        statuses = {row.id: row.status for row in session.execute(select(Match.id, Match.status))}
        notified_at = session.scalar(
            select(Match.notified_at).where(Match.id == pairs.matches["siobhan-zoe"])
        )
        actions = session.scalars(select(AuditEvent.action)).all()
    # one record per letter per match: 3 matches x (mentee letter + mentor letter)
    assert len(records) == 6
    by_pair = {(r.match_id, r.recipient_id) for r in records}
    assert (pairs.matches["siobhan-zoe"], pairs.siobhan) in by_pair
    assert (pairs.matches["siobhan-zoe"], pairs.zoe) in by_pair
    zoe_record = next(r for r in records if r.recipient_id == pairs.zoe)
    assert zoe_record.language == "fr"
    assert zoe_record.template_version == load_template("fr").version
    assert zoe_record.file_name == "letters.pdf"
    assert zoe_record.file_sha256 == sha256_of(out)
    # Writing letters does not notify: marking them as sent does (app.letters.sent).
    assert statuses[pairs.matches["siobhan-zoe"]] == "confirmed"
    assert statuses[pairs.matches["marc-jordan"]] == "active"
    assert statuses[pairs.matches["marc-pat"]] == "proposed"
    assert notified_at is None
    assert "letters" in actions and "set_status:notified" not in actions


def test_per_letter_files_are_named_safely(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    folder = tmp_path / "each"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, None, per_letter_dir=folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "2025-2026 - Lee, Jordan - mentee.pdf",
        "2025-2026 - Lefèbvre, Zoé - mentee.pdf",
        "2025-2026 - O'Brien & Co, Siobhán - mentor.pdf",
        "2025-2026 - Smith, Alex - mentee.pdf",
        "2025-2026 - Tremblay, Marc - mentor.pdf",
    ]
    assert batch.path is None and sorted(p.name for p in batch.files) == names
    zoe = pdf_text(folder / "2025-2026 - Lefèbvre, Zoé - mentee.pdf")
    assert "Bonjour Zoé Lefèbvre," in zoe and "Alex" not in zoe
    with db.read() as session:
        file_name, sha = session.execute(
            select(LetterRecord.file_name, LetterRecord.file_sha256).where(
                LetterRecord.recipient_id == pairs.zoe
            )
        ).one()
    assert file_name == "2025-2026 - Lefèbvre, Zoé - mentee.pdf"
    assert sha == sha256_of(folder / file_name)


def test_only_chosen_matches_and_pad_to_even(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    out = tmp_path / "letters.pdf"
    chosen = [pairs.matches["marc-jordan"], pairs.matches["marc-pat"]]
    with db.write() as session:
        batch = generate_letters(session, cycle.id, out, match_ids=chosen, pad_to_even=True)
    assert batch.letters == 2
    assert any("not confirmed" in w for w in batch.warnings)
    assert len(PdfReader(out).pages) % 2 == 0
    assert len(letters_of(out)) == 2


def test_no_confirmed_matches_is_refused(db: Database, cycle: CycleInfo, tmp_path: Path) -> None:
    mentor_id, mentee_id = add_people(db, cycle, 0, [mentor("m@example.org", "Mo")]) + add_people(
        db, cycle, 1, [mentee("s@example.org", "Sam")]
    )
    add_match(db, cycle.id, mentor_id, mentee_id, status="proposed")
    with db.write() as session, pytest.raises(UnusableInputError, match="confirm matches first"):
        generate_letters(session, cycle.id, tmp_path / "letters.pdf")
    assert not (tmp_path / "letters.pdf").exists()


def test_cancel_writes_nothing(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    folder = tmp_path / "each"
    checks: list[int] = []

    def cancel_after_two_letters() -> bool:
        checks.append(1)
        return len(checks) > 2

    before = set(tmp_path.iterdir())
    with pytest.raises(OperationCancelled), db.write() as session:
        generate_letters(
            session,
            cycle.id,
            tmp_path / "letters.pdf",
            per_letter_dir=folder,
            is_cancelled=cancel_after_two_letters,
        )
    assert len(checks) == 3
    assert set(tmp_path.iterdir()) == before  # no PDF, no temporary file, no folder
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(LetterRecord)) == 0
        assert (
            session.scalar(select(Match.status).where(Match.id == pairs.matches["siobhan-zoe"]))
            == "confirmed"
        )


def test_progress_reaches_the_total(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    with db.write() as session:
        generate_letters(
            session,
            cycle.id,
            tmp_path / "letters.pdf",
            per_letter_dir=tmp_path / "each",
            progress=lambda done, total: seen.append((done, total)),
        )
    assert seen[-1] == (10, 10)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_name_the_font_cannot_print_is_warned(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    (mentor_id,) = add_people(db, cycle, 0, [mentor("wang@example.org", "伟", "王")])
    (mentee_id,) = add_people(db, cycle, 1, [mentee("ana@example.org", "Ana", "Silva")])
    add_match(db, cycle.id, mentor_id, mentee_id)
    with db.write() as session:
        batch = generate_letters(session, cycle.id, tmp_path / "letters.pdf")
        person = session.scalars(select(Person).where(Person.email_key == "wang@example.org")).one()
        assert person.display_name == "伟 王"
    assert batch.letters == 2 and (tmp_path / "letters.pdf").exists()
    assert len(batch.warnings) == 1
    assert "伟 王" in batch.warnings[0]
    assert "Ana Silva" not in batch.warnings[0]


def test_missing_logo_is_warned_and_a_real_logo_is_drawn(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    from app.db.models import Program

    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {**program.settings, "logo_path": str(tmp_path / "missing.png")}
    with db.write() as session:
        batch = generate_letters(session, cycle.id, tmp_path / "a.pdf")
    assert any("logo" in w for w in batch.warnings)
    assert not _has_image(tmp_path / "a.pdf")

    logo = tmp_path / "logo.png"
    logo.write_bytes(_tiny_png())
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.settings = {**program.settings, "logo_path": str(logo)}
        batch = generate_letters(session, cycle.id, tmp_path / "b.pdf")
    assert not any("logo" in w for w in batch.warnings)
    assert _has_image(tmp_path / "b.pdf")


def _has_image(path: Path) -> bool:
    resources: Any = PdfReader(path).pages[0]["/Resources"]
    xobjects = resources.get("/XObject", {})
    return any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())


def _tiny_png() -> bytes:
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


def test_unusable_destinations_are_refused(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    with db.write() as session:
        with pytest.raises(UnusableInputError, match="does not exist"):
            generate_letters(session, cycle.id, tmp_path / "nowhere" / "letters.pdf")
        with pytest.raises(UnusableInputError, match="Choose a PDF file or a folder"):
            generate_letters(session, cycle.id, None)
    assert list(tmp_path.glob("**/*.pdf")) == []
