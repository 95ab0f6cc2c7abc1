"""What a coordinator may write in a template: its sections, and the placeholders each takes.

Every sentence may use the letter's common facts (:data:`COMMON`); a few sentences get
more (the number of partners, the cycle dates, the page number...). A placeholder a
sentence cannot fill would be printed as written, so the editor flags it before saving.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from app.letters.messages import sentence
from app.letters.templates import placeholders_in

PRIMER = "primer"
"""The editor's key for the list of primer questions (one per line)."""
DATE = "date"
FIRST_DAY = "first_day"

PLACEHOLDERS: dict[str, str] = {
    "name": "the recipient's name",
    "program": "the program's name",
    "cycle": "the cycle, e.g. 2025-2026",
    "organisation": "the organisation",
    "coordinator": "the coordinator's name",
    "days": "days to make first contact",
    "cadence": "days between contacts",
    "count": "how many mentors or mentees",
    "start": "the cycle's first day",
    "end": "the cycle's last day",
    "contact": "the coordinator and their email",
    "page": "the page number",
    "day": "the day of the month",
    "month": "the month's name",
    "year": "the year",
    "group": "the group's name",
}
COMMON = ("name", "program", "cycle", "organisation", "coordinator", "days", "cadence")
_EXTRA: dict[str, tuple[str, ...]] = {
    "cycle_both": ("start", "end"),
    "cycle_start": ("start",),
    "cycle_end": ("end",),
    "questions": ("contact",),
    "continued": ("page",),
    "group_subject": ("group",),
    "group_intro_member": ("group",),
    "group_intro_mentor": ("group",),
    "group_rhythm": ("group",),
}


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    multiline: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    fields: tuple[Field, ...]


def _f(key: str, label: str, multiline: bool = False) -> Field:
    return Field(key, label, multiline)


SECTIONS: tuple[Section, ...] = (
    Section(
        "Subject and introduction",
        (
            _f("subject_mentee_one", "Subject (mentee, one mentor)"),
            _f("subject_mentee_many", "Subject (mentee, several mentors)"),
            _f("subject_mentor_one", "Subject (mentor, one mentee)"),
            _f("subject_mentor_many", "Subject (mentor, several mentees)"),
            _f("greeting", "Greeting"),
            _f("intro_mentee_one", "Introduction (mentee, one mentor)", True),
            _f("intro_mentee_many", "Introduction (mentee, several mentors)", True),
            _f("intro_mentor_one", "Introduction (mentor, one mentee)", True),
            _f("intro_mentor_many", "Introduction (mentor, several mentees)", True),
        ),
    ),
    Section(
        "The match",
        (
            _f("heading_partner_mentee_one", "Heading (mentee, one mentor)"),
            _f("heading_partner_mentee_many", "Heading (mentee, several mentors)"),
            _f("heading_partner_mentor_one", "Heading (mentor, one mentee)"),
            _f("heading_partner_mentor_many", "Heading (mentor, several mentees)"),
            _f("label_email", "Label: email"),
            _f("label_phone", "Label: phone"),
            _f("label_institution", "Label: institution"),
            _f("label_stage", "Label: year or stage"),
            _f("label_city", "Label: city"),
            _f("heading_reasons", "Heading: why they were matched"),
            _f("heading_topics", "Heading: conversation ideas"),
        ),
    ),
    Section(
        "What happens next",
        (
            _f("heading_next", "Heading"),
            _f("next_mentee", "First contact (mentee)", True),
            _f("next_mentor_one", "First contact (mentor, one mentee)", True),
            _f("next_mentor_many", "First contact (mentor, several mentees)", True),
            _f("rhythm", "Rhythm of contacts", True),
            _f("cycle_both", "Cycle dates (start and end)"),
            _f("cycle_start", "Cycle dates (start only)"),
            _f("cycle_end", "Cycle dates (end only)"),
        ),
    ),
    Section(
        "Before the first meeting",
        (
            _f("heading_primer", "Heading (mentee)"),
            _f("primer_intro", "Introduction to the questions (mentee)", True),
            _f(PRIMER, "Questions, one per line (mentee)", True),
            _f("primer_mentor", "Paragraph for mentors", True),
        ),
    ),
    Section(
        "Closing and dates",
        (
            _f("questions", "Questions sentence", True),
            _f("closing", "Closing"),
            _f("continued", "Header of later pages"),
            _f(DATE, "Date pattern"),
            _f(FIRST_DAY, "How the 1st of a month is written"),
        ),
    ),
    Section("Email draft", (_f("email_body", "Email message", True),)),
    Section(
        "Group letters",
        (
            _f("group_subject", "Subject"),
            _f("group_intro_member", "Introduction (member)", True),
            _f("group_intro_mentor", "Introduction (mentor)", True),
            _f("heading_group_mentors", "Heading: the group's mentors"),
            _f("heading_group_members", "Heading: the group's members"),
            _f("heading_group_first", "Heading: the first meeting"),
            _f("label_first_when", "Label: when"),
            _f("label_first_where", "Label: where"),
            _f("label_first_how", "Label: how"),
            _f("group_first_unknown", "First meeting not yet set", True),
            _f("group_rhythm", "Rhythm of meetings", True),
            _f("mode_in_person", "Mode: in person"),
            _f("mode_video", "Mode: video call"),
            _f("mode_phone", "Mode: phone"),
            _f("mode_email_text", "Mode: email or text"),
        ),
    ),
)


def allowed_placeholders(key: str) -> tuple[str, ...]:
    """The placeholders the sentence ``key`` can fill."""
    if key == DATE:
        return ("day", "month", "year")
    if key in (PRIMER, FIRST_DAY):
        return ()
    extra = _EXTRA.get(key, ())
    if key.endswith(("_one", "_many")):
        extra = (*extra, "count")
    return (*COMMON, *extra)


def unknown_placeholders(key: str, text: str) -> list[str]:
    """Placeholders in ``text`` that ``key`` cannot fill (they would print as written)."""
    allowed = allowed_placeholders(key)
    return [name for name in placeholders_in(text) if name not in allowed]


def template_problems(values: Mapping[str, str]) -> list[str]:
    """One sentence per field that uses a placeholder it cannot fill (editor field values)."""
    labels = {f.key: (s.title, f.label) for s in SECTIONS for f in s.fields}
    problems: list[str] = []
    for key, text in values.items():
        unknown = unknown_placeholders(key, text)
        if unknown:
            section, label = labels.get(key, ("", key))
            names = ", ".join(f"{{{name}}}" for name in unknown)
            problems.append(
                sentence("letters.placeholder_problem", section=section, label=label, names=names)
            )
    return problems
