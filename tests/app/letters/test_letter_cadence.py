"""The letters' contact rhythm is each pair's own: its agreement's, else its relation's."""

from __future__ import annotations

from pathlib import Path

from app.agreements.service import AgreementDraft, create_agreement
from app.db.engine import Database
from app.db.models import Program
from app.letters import generate_letters
from app.programs.relations import RelationSettings
from app.programs.service import CycleInfo
from tests.app.letters.conftest import Pairs, letters_of


def _letter_for(letters: list[str], greeting: str) -> str:
    [found] = [text for text in letters if greeting in text]
    return found


def test_letters_say_the_relation_cadence_and_an_agreed_one(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    mentor_role, mentee_role = cycle.role_ladder[:2]
    relation = RelationSettings(mentor_role, mentee_role, cadence_days=21)
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None  # the program-wide cadence stays 60 (the fixture's)
        program.settings = {**program.settings, "relations": [relation.to_dict()]}
        create_agreement(
            session, AgreementDraft(meeting_every_days=14), match_id=pairs.matches["marc-jordan"]
        )
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        generate_letters(session, cycle.id, out)
    letters = letters_of(out)
    text = " ".join(letters)
    assert "every 60 days" not in text and "tous les 60 jours" not in text
    alex = _letter_for(letters, "Dear Alex Smith,")
    assert "stay in touch at least every 21 days" in alex  # the relation's
    zoe = _letter_for(letters, "Zoé Lefèbvre,")
    assert "rester en contact au moins tous les 21 jours" in zoe
    jordan = _letter_for(letters, "Dear Jordan Lee,")
    assert "stay in touch at least every 14 days" in jordan  # the pair's agreement
    marc = _letter_for(letters, "Marc Tremblay,")
    assert "tous les 14 jours" in marc


def test_without_relations_letters_keep_the_program_cadence(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    out = tmp_path / "letters.pdf"
    with db.write() as session:
        generate_letters(session, cycle.id, out)
    alex = _letter_for(letters_of(out), "Dear Alex Smith,")
    assert "stay in touch at least every 60 days" in alex
