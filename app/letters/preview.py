"""Letters for the template editor's preview: a real match of the cycle, or a sample.

The editor loads the content once (:func:`preview_letter`, in a session), then renders it
again with each edit (:func:`render_preview`, plain data, safe off the GUI thread).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from sqlalchemy.orm import Session

from app.db.models import Cycle
from app.errors import NotFoundError
from app.letters.content import (
    DEFAULT_FIRST_CONTACT_DAYS,
    LetterContent,
    Letterhead,
    LetterKind,
    PartnerDetails,
)
from app.letters.letterhead import program_letterhead
from app.letters.messages import sentence
from app.letters.planning import letter_matches, plan_letters
from app.letters.templates import LetterTemplate

SAMPLE_PARTNER = PartnerDetails(
    name="Dr Sample Partner",
    pronouns="she/her",
    email="partner@example.org",
    institution="University Hospital",
    stage="PGY-3",
    city="Ottawa, ON",
    reasons=("Shared interest in research", "Both speak English and French"),
    topics=("Research in the specialty", "Balancing work and life"),
)


@dataclasses.dataclass(frozen=True)
class PreviewLetter:
    content: LetterContent
    is_sample: bool
    """True when the cycle has no confirmed match yet and the letter uses sample people."""


def preview_letter(
    session: Session, cycle_id: int, language: str, kind: LetterKind = "mentee"
) -> PreviewLetter:
    """A ``kind`` letter in ``language`` about the cycle's first confirmed match, else a sample."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("letters.cycle_gone"))
    matches, _skipped = letter_matches(session, cycle_id, None)
    today = dt.date.today()
    if matches:
        planned = plan_letters(session, cycle, matches[:1], language, today)
        for letter in planned:
            if letter.content.kind == kind:
                return PreviewLetter(letter.content, is_sample=False)
    head = program_letterhead(cycle.program)
    content = LetterContent(
        kind=kind,
        language=language,
        recipient_name="Alex Sample",
        partners=(SAMPLE_PARTNER,),
        letterhead=head,
        cycle_label=cycle.label,
        date=today,
        first_contact_days=int(
            cycle.program.settings.get("first_contact_days", DEFAULT_FIRST_CONTACT_DAYS)
        ),
        cadence_days=cycle.program.cadence_days,
        cycle_starts=cycle.starts_on,
        cycle_ends=cycle.ends_on,
    )
    return PreviewLetter(content, is_sample=True)


def render_preview(
    content: LetterContent, template: LetterTemplate, letterhead: Letterhead | None = None
) -> bytes:
    """``content`` rendered with ``template`` (and an edited ``letterhead``), as PDF bytes."""
    from app.letters.match_letter import MatchLetterRenderer

    if letterhead is not None:
        content = dataclasses.replace(content, letterhead=letterhead)
    content = dataclasses.replace(content, language=template.language)
    buffer = io.BytesIO()
    MatchLetterRenderer({template.language: template}, title="Preview").render([content], buffer)
    return buffer.getvalue()
