"""What a printed agreement says, as plain data read from the database (no reportlab).

Language: an agreement is printed in the language its people read. When all of them read
French it is in French, when all read English in English; when they differ it holds both
versions one after the other (the mentees' language first) and one signature block with
both languages' labels, as bilingual agreements are signed in Canada: each person reads
in their own language the very page they sign. A coordinator may force ``en``, ``fr`` or
``both``.

Only names, roles and what the agreement itself says are printed: never a sign-up answer,
and not the coordinator's notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from app.agreements.listing import AgreementRow, agreement_rows
from app.agreements.messages import say, sentence
from app.agreements.service import AgreementView, get_agreement
from app.db.models import Cycle, Program
from app.errors import NotFoundError, UnusableInputError
from app.letters.content import LetterContent, PartnerDetails
from app.letters.files import safe_file_name
from app.letters.letterhead import program_letterhead

LANGUAGE_CHOICES = ("en", "fr", "both")


@dataclass(frozen=True)
class GoalLine:
    text: str
    target_on: dt.date | None
    status: str


@dataclass(frozen=True)
class AgreementSheet:
    """The agreement's own words (the letterhead and date come with the letter)."""

    languages: tuple[str, ...]
    group_name: str
    mentors: tuple[str, ...]
    mentees: tuple[str, ...]
    support: tuple[str, ...]
    meeting_every_days: int | None
    program_cadence: int
    goals: tuple[GoalLine, ...]
    confidentiality: str  # "" prints the default wording in each language
    ending: str
    signed_on: dt.date | None
    coordinator: str


@dataclass(frozen=True)
class AgreementContent(LetterContent):
    """A letter whose body is an agreement: the renderer's letterhead, pages and fonts."""

    sheet: AgreementSheet | None = None
    file_stem: str = ""
    agreement_id: int = 0
    match_id: int | None = None
    group_id: int | None = None
    emails: tuple[str, ...] = field(default_factory=tuple)


def check_language(lang: str | None) -> None:
    if lang is not None and lang not in LANGUAGE_CHOICES:
        raise UnusableInputError(sentence("agreements.language_invalid", lang=lang))


def document_languages(row: AgreementRow, lang: str | None = None) -> tuple[str, ...]:
    """The languages the agreement is printed in, first language first."""
    check_language(lang)
    first = row.mentees[0].language if row.mentees else row.people[0].language
    both = (first, "en" if first == "fr" else "fr")
    if lang == "both":
        return both
    if lang in ("en", "fr"):
        return (lang,)
    spoken = {m.language for m in row.people}
    return (spoken.pop(),) if len(spoken) == 1 else both


def joined(names: tuple[str, ...], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return say("pdf.and", lang, first=", ".join(names[:-1]), last=names[-1])


def _title_names(row: AgreementRow, lang: str) -> str:
    if row.group_name:
        return row.group_name
    return joined(tuple(m.name for m in row.people), lang)


def agreement_content(
    row: AgreementRow,
    view: AgreementView,
    program: Program,
    cycle_label: str,
    lang: str | None = None,
    today: dt.date | None = None,
) -> AgreementContent:
    languages = document_languages(row, lang)
    first = languages[0]
    head = program_letterhead(program)
    sheet = AgreementSheet(
        languages=languages,
        group_name=row.group_name,
        mentors=tuple(m.name for m in row.mentors),
        mentees=tuple(m.name for m in row.mentees),
        support=view.support,
        meeting_every_days=view.meeting_every_days,
        program_cadence=program.cadence_days,
        goals=tuple(GoalLine(g.text, g.target_on, g.status) for g in view.goals),
        confidentiality=view.confidentiality,
        ending=view.ending,
        signed_on=view.signed_on,
        coordinator=head.in_language(first).contact_name,
    )
    names = _title_names(row, first)
    return AgreementContent(
        kind="mentee",
        language=first,
        recipient_name=say("pdf.running", first, names=names),
        partners=tuple(PartnerDetails(name=m.name) for m in row.people)
        or (PartnerDetails(name=names),),
        letterhead=head,
        cycle_label=cycle_label,
        date=today or dt.date.today(),
        sheet=sheet,
        file_stem=f"{say('pdf.title', first)} - {names}",
        agreement_id=view.id,
        match_id=row.match_id,
        group_id=row.group_id,
        emails=tuple(m.email for m in row.people),
    )


def cycle_documents(
    session: Session,
    cycle_id: int,
    agreement_ids: set[int] | None = None,
    lang: str | None = None,
    today: dt.date | None = None,
) -> list[AgreementContent]:
    """The printable agreements of the cycle (only ``agreement_ids`` when given)."""
    check_language(lang)
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("agreements.cycle_gone"))
    program = session.get(Program, cycle.program_id)
    assert program is not None
    documents = []
    for row in agreement_rows(session, cycle_id):
        if row.agreement_id is None:
            continue
        if agreement_ids is not None and row.agreement_id not in agreement_ids:
            continue
        view = get_agreement(session, row.agreement_id)
        documents.append(agreement_content(row, view, program, cycle.label, lang, today))
    return documents


def unique_file_names(documents: list[AgreementContent]) -> list[str]:
    """A file name per document, numbered when two would be the same."""
    names: list[str] = []
    seen: set[str] = set()
    for document in documents:
        name = safe_file_name(document.file_stem)
        number = 2
        while name.casefold() in seen:
            name = safe_file_name(f"{document.file_stem} ({number})")
            number += 1
        seen.add(name.casefold())
        names.append(name)
    return names
