"""A person's export writes their answers as labels in their own language, not as keys."""

from __future__ import annotations

import json
from pathlib import Path

from app.catalogue import rename_value
from app.db.engine import Database
from app.db.models import Participant
from app.matching.service import create_manual_match
from app.programs.service import CycleInfo
from app.stewardship.service import export_person, write_person_export
from tests.factories import add_people, mentee, mentor


def _person(db: Database, participant_id: int) -> int:
    with db.read() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        return participant.person_id


def _people(db: Database, cycle: CycleInfo) -> tuple[int, int]:
    (marc,) = add_people(
        db,
        cycle,
        0,
        [
            mentor(
                "marc@example.org",
                "Marc",
                "Tremblay",
                preferred_language="fr",
                province="Quebec",
                languages=["French", "English"],
                stage="r3",
                interests=["global_health", "research", "Ukulele therapy"],
                preferences={"style": "hands_on", "location": "anywhere"},
            )
        ],
    )
    (jordan,) = add_people(
        db,
        cycle,
        1,
        [
            mentee(
                "jordan@example.org",
                "Jordan",
                "Lee",
                preferred_language="en",
                province="British Columbia",
                stage="ms2",
                interests=["global_health"],
                preferences={"style": "laid_back"},
            )
        ],
    )
    with db.write() as session:
        create_manual_match(session, cycle.id, marc, jordan)
    return marc, jordan


def test_a_french_readers_export_says_their_answers_in_french(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    marc, _ = _people(db, cycle)
    with db.write() as session:  # the program's own label is the one written
        rename_value(session, cycle.program_id, "stage", "r3", "Senior resident", "Résident sénior")
    out = tmp_path / "marc.json"
    write_person_export(db, _person(db, marc), out)
    data = json.loads(out.read_text(encoding="utf-8"))

    assert data["person"]["province"] == "Québec"
    assert data["person"]["languages"] == ["Français", "Anglais"]
    (participation,) = data["participations"]
    assert participation["stage"] == "Résident sénior"
    assert participation["interests"] == ["Santé mondiale", "Recherche", "Ukulele therapy"]
    assert participation["preferences"] == {
        "style": "Encadrement soutenu",
        "location": "Partout au pays",
    }
    (match,) = data["matches"]
    assert any("Santé mondiale" in reason for reason in match["reasons"])
    assert "global_health" not in out.read_text(encoding="utf-8")


def test_an_english_readers_export_says_their_answers_in_english(
    db: Database, cycle: CycleInfo
) -> None:
    _, jordan = _people(db, cycle)
    with db.read() as session:
        data = export_person(session, _person(db, jordan))
    assert data["person"]["province"] == "British Columbia"
    (participation,) = data["participations"]
    assert participation["stage"] == "MS2 (medical school year 2)"
    assert participation["interests"] == ["Global health"]
    assert participation["preferences"] == {"style": "Laid-back"}
    assert any("Global health" in reason for reason in data["matches"][0]["reasons"])
