"""Results of a cycle's surveys as plain data: per question, counts and percentages overall,
by role and by group, the response rate against the audience, free-text answers, pairs a
check-in flagged, the change between a "pre" and a "post" survey, and the same survey in
earlier cycles of the program. The report and the window read the same figures.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.models import (
    LIVE_MATCH_STATUSES,
    Cycle,
    Group,
    Match,
    Participant,
    Survey,
    SurveyAnswer,
    SurveyResponse,
    group_member,
)
from app.errors import NotFoundError
from app.roster.columns import normalise_header as fold
from app.surveys.answers import choice_label
from app.surveys.messages import sentence
from app.surveys.service import find_survey, invited_participants

CHOICE_KINDS = ("yes_no", "likert", "single", "multiple", "scale")
ORDERED_KINDS = ("likert", "scale")


@dataclass
class QuestionResult:
    id: int
    key: str
    text: str
    text_fr: str
    kind: str
    labels: list[str]  # the answers in the survey's order (choices), then any others
    overall: dict[str, int] = field(default_factory=dict)
    by_role: dict[str, dict[str, int]] = field(default_factory=dict)
    by_group: dict[str, dict[str, int]] = field(default_factory=dict)
    answered: int = 0
    mean: float | None = None  # scale points, or a Likert choice's rank (1 = first)
    texts: list[str] = field(default_factory=list)
    flagged_labels: list[str] = field(default_factory=list)
    french: dict[str, str] = field(default_factory=dict)  # label → its French words

    def label_in(self, label: str, language: str) -> str:
        return self.french.get(label, label) if language == "fr" else label

    @property
    def percent(self) -> dict[str, float]:
        """Share of the people who answered the question (multiple choice can add past 100)."""
        if not self.answered:
            return {}
        return {label: round(100 * n / self.answered, 1) for label, n in self.overall.items()}


@dataclass(frozen=True)
class FlaggedPair:
    """A check-in answer that asks the coordinator to look at a pair."""

    respondent: str
    role: str
    partners: tuple[str, ...]
    match_ids: tuple[int, ...]
    question: str
    answer: str
    question_fr: str = ""
    answer_fr: str = ""


@dataclass(frozen=True)
class PrePostChange:
    key: str
    text: str
    pre_mean: float
    post_mean: float
    pre_answered: int
    post_answered: int

    @property
    def change(self) -> float:
        return round(self.post_mean - self.pre_mean, 2)


@dataclass(frozen=True)
class EarlierCycle:
    cycle: str
    survey: str
    responses: int
    invited: int
    # question key (or folded text) → {"percent": {label: %}, "mean": float | None}
    questions: dict[str, dict[str, Any]]


@dataclass
class SurveyResult:
    id: int
    name: str
    template: str
    moment: str
    anonymous: bool
    responses: int
    invited: int
    questions: list[QuestionResult]
    flagged: list[FlaggedPair] = field(default_factory=list)
    pre_post: list[PrePostChange] = field(default_factory=list)
    earlier: list[EarlierCycle] = field(default_factory=list)

    @property
    def response_rate(self) -> float | None:
        """Responses per person asked, in percent (None when nobody is in the audience)."""
        return round(100 * self.responses / self.invited, 1) if self.invited else None


@dataclass
class CycleSurveyResults:
    cycle: str
    surveys: list[SurveyResult]

    def to_json(self) -> dict[str, Any]:
        """The ``survey results --json`` document of CLI.md, with a few more keys."""
        return {"cycle": self.cycle, "surveys": [_survey_json(s) for s in self.surveys]}


def survey_results(
    session: Session, cycle_id: int, survey: str | None = None
) -> CycleSurveyResults:
    """Results of every survey of the cycle, or of the one called ``survey``."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("surveys.cycle_gone"))
    if survey is not None:
        found = find_survey(session, cycle_id, survey)
        if found is None:
            raise NotFoundError(sentence("surveys.no_such_survey", name=survey))
        surveys = [found]
    else:
        surveys = list(
            session.scalars(select(Survey).where(Survey.cycle_id == cycle_id).order_by(Survey.id))
        )
    results = []
    for item in surveys:
        result = one_survey(session, item)
        result.flagged = _flagged(session, item, result)
        result.pre_post = _pre_post(session, item, result)
        result.earlier = _earlier(session, cycle, item)
        results.append(result)
    return CycleSurveyResults(cycle.label, results)


