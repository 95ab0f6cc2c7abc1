"""Exporting a cycle's participants, matches or meetings to CSV or XLSX.

Exports are opened in Excel by coordinators, so every text cell that Excel would read as a
formula (= + - @ tab CR at the start) gets a leading apostrophe, CSV is UTF-8 with a BOM
(Excel otherwise mangles accents), and the file is written through :mod:`app.safe_files`
(never over the database or a backup, and renamed into place so a failed export never
leaves half a file).

Exports are written in English, headers and answers alike: choice answers stored as
catalogue keys (stage, province, languages, interests, location preference, mentoring
style) are written as the program catalogue's English labels, so a mail merge or a
spreadsheet formula sees one stable spelling whatever form each person filled in. Letters
and e-mail drafts, not exports, speak each reader's language.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from app.catalogue import Catalogue, seed_catalogue
from app.db.models import Cycle, Group, Match, Meeting, Participant, Person
from app.errors import NotFoundError, UnusableInputError
from app.matching.reasons import render_reasons
from app.roster.messages import sentence
from app.roster.service import list_participants
from app.safe_files import check_destination, replacing

Cell = str | int | float | None
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_YES_NO = {True: "yes", False: "no"}
EXPORT_WHAT = "the export"


def neutralise(value: Cell) -> Cell:
    """Text that Excel would run as a formula, prefixed with ' so it stays text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _participant_table(session: Session, cycle_id: int) -> tuple[list[str], list[list[Cell]]]:
    rows = list_participants(session, cycle_id)
    catalogue = _catalogue(session, cycle_id)
    details = {
        p.id: p
        for p in session.scalars(
            select(Participant)
            .where(Participant.cycle_id == cycle_id)
            .options(selectinload(Participant.person))
        )
    }
    custom_headers: list[str] = []
    for participant in details.values():
        for header in participant.custom_fields or {}:
            if header not in custom_headers:
                custom_headers.append(header)
    headers = [
        "First name", "Last name", "Preferred name", "Pronouns", "Email", "Phone", "Role",
        "School / residency program", "Year of study / PGY", "City", "Province",
        "Languages spoken", "Preferred language", "Areas of interest", "Local or anywhere",
        "Mentoring style", "Capacity", "Status", "Returning", "Matched", *custom_headers,
    ]  # fmt: skip
    table: list[list[Cell]] = []
    for row in rows:
        participant = details[row.id]
        prefs = participant.preferences or {}
        custom = participant.custom_fields or {}
        table.append(
            [
                row.first_name, row.last_name, row.preferred_name, participant.person.pronouns,
                row.email, row.phone, row.role, row.institution,
                _label(catalogue, "stage", row.stage), row.city,
                _label(catalogue, "province", row.province),
                _labels(catalogue, "languages", row.languages),
                participant.person.preferred_language,
                _labels(catalogue, "interests", row.interests),
                _label(catalogue, "location_preference", prefs.get("location")),
                _label(catalogue, "mentoring_style", prefs.get("style")),
                row.capacity, row.status, _YES_NO[row.returning], _YES_NO[row.matched],
                *(str(custom.get(h, "")) for h in custom_headers),
            ]
        )  # fmt: skip
    return headers, table


def _label(catalogue: Catalogue, field: str, answer: object) -> str:
    """The English label of a stored answer ("" when none; an answer outside it as given)."""
    if not isinstance(answer, str) or not answer:
        return ""
    return catalogue.label(field, answer, "en")


def _labels(catalogue: Catalogue, field: str, answers: Sequence[str]) -> str:
    return "; ".join(_label(catalogue, field, a) for a in answers)


def _catalogue(session: Session, cycle_id: int) -> Catalogue:
    """The program's catalogue: answers stored as keys are written as their labels."""
    from app.catalogue import load_catalogue
    from app.db.models import Cycle

    cycle = session.get(Cycle, cycle_id)
    return load_catalogue(session, cycle.program_id) if cycle else seed_catalogue()


def _person_cells(participant: Participant) -> list[Cell]:
    person = participant.person
    # Phones appear in a mail merge only with the person's consent to share them.
    phone = person.phone if person.share_phone else ""
    return [
        person.display_name,
        person.first_name,
        person.last_name,
        person.email,
        phone,
        participant.institution,
        person.preferred_language,
    ]


