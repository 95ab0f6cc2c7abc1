"""Checking the rows of a check-in form export, one contact per row.

Each row names the pair by email (either order of the two people), and says when, how,
how long and what about. A cell that cannot be used is reported with its row and column
and the row is rejected; nothing is reinterpreted (a date before the match began, a
length such as "-1h" or "1:99"). Topics in participants' own words are matched to the
catalogue when one topic clearly fits, otherwise kept in the contact's notes; both are
said in the report.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.db.models import Match, Meeting, Participant, Person, Topic
from app.meetings import parsing
from app.meetings.contact_rules import before_match_problem, began_on, future_problem
from app.meetings.engagement import ENGAGED_STATUSES
from app.meetings.group_rows import GroupLookups, find_group, read_attendance
from app.meetings.topic_reading import TopicCatalogue
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.columns import normalise_header as fold
from app.roster.importer import RejectedRow
from app.roster.problems import problem
from app.roster.reader import Table
from app.roster.values import CellError, clean_email, email_key, parse_yes_no

EMAIL_FIELDS = ("mentor_email", "mentee_email", "email")
_NO_CONCERN = ("", "none", "no concern", "no concerns", "n a", "na", "nothing", "rien", "aucune")
_PROGRESS_EVERY = 200


@dataclass
class Contact:
    row: int
    match_id: int = 0
    held_on: dt.date = dt.date.min
    mode: str = ""
    duration: int | None = None
    initiated_by: str = ""
    topic_ids: list[int] = field(default_factory=list)
    # (column, words as typed, catalogue topic or "" when kept in the notes), for the report
    topic_words: list[tuple[str, str, str]] = field(default_factory=list)
    notes: str = ""
    concern: bool = False
    concern_note: str = ""
    errors: list[tuple[str, str]] = field(default_factory=list)
    group_id: int = 0  # a group's meeting rather than a pair's contact
    absent_ids: list[int] = field(default_factory=list)


@dataclass
class Lookups:
    """What a row is checked against, loaded once per import."""

    by_pair: dict[tuple[str, str], tuple[int, str]]
    by_person: dict[str, list[tuple[int, str]]]
    began: dict[int, dt.date]  # match id → the day it was made, in local time
    topics: TopicCatalogue
    logged: set[tuple[int, dt.date, str]]
    today: dt.date
    day_order: str | None = None
    groups: GroupLookups | None = None  # set when the file has a group column


def topic_warnings(accepted: list[Contact]) -> list[str]:
    """One sentence per distinct wording that was not a catalogue name, with its rows."""
    rows: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for contact in accepted:
        for words in contact.topic_words:
            rows[words].append(contact.row)
    warnings: list[str] = []
    for (column, typed, topic), numbers in rows.items():
        if topic:
            said = problem("topic_read_as", rows=numbers, column=column, typed=typed, topic=topic)
        else:
            said = problem("topic_kept_in_notes", rows=numbers, column=column, typed=typed)
        warnings.append(said)
    return warnings


def load_lookups(session: Session, cycle_id: int, today: dt.date) -> Lookups:
    mentor, mentee = aliased(Participant), aliased(Participant)
    a, b = aliased(Person), aliased(Person)
    # Keys are made from the stored addresses with the one email_key of the whole app, so
    # the file and the database are compared the same way whatever form older keys have.
    query = (
        select(Match.id, Match.status, Match.created_at, a.email, b.email)
        .join(mentor, mentor.id == Match.mentor_id)
        .join(mentee, mentee.id == Match.mentee_id)
        .join(a, a.id == mentor.person_id)
        .join(b, b.id == mentee.person_id)
        .where(Match.cycle_id == cycle_id)
        .order_by(Match.id)
    )
    by_pair: dict[tuple[str, str], tuple[int, str]] = {}
    by_person: dict[str, list[tuple[int, str]]] = defaultdict(list)
    began: dict[int, dt.date] = {}
    for match_id, status, created_at, mentor_email, mentee_email in session.execute(query):
        mentor_key, mentee_key = email_key(mentor_email), email_key(mentee_email)
        began[match_id] = began_on(created_at)
        # A pair matched twice (ended, then matched again) resolves to the live match.
        if by_pair.get((mentor_key, mentee_key), (0, "ended"))[1] == "ended":
            by_pair[(mentor_key, mentee_key)] = (match_id, status)
        by_person[mentor_key].append((match_id, status))
        by_person[mentee_key].append((match_id, status))
    topics = TopicCatalogue(
        (t.id, t.name, t.name_fr) for t in session.scalars(select(Topic).order_by(Topic.id))
    )
    logged = {
        (int(match_id or 0), held_on, mode)
        for match_id, held_on, mode in session.execute(
            select(Meeting.match_id, Meeting.held_on, Meeting.mode)
            .join(Match, Match.id == Meeting.match_id)
            .where(Match.cycle_id == cycle_id)
        )
    }
    return Lookups(by_pair, dict(by_person), began, topics, logged, today)


def check_rows(
    table: Table,
    mapping: dict[str, str],
    lookups: Lookups,
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
) -> tuple[list[Contact], list[RejectedRow], int]:
    accepted: list[Contact] = []
    rejected: list[RejectedRow] = []
    unchanged = 0
    columns = [(i, h, mapping[h]) for i, h in enumerate(table.headers) if h in mapping]
    for done, (number, cells) in enumerate(table.rows):
        if done % _PROGRESS_EVERY == 0:
            check_cancelled(is_cancelled)
            report(progress, done, len(table.rows))
        contact = _check_row(number, {f: (h, cells[i]) for i, h, f in columns}, lookups)
        if contact.errors:
            rejected.extend(RejectedRow(number, column, error) for column, error in contact.errors)
            continue
        logged = lookups.groups.logged if contact.group_id and lookups.groups else lookups.logged
        key = (contact.group_id or contact.match_id, contact.held_on, contact.mode)
        if key in logged:
            unchanged += 1
            continue
        logged.add(key)
        accepted.append(contact)
    return accepted, rejected, unchanged


def _check_row(number: int, cells: dict[str, tuple[str, str]], lookups: Lookups) -> Contact:
    contact = Contact(number)

    def read(name: str, parse: object) -> object:
        header, value = cells.get(name, ("", ""))
        try:
            return parse(value)  # type: ignore[operator]
        except CellError as exc:
            contact.errors.append((header, exc.message))
            return None

    held_on = read("date", lambda v: parsing.parse_date(v, lookups.day_order))
    if isinstance(held_on, dt.date):
        if problem := future_problem(held_on, lookups.today):
            contact.errors.append((cells["date"][0], problem))
        contact.held_on = held_on
    contact.mode = str(read("mode", parsing.parse_mode) or "")
    duration = read("duration", parsing.parse_duration)
    contact.duration = duration if isinstance(duration, int) else None
    contact.initiated_by = str(read("initiated_by", parsing.parse_initiator) or "")
    contact.notes = cells.get("notes", ("", ""))[1].strip()
    _read_topics(contact, cells, lookups.topics)
    _read_concern(contact, cells)
    if lookups.groups is not None and cells.get("group", ("", ""))[1].strip():
        _resolve_group(contact, cells, lookups.groups)
        return contact
    _resolve_match(contact, cells, lookups)
    if contact.match_id and isinstance(held_on, dt.date):
        problem = before_match_problem(held_on, lookups.began[contact.match_id])
        if problem:
            contact.errors.append((cells["date"][0], problem))
    return contact


def _read_topics(
    contact: Contact, cells: dict[str, tuple[str, str]], catalogue: TopicCatalogue
) -> None:
    """Catalogue topics, including ones worded differently; other words go to the notes."""
    header, value = cells.get("topics", ("", ""))
    reading = catalogue.read(value)
    contact.topic_ids = reading.ids
    contact.topic_words = [(header, typed, catalogue.names[i]) for typed, i in reading.read_as]
    contact.topic_words += [(header, typed, "") for typed in reading.unknown]
    if reading.unknown:
        kept = "Other topics: " + "; ".join(reading.unknown)
        contact.notes = "\n".join(n for n in (contact.notes, kept) if n)


def _read_concern(contact: Contact, cells: dict[str, tuple[str, str]]) -> None:
    """A concern column may hold yes/no or the concern itself ("Missed two meetings")."""
    answer = cells.get("concern", ("", ""))[1].strip()
    note = cells.get("concern_note", ("", ""))[1].strip()
    if fold(answer) in _NO_CONCERN:
        flagged = False
    else:
        try:
            flagged = parse_yes_no(answer)
        except CellError:
            flagged = True
        if flagged and len(fold(answer).split()) > 1:  # "Yes - missed two meetings"
            note = "\n".join(v for v in (answer, note) if v)
    contact.concern = flagged or bool(note and fold(note) not in _NO_CONCERN)
    contact.concern_note = note if contact.concern else ""


def _resolve_group(
    contact: Contact, cells: dict[str, tuple[str, str]], groups: GroupLookups
) -> None:
    """A row naming a group: its meeting, with who was absent (the emails are not read)."""
    header, typed = cells["group"]
    contact.group_id, error = find_group(typed, groups)
    if error:
        contact.errors.append((header, error))
        return
    contact.absent_ids, errors = read_attendance(contact.group_id, cells, groups)
    contact.errors.extend(errors)


def _emails(contact: Contact, cells: dict[str, tuple[str, str]]) -> dict[str, str]:
    keys = {}
    for name in EMAIL_FIELDS:
        header, value = cells.get(name, ("", ""))
        if not value.strip():
            continue
        try:
            keys[name] = email_key(clean_email(value))
        except CellError as exc:
            contact.errors.append((header, exc.message))
    if not keys and not contact.errors:
        header = next((cells[n][0] for n in EMAIL_FIELDS if n in cells), "")
        contact.errors.append((header, problem("no_contact_email")))
    return keys


def _resolve_match(contact: Contact, cells: dict[str, tuple[str, str]], lookups: Lookups) -> None:
    keys = _emails(contact, cells)
    if not keys:
        return
    column = next(cells[n][0] for n in EMAIL_FIELDS if n in keys)
    if "mentor_email" in keys and "mentee_email" in keys:
        pair = (keys["mentor_email"], keys["mentee_email"])
        # People fill in a check-in for either side: the mentor's column may hold the
        # mentee's address and the other way round.
        found = lookups.by_pair.get(pair) or lookups.by_pair.get(pair[::-1])
        if found is None:
            strangers = [k for k in (keys["mentor_email"], keys["mentee_email"])
                         if k not in lookups.by_person]  # fmt: skip
            message = (
                problem("not_in_match", who=strangers[0])
                if strangers
                else problem(
                    "not_matched_together", mentor=keys["mentor_email"], mentee=keys["mentee_email"]
                )
            )
            contact.errors.append((column, message))
            return
        candidates = [found]
    else:
        candidates = sorted({m for key in keys.values() for m in lookups.by_person.get(key, [])})
    _choose_match(contact, column, ", ".join(keys.values()), candidates)


def _choose_match(
    contact: Contact, column: str, who: str, candidates: list[tuple[int, str]]
) -> None:
    live = [(i, s) for i, s in candidates if s in ENGAGED_STATUSES]
    if len(live) == 1:
        contact.match_id = live[0][0]
    elif len(live) > 1:
        contact.errors.append((column, problem("several_matches", who=who, count=len(live))))
    elif any(s == "ended" for _, s in candidates):
        contact.errors.append((column, problem("match_ended", who=who)))
    elif candidates:
        contact.errors.append((column, problem("match_not_confirmed", who=who)))
    else:
        contact.errors.append((column, problem("not_in_match", who=who)))
