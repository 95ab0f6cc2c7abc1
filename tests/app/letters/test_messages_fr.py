"""Letters' refusals and batch warnings said in French, their English kept word for word."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from app.db.engine import Database
from app.db.models import Match, Program
from app.errors import UnusableInputError
from app.letters import generate_letters
from app.letters.letterhead import check_logo
from app.letters.templates import load_template
from app.letters.versions import field_values, save_template_version
from app.programs.service import CycleInfo
from app.sentences import NB, Sentence, render
from tests.app.letters.conftest import Pairs


def test_no_confirmed_matches(db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path) -> None:
    with db.write() as session:
        session.execute(update(Match).values(status="proposed"))
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        generate_letters(session, cycle.id, tmp_path / "letters.pdf")
    message = refused.value.message
    assert message == (
        "There are no confirmed matches to write letters for; confirm matches first."
    )
    assert render(message, "fr") == (
        "Aucun jumelage confirmé n'attend de lettre; confirmez d'abord des jumelages."
    )
    assert not (tmp_path / "letters.pdf").exists()


def test_placeholder_refusal_lists_each_field_in_french(db: Database, cycle: CycleInfo) -> None:
    values = field_values(load_template("en"))
    values["greeting"] = "Dear {nmae},"
    with db.write() as session, pytest.raises(UnusableInputError) as refused:
        save_template_version(session, cycle.program_id, "en", values)
    message = refused.value.message
    assert message == (
        "Some placeholders cannot be filled:\n"
        "Subject and introduction › Greeting: {nmae} cannot be filled here."
    )
    assert render(message, "fr") == (
        f"Certains champs variables ne peuvent pas être remplis{NB}:\n"
        f"Subject and introduction › Greeting{NB}: {{nmae}} ne peut pas être rempli ici."
    )


def test_french_letterhead_warning_of_a_batch(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    with db.write() as session:
        program = session.get(Program, cycle.program_id)
        assert program is not None
        program.name = "Paediatrics Mentorship"
    with db.write() as session:
        batch = generate_letters(session, cycle.id, tmp_path / "letters.pdf")
    [warning] = [w for w in batch.warnings if "French letterhead" in w]
    assert warning == (
        "The French letterhead is not filled in (program name, organisation and "
        "coordinator's title): French letters print it in English. Add the French words on "
        "the Letters page, under Edit templates and letterhead → Letterhead."
    )
    assert isinstance(warning, Sentence)
    assert render(warning, "fr") == (
        "L'en-tête en français n'est pas rempli (nom du programme, organisation et titre de "
        f"la coordonnatrice ou du coordonnateur){NB}: les lettres en français l'impriment en "
        "anglais. Ajoutez les mots en français à la page Lettres, sous Modifier les modèles "
        "et l'en-tête → En-tête."
    )


def test_a_logo_that_is_no_image(tmp_path: Path) -> None:
    with pytest.raises(UnusableInputError) as refused:
        check_logo(b"GIF89a not what we take")
    message = refused.value.message
    assert message == "The image is not a PNG or JPEG image; choose a PNG or JPEG logo."
    assert render(message, "fr") == (
        "L'image n'est pas une image PNG ou JPEG; choisissez un logo PNG ou JPEG."
    )