def one_survey(session: Session, survey: Survey) -> SurveyResult:
    """Counts per question of one survey (no comparisons)."""
    questions = {
        q.id: QuestionResult(
            q.id, q.key, q.text, q.text_fr, q.kind, [choice_label(c) for c in q.choices]
        )
        for q in survey.questions
    }
    labels = {q.id: {str(c["key"]): choice_label(c) for c in q.choices} for q in survey.questions}
    ranks = {q.id: {str(c["key"]): n for n, c in enumerate(q.choices, 1)} for q in survey.questions}
    for q in survey.questions:
        questions[q.id].flagged_labels = [choice_label(c) for c in q.choices if c.get("flag")]
        questions[q.id].french = {choice_label(c): choice_label(c, "fr") for c in q.choices}
    groups = _groups_of(session, survey.cycle_id)
    rows = session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.value, SurveyResponse.role,
               SurveyResponse.participant_id)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(SurveyResponse.survey_id == survey.id)
        .order_by(SurveyResponse.id)
    ).all()  # fmt: skip
    totals: dict[int, list[float]] = defaultdict(list)
    for question_id, value, role, participant_id in rows:
        result = questions.get(question_id)
        if result is None or not value:
            continue
        result.answered += 1
        if result.kind == "text":
            result.texts.append(str(value[0]))
            continue
        if result.kind == "number":
            totals[question_id].append(float(value[0]))
        if result.kind in ORDERED_KINDS:
            rank = value[0] if result.kind == "scale" else ranks[question_id].get(str(value[0]))
            if isinstance(rank, int | float):
                totals[question_id].append(float(rank))
        for item in value:
            label = labels[question_id].get(str(item), str(item))
            _count(result.overall, label)
            _count(result.by_role.setdefault(role or "", {}), label)
            for group in groups.get(participant_id or 0, ()):
                _count(result.by_group.setdefault(group, {}), label)
    for question_id, values in totals.items():
        questions[question_id].mean = round(sum(values) / len(values), 2)
    for result in questions.values():
        result.labels += [label for label in result.overall if label not in result.labels]
    responses = session.scalars(
        select(SurveyResponse.id).where(SurveyResponse.survey_id == survey.id)
    ).all()
    return SurveyResult(
        id=survey.id,
        name=survey.name,
        template=survey.template,
        moment=survey.moment,
        anonymous=survey.anonymous,
        responses=len(responses),
        invited=len(invited_participants(session, survey.cycle_id, survey.audience or {})),
        questions=list(questions.values()),
    )


def _count(counts: dict[str, int], label: str) -> None:
    counts[label] = counts.get(label, 0) + 1


def _groups_of(session: Session, cycle_id: int) -> dict[int, list[str]]:
    """Participant → the names of their groups in the cycle (empty without groups)."""
    found: dict[int, list[str]] = defaultdict(list)
    query = (
        select(group_member.c.participant_id, Group.name)
        .join(Group, Group.id == group_member.c.group_id)
        .where(Group.cycle_id == cycle_id)
    )
    for participant_id, name in session.execute(query):
        found[participant_id].append(name)
    return found


def _flagged(session: Session, survey: Survey, result: SurveyResult) -> list[FlaggedPair]:
    flags = {
        q.id: {str(c["key"]): choice_label(c) for c in q.choices if c.get("flag")}
        for q in survey.questions
    }
    french = {
        q.id: {str(c["key"]): choice_label(c, "fr") for c in q.choices} for q in survey.questions
    }
    texts_fr = {q.id: q.text_fr or q.text for q in survey.questions}
    flags = {q: keys for q, keys in flags.items() if keys}
    if not flags or survey.anonymous:
        return []
    texts = {q.id: q.text for q in survey.questions}
    rows = session.execute(
        select(SurveyAnswer.question_id, SurveyAnswer.value, SurveyResponse.participant_id)
        .join(SurveyResponse, SurveyResponse.id == SurveyAnswer.response_id)
        .where(
            SurveyResponse.survey_id == survey.id,
            SurveyAnswer.question_id.in_(list(flags)),
            SurveyResponse.participant_id.is_not(None),
        )
    ).all()
    found = []
    for question_id, value, participant_id in rows:
        key = next((str(v) for v in value if str(v) in flags[question_id]), "")
        hit = flags[question_id].get(key, "")
        person = session.get(Participant, participant_id)
        if not hit or person is None:
            continue
        matches = session.scalars(
            select(Match).where(
                Match.cycle_id == survey.cycle_id,
                Match.status.in_(LIVE_MATCH_STATUSES),
                or_(Match.mentor_id == participant_id, Match.mentee_id == participant_id),
            )
        ).all()
        partners = tuple(
            (m.mentee if m.mentor_id == participant_id else m.mentor).person.display_name
            for m in matches
        )
        found.append(
            FlaggedPair(
                respondent=person.person.display_name,
                role=person.role,
                partners=partners,
                match_ids=tuple(m.id for m in matches),
                question=texts[question_id],
                answer=hit,
                question_fr=texts_fr[question_id],
                answer_fr=french[question_id].get(key, hit),
            )
        )
    return sorted(found, key=lambda f: f.respondent.casefold())


