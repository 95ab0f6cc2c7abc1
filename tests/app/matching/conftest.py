"""Fixtures: a small realistic cycle of resident mentors and medical students."""

from __future__ import annotations

import pytest

from app.db.engine import Database
from app.programs.service import CycleInfo
from tests.factories import add_people, mentee, mentor


@pytest.fixture
def small_cycle(db: Database, cycle: CycleInfo) -> tuple[list[int], list[int]]:
    """Two mentors (capacity 1 and 2) and three mentees with clear best pairs."""
    mentors = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "ana@example.org",
                "Ana",
                interests=["Neonatology", "Research"],
                city="Montréal",
                province="QC",
                languages=["French", "English"],
                preferred_language="fr",
                institution="McGill",
                preferences={"style": "hands-on"},
            ),
            mentor(
                "ben@example.org",
                "Ben",
                interests=["Cardiology", "Advocacy"],
                city="Toronto",
                province="ON",
                languages=["English"],
                institution="Toronto",
                capacity=2,
                preferences={"style": "laid back"},
            ),
        ],
    )
    mentees = add_people(
        db,
        cycle,
        1,
        [
            mentee(
                "chloe@example.org",
                "Chloé",
                interests=["néonatologie", "neonatology", "research"],
                city="Montreal",
                province="QC",
                languages=["French"],
                preferred_language="fr",
                language_source="stated",  # she said so on the form
                institution="Laval",
                preferences={"location": "local", "style": "hands_on"},
            ),
            mentee(
                "dev@example.org",
                "Dev",
                interests=["cardiology"],
                city="Ottawa",
                province="ON",
                institution="Ottawa",
                preferences={"location": "anywhere"},
            ),
            mentee(
                "eli@example.org",
                "Eli",
                interests=["advocacy"],
                city="Toronto",
                province="ON",
                institution="McMaster",
            ),
        ],
    )
    return mentors, mentees
