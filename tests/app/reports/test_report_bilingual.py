"""The report's PDF in both languages: two complete versions one after the other, each
with its one-page summary first, read back with pypdf and rendered as PNG pages."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.db.engine import Database
from app.letters.letterhead import program_letterhead
from app.reports import build_report
from app.reports.pdf import report_pdf
from tests.app.reports.conftest import Program
from tests.shots import pdf_pages, shots_dir

SHOTS = shots_dir("charts")


def _pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in reader.pages]


def _alone(db: Database, program: Program, lang: str) -> list[str]:
    from app.db.models import Cycle
    from app.db.models import Program as ProgramRow

    with db.read() as session:
        report = build_report(session, program.cycle.id)
        cycle = session.get(Cycle, program.cycle.id)
        assert cycle is not None
        head = program_letterhead(session.get(ProgramRow, cycle.program_id))
        return _pages(report_pdf(report, lang, head))


def test_the_cli_writes_both_versions_by_default(
    db: Database, db_path: Path, program: Program, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    english, french = _alone(db, program, "en"), _alone(db, program, "fr")
    db.dispose()
    pdf = tmp_path / "board.pdf"
    code = main(["report", "--db", str(db_path), "--cycle", "2025-2026", "--pdf", str(pdf)])
    _out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    pages = _pages(pdf.read_bytes())
    # English first, then French, each complete: as many pages as the two alone.
    assert len(pages) == len(english) + len(french)
    begins = len(english) + 1
    assert "Program report 2025-2026" in pages[0]
    assert "Match rate" in pages[0] and "Taux de jumelage" not in pages[0]
    assert f"La version française de ce rapport commence à la page {begins}." in pages[0]
    first_french = pages[begins - 1]
    assert "Rapport du programme 2025-2026" in first_french and "Taux de jumelage" in first_french
    assert "Match rate" not in first_french
    assert "Page 1" in pages[0] and f"Page {begins}" in first_french
    text = " ".join(pages)
    for heading in ("Matching", "Jumelage", "Measures of effective practice", "Sondages"):
        assert heading in text, heading
    outline = PdfReader(pdf).outline
    assert [entry.title for entry in outline] == ["English version", "Version française"]
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        pdf_pages(pdf, SHOTS / "report-both", 60)


def test_one_language_when_asked(
    db: Database, db_path: Path, program: Program, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    db.dispose()
    pdf = tmp_path / "rapport.pdf"
    code = main(
        ["report", "--db", str(db_path), "--cycle", "2025-2026", "--pdf", str(pdf), "--lang", "fr"]
    )
    capsys.readouterr()
    assert code == 0
    text = " ".join(_pages(pdf.read_bytes()))
    assert "Rapport du programme 2025-2026" in text
    assert "Program report" not in text and "English version" not in text
    assert "version française" not in text.lower()


def test_french_first_when_the_window_is_in_french(db: Database, program: Program) -> None:
    from app.db.models import Cycle
    from app.db.models import Program as ProgramRow

    with db.read() as session:
        report = build_report(session, program.cycle.id)
        cycle = session.get(Cycle, program.cycle.id)
        assert cycle is not None
        head = program_letterhead(session.get(ProgramRow, cycle.program_id))
        pages = _pages(report_pdf(report, "both", head, first="fr"))
    assert "Rapport du programme" in pages[0]
    assert "The English version of this report begins on page" in pages[0]
