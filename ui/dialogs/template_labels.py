"""The template editor's names for the sections, sentences and placeholders of a letter.

``app.letters.placeholders`` names them in English for the command line; the editor shows
them in the interface's language. A name missing here is shown as the core wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.letters import placeholders as ph


def section_title(title: str) -> str:
    titles = {
        "Subject and introduction": QCoreApplication.translate(
            "TemplateLabels", "Subject and introduction"
        ),
        "The match": QCoreApplication.translate("TemplateLabels", "The match"),
        "What happens next": QCoreApplication.translate("TemplateLabels", "What happens next"),
        "Before the first meeting": QCoreApplication.translate(
            "TemplateLabels", "Before the first meeting"
        ),
        "Closing and dates": QCoreApplication.translate("TemplateLabels", "Closing and dates"),
        "Email draft": QCoreApplication.translate("TemplateLabels", "Email draft"),
        "Group letters": QCoreApplication.translate("TemplateLabels", "Group letters"),
    }
    return titles.get(title, title)


def field_label(key: str) -> str:
    """The name of the sentence ``key`` (a field of the editor)."""
    labels = {
        "subject_mentee_one": QCoreApplication.translate(
            "TemplateLabels", "Subject (mentee, one mentor)"
        ),
        "subject_mentee_many": QCoreApplication.translate(
            "TemplateLabels", "Subject (mentee, several mentors)"
        ),
        "subject_mentor_one": QCoreApplication.translate(
            "TemplateLabels", "Subject (mentor, one mentee)"
        ),
        "subject_mentor_many": QCoreApplication.translate(
            "TemplateLabels", "Subject (mentor, several mentees)"
        ),
        "greeting": QCoreApplication.translate("TemplateLabels", "Greeting"),
        "intro_mentee_one": QCoreApplication.translate(
            "TemplateLabels", "Introduction (mentee, one mentor)"
        ),
        "intro_mentee_many": QCoreApplication.translate(
            "TemplateLabels", "Introduction (mentee, several mentors)"
        ),
        "intro_mentor_one": QCoreApplication.translate(
            "TemplateLabels", "Introduction (mentor, one mentee)"
        ),
        "intro_mentor_many": QCoreApplication.translate(
            "TemplateLabels", "Introduction (mentor, several mentees)"
        ),
        "heading_partner_mentee_one": QCoreApplication.translate(
            "TemplateLabels", "Heading (mentee, one mentor)"
        ),
        "heading_partner_mentee_many": QCoreApplication.translate(
            "TemplateLabels", "Heading (mentee, several mentors)"
        ),
        "heading_partner_mentor_one": QCoreApplication.translate(
            "TemplateLabels", "Heading (mentor, one mentee)"
        ),
        "heading_partner_mentor_many": QCoreApplication.translate(
            "TemplateLabels", "Heading (mentor, several mentees)"
        ),
        "label_email": QCoreApplication.translate("TemplateLabels", "Label: email"),
        "label_phone": QCoreApplication.translate("TemplateLabels", "Label: phone"),
        "label_institution": QCoreApplication.translate("TemplateLabels", "Label: institution"),
        "label_stage": QCoreApplication.translate("TemplateLabels", "Label: year or stage"),
        "label_city": QCoreApplication.translate("TemplateLabels", "Label: city"),
        "heading_reasons": QCoreApplication.translate(
            "TemplateLabels", "Heading: why they were matched"
        ),
        "heading_topics": QCoreApplication.translate(
            "TemplateLabels", "Heading: conversation ideas"
        ),
        "heading_next": QCoreApplication.translate("TemplateLabels", "Heading"),
        "next_mentee": QCoreApplication.translate("TemplateLabels", "First contact (mentee)"),
        "next_mentor_one": QCoreApplication.translate(
            "TemplateLabels", "First contact (mentor, one mentee)"
        ),
        "next_mentor_many": QCoreApplication.translate(
            "TemplateLabels", "First contact (mentor, several mentees)"
        ),
        "rhythm": QCoreApplication.translate("TemplateLabels", "Rhythm of contacts"),
        "cycle_both": QCoreApplication.translate("TemplateLabels", "Cycle dates (start and end)"),
        "cycle_start": QCoreApplication.translate("TemplateLabels", "Cycle dates (start only)"),
        "cycle_end": QCoreApplication.translate("TemplateLabels", "Cycle dates (end only)"),
        "heading_primer": QCoreApplication.translate("TemplateLabels", "Heading (mentee)"),
        "primer_intro": QCoreApplication.translate(
            "TemplateLabels", "Introduction to the questions (mentee)"
        ),
        ph.PRIMER: QCoreApplication.translate("TemplateLabels", "Questions, one per line (mentee)"),
        "primer_mentor": QCoreApplication.translate("TemplateLabels", "Paragraph for mentors"),
        "questions": QCoreApplication.translate("TemplateLabels", "Questions sentence"),
        "closing": QCoreApplication.translate("TemplateLabels", "Closing"),
        "continued": QCoreApplication.translate("TemplateLabels", "Header of later pages"),
        ph.DATE: QCoreApplication.translate("TemplateLabels", "Date pattern"),
        ph.FIRST_DAY: QCoreApplication.translate(
            "TemplateLabels", "How the 1st of a month is written"
        ),
        "email_body": QCoreApplication.translate("TemplateLabels", "Email message"),
        **_group_labels(),
    }
    english = next((f.label for s in ph.SECTIONS for f in s.fields if f.key == key), key)
    return labels.get(key, english)


def _group_labels() -> dict[str, str]:
    """The names of the group letters' sentences."""

    return {
        "group_subject": QCoreApplication.translate("TemplateLabels", "Subject"),
        "group_intro_member": QCoreApplication.translate("TemplateLabels", "Introduction (member)"),
        "group_intro_mentor": QCoreApplication.translate("TemplateLabels", "Introduction (mentor)"),
        "heading_group_mentors": QCoreApplication.translate(
            "TemplateLabels", "Heading: the group's mentors"
        ),
        "heading_group_members": QCoreApplication.translate(
            "TemplateLabels", "Heading: the group's members"
        ),
        "heading_group_first": QCoreApplication.translate(
            "TemplateLabels", "Heading: the first meeting"
        ),
        "label_first_when": QCoreApplication.translate("TemplateLabels", "Label: when"),
        "label_first_where": QCoreApplication.translate("TemplateLabels", "Label: where"),
        "label_first_how": QCoreApplication.translate("TemplateLabels", "Label: how"),
        "group_first_unknown": QCoreApplication.translate(
            "TemplateLabels", "First meeting not yet set"
        ),
        "group_rhythm": QCoreApplication.translate("TemplateLabels", "Rhythm of meetings"),
        "mode_in_person": QCoreApplication.translate("TemplateLabels", "Mode: in person"),
        "mode_video": QCoreApplication.translate("TemplateLabels", "Mode: video call"),
        "mode_phone": QCoreApplication.translate("TemplateLabels", "Mode: phone"),
        "mode_email_text": QCoreApplication.translate("TemplateLabels", "Mode: email or text"),
    }


