"""The printable survey, drawn by the letters' renderer (imports reportlab).

Same fonts, styles, letterhead and footer as the match letters: the survey is one more
"letter" whose body is its questions, with a box to tick for each answer and lines to
write on for free text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, NextPageTemplate, Spacer

from app.letters import fonts
from app.letters.content import LetterContent, Letterhead
from app.letters.layout import MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE
from app.letters.renderer import LetterRenderer
from app.letters.templates import LetterTemplate
from app.sentences import render
from app.surveys.distribution import PrintedQuestion, PrintedSurvey
from app.surveys.messages import sentence

BOX = "\u2610"  # ☐, drawn by DejaVu Sans
TEXT_LINES = 4


class WritingLines(Flowable):
    """Ruled lines to write an answer on."""

    def __init__(self, lines: int, gap: float = 8 * mm) -> None:
        super().__init__()
        self.lines = lines
        self.gap = gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.lines * self.gap

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for n in range(self.lines):
            y = self.lines * self.gap - (n + 1) * self.gap + 2
            canvas.line(0, y, self.width, y)


@dataclass(frozen=True)
class _Sheet:
    """What the letter renderer needs of a "letter": its letterhead and language."""

    head: Letterhead
    language: str
    survey: PrintedSurvey


class SurveyRenderer(LetterRenderer):
    def __init__(self, survey: PrintedSurvey) -> None:
        super().__init__(title=survey.title)
        self.survey = survey

    def say(self, key: str, **params: Any) -> str:
        return render(sentence(key, **params), self.survey.language)

    def letter_story(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        survey = self.survey
        story: list[Flowable] = [
            NextPageTemplate("later"),
            self.para(survey.title, "Subject"),
            self.para(self.say("surveys.pdf_intro", cycle=survey.cycle)),
        ]
        if survey.anonymous:
            story.append(self.para(self.say("surveys.pdf_anonymous"), "SignatureDetail"))
        else:
            story.append(self.para(self.say("surveys.pdf_name") + " " + "_" * 40))
        story.append(Spacer(1, 3 * mm))
        story += [self.question(q) for q in survey.questions]
        story.append(self.para(self.say("surveys.pdf_thanks"), "Questions"))
        return story

    def question(self, q: PrintedQuestion) -> Flowable:
        heading = f"{q.number}. {q.text}"
        if q.required:
            heading += " " + self.say("surveys.pdf_required")
        parts: list[Flowable] = [self.para(heading, "SubHeading")]
        if q.kind == "multiple":
            parts.append(self.para(self.say("surveys.pdf_multiple"), "SignatureDetail"))
        if q.kind == "scale":
            spaced = "\u00a0\u00a0\u00a0 ".join(f"{BOX} {c}" for c in q.choices)
            parts.append(self.para(spaced, "Bullet"))
        elif q.choices:
            parts += [self.para(choice, "Bullet", bullet=BOX) for choice in q.choices]
        elif q.kind == "number":
            parts.append(self.para(self.say("surveys.pdf_number") + " " + "_" * 12, "Bullet"))
        else:
            parts.append(WritingLines(TEXT_LINES))
        parts.append(Spacer(1, 2 * mm))
        return KeepTogether(parts)

    def _on_later_page(self, canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN
        canvas.drawString(MARGIN, top - 8, self.survey.title)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 8, self.survey.cycle)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 12, PAGE_WIDTH - MARGIN, top - 12)
        canvas.restoreState()
        self.draw_footer(canvas, self._letters[0].head)


def render_survey(survey: PrintedSurvey, head: Letterhead, out: Path) -> int:
    """Write the printable survey to ``out`` (through the safe writer); its page count."""
    sheet = _Sheet(head, survey.language, survey)
    # The renderer reads only ``head`` and ``language`` of its letters.
    return SurveyRenderer(survey).render([cast(LetterContent, sheet)], out)