def _question_key(question: QuestionResult) -> str:
    return question.key or fold(question.text)


def _pre_post(session: Session, survey: Survey, result: SurveyResult) -> list[PrePostChange]:
    """For a "post" survey, the change in each question it shares (by key) with the
    cycle's "pre" survey of the same kind (goals_pre ↔ goals_post), else any "pre" one."""
    if survey.moment != "post":
        return []
    candidates = session.scalars(
        select(Survey).where(Survey.cycle_id == survey.cycle_id, Survey.moment == "pre")
    ).all()
    wanted = survey.template.replace("_post", "_pre") if survey.template else ""
    pre = next((s for s in candidates if wanted and s.template == wanted), None)
    pre = pre or (candidates[0] if candidates else None)
    if pre is None:
        return []
    before = {_question_key(q): q for q in one_survey(session, pre).questions}
    changes = []
    for question in result.questions:
        earlier = before.get(_question_key(question))
        if earlier is None or earlier.mean is None or question.mean is None:
            continue
        changes.append(
            PrePostChange(
                _question_key(question), question.text, earlier.mean, question.mean,
                earlier.answered, question.answered,
            )
        )  # fmt: skip
    return changes


def _earlier(session: Session, cycle: Cycle, survey: Survey) -> list[EarlierCycle]:
    """The same survey (same template, else same name) in the program's earlier cycles."""
    cycles = session.scalars(
        select(Cycle)
        .where(Cycle.program_id == cycle.program_id, Cycle.id != cycle.id)
        .order_by(Cycle.starts_on, Cycle.id)
    ).all()
    found = []
    for other in cycles:
        if other.starts_on and cycle.starts_on and other.starts_on >= cycle.starts_on:
            continue
        if not (other.starts_on and cycle.starts_on) and other.id > cycle.id:
            continue
        same = _same_survey(session, other.id, survey)
        if same is None:
            continue
        result = one_survey(session, same)
        found.append(
            EarlierCycle(
                cycle=other.label,
                survey=same.name,
                responses=result.responses,
                invited=result.invited,
                questions={
                    _question_key(q): {"percent": q.percent, "mean": q.mean}
                    for q in result.questions
                },
            )
        )
    return found


def _same_survey(session: Session, cycle_id: int, survey: Survey) -> Survey | None:
    if survey.template:
        same = session.scalars(
            select(Survey).where(Survey.cycle_id == cycle_id, Survey.template == survey.template)
        ).first()
        if same is not None:
            return same
    return find_survey(session, cycle_id, survey.name)


def _survey_json(result: SurveyResult) -> dict[str, Any]:
    return {
        "name": result.name,
        "template": result.template or None,
        "moment": result.moment,
        "anonymous": result.anonymous,
        "responses": result.responses,
        "invited": result.invited,
        "response_rate": result.response_rate,
        "questions": [
            {
                "text": q.text,
                "text_fr": q.text_fr,
                "key": q.key,
                "kind": q.kind,
                "answered": q.answered,
                "overall": {label: q.overall[label] for label in q.labels if label in q.overall},
                "percent": q.percent,
                "by_role": q.by_role,
                "by_group": q.by_group,
                "mean": q.mean,
                "answers": list(q.texts),
            }
            for q in result.questions
        ],
        "flagged": [
            {
                "respondent": f.respondent,
                "role": f.role,
                "partners": list(f.partners),
                "question": f.question,
                "answer": f.answer,
            }
            for f in result.flagged
        ],
        "pre_post": [
            {
                "key": c.key,
                "text": c.text,
                "pre_mean": c.pre_mean,
                "post_mean": c.post_mean,
                "change": c.change,
                "pre_answered": c.pre_answered,
                "post_answered": c.post_answered,
            }
            for c in result.pre_post
        ],
        "earlier_cycles": [
            {
                "cycle": e.cycle,
                "survey": e.survey,
                "responses": e.responses,
                "invited": e.invited,
                "questions": e.questions,
            }
            for e in result.earlier
        ],
    }