def placeholder_text(name: str) -> str:
    """What the placeholder ``{name}`` is replaced with."""
    texts = {
        "name": QCoreApplication.translate("TemplateLabels", "the recipient's name"),
        "program": QCoreApplication.translate("TemplateLabels", "the program's name"),
        "cycle": QCoreApplication.translate("TemplateLabels", "the cycle, e.g. 2025-2026"),
        "organisation": QCoreApplication.translate("TemplateLabels", "the organisation"),
        "coordinator": QCoreApplication.translate("TemplateLabels", "the coordinator's name"),
        "days": QCoreApplication.translate("TemplateLabels", "days to make first contact"),
        "cadence": QCoreApplication.translate("TemplateLabels", "days between contacts"),
        "count": QCoreApplication.translate("TemplateLabels", "how many mentors or mentees"),
        "start": QCoreApplication.translate("TemplateLabels", "the cycle's first day"),
        "end": QCoreApplication.translate("TemplateLabels", "the cycle's last day"),
        "contact": QCoreApplication.translate("TemplateLabels", "the coordinator and their email"),
        "page": QCoreApplication.translate("TemplateLabels", "the page number"),
        "day": QCoreApplication.translate("TemplateLabels", "the day of the month"),
        "month": QCoreApplication.translate("TemplateLabels", "the month's name"),
        "year": QCoreApplication.translate("TemplateLabels", "the year"),
        "group": QCoreApplication.translate("TemplateLabels", "the group's name"),
    }
    return texts.get(name, ph.PLACEHOLDERS.get(name, name))


def template_problems(values: Mapping[str, str]) -> list[str]:
    """One sentence per field using a placeholder it cannot fill (``ph.template_problems``)."""
    sections = {f.key: s.title for s in ph.SECTIONS for f in s.fields}
    problems = []
    for key, text in values.items():
        unknown = ph.unknown_placeholders(key, text)
        if unknown:
            names = ", ".join(f"{{{name}}}" for name in unknown)
            problems.append(
                QCoreApplication.translate(
                    "TemplateLabels", "{section} › {field}: {names} cannot be filled here."
                ).format(
                    section=section_title(sections.get(key, "")),
                    field=field_label(key),
                    names=names,
                )
            )
    return problems
