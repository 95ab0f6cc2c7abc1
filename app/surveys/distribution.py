"""Offline distribution: a plain-text question list to paste into Google Forms or Microsoft
Forms, and a printable PDF (``app.surveys.printed``), both in the chosen language and both
written through the safe writer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.safe_files import write_bytes
from app.surveys.answers import choice_label
from app.surveys.messages import sentence
from app.surveys.service import get_survey
from app.surveys.templates import load_templates


@dataclass(frozen=True)
class PrintedQuestion:
    number: int
    text: str
    kind: str
    choices: tuple[str, ...]
    required: bool


@dataclass(frozen=True)
class PrintedSurvey:
    """A survey's words in one language, as plain data (no database, no reportlab)."""

    title: str
    cycle: str
    language: str
    anonymous: bool
    questions: tuple[PrintedQuestion, ...]


def printed_survey(session: Session, survey_id: int, language: str) -> PrintedSurvey:
    survey = get_survey(session, survey_id)
    template = load_templates().get(survey.template)
    title = survey.name
    if template is not None and survey.name in (template.name, template.name_fr):
        title = template.title(language)  # a template's own name exists in both languages
    questions = tuple(
        PrintedQuestion(
            number=n,
            text=(q.text_fr or q.text) if language == "fr" else q.text,
            kind=q.kind,
            choices=tuple(choice_label(c, language) for c in q.choices),
            required=q.required,
        )
        for n, q in enumerate(survey.questions, 1)
    )
    cycle = survey_cycle_label(session, survey.cycle_id)
    return PrintedSurvey(title, cycle, language, survey.anonymous, questions)


def survey_cycle_label(session: Session, cycle_id: int) -> str:
    from app.db.models import Cycle

    cycle = session.get(Cycle, cycle_id)
    return cycle.label if cycle is not None else ""


def _said(key: str, language: str) -> str:
    from app.sentences import render

    return render(sentence(key), language)


def question_list(printed: PrintedSurvey) -> str:
    """One block per question: its text, what kind of answer, then one choice per line,
    the way Google Forms and Microsoft Forms take pasted options."""
    language = printed.language
    blocks = [printed.title]
    for q in printed.questions:
        if q.kind in ("yes_no", "likert", "single", "scale"):
            how = _said("surveys.list_choose_one", language)
        elif q.kind == "multiple":
            how = _said("surveys.list_choose_many", language)
        elif q.kind == "number":
            how = _said("surveys.list_number", language)
        else:
            how = _said("surveys.list_text", language)
        if q.required:
            how += " · " + _said("surveys.list_required", language)
        lines = [f"{q.number}. {q.text}", f"[{how}]", *q.choices]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def write_question_list(session: Session, survey_id: int, language: str, out: Path) -> Path:
    text = question_list(printed_survey(session, survey_id, language))
    return write_bytes(Path(out), text.encode("utf-8"), "the question list")


def write_survey_pdf(session: Session, survey_id: int, language: str, out: Path) -> int:
    """The printable survey on the program's letterhead; returns the number of pages."""
    from app.db.models import Cycle, Program
    from app.letters.letterhead import program_letterhead
    from app.surveys.printed import render_survey

    survey = get_survey(session, survey_id)
    cycle = session.get(Cycle, survey.cycle_id)
    program = session.get(Program, cycle.program_id) if cycle is not None else None
    if program is None:
        raise LookupError("a survey's cycle always has a program")
    head = program_letterhead(program).in_language(language)
    return render_survey(printed_survey(session, survey_id, language), head, Path(out))
