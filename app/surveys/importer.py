"""Importing survey answers from a Google Forms or Microsoft Forms export.

The same pipeline as the sign-up, check-in and attendance imports: the roster reader reads
the file (any encoding Excel writes, CSV or workbook, cells as text, hostile files refused,
``sheet`` for a workbook with several), every row is checked and a rejected row is reported
with its spreadsheet row and column, the accepted rows are written in the caller's one
transaction or none are, a dry run writes nothing, and the import is recorded so it can be
undone as a whole.

People are recognised by email among the cycle's participants. An anonymous survey keeps
no link to the person and never stores the email: a known email only tells the
respondent's role, for results by role. A survey named for the first time learns its
questions from the file's columns (``app.surveys.learning``). A person who already
answered (or, for an anonymous survey, the same answers at the same time) is counted as
unchanged, so importing a Forms export again after more people answered adds only them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import (
    Cycle,
    ImportRecord,
    Participant,
    Person,
    Survey,
    SurveyAnswer,
    SurveyResponse,
    utcnow,
)
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.meetings import parsing
from app.progress import CancelCheck, Progress, check_cancelled, report
from app.roster.columns import normalise_header as fold
from app.roster.import_history import import_event_details, last_undoable_import, record_import
from app.roster.importer import ImportReport, RejectedRow, _collector_paused
from app.roster.reader import Table, read_table
from app.roster.values import CellError, clean_email, email_key
from app.surveys.answers import choice_label, choice_lookup, read_answer
from app.surveys.learning import column_role, learn_question
from app.surveys.messages import sentence
from app.surveys.service import QuestionDraft, SurveyDraft, create_survey, find_survey

log = logging.getLogger(__name__)

KIND = "survey"
_PROGRESS_EVERY = 200


@dataclass
class SurveyImportReport(ImportReport):
    """The import report of CLI.md, plus the survey and its questions."""

    survey: str = ""
    survey_created: bool = False
    questions: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        document = super().to_json()
        document.update(
            survey=self.survey, survey_created=self.survey_created, questions=self.questions
        )
        return document


@dataclass
class _Row:
    number: int
    participant_id: int | None
    role: str
    submitted_at: dt.datetime | None
    answers: dict[int, list[Any]]  # question index → answer
    stored: list[tuple[int, str]]  # (question index, the answer as JSON), as written


@dataclass
class _Plan:
    """The survey being imported into (or learned) and which column answers what."""

    name: str
    anonymous: bool
    audience_roles: list[str]
    questions: list[QuestionDraft]
    columns: dict[int, int]  # column index → question index
    email_at: int | None
    time_at: int | None
    survey_id: int | None
    mapping: dict[str, str]


def import_survey_answers(
    session: Session,
    cycle_id: int,
    survey_name: str,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    is_cancelled: CancelCheck | None = None,
    sheet: str | None = None,
) -> SurveyImportReport:
    """Import the answers of a Forms export into the survey ``survey_name`` of the cycle,
    learning the survey from the file's columns when the cycle has none by that name."""
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError(sentence("surveys.cycle_gone"))
    name = " ".join(survey_name.split())
    if not name:
        raise UnusableInputError(sentence("surveys.name_required"))
    # The sign-up import's pause of the cycle collector: the rows are thousands of small
    # objects freed by reference counting, and a full collection in the middle rescans them.
    with _collector_paused():
        table = read_table(Path(path), sheet)
        plan = _plan(session, cycle_id, name, table)
        people = _people(session, cycle_id, plan.audience_roles)
        seen = _answered(session, plan)
        accepted, rejected, unchanged = _check_rows(
            table, plan, people, seen, progress, is_cancelled
        )
        result = _report(table, plan, len(accepted), rejected, unchanged, dry_run)
        if not dry_run and accepted:
            check_cancelled(is_cancelled)
            result.import_id = _write(session, cycle_id, table, plan, result, accepted)
    report(progress, len(table.rows), len(table.rows))
    log.info(
        "survey import: %d rows, %d imported, %d unchanged, %d rejected, learned %s, dry run %s",
        result.rows, result.imported, unchanged, result.rejected_rows, plan.survey_id is None,
        dry_run,
    )  # fmt: skip
    return result


