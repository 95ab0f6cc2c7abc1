"""Surveys of a cycle: create one from a template, edit it, list them, copy them forward.

Every function takes the caller's Session (one user action = one transaction) and returns
plain data or ids.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import (
    SURVEY_MOMENTS,
    SURVEY_QUESTION_KINDS,
    Cycle,
    Participant,
    Program,
    Survey,
    SurveyQuestion,
    SurveyResponse,
    group_member,
)
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.surveys.messages import sentence
from app.surveys.templates import load_templates

log = logging.getLogger(__name__)

MAX_NAME = 200
CHOICE_KINDS = ("yes_no", "likert", "single", "multiple")


@dataclass
class QuestionDraft:
    text: str
    text_fr: str = ""
    kind: str = "text"
    choices: list[dict[str, Any]] = field(default_factory=list)
    required: bool = False
    key: str = ""
    id: int | None = None  # the stored question this draft edits (its answers stay)


@dataclass
class SurveyDraft:
    name: str
    moment: str = "end"
    days_after_match: int | None = None
    audience: dict[str, Any] = field(default_factory=dict)
    anonymous: bool = False
    questions: list[QuestionDraft] = field(default_factory=list)
    template: str = ""


@dataclass(frozen=True)
class SurveyInfo:
    id: int
    name: str
    template: str
    moment: str
    days_after_match: int | None
    anonymous: bool
    questions: int
    responses: int
    invited: int


def find_survey(session: Session, cycle_id: int, name: str) -> Survey | None:
    wanted = " ".join(name.split()).casefold()
    for survey in session.scalars(select(Survey).where(Survey.cycle_id == cycle_id)):
        if survey.name.casefold() == wanted:
            return survey
    return None


def get_survey(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise NotFoundError(sentence("surveys.gone"))
    return survey


def list_surveys(session: Session, cycle_id: int) -> list[SurveyInfo]:
    """The cycle's surveys by name, with their responses and how many people they ask."""
    surveys = session.scalars(
        select(Survey).where(Survey.cycle_id == cycle_id).order_by(Survey.id)
    ).all()
    counts = dict(
        session.execute(
            select(SurveyResponse.survey_id, func.count(SurveyResponse.id))
            .join(Survey, Survey.id == SurveyResponse.survey_id)
            .where(Survey.cycle_id == cycle_id)
            .group_by(SurveyResponse.survey_id)
        ).all()
    )
    return [
        SurveyInfo(
            id=s.id,
            name=s.name,
            template=s.template,
            moment=s.moment,
            days_after_match=s.days_after_match,
            anonymous=s.anonymous,
            questions=len(s.questions),
            responses=int(counts.get(s.id, 0)),
            invited=len(invited_participants(session, cycle_id, s.audience)),
        )
        for s in surveys
    ]


def invited_participants(session: Session, cycle_id: int, audience: dict[str, Any]) -> set[int]:
    """The participants a survey asks: its roles (all when none) and groups (if any)."""
    query = select(Participant.id).where(
        Participant.cycle_id == cycle_id, Participant.status != "withdrawn"
    )
    roles = [r for r in (audience.get("roles") or []) if isinstance(r, str)]
    if roles:
        query = query.where(Participant.role.in_(roles))
    groups = [int(g) for g in (audience.get("groups") or []) if str(g).isdigit()]
    if groups:
        members = select(group_member.c.participant_id).where(group_member.c.group_id.in_(groups))
        query = query.where(Participant.id.in_(members))
    return set(session.scalars(query))


def _ladder(session: Session, cycle_id: int) -> list[str]:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("surveys.cycle_gone"))
    program = session.get(Program, cycle.program_id)
    return list(program.role_ladder) if program is not None else []


def _free_name(session: Session, cycle_id: int, name: str) -> str:
    """``name``, or ``name (2)``… when the cycle already has a survey called that."""
    candidate, number = name, 1
    while find_survey(session, cycle_id, candidate) is not None:
        number += 1
        candidate = f"{name} ({number})"
    return candidate


def create_from_template(
    session: Session, cycle_id: int, template_key: str, *, language: str = "en"
) -> int:
    """A new survey of ``cycle_id`` made from a shipped template; its id."""
    template = load_templates().get(template_key)
    if template is None:
        raise NotFoundError(sentence("surveys.unknown_template", name=template_key))
    ladder = _ladder(session, cycle_id)
    roles = template.audience.get("roles") or []
    if roles == "mentors":  # every rung that mentors the rung below it
        roles = ladder[:-1]
    draft = SurveyDraft(
        name=_free_name(session, cycle_id, template.title(language)),
        moment=template.moment,
        days_after_match=template.days_after_match,
        audience={"roles": list(roles)},
        anonymous=template.anonymous,
        template=template.key,
        questions=[
            QuestionDraft(
                q.text, q.text_fr, q.kind, [dict(c) for c in q.choices], q.required, q.key
            )
            for q in template.questions
        ],
    )
    return create_survey(session, cycle_id, draft)


