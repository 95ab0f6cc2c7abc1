"""The printable survey (read back, and rendered to PNG pages for a look), the question list
for Forms, and the surveys a new cycle inherits from the one it rolls over."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import func, select

from app.cycles.rollover import create_next_cycle
from app.db.engine import Database
from app.db.models import Program, Survey, SurveyQuestion, SurveyResponse
from app.errors import SafetyError
from app.surveys import service
from app.surveys.distribution import (
    printed_survey,
    question_list,
    write_question_list,
    write_survey_pdf,
)
from app.surveys.importer import import_survey_answers
from tests.app.meetings.conftest import Pairs
from tests.app.surveys.conftest import ZOE, write_csv
from tests.shots import shots_dir

SHOTS = shots_dir("surveys")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_printed_survey_reads_back(
    db: Database, pairs: Pairs, tmp_path: Path, language: str
) -> None:
    with db.write() as session:
        survey_id = service.create_from_template(session, pairs.cycle.id, "mentor_reflection")
        program = session.scalars(select(Program)).one()
        program.name = "Programme de mentorat <pédiatrie> & co"
    out = tmp_path / f"reflection-{language}.pdf"
    with db.read() as session:
        pages = write_survey_pdf(session, survey_id, language, out)
    assert pages >= 1
    text = " ".join(_text(out).split())
    assert "Programme de mentorat <pédiatrie> & co" in text
    if language == "fr":
        assert "Réflexion des mentors" in text
        assert "Dans une très grande mesure" in text
        assert "Le mentorat a-t-il contribué à votre développement professionnel?" in text
        assert "Votre courriel" in text
    else:
        assert "Mentor reflection" in text
        assert "To a very high extent" in text
        assert "Has mentoring led you to reflect on your own practice?" in text
    assert text.count("\u2610") == 3 * 4 + 2  # three extent questions and one yes/no
    if shutil.which("pdftoppm"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        prefix = SHOTS / f"printed-{language}"
        subprocess.run(["pdftoppm", "-r", "70", "-png", str(out), str(prefix)], check=True)
        assert list(SHOTS.glob(f"printed-{language}*.png"))


def test_the_question_list_for_forms(db: Database, pairs: Pairs, tmp_path: Path) -> None:
    with db.write() as session:
        survey_id = service.create_from_template(session, pairs.cycle.id, "end_of_year")
        french = question_list(printed_survey(session, survey_id, "fr"))
        out = write_question_list(session, survey_id, "en", tmp_path / "questions.txt")
    blocks = french.strip().split("\n\n")
    assert blocks[0] == "Évaluation du programme en fin d'année"
    assert blocks[1].splitlines() == [
        "1. Dans l'ensemble, votre participation au programme a-t-elle été une expérience "
        "positive?",
        "[Un seul choix · Obligatoire]",
        "Oui",
        "Non",
    ]
    assert blocks[4].splitlines()[1] == "[Plusieurs choix possibles]"
    english = out.read_text(encoding="utf-8")
    assert "3. Has the program increased your interest in the specialty?\n[Choose one]\n" in english
    assert english.rstrip().endswith("7. What should the program change?\n[Free text]")


def test_the_safe_writer_refuses_to_write_over_the_database(
    db: Database, pairs: Pairs, db_path: Path
) -> None:
    with db.write() as session:
        survey_id = service.create_from_template(session, pairs.cycle.id, "end_of_year")
    with db.read() as session, pytest.raises(SafetyError):
        write_survey_pdf(session, survey_id, "en", db_path)


def test_a_new_cycle_inherits_the_surveys_without_answers(
    db: Database, pairs: Pairs, tmp_path: Path
) -> None:
    with db.write() as session:
        service.create_from_template(session, pairs.cycle.id, "match_check_in")
        service.create_from_template(session, pairs.cycle.id, "end_of_year")
        import_survey_answers(
            session, pairs.cycle.id, "Match check-in (30 days)",
            write_csv(tmp_path / "a.csv", [["Email", "How is the match working for you?"],
                                           [ZOE, "Good fit"]]),
        )  # fmt: skip
        program = session.scalars(select(Program)).one().name
        result = create_next_cycle(session, program, "2026-2027", pairs.cycle.label)
    assert "surveys" in result.copied
    with db.read() as session:
        new = session.scalars(select(Survey).where(Survey.cycle_id == result.cycle_id)).all()
        assert sorted(s.name for s in new) == [
            "End-of-year program evaluation", "Match check-in (30 days)"]  # fmt: skip
        assert {s.template for s in new} == {"end_of_year", "match_check_in"}
        questions = session.scalar(select(func.count()).select_from(SurveyQuestion))
        assert questions == 2 * (4 + 7)
        answered = session.scalars(select(SurveyResponse.survey_id)).all()
        assert answered and not {s.id for s in new} & set(answered)
    with db.write() as session:
        assert service.copy_surveys(session, pairs.cycle.id, result.cycle_id) == 0