def _plan(session: Session, cycle_id: int, name: str, table: Table) -> _Plan:
    roles = {i: column_role(h) for i, h in enumerate(table.headers)}
    email_at = next((i for i, r in roles.items() if r == "email"), None)
    time_at = next((i for i, r in roles.items() if r == "timestamp"), None)
    asked = [i for i, r in roles.items() if r == "question"]
    survey = find_survey(session, cycle_id, name)
    if survey is None:
        taken: set[str] = set()
        questions = [
            learn_question(table.headers[i], [cells[i] for _, cells in table.rows], taken)
            for i in asked
        ]
        if not questions:
            raise UnusableInputError(sentence("surveys.no_columns_to_learn", file=table.file))
        columns = {i: n for n, i in enumerate(asked)}
        # A file without emails can only be an anonymous survey.
        plan = _Plan(name, email_at is None, [], questions, columns, email_at, time_at, None, {})
    else:
        questions = [
            QuestionDraft(q.text, q.text_fr, q.kind, list(q.choices), q.required, q.key, q.id)
            for q in survey.questions
        ]
        columns = _match_columns(table.headers, asked, questions)
        if not columns:
            raise UnusableInputError(
                sentence("surveys.no_question_columns", file=table.file, name=survey.name)
            )
        roles_asked = list((survey.audience or {}).get("roles") or [])
        plan = _Plan(survey.name, survey.anonymous, roles_asked, questions, columns, email_at,
                     time_at, survey.id, {})  # fmt: skip
    if not plan.anonymous and email_at is None:
        raise UnusableInputError(sentence("surveys.no_email_column", file=table.file, name=name))
    if email_at is not None:
        plan.mapping[table.headers[email_at]] = "email"
    if time_at is not None:
        plan.mapping[table.headers[time_at]] = "submitted"
    for column, index in plan.columns.items():
        plan.mapping[table.headers[column]] = plan.questions[index].kind
    return plan


def _match_columns(
    headers: list[str], asked: list[int], questions: list[QuestionDraft]
) -> dict[int, int]:
    """Column → question, by the question's English or French text or its key."""
    words: dict[str, int] = {}
    for n, q in enumerate(questions):
        for text in (q.text, q.text_fr, q.key):
            if text:
                words.setdefault(fold(text), n)
    found: dict[int, int] = {}
    for column in asked:
        index = words.get(fold(headers[column]))
        if index is not None and index not in found.values():
            found[column] = index
    return found


def _people(session: Session, cycle_id: int, roles: list[str]) -> dict[str, tuple[int, str]]:
    """Email key → (participant, role); a person in two roles answers in the survey's."""
    query = (
        select(Person.email, Participant.id, Participant.role)
        .join(Participant, Participant.person_id == Person.id)
        .where(Participant.cycle_id == cycle_id)
        .order_by(Participant.id.desc())
    )
    found: dict[str, tuple[int, str]] = {}
    for email, pid, role in session.execute(query):
        key = email_key(email)
        if key not in found or (role in roles and found[key][1] not in roles):
            found[key] = (pid, role)
    return found


def _fingerprint(submitted: dt.datetime | None, answers: dict[int, list[Any]]) -> str:
    return json.dumps([str(submitted), sorted(answers.items())], default=str)


def _answered(session: Session, plan: _Plan) -> set[Any]:
    """Who already answered (participant ids), or for an anonymous survey, which answers."""
    if plan.survey_id is None:
        return set()
    responses = session.scalars(
        select(SurveyResponse).where(SurveyResponse.survey_id == plan.survey_id)
    ).all()
    if not plan.anonymous:
        return {r.participant_id for r in responses if r.participant_id is not None}
    index = {q.id: n for n, q in enumerate(plan.questions)}
    by_response: dict[int, dict[int, list[Any]]] = {r.id: {} for r in responses}
    query = select(SurveyAnswer).where(SurveyAnswer.response_id.in_(list(by_response)))
    for answer in session.scalars(query):
        if answer.question_id in index:
            by_response[answer.response_id][index[answer.question_id]] = list(answer.value)
    return {_fingerprint(r.submitted_at, by_response[r.id]) for r in responses}


def _submitted(cell: str, order: str | None) -> dt.datetime | None:
    """When the form was sent, to the day; an unreadable timestamp is simply not kept."""
    try:
        day = parsing.parse_date(cell, order)
    except CellError:
        return None
    return dt.datetime.combine(day, dt.time())


def _check_rows(
    table: Table,
    plan: _Plan,
    people: dict[str, tuple[int, str]],
    seen: set[Any],
    progress: Progress | None,
    is_cancelled: CancelCheck | None,
) -> tuple[list[_Row], list[RejectedRow], int]:
    order = None
    if plan.time_at is not None:
        order = parsing.day_order(cells[plan.time_at] for _, cells in table.rows)
    read = _Answers(table, plan)
    days: dict[str, dt.datetime | None] = {}  # timestamp cell → when, read once per cell
    accepted: list[_Row] = []
    rejected: list[RejectedRow] = []
    rows_of: dict[int, int] = {}  # participant → the row that answered for them
    unchanged = 0
    for done, (number, cells) in enumerate(table.rows):
        if done % _PROGRESS_EVERY == 0:
            check_cancelled(is_cancelled)
            report(progress, done, len(table.rows))
        errors: list[tuple[str, str]] = []
        who, role = _respondent(table, plan, people, cells, errors, rows_of)
        answers, stored = read.row(cells, errors)
        if errors:
            rejected.extend(RejectedRow(number, column, error) for column, error in errors)
            continue
        submitted = None
        if plan.time_at is not None:
            stamp = cells[plan.time_at]
            if stamp not in days:
                days[stamp] = _submitted(stamp, order)
            submitted = days[stamp]
        mark: Any = _fingerprint(submitted, answers) if plan.anonymous else who
        if mark in seen:
            unchanged += 1
            continue
        if plan.anonymous:
            seen.add(mark)
        elif who is not None:
            rows_of[who] = number
        accepted.append(
            _Row(number, None if plan.anonymous else who, role, submitted, answers, stored)
        )
    return accepted, rejected, unchanged


