"""The roster's sensitive answers are read only from the rows that hold one (start-up reads
the roster without decoding every participant's answers), and each row keeps its own."""

from __future__ import annotations

from app.db.engine import Database
from app.programs import service as programs
from app.programs.sensitive import annotate_sensitive
from app.roster.service import add_participant, list_participants


def test_each_row_keeps_its_own_sensitive_answers_and_no_others(db: Database) -> None:
    with db.write() as session:
        info = programs.ensure_program_cycle(session, "Kids", "2025-2026", model="cascading")
        role = info.role_ladder[-1]
        answers = {
            "a@x.org": ({"gender": "woman", "style": "coach"}, {}),
            "b@x.org": ({"style": "coach"}, {"background": "Haïtienne", "Club": "chess"}),
            "c@x.org": ({"style": "guide"}, {"Club": "music"}),  # nothing sensitive
            "d@x.org": ({"own_gender": "  "}, {}),  # blank: nothing to show
        }
        for email, (preferences, custom) in answers.items():
            add_participant(
                session,
                info.id,
                role,
                first_name=email[0].upper(),
                last_name="Test",
                email=email,
                preferences=preferences,
                custom_fields=custom,
            )
    with db.read() as session:
        rows = annotate_sensitive(session, info.id, list_participants(session, info.id))
    found = {row.email: dict(row.sensitive) for row in rows}
    assert found == {
        "a@x.org": {"gender": "woman"},
        "b@x.org": {"background": "Haïtienne"},
        "c@x.org": {},
        "d@x.org": {},
    }
