"""The survey part of the report, from ``app.surveys.results`` (no free text, no names).

A "positive" answer is "yes" to a yes/no question, or one in the upper half of an ordered
scale ("to a high extent" and above of four, "agree" and above of five, 4 and 5 of a 1–5
satisfaction scale); other kinds of question are not counted.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.reports.model import QuestionSummary, SurveySummary
from app.surveys.results import QuestionResult, survey_results

COUNTED_KINDS = ("yes_no", "likert", "scale")


def positive_labels(question: QuestionResult) -> list[str]:
    labels = list(question.french)  # the survey's own choices, in order
    if question.kind not in COUNTED_KINDS or len(labels) < 2:
        return []
    if question.kind == "yes_no":
        return labels[:1]
    return labels[len(labels) - len(labels) // 2 :]


def survey_part(
    session: Session, cycle_id: int
) -> tuple[list[SurveySummary], dict[str, tuple[int, int]]]:
    """Each survey's counts, and positive answers / counted answers by role ("" = all)."""
    found = survey_results(session, cycle_id)
    surveys = []
    positive: dict[str, list[int]] = {"": [0, 0]}
    for result in found.surveys:
        questions = []
        for q in result.questions:
            good = positive_labels(q)
            questions.append(
                QuestionSummary(
                    text=q.text,
                    text_fr=q.text_fr,
                    kind=q.kind,
                    answered=q.answered,
                    labels=list(q.labels),
                    french=dict(q.french),
                    overall=dict(q.overall),
                    by_role={role: dict(c) for role, c in q.by_role.items()},
                    mean=q.mean,
                    positive=good,
                )
            )
            if not good:
                continue
            _add(positive[""], q.overall, good)
            for role, counts in q.by_role.items():
                _add(positive.setdefault(role, [0, 0]), counts, good)
        surveys.append(SurveySummary(result.name, result.responses, result.invited, questions))
    return surveys, {role: (p, n) for role, (p, n) in positive.items()}


def _add(total: list[int], counts: dict[str, int], good: list[str]) -> None:
    total[0] += sum(n for label, n in counts.items() if label in good)
    total[1] += sum(counts.values())
