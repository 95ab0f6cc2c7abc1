"""Saved versions of a program's letter templates (table ``letter_template``).

Saving never edits a version: it adds the next number, so every letter in the log names
the exact words it was made from (``"en-v3"``), and :func:`template_for_label` brings them
back. A program without saved versions uses the shipped words (``"default"``); words left
in the older ``Program.settings["letter_templates"]`` are still read, and are saved as
version 1 the first time letters are written with them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import LetterTemplate as TemplateRow
from app.db.models import Program
from app.errors import NotFoundError, UnusableInputError
from app.letters.content import LANGUAGES
from app.letters.messages import sentence, text
from app.letters.placeholders import DATE, FIRST_DAY, PRIMER, SECTIONS, template_problems
from app.letters.templates import DEFAULT_VERSION, LetterTemplate, load_template
from app.sentences import render

LEGACY_KEY = "letter_templates"
_LABEL = re.compile(r"^(?P<lang>[a-z]{2})-v(?P<number>\d+)$")
MAX_NOTE = 500


@dataclass(frozen=True)
class TemplateVersionInfo:
    """One saved version, as the editor's history lists it."""

    language: str
    version: int
    label: str
    note: str
    created_at: dt.datetime


def version_label(language: str, version: int) -> str:
    return f"{language}-v{version}"


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise UnusableInputError(sentence("letters.language_not_en_fr", lang=language))


def _program(session: Session, program_id: int) -> Program:
    program = session.get(Program, program_id)
    if program is None:
        raise NotFoundError(sentence("letters.program_gone"))
    return program


def _latest_row(session: Session, program_id: int, language: str) -> TemplateRow | None:
    query = (
        select(TemplateRow)
        .where(TemplateRow.program_id == program_id, TemplateRow.language == language)
        .order_by(TemplateRow.version.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def _from_row(row: TemplateRow) -> LetterTemplate:
    return load_template(
        row.language, row.content, version=version_label(row.language, row.version)
    )


def _legacy(program: Program, language: str) -> Mapping[str, Any] | None:
    overrides = program.settings.get(LEGACY_KEY) or {}
    found = overrides.get(language) if isinstance(overrides, Mapping) else None
    return found if isinstance(found, Mapping) and found else None


def current_template(session: Session, program: Program, language: str) -> LetterTemplate:
    """The words new letters in ``language`` use: the latest version, else the shipped ones."""
    row = _latest_row(session, program.id, language)
    if row is not None:
        return _from_row(row)
    return load_template(language, _legacy(program, language))


def current_templates(session: Session, program: Program) -> dict[str, LetterTemplate]:
    return {code: current_template(session, program, code) for code in LANGUAGES}


def adopt_legacy_templates(session: Session, program: Program) -> None:
    """Save words still kept in the old settings key as version 1, so letters can name them."""
    for language in LANGUAGES:
        legacy = _legacy(program, language)
        if legacy is not None and _latest_row(session, program.id, language) is None:
            content = load_template(language, legacy).content()
            _add(session, program.id, language, content, "Kept from the earlier settings")


def _add(
    session: Session, program_id: int, language: str, content: dict[str, Any], note: str
) -> TemplateVersionInfo:
    latest = session.scalar(
        select(func.max(TemplateRow.version)).where(
            TemplateRow.program_id == program_id, TemplateRow.language == language
        )
    )
    row = TemplateRow(
        program_id=program_id,
        language=language,
        version=(latest or 0) + 1,
        content=content,
        note=note.strip()[:MAX_NOTE],
    )
    session.add(row)
    session.flush()
    audit.record(session, "save_letter_template", "program", program_id, label=_info(row).label)
    return _info(row)


def _info(row: TemplateRow) -> TemplateVersionInfo:
    return TemplateVersionInfo(
        language=row.language,
        version=row.version,
        label=version_label(row.language, row.version),
        note=row.note,
        created_at=row.created_at,
    )


def field_values(template: LetterTemplate) -> dict[str, str]:
    """The editor's fields of ``template``: every sentence, the questions, the date."""
    values = {f.key: template.text.get(f.key, "") for s in SECTIONS for f in s.fields}
    values[PRIMER] = "\n".join(template.primer)
    values[DATE] = template.date_pattern
    values[FIRST_DAY] = template.first_day
    return values


def content_from_fields(language: str, values: Mapping[str, str]) -> dict[str, Any]:
    """A whole template from the editor's fields (missing fields keep the shipped words)."""
    shipped = load_template(language)
    text = dict(shipped.text)
    for key, value in values.items():
        if key in text:
            text[key] = value.strip()
    primer = values.get(PRIMER)
    return {
        "text": text,
        "primer": [q.strip() for q in (primer or "").splitlines() if q.strip()]
        if primer is not None
        else list(shipped.primer),
        "months": list(shipped.months),
        "date": (values.get(DATE) or shipped.date_pattern).strip(),
        "first_day": (values.get(FIRST_DAY) or shipped.first_day).strip(),
    }


def save_template_version(
    session: Session, program_id: int, language: str, values: Mapping[str, str], note: str = ""
) -> TemplateVersionInfo:
    """Save the editor's fields as the next version; refuses placeholders that cannot fill."""
    _check_language(language)
    _program(session, program_id)
    problems = template_problems(values)
    if problems:
        listed = text("\n".join(problems), "\n".join(render(p, "fr") for p in problems))
        raise UnusableInputError(sentence("letters.placeholders_refused", problems=listed))
    return _add(session, program_id, language, content_from_fields(language, values), note)


def list_template_versions(
    session: Session, program_id: int, language: str
) -> list[TemplateVersionInfo]:
    """Every saved version in ``language``, newest first."""
    query = (
        select(TemplateRow)
        .where(TemplateRow.program_id == program_id, TemplateRow.language == language)
        .order_by(TemplateRow.version.desc())
    )
    return [_info(row) for row in session.scalars(query)]


def _row(session: Session, program_id: int, language: str, version: int) -> TemplateRow:
    row = session.scalars(
        select(TemplateRow).where(
            TemplateRow.program_id == program_id,
            TemplateRow.language == language,
            TemplateRow.version == version,
        )
    ).first()
    if row is None:
        raise NotFoundError(sentence("letters.version_missing", version=version, language=language))
    return row


def template_version(
    session: Session, program_id: int, language: str, version: int | None = None
) -> LetterTemplate:
    """A saved version (the current words when ``version`` is None)."""
    _check_language(language)
    if version is None:
        return current_template(session, _program(session, program_id), language)
    return _from_row(_row(session, program_id, language, version))


def restore_template_version(
    session: Session, program_id: int, language: str, version: int
) -> TemplateVersionInfo:
    """Make an earlier version current again, as a new version (history is kept)."""
    content = dict(_row(session, program_id, language, version).content)
    return _add(session, program_id, language, content, f"Restored version {version}")


def reset_template(session: Session, program_id: int, language: str) -> TemplateVersionInfo:
    """Go back to the shipped words, as a new version (history is kept)."""
    _check_language(language)
    _program(session, program_id)
    content = load_template(language).content()
    return _add(session, program_id, language, content, "Reset to the standard wording")


def template_for_label(
    session: Session, program_id: int, language: str, label: str
) -> LetterTemplate:
    """The template a logged letter was made with, from its recorded version label."""
    if label == DEFAULT_VERSION:
        return load_template(language)
    found = _LABEL.match(label)
    if found is None:
        raise UnusableInputError(sentence("letters.not_reproducible"))
    row = _row(session, program_id, found["lang"], int(found["number"]))
    return _from_row(row)
