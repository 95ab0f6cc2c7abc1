"""The board's PDF labels its bars with the tables' rule: counts from 1 to 4 read "<5"."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF

from app import charts
from app.cli import main
from app.db.engine import Database
from app.reports.model import small
from tests.app.reports.conftest import Program

BAR_LABEL_SIZE = 6.5  # the bar labels' size (app.charts.bars); axes and tables are larger


def _bar_labels(pdf: Path | io.BytesIO) -> list[str]:
    """The texts of the PDF written at the bar labels' size, read back from the file."""
    found: list[str] = []

    def visit(text: str, _cm: object, _tm: object, _font: object, size: float) -> None:
        if text.strip() and abs(size - BAR_LABEL_SIZE) < 0.01:
            found.append(text.strip())

    for page in PdfReader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_one_rule_for_tables_and_bars() -> None:
    assert [small(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    assert [small(n) for n in (3.0, 4.4, 5.0)] == ["<5", "<5", "5"]


def test_a_chart_says_small_counts_as_the_label_asks() -> None:
    series = [("2025-2026", [3, 7, 1])]
    bars = charts.grouped_bars(["Mentor", "Mentee", "Lead"], series, 400, 150, "-", label=small)
    exact = charts.grouped_bars(["Mentor", "Mentee", "Lead"], series, 400, 150, "-")
    said = _bar_labels(io.BytesIO(renderPDF.drawToString(bars)))
    plain = _bar_labels(io.BytesIO(renderPDF.drawToString(exact)))
    assert sorted(said) == ["7", "<5", "<5"]
    assert sorted(plain) == ["1", "3", "7"]  # the window's copy stays exact


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_report_pdf_labels_no_bar_with_a_count_under_five(
    db: Database, db_path: Path, program: Program, tmp_path: Path, lang: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    db.dispose()
    pdf = tmp_path / f"report-{lang}.pdf"
    args = ["report", "--db", str(db_path), "--cycle", "2025-2026", "--pdf", str(pdf)]
    assert main([*args, "--lang", lang]) == 0
    labels = _bar_labels(pdf)
    # The cycle has 2 mentors and 5 mentees, and a pair or two on each contact status:
    # every bar label under five is "<5", none is the exact count.
    assert "<5" in labels, labels
    assert not {"1", "2", "3", "4"} & set(labels), labels
