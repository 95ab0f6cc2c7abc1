"""The shipped templates in both languages, and creating and editing a survey from one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import Survey
from app.errors import RuleViolationError, UnusableInputError
from app.programs.service import CycleInfo
from app.surveys import service
from app.surveys.service import QuestionDraft
from app.surveys.templates import load_templates, template_list

EXPECTED = {"end_of_year", "mentor_reflection", "match_check_in", "goals_pre", "goals_post"}


def test_every_template_speaks_english_and_french() -> None:
    templates = load_templates()
    assert set(templates) == EXPECTED
    assert next(t.key for t in template_list()) == "match_check_in"
    for template in templates.values():
        assert template.name and template.name_fr and template.name != template.name_fr
        keys = [q.key for q in template.questions]
        assert len(keys) == len(set(keys)), template.key
        for q in template.questions:
            assert q.text.strip() and q.text_fr.strip() and q.text != q.text_fr, q.key
            for choice in q.choices:
                assert choice["en"] and choice["fr"], (template.key, q.key)


def test_the_templates_carry_what_the_program_asks() -> None:
    templates = load_templates()
    reflection = templates["mentor_reflection"]
    extent = [c["fr"] for c in reflection.questions[0].choices]
    assert extent == [
        "Pas du tout",
        "Dans une certaine mesure",
        "Dans une grande mesure",
        "Dans une très grande mesure",
    ]
    check_in = templates["match_check_in"]
    assert (check_in.moment, check_in.days_after_match) == ("after_match", 30)
    fit = next(q for q in check_in.questions if q.key == "match_fit")
    assert [c["key"] for c in fit.choices if c.get("flag")] == ["not_fit"]
    pre, post = templates["goals_pre"], templates["goals_post"]
    assert {q.key for q in pre.questions} <= {q.key for q in post.questions}
    assert (pre.moment, post.moment) == ("pre", "post")


def test_create_from_a_template_then_edit(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        first = service.create_from_template(session, cycle.id, "mentor_reflection")
        second = service.create_from_template(session, cycle.id, "end_of_year", language="fr")
        again = service.create_from_template(session, cycle.id, "mentor_reflection")
    with db.read() as session:
        surveys = {s.id: s for s in session.scalars(select(Survey))}
        assert surveys[first].name == "Mentor reflection"
        assert surveys[first].audience == {"roles": [cycle.role_ladder[0]]}  # the mentors
        assert surveys[second].name == "Évaluation du programme en fin d'année"
        assert surveys[again].name == "Mentor reflection (2)"
        listed = service.list_surveys(session, cycle.id)
        assert [s.questions for s in listed] == [5, 7, 5]
        draft = service.load_draft(session, first)
    draft.name = "Reflection 2026"
    draft.anonymous = True
    draft.moment = "mid"
    draft.audience = {"roles": [], "groups": []}
    last = draft.questions.pop()
    draft.questions.insert(0, last)
    draft.questions[0].text_fr = "Qu'est-ce qui vous aiderait?"
    draft.questions.append(
        QuestionDraft("Hours per month?", "Heures par mois?", "number", required=True)
    )
    with db.write() as session:
        service.save_survey(session, first, draft)
    with db.read() as session:
        survey = session.get(Survey, first)
        assert survey is not None
        assert (survey.name, survey.anonymous, survey.moment) == ("Reflection 2026", True, "mid")
        assert survey.audience == {}
        assert [q.key for q in survey.questions][:2] == ["support_next_year", "teaching"]
        assert survey.questions[0].text_fr == "Qu'est-ce qui vous aiderait?"
        assert (survey.questions[-1].kind, survey.questions[-1].required) == ("number", True)
        assert [q.position for q in survey.questions] == list(range(6))


def test_edits_that_cannot_be_saved(db: Database, cycle: CycleInfo) -> None:
    with db.write() as session:
        first = service.create_from_template(session, cycle.id, "end_of_year")
        second = service.create_from_template(session, cycle.id, "match_check_in")
        draft = service.load_draft(session, second)
    draft.name = "end-of-year program evaluation".title()
    with db.write() as session, pytest.raises(RuleViolationError) as taken:
        service.save_survey(session, second, draft)
    assert "already has a survey called" in taken.value.message
    draft.name = "Check-in"
    draft.questions[1].choices = draft.questions[1].choices[:1]
    with db.write() as session, pytest.raises(UnusableInputError) as few:
        service.save_survey(session, second, draft)
    assert few.value.message == "Question 2 needs at least two answers to choose from."
    draft.questions = []
    with db.write() as session, pytest.raises(UnusableInputError):
        service.save_survey(session, second, draft)
    with db.read() as session:
        assert service.get_survey(session, first).name == "End-of-year program evaluation"
