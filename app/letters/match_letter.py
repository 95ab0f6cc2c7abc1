"""Match letters: the mentee's letter names their mentor(s), the mentor's lists their mentees."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether

from app.letters.content import LetterContent, PartnerDetails
from app.letters.renderer import LetterRenderer, LetterStarted
from app.letters.templates import LetterTemplate

BULLET = "•"


class MatchLetterRenderer(LetterRenderer):
    """Who the partner is, why the pair was matched, what happens next, and a primer."""

    def subject(self, letter: LetterContent, text: LetterTemplate) -> str:
        key = f"subject_{letter.kind}"
        return text.plural(key, len(letter.partners), cycle=letter.cycle_label)

    def body(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        count = len(letter.partners)
        story: list[Flowable] = [
            self.para(
                text.plural(
                    f"intro_{letter.kind}",
                    count,
                    program=letter.head.program,
                    cycle=letter.cycle_label,
                )
            ),
            self.para(text.plural(f"heading_partner_{letter.kind}", count), "Heading"),
        ]
        for partner in letter.partners:
            story.append(KeepTogether(self.partner(partner, text)))
        story.extend(self.next_steps(letter, text))
        story.extend(self.primer(letter, text))
        return story

    def partner(self, partner: PartnerDetails, text: LetterTemplate) -> list[Flowable]:
        name = partner.name + (f" ({partner.pronouns})" if partner.pronouns else "")
        story: list[Flowable] = [self.para(name, "PartnerName")]
        for key, value in (
            ("label_email", partner.email),
            ("label_phone", partner.phone),
            ("label_institution", partner.institution),
            ("label_stage", partner.stage),
            ("label_city", partner.city),
        ):
            if value:
                story.append(self.para(value, "Detail", bullet=text.get(key)))
        story.extend(self.bullets(text.get("heading_reasons"), partner.reasons))
        story.extend(self.bullets(text.get("heading_topics"), partner.topics))
        return story

    def bullets(self, heading: str, items: Sequence[str]) -> list[Flowable]:
        if not items:
            return []
        return [
            self.para(heading, "SubHeading"),
            *(self.para(item, "Bullet", bullet=BULLET) for item in items),
        ]

    def next_steps(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        days = letter.first_contact_days
        if letter.kind == "mentee":
            first = text.get("next_mentee", days=days)
        else:
            first = text.plural("next_mentor", len(letter.partners), days=days)
        story = [
            self.para(text.get("heading_next"), "Heading"),
            self.para(first),
            self.para(text.get("rhythm", cadence=letter.cadence_days)),
        ]
        dates = self.cycle_dates(letter, text)
        if dates:
            story.append(self.para(dates))
        return story

    @staticmethod
    def cycle_dates(letter: LetterContent, text: LetterTemplate) -> str:
        start, end = letter.cycle_starts, letter.cycle_ends
        if start and end:
            return text.get("cycle_both", start=text.format_date(start), end=text.format_date(end))
        if start:
            return text.get("cycle_start", start=text.format_date(start))
        if end:
            return text.get("cycle_end", end=text.format_date(end))
        return ""

    def primer(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        if letter.kind == "mentor":
            return [self.para(text.get("primer_mentor"))]
        return [
            self.para(text.get("heading_primer"), "Heading"),
            self.para(text.get("primer_intro")),
            *(self.para(question, "Bullet", bullet=BULLET) for question in text.primer),
        ]


def render_letters(
    letters: Sequence[LetterContent],
    out: Path | BinaryIO,
    *,
    templates: Mapping[str, LetterTemplate] | None = None,
    pad_to_even: bool = False,
    on_letter: LetterStarted | None = None,
    title: str = "Match letters",
) -> int:
    """Render match letters (plain data, no database) into one PDF; returns the page count.

    ``templates`` maps a language to its :class:`LetterTemplate` (the shipped ones by
    default). ``on_letter(index)`` is called as each letter's first page begins.
    """
    renderer = MatchLetterRenderer(
        templates, pad_to_even=pad_to_even, on_letter=on_letter, title=title
    )
    return renderer.render(letters, out)