class _Answers:
    """Each row's answers, every distinct cell of a question read and put in JSON once:
    answers repeat (Likert labels, yes/no, ratings) over thousands of rows."""

    def __init__(self, table: Table, plan: _Plan) -> None:
        self.columns = [
            (column, index, table.headers[column], plan.questions[index])
            for column, index in plan.columns.items()
        ]
        self.lookups = [choice_lookup(q.choices) for q in plan.questions]
        self.known: list[dict[str, tuple[list[Any] | None, str]]] = [{} for _ in plan.questions]
        self.dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

    def _read(self, index: int, question: QuestionDraft, cell: str) -> tuple[list[Any] | None, str]:
        """(answer, its JSON) or (None, "") for a blank cell, or (None, the problem)."""
        known = self.known[index]
        found = known.get(cell)
        if found is None:
            try:
                value = read_answer(question.kind, question.choices, cell, self.lookups[index])
            except CellError as exc:
                found = (None, exc.message)
            else:
                if value is None:
                    found = (None, sentence("surveys.answer_required") if question.required else "")
                else:
                    found = (value, self.dumps(value))
            if question.kind != "text":  # free text is seldom repeated: nothing to keep
                known[cell] = found
        return found

    def row(
        self, cells: list[str], errors: list[tuple[str, str]]
    ) -> tuple[dict[int, list[Any]], list[tuple[int, str]]]:
        answers: dict[int, list[Any]] = {}
        stored: list[tuple[int, str]] = []
        for column, index, header, question in self.columns:
            value, text = self._read(index, question, cells[column])
            if value is None:
                if text:
                    errors.append((header, text))
                continue
            answers[index] = value
            stored.append((index, text))
        return answers, stored


def _respondent(
    table: Table,
    plan: _Plan,
    people: dict[str, tuple[int, str]],
    cells: list[str],
    errors: list[tuple[str, str]],
    rows_of: dict[int, int],
) -> tuple[int | None, str]:
    """The participant answering and their role; problems go into ``errors``."""
    if plan.email_at is None:
        return None, ""
    header, value = table.headers[plan.email_at], cells[plan.email_at].strip()
    if not value:
        if not plan.anonymous:
            errors.append((header, sentence("surveys.email_required")))
        return None, ""
    try:
        key = email_key(clean_email(value))
    except CellError as exc:
        if not plan.anonymous:
            errors.append((header, exc.message))
        return None, ""
    found = people.get(key)
    if found is None:
        if not plan.anonymous:
            errors.append((header, sentence("surveys.not_in_cycle", email=key)))
        return None, ""
    who, role = found
    if not plan.anonymous and who in rows_of:
        errors.append((header, sentence("surveys.answered_twice", email=key, row=rows_of[who])))
    return who, role


def _report(
    table: Table,
    plan: _Plan,
    imported: int,
    rejected: list[RejectedRow],
    unchanged: int,
    dry_run: bool,
) -> SurveyImportReport:
    """The roster import's report, so every import answers with the same document."""
    return SurveyImportReport(
        file=table.file,
        encoding=table.encoding,
        delimiter=table.delimiter,
        rows=len(table.rows),
        imported=imported,
        updated=0,
        returning=0,
        rejected=rejected,
        unmapped_columns=[h for h in table.headers if h not in plan.mapping],
        dry_run=dry_run,
        import_id=None,
        mapping=dict(plan.mapping),
        unchanged=unchanged,
        header_row=table.header_row,
        format=table.format,
        warnings=list(table.warnings),
        survey=plan.name,
        survey_created=plan.survey_id is None,
        questions=[
            {
                "text": q.text,
                "kind": q.kind,
                "choices": [choice_label(c) for c in q.choices],
            }
            for q in plan.questions
        ],
    )


