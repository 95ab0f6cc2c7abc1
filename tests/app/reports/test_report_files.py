"""``mentordesk report`` through ``app.cli.main``: the JSON document, the PDF and the
workbook read back, and destinations that must be refused (nothing written)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader

from app.cli import main
from app.db.engine import Database
from tests.app.reports.conftest import Program
from tests.shots import pdf_pages, shots_dir

SHOTS = shots_dir("reports")


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_document_has_the_contract_keys(
    db: Database, db_path: Path, program: Program, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    code, out, _err = _run(capsys, "report", "--db", str(db_path), "--cycle", "2025-2026", "--json")
    assert code == 0
    document = json.loads(out)
    for key in (
        "cycle",
        "participants",
        "matches",
        "groups",
        "meetings",
        "overdue_matches",
        "match_rate",
        "closures",
        "surveys",
        "previous_cycles",
    ):
        assert key in document
    assert document["participants"] == {"Resident mentor": 2, "Medical student": 5}
    assert document["matches"]["ended"] == 1
    assert document["groups"] == 1
    assert document["meetings"] == 3
    assert document["match_rate"] == 75.0
    assert document["closures"] == {"moved": 1}
    survey = document["surveys"]["End of year"]
    assert survey["responses"] == 3
    assert survey["questions"][0]["overall"] == {"Yes": 2, "No": 1}
    assert document["previous_cycles"] == []
    # Aggregates only: no email or name of anyone taking part.
    assert "@" not in out and "Zoe" not in out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_pdf_and_workbook_read_back(
    db: Database,
    db_path: Path,
    program: Program,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    db.dispose()
    pdf, xlsx = tmp_path / f"report-{lang}.pdf", tmp_path / f"report-{lang}.xlsx"
    code, out, err = _run(
        capsys,
        "report",
        "--db",
        str(db_path),
        "--cycle",
        "2025-2026",
        "--pdf",
        str(pdf),
        "--xlsx",
        str(xlsx),
        "--lang",
        lang,
    )
    assert (code, err) == (0, "")
    assert f"Wrote {pdf}" in out
    reader = PdfReader(pdf)
    # Cells wrap and pypdf may decompose accents: compare words, normalised.
    raw = " ".join(page.extract_text() for page in reader.pages)
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    assert len(reader.pages) >= 2
    if lang == "fr":
        assert "Rapport du programme 2025-2026" in text and "Taux de jumelage" in text
        assert "Déménagement" in text and "Aucune donnée ce cycle" in text
    else:
        assert "Program report 2025-2026" in text and "Match rate" in text
        assert "Moved away" in text and "No data this cycle" in text
    assert "Zoe" not in text and "@m.example.org" not in text
    sheets = pd.read_excel(xlsx, sheet_name=None, engine="openpyxl")
    names = list(sheets)
    summary = sheets[names[0]]
    if lang == "fr":
        assert names[:3] == ["Sommaire", "Participants", "Jumelage"]
        assert summary.iloc[1].tolist() == ["Taux de jumelage (%)", 75]
    else:
        assert names == [
            "Summary",
            "Participants",
            "Matching",
            "Not matched",
            "Engagement",
            "Modes",
            "Topics",
            "Closures",
            "Surveys",
            "Goals",
            "Measures",
        ]
        assert summary.iloc[0].tolist() == ["Participants", 7]
        # One closure (moved away): fewer than five, so the board's copy says "<5".
        assert sheets["Closures"].iloc[0].tolist() == ["Moved away", "<5"]
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        pdf_pages(pdf, SHOTS / f"pdf-{lang}", 70)


def test_onto_the_database_is_refused_and_nothing_written(
    db: Database,
    db_path: Path,
    program: Program,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db.dispose()
    before = db_path.read_bytes()
    listing = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = _run(
        capsys, "report", "--db", str(db_path), "--cycle", "2025-2026", "--pdf", str(db_path)
    )
    assert code == 3 and out == ""
    assert err == (
        f"mentordesk: “{db_path}” is your MentorDesk database; choose another file name for "
        "the report.\n"
    )
    assert db_path.read_bytes() == before
    wal = Path(f"{db_path}-wal")
    code, _out, err = _run(
        capsys,
        "report",
        "--db",
        str(db_path),
        "--cycle",
        "2025-2026",
        "--pdf",
        str(tmp_path / "fine.pdf"),
        "--xlsx",
        str(wal),
    )
    assert code == 3 and "working file of your MentorDesk database" in err
    assert not (tmp_path / "fine.pdf").exists()  # refused before anything was built
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_one_file_for_both_is_refused(
    db: Database,
    db_path: Path,
    program: Program,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db.dispose()
    both = tmp_path / "report.out"
    code, _out, err = _run(
        capsys,
        "report",
        "--db",
        str(db_path),
        "--cycle",
        "2025-2026",
        "--pdf",
        str(both),
        "--xlsx",
        str(both),
    )
    assert code == 2 and "choose two file names" in err
    assert not both.exists()


def test_workbook_neutralises_formulas_and_hides_small_groups(
    db: Database,
    db_path: Path,
    program: Program,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.db.models import Survey

    with db.write() as session:
        survey = session.query(Survey).one()
        survey.name = '=HYPERLINK("http://example.org","x")'
    db.dispose()
    xlsx = tmp_path / "board.xlsx"
    code, _out, _err = _run(
        capsys, "report", "--db", str(db_path), "--cycle", "2025-2026", "--xlsx", str(xlsx)
    )
    assert code == 0
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx)["Surveys"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Survey", "Question", "Answer", "All", "Resident mentor", "Medical student"]
    assert rows[1][0] == '\'=HYPERLINK("http://example.org","x")'
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    # One mentor and two students answered: fewer than five, so no breakdown by role.
    assert rows[1][2:] == ["Yes", "<5", "–", "–"]
    assert rows[2][2:] == ["No", "<5", "–", "–"]


def test_an_unknown_cycle_is_one_sentence(
    db: Database, db_path: Path, program: Program, capsys: pytest.CaptureFixture[str]
) -> None:
    db.dispose()
    code, out, err = _run(capsys, "report", "--db", str(db_path), "--cycle", "1999", "--json")
    assert (code, out) == (2, "")
    assert err.startswith("mentordesk: ") and err.count("\n") == 1 and "1999" in err


@pytest.mark.parametrize(
    ("target", "code", "words"),
    [
        ("{db}.lock", 3, "choose another file name for the report"),
        ("{tmp}", 2, "is a folder"),
        ("{tmp}/missing/report.pdf", 2, "does not exist"),
    ],
)
def test_other_hostile_destinations(
    db: Database,
    db_path: Path,
    program: Program,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    target: str,
    code: int,
    words: str,
) -> None:
    db.dispose()
    path = target.format(db=db_path, tmp=tmp_path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    got, out, err = _run(
        capsys, "report", "--db", str(db_path), "--cycle", "2025-2026", "--pdf", path
    )
    assert (got, out) == (code, "")
    assert err.startswith("mentordesk: ") and words in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == listing
