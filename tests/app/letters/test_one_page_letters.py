"""A match letter fits on one page unless its content truly needs two: every demo letter to
one partner (English and French, with the signature block filled in) is one page; a mentor's
letter presenting two or three mentees may take a second page, never a third."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Cycle
from app.letters.service import (
    adopt_legacy_templates,
    current_templates,
    letter_matches,
    plan_letters,
    render_one,
)


@pytest.fixture
def demo(db: Database) -> Database:
    from app.demo import create_demo

    with db.write() as session:
        create_demo(session, today=dt.date(2026, 10, 1))
    return db


def _pages(db: Database, language: str) -> tuple[Counter[tuple[int, int]], str]:
    """(partners, pages) of every letter of the demo's current cycle, and one letter's text."""
    counts: Counter[tuple[int, int]] = Counter()
    text = ""
    with db.write() as session:
        cycle = session.execute(select(Cycle).order_by(Cycle.id.desc())).scalars().first()
        assert cycle is not None
        matches, _skipped = letter_matches(session, cycle.id, None)
        adopt_legacy_templates(session, cycle.program)
        templates = current_templates(session, cycle.program)
        planned = plan_letters(session, cycle, matches, language, dt.date(2026, 10, 1))
        for letter in planned:
            head = letter.content.head
            assert head.contact_name and head.contact_title  # the signature is filled in
            data, _warnings = render_one(letter, templates)
            reader = PdfReader(io.BytesIO(data))
            counts[(len(letter.content.partners), len(reader.pages))] += 1
            if len(letter.content.partners) == 1 and not text:
                text = reader.pages[0].extract_text()
    return counts, text


@pytest.mark.parametrize(
    ("language", "closing"),
    [("en", "Dr. Hélène Morin (mentorship@example.org)"), ("fr", "Avec nos meilleurs vœux")],
)
def test_letters_to_one_partner_fit_one_page(demo: Database, language: str, closing: str) -> None:
    counts, text = _pages(demo, language)
    single = {pages: n for (partners, pages), n in counts.items() if partners == 1}
    assert single and set(single) == {1}, counts
    # The whole signature block is on that one page (its title and organisation share a
    # line), with the closing sentence.
    assert "Program coordinator, Fictional Paediatric Society" in text
    assert closing in text
    assert max(pages for (_partners, pages) in counts) <= 2, counts