def _match_table(
    session: Session, cycle_id: int, include_safety_notes: bool = False
) -> tuple[list[str], list[list[Cell]]]:
    """One line per match with both people's details: ready for a mail merge.

    The pair's safety and boundary note is written only when asked for explicitly.
    """
    side = ["name", "first name", "last name", "email", "phone", "institution", "language"]
    headers = [
        *(f"Mentor {h}" for h in side),
        *(f"Mentee {h}" for h in side),
        "Mentor role", "Mentee role", "Status", "Score", "Origin", "Reasons",
        "Confirmed on", "Ended on", "End reason",
    ]  # fmt: skip
    if include_safety_notes:
        headers.append("Safety note")
    mentor, mentee = aliased(Participant), aliased(Participant)
    matches = session.scalars(
        select(Match)
        .join(mentor, Match.mentor_id == mentor.id)
        .join(mentee, Match.mentee_id == mentee.id)
        .join(Person, Person.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .order_by(Person.last_name, Person.first_name, Match.id)
        .options(
            selectinload(Match.mentor).selectinload(Participant.person),
            selectinload(Match.mentee).selectinload(Participant.person),
        )
    )
    table: list[list[Cell]] = []
    for match in matches:
        table.append(
            [
                *_person_cells(match.mentor),
                *_person_cells(match.mentee),
                match.mentor.role, match.mentee.role, match.status,
                None if match.score is None else round(match.score, 3),
                match.origin, "; ".join(render_reasons(match.reasons)),
                match.confirmed_at.date().isoformat() if match.confirmed_at else "",
                match.ended_at.date().isoformat() if match.ended_at else "",
                match.end_reason,
                *([match.safety_note] if include_safety_notes else []),
            ]
        )  # fmt: skip
    return headers, table


def _meeting_table(session: Session, cycle_id: int) -> tuple[list[str], list[list[Cell]]]:
    """Logged contacts; safety-concern notes stay in the app, only the flag is exported."""
    headers = [
        "Date", "Mentor", "Mentee", "Group", "Mode", "Duration (minutes)", "Initiated by",
        "Topics", "Notes", "Concern",
    ]  # fmt: skip
    meetings = session.scalars(
        select(Meeting)
        .outerjoin(Match, Meeting.match_id == Match.id)
        .outerjoin(Group, Meeting.group_id == Group.id)
        .where(
            (Match.cycle_id == cycle_id)
            | (Group.cycle_id == cycle_id)
            | (Meeting.cycle_id == cycle_id)  # the program-wide meetings
        )
        .order_by(Meeting.held_on, Meeting.id)
        .options(selectinload(Meeting.topics))
    ).all()
    match_ids = {m.match_id for m in meetings if m.match_id is not None}
    group_ids = {m.group_id for m in meetings if m.group_id is not None}
    matches = _load(session, Match, match_ids)
    groups = _load(session, Group, group_ids)
    table: list[list[Cell]] = []
    for meeting in meetings:
        match = matches.get(meeting.match_id) if meeting.match_id else None
        group = groups.get(meeting.group_id) if meeting.group_id else None
        table.append(
            [
                meeting.held_on.isoformat(),
                match.mentor.person.display_name if match else "",
                match.mentee.person.display_name if match else "",
                group.name if group else ("Program meeting" if meeting.cycle_id else ""),
                meeting.mode, meeting.duration_minutes, meeting.initiated_by,
                "; ".join(t.name for t in meeting.topics), meeting.notes,
                _YES_NO[bool(meeting.concern)],
            ]
        )  # fmt: skip
    return headers, table


def _load(session: Session, model: Any, ids: set[int]) -> dict[int, Any]:
    if not ids:
        return {}
    options = []
    if model is Match:
        options = [
            selectinload(Match.mentor).selectinload(Participant.person),
            selectinload(Match.mentee).selectinload(Participant.person),
        ]
    found = session.scalars(select(model).where(model.id.in_(ids)).options(*options))
    return {item.id: item for item in found}


_TABLES: dict[str, Callable[[Session, int], tuple[list[str], list[list[Cell]]]]] = {
    "participants": _participant_table,
    "matches": _match_table,
    "meetings": _meeting_table,
}


def export_counts(session: Session, cycle_id: int) -> dict[str, int]:
    """How many rows each kind of export of the cycle would write."""

    def count(query: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    meetings = (
        select(Meeting.id)
        .outerjoin(Match, Meeting.match_id == Match.id)
        .outerjoin(Group, Meeting.group_id == Group.id)
        .where(
            (Match.cycle_id == cycle_id)
            | (Group.cycle_id == cycle_id)
            | (Meeting.cycle_id == cycle_id)
        )
    )
    return {
        "participants": count(select(Participant.id).where(Participant.cycle_id == cycle_id)),
        "matches": count(select(Match.id).where(Match.cycle_id == cycle_id)),
        "meetings": count(meetings),
    }


def export(
    session: Session, cycle_id: int, what: str, out: Path, *, include_safety_notes: bool = False
) -> int:
    """Write ``what`` (participants, matches or meetings) of the cycle to ``out``.

    CSV or XLSX by the file's extension; returns the number of data rows written. Pairs'
    safety notes are written (matches only) only with ``include_safety_notes``.
    """
    out = Path(out)
    if what not in _TABLES:
        raise UnusableInputError(sentence("roster.export_what", what=what))
    check_destination(out, EXPORT_WHAT)  # before anything else is said about the path
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UnusableInputError(sentence("roster.export_suffix", name=out.name))
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError(sentence("roster.cycle_gone"))
    if what == "matches":
        headers, rows = _match_table(session, cycle_id, include_safety_notes)
    else:
        headers, rows = _TABLES[what](session, cycle_id)
    writer = _write_csv if suffix == ".csv" else _write_xlsx
    with replacing(out, EXPORT_WHAT) as temp:
        writer(temp, headers, rows)
    return len(rows)


def _write_csv(path: Path, headers: list[str], rows: Sequence[Sequence[Cell]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(h) for h in headers])
        writer.writerows(["" if c is None else neutralise(c) for c in row] for row in rows)


def _write_xlsx(path: Path, headers: list[str], rows: Sequence[Sequence[Cell]]) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Export")
    sheet.append([neutralise(_xml_safe(h)) for h in headers])
    for row in rows:
        sheet.append([neutralise(_xml_safe(c)) for c in row])
    workbook.save(path)


def _xml_safe(value: Cell) -> Cell:
    """XLSX cannot hold most control characters; drop them rather than fail the export."""
    return _XML_ILLEGAL.sub("", value) if isinstance(value, str) else value