def _write(
    session: Session,
    cycle_id: int,
    table: Table,
    plan: _Plan,
    result: SurveyImportReport,
    accepted: list[_Row],
) -> int:
    # The rows below go in past the session's flush, so past the closed-cycle guard too.
    _refuse_closed(session, cycle_id)
    created = plan.survey_id is None
    if created:
        draft = SurveyDraft(name=plan.name, anonymous=plan.anonymous, questions=plan.questions)
        plan.survey_id = create_survey(session, cycle_id, draft)
    survey = session.get(Survey, plan.survey_id)
    assert survey is not None
    question_ids = [q.id for q in survey.questions]
    import_id = record_import(session, cycle_id, KIND, table, result, role=plan.name[:100])
    _insert_rows(session, survey.id, import_id, question_ids, accepted)
    # Counts and ids only: no names, emails or answers in the audit trail.
    audit.record(
        session, "import", "import_record", import_id, kind=KIND, survey_id=survey.id,
        created_survey=created, rows=result.rows, imported=result.imported,
        unchanged=result.unchanged, rejected=result.rejected_rows,
    )  # fmt: skip
    session.flush()
    return import_id


def _insert_rows(
    session: Session,
    survey_id: int,
    import_id: int,
    question_ids: list[int],
    accepted: list[_Row],
) -> None:
    """Responses and answers in one executemany each, straight to the driver: SQLAlchemy's
    per-row work (RETURNING one row at a time on SQLite, defaults, type processing) was most
    of the time of a large import. The response ids are handed out here, as SQLite would
    (after the largest), which the import record's write already locked for this
    transaction."""
    connection = session.connection()
    first = int(connection.exec_driver_sql(_NEXT_RESPONSE_ID).scalar_one())
    stamp = _stamp_writer(session)
    now = stamp(utcnow())
    when: dict[dt.datetime | None, str | None] = {None: None}
    responses = []
    for response_id, row in enumerate(accepted, first):
        if row.submitted_at not in when:
            when[row.submitted_at] = stamp(row.submitted_at)
        responses.append((response_id, survey_id, row.participant_id, row.role,
                          when[row.submitted_at], import_id, now))  # fmt: skip
    connection.exec_driver_sql(_INSERT_RESPONSE, responses)
    answers = [
        (response_id, question_ids[index], text)
        for response_id, row in enumerate(accepted, first)
        for index, text in row.stored
    ]
    if answers:
        connection.exec_driver_sql(_INSERT_ANSWER, answers)


_NEXT_RESPONSE_ID = "SELECT coalesce(max(id), 0) + 1 FROM survey_response"
_INSERT_RESPONSE = (
    "INSERT INTO survey_response (id, survey_id, participant_id, role, submitted_at, import_id, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_ANSWER = "INSERT INTO survey_answer (response_id, question_id, value) VALUES (?, ?, ?)"


def _stamp_writer(session: Session) -> Callable[[dt.datetime | None], str | None]:
    """How the database stores a date and time, the same text the ORM would write."""
    dialect = session.get_bind().dialect
    kind = SurveyResponse.__table__.c.submitted_at.type
    process = kind.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda value: value)  # type: ignore[return-value]


def _refuse_closed(session: Session, cycle_id: int) -> None:
    """A closed cycle is read-only (``app.cycles.guard``), refused before anything is written."""
    from app.cycles.guard import CLOSED, ClosedCycleError
    from app.cycles.messages import sentence as cycle_sentence

    cycle = session.get(Cycle, cycle_id)
    if cycle is not None and cycle.status == CLOSED:
        raise ClosedCycleError(cycle_sentence("cycles.closed", label=cycle.label))


def undo_survey_import(session: Session, import_id: int) -> int:
    """Remove the responses an import added (and a survey it learned, if nothing else
    answered it since); returns how many responses were removed."""
    record = session.get(ImportRecord, import_id)
    if record is None or record.kind != KIND:
        raise NotFoundError(sentence("surveys.import_gone"))
    if record.undone_at is not None:
        raise RuleViolationError(sentence("surveys.import_undone"))
    details = import_event_details(session, import_id)
    removed = session.execute(delete(SurveyResponse).where(SurveyResponse.import_id == import_id))
    count = int(getattr(removed, "rowcount", 0) or 0)
    survey_id = details.get("survey_id")
    dropped = False
    if details.get("created_survey") and survey_id is not None:
        left = session.scalars(
            select(SurveyResponse.id).where(SurveyResponse.survey_id == int(survey_id))
        ).first()
        survey = session.get(Survey, int(survey_id))
        if left is None and survey is not None:
            session.delete(survey)
            dropped = True
    record.undone_at = utcnow()
    audit.record(
        session, "undo_import", "import_record", import_id, removed=count, survey_removed=dropped
    )
    session.flush()
    return count


def last_survey_import(session: Session, cycle_id: int) -> ImportRecord | None:
    """The cycle's most recent survey import that can still be undone."""
    return last_undoable_import(session, cycle_id, KIND)
