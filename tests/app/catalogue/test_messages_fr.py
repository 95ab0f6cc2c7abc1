"""Catalogue refusals, said in French by the window and unchanged in English."""

from __future__ import annotations

import pytest

from app.catalogue import add_value, map_answer, merge_values, rename_value
from app.catalogue.usage import value_usage
from app.db.engine import Database
from app.errors import MentorDeskError, NotFoundError, RuleViolationError, UnusableInputError
from app.programs.service import CycleInfo
from app.sentences import NB, Sentence, render


def said(error: pytest.ExceptionInfo[MentorDeskError]) -> tuple[str, str]:
    message = error.value.message
    assert isinstance(message, Sentence)
    return str(message), render(message, "fr")


def test_merging_a_value_with_itself_is_refused_in_french(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(RuleViolationError) as caught, db.write() as session:
        merge_values(session, cycle.program_id, "interests", "oncology", "oncology")
    assert said(caught) == (
        "A catalogue value cannot be merged with itself.",
        "Une valeur du catalogue ne peut pas être fusionnée avec elle-même.",
    )


def test_merging_an_unknown_value_names_it_in_french(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(NotFoundError) as caught, db.write() as session:
        merge_values(session, cycle.program_id, "interests", "oncology", "astrology")
    assert said(caught) == (
        "“astrology” is not a value of the catalogue of interests.",
        f"«{NB}astrology{NB}» n'est pas une valeur du catalogue interests.",
    )


def test_a_label_already_taken_is_refused_in_french(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(RuleViolationError) as caught, db.write() as session:
        add_value(session, cycle.program_id, "interests", "Neonatology", "")
    english, french = said(caught)
    assert english == "“Neonatology” is already in the catalogue as “Neonatology”."
    assert french == f"«{NB}Neonatology{NB}» figure déjà au catalogue sous «{NB}Neonatology{NB}»."


def test_other_catalogue_refusals_are_said_in_french(db: Database, cycle: CycleInfo) -> None:
    with pytest.raises(UnusableInputError) as labels, db.write() as session:
        rename_value(session, cycle.program_id, "interests", "oncology", " ", "")
    assert said(labels) == (
        "A catalogue value needs an English or a French label.",
        "Une valeur du catalogue doit avoir un libellé anglais ou français.",
    )
    with pytest.raises(UnusableInputError) as empty, db.write() as session:
        map_answer(session, cycle.program_id, "interests", "  ", "oncology")
    assert said(empty) == (
        "An empty answer cannot be mapped to a catalogue value.",
        "Une réponse vide ne peut pas être associée à une valeur du catalogue.",
    )
    with pytest.raises(UnusableInputError) as field, db.read() as session:
        value_usage(session, cycle.program_id, "shoe_size")
    assert said(field) == (
        "“shoe_size” is not a field with a catalogue of answers.",
        f"«{NB}shoe_size{NB}» n'est pas un champ doté d'un catalogue de réponses.",
    )
    with pytest.raises(NotFoundError) as program, db.write() as session:
        add_value(session, cycle.program_id + 50, "interests", "Astrology", "Astrologie")
    assert said(program) == ("That program no longer exists.", "Ce programme n'existe plus.")