def create_survey(session: Session, cycle_id: int, draft: SurveyDraft) -> int:
    _ladder(session, cycle_id)  # the cycle exists
    _check_draft(session, cycle_id, draft, None)
    survey = Survey(cycle_id=cycle_id, template=draft.template)
    _apply(survey, draft)
    session.add(survey)
    session.flush()
    audit.record(session, "create", "survey", survey.id, questions=len(draft.questions))
    return survey.id


def load_draft(session: Session, survey_id: int) -> SurveyDraft:
    """What the editor shows: the survey as a draft the coordinator can change."""
    survey = get_survey(session, survey_id)
    return SurveyDraft(
        name=survey.name,
        moment=survey.moment,
        days_after_match=survey.days_after_match,
        audience=dict(survey.audience or {}),
        anonymous=survey.anonymous,
        template=survey.template,
        questions=[
            QuestionDraft(
                q.text, q.text_fr, q.kind, [dict(c) for c in q.choices], q.required, q.key, q.id
            )
            for q in survey.questions
        ],
    )


def save_survey(session: Session, survey_id: int, draft: SurveyDraft) -> None:
    """Replace the survey's settings and questions by ``draft``; questions it no longer
    has are removed with their answers, the others keep theirs."""
    survey = get_survey(session, survey_id)
    _check_draft(session, survey.cycle_id, draft, survey_id)
    _apply(survey, draft)
    session.flush()
    audit.record(session, "edit", "survey", survey_id, questions=len(draft.questions))


def delete_survey(session: Session, survey_id: int) -> None:
    survey = get_survey(session, survey_id)
    session.delete(survey)
    audit.record(session, "delete", "survey", survey_id)
    session.flush()


def _apply(survey: Survey, draft: SurveyDraft) -> None:
    survey.name = " ".join(draft.name.split())
    survey.moment = draft.moment
    survey.days_after_match = draft.days_after_match if draft.moment == "after_match" else None
    survey.audience = {k: list(v) for k, v in draft.audience.items() if v}
    survey.anonymous = draft.anonymous
    kept = {q.id: q for q in survey.questions}
    questions: list[SurveyQuestion] = []
    for position, d in enumerate(draft.questions):
        question = kept.get(d.id) if d.id is not None else None
        if question is None:
            question = SurveyQuestion()
        question.position = position
        question.text = d.text.strip()
        question.text_fr = d.text_fr.strip()
        question.kind = d.kind
        question.choices = (
            [dict(c) for c in d.choices] if d.kind in CHOICE_KINDS or (d.kind == "scale") else []
        )
        question.required = d.required
        question.key = d.key
        questions.append(question)
    survey.questions = questions


def _check_draft(
    session: Session, cycle_id: int, draft: SurveyDraft, survey_id: int | None
) -> None:
    name = " ".join(draft.name.split())
    if not name:
        raise UnusableInputError(sentence("surveys.name_required"))
    if len(name) > MAX_NAME:
        raise UnusableInputError(sentence("surveys.name_too_long", most=MAX_NAME))
    other = find_survey(session, cycle_id, name)
    if other is not None and other.id != survey_id:
        raise RuleViolationError(sentence("surveys.name_taken", name=name))
    if draft.moment not in SURVEY_MOMENTS:
        raise UnusableInputError(sentence("surveys.moment_unknown", moment=draft.moment))
    if draft.moment == "after_match" and draft.days_after_match is None:
        raise UnusableInputError(sentence("surveys.days_required"))
    if not draft.questions:
        raise UnusableInputError(sentence("surveys.no_questions"))
    for number, q in enumerate(draft.questions, 1):
        if not q.text.strip():
            raise UnusableInputError(sentence("surveys.question_text_required", number=number))
        if q.kind not in SURVEY_QUESTION_KINDS:
            raise UnusableInputError(
                sentence("surveys.question_kind_unknown", number=number, kind=q.kind)
            )
        if q.kind in CHOICE_KINDS and len([c for c in q.choices if c.get("en")]) < 2:
            raise UnusableInputError(sentence("surveys.question_needs_choices", number=number))


def copy_surveys(session: Session, from_cycle_id: int, to_cycle_id: int) -> int:
    """Copy the survey definitions (surveys and questions, never responses) of one cycle
    into another; a name the target already has is skipped. Returns how many were copied."""
    copied = 0
    sources = session.scalars(
        select(Survey).where(Survey.cycle_id == from_cycle_id).order_by(Survey.id)
    ).all()
    for source in sources:
        if find_survey(session, to_cycle_id, source.name) is not None:
            continue
        survey = Survey(
            cycle_id=to_cycle_id,
            name=source.name,
            template=source.template,
            moment=source.moment,
            days_after_match=source.days_after_match,
            # Group ids belong to the old cycle; roles carry over.
            audience={"roles": list((source.audience or {}).get("roles") or [])},
            anonymous=source.anonymous,
            questions=[
                SurveyQuestion(
                    position=q.position,
                    text=q.text,
                    text_fr=q.text_fr,
                    kind=q.kind,
                    choices=[dict(c) for c in q.choices],
                    required=q.required,
                    key=q.key,
                )
                for q in source.questions
            ],
        )
        session.add(survey)
        copied += 1
    session.flush()
    return copied
