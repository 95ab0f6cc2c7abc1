"""The template editor's names for the sections, sentences and placeholders of a letter.

``app.letters.placeholders`` names them in English for the command line; the editor shows
them in the interface's language. A name missing here is shown as the core wrote it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.letters import placeholders as ph


def _t(text: str) -> str:
    return QCoreApplication.translate("TemplateLabels", text)


def section_title(title: str) -> str:
    titles = {
        "Subject and introduction": _t("Subject and introduction"),
        "The match": _t("The match"),
        "What happens next": _t("What happens next"),
        "Before the first meeting": _t("Before the first meeting"),
        "Closing and dates": _t("Closing and dates"),
        "Email draft": _t("Email draft"),
    }
    return titles.get(title, title)


def field_label(key: str) -> str:
    """The name of the sentence ``key`` (a field of the editor)."""
    labels = {
        "subject_mentee_one": _t("Subject (mentee, one mentor)"),
        "subject_mentee_many": _t("Subject (mentee, several mentors)"),
        "subject_mentor_one": _t("Subject (mentor, one mentee)"),
        "subject_mentor_many": _t("Subject (mentor, several mentees)"),
        "greeting": _t("Greeting"),
        "intro_mentee_one": _t("Introduction (mentee, one mentor)"),
        "intro_mentee_many": _t("Introduction (mentee, several mentors)"),
        "intro_mentor_one": _t("Introduction (mentor, one mentee)"),
        "intro_mentor_many": _t("Introduction (mentor, several mentees)"),
        "heading_partner_mentee_one": _t("Heading (mentee, one mentor)"),
        "heading_partner_mentee_many": _t("Heading (mentee, several mentors)"),
        "heading_partner_mentor_one": _t("Heading (mentor, one mentee)"),
        "heading_partner_mentor_many": _t("Heading (mentor, several mentees)"),
        "label_email": _t("Label: email"),
        "label_phone": _t("Label: phone"),
        "label_institution": _t("Label: institution"),
        "label_stage": _t("Label: year or stage"),
        "label_city": _t("Label: city"),
        "heading_reasons": _t("Heading: why they were matched"),
        "heading_topics": _t("Heading: conversation ideas"),
        "heading_next": _t("Heading"),
        "next_mentee": _t("First contact (mentee)"),
        "next_mentor_one": _t("First contact (mentor, one mentee)"),
        "next_mentor_many": _t("First contact (mentor, several mentees)"),
        "rhythm": _t("Rhythm of contacts"),
        "cycle_both": _t("Cycle dates (start and end)"),
        "cycle_start": _t("Cycle dates (start only)"),
        "cycle_end": _t("Cycle dates (end only)"),
        "heading_primer": _t("Heading (mentee)"),
        "primer_intro": _t("Introduction to the questions (mentee)"),
        ph.PRIMER: _t("Questions, one per line (mentee)"),
        "primer_mentor": _t("Paragraph for mentors"),
        "questions": _t("Questions sentence"),
        "closing": _t("Closing"),
        "continued": _t("Header of later pages"),
        ph.DATE: _t("Date pattern"),
        ph.FIRST_DAY: _t("How the 1st of a month is written"),
        "email_body": _t("Email message"),
    }
    english = next((f.label for s in ph.SECTIONS for f in s.fields if f.key == key), key)
    return labels.get(key, english)


def placeholder_text(name: str) -> str:
    """What the placeholder ``{name}`` is replaced with."""
    texts = {
        "name": _t("the recipient's name"),
        "program": _t("the program's name"),
        "cycle": _t("the cycle, e.g. 2025-2026"),
        "organisation": _t("the organisation"),
        "coordinator": _t("the coordinator's name"),
        "days": _t("days to make first contact"),
        "cadence": _t("days between contacts"),
        "count": _t("how many mentors or mentees"),
        "start": _t("the cycle's first day"),
        "end": _t("the cycle's last day"),
        "contact": _t("the coordinator and their email"),
        "page": _t("the page number"),
        "day": _t("the day of the month"),
        "month": _t("the month's name"),
        "year": _t("the year"),
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
                _t("{section} › {field}: {names} cannot be filled here.").format(
                    section=section_title(sections.get(key, "")),
                    field=field_label(key),
                    names=names,
                )
            )
    return problems
