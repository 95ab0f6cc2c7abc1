"""The report's tables, in one language, as plain rows (header first): the PDF draws them
and the workbook writes them, so both show the same figures under the same words.

Files meant for a board hide what could identify someone: counts from 1 to 4 become ``<5``
in tables that break people down (closure reasons, reasons for not being matched, survey
answers), and a role's survey answers are broken down only when at least five people of
that role answered. The window, for the coordinator, passes ``exact=True``.
"""

from __future__ import annotations

from collections.abc import Callable

from app.reports.messages import say
from app.reports.model import SMALL_CELL, Report, small

Table = list[list[object]]
Cell = Callable[[int], object]
HIDDEN = "–"
"""A role's answers not broken down (fewer than five of them answered)."""


def _cell(exact: bool) -> Cell:
    return (lambda n: n) if exact else small


def _pct(value: float | None, lang: str) -> object:
    return say("no_data", lang) if value is None else value


def summary(report: Report, lang: str) -> Table:
    positive = report.positive_share
    return [
        [say("col.figure", lang), say("col.value", lang)],
        [say("participants", lang), report.total_participants],
        [say("match_rate", lang) + " (%)", _pct(report.match_rate, lang)],
        [say("on_track", lang) + " (%)", _pct(report.on_track_share, lang)],
        [say("closures", lang), report.closed if report.made else say("no_data", lang)],
        [say("survey_positive", lang) + " (%)", _pct(positive, lang)],
        [say("meetings", lang), report.meetings],
    ]


def participants(report: Report, lang: str) -> Table:
    earlier = report.previous
    head: list[object] = [say("col.role", lang), *[e.cycle for e in earlier], report.cycle]
    roles = list(report.participants)
    for e in earlier:
        roles += [r for r in e.participants if r not in roles]
    rows: Table = [head]
    for role in roles:
        rows.append(
            [
                role,
                *[e.participants.get(role, 0) for e in earlier],
                report.participants.get(role, 0),
            ]
        )
    rows.append(
        [
            say("col.all", lang),
            *[sum(e.participants.values()) for e in earlier],
            report.total_participants,
        ]
    )
    rows.append(
        [
            say("match_rate", lang) + " (%)",
            *[_pct(e.match_rate, lang) for e in earlier],
            _pct(report.match_rate, lang),
        ]
    )
    return rows


def matching(report: Report, lang: str) -> Table:
    rows: Table = [
        [
            say("col.relation", lang),
            say("col.kind", lang),
            say("col.mentees", lang),
            say("col.matched", lang),
            say("col.rate", lang),
            say("col.days", lang),
        ]
    ]
    for r in report.relations:
        rows.append(
            [
                say("relation", lang, mentor=r.mentor_role, mentee=r.mentee_role),
                say(f"kind.{r.kind}", lang),
                r.to_match,
                r.matched,
                _pct(r.rate, lang),
                _pct(r.median_days_to_match, lang),
            ]
        )
    return rows


def unmatched(report: Report, lang: str, exact: bool = False) -> Table:
    cell = _cell(exact)
    rows: Table = [[say("col.relation", lang), say("col.reason", lang), say("col.count", lang)]]
    for r in report.relations:
        for reason, n in r.unmatched.items():
            rows.append(
                [
                    say("relation", lang, mentor=r.mentor_role, mentee=r.mentee_role),
                    say(f"why.{reason}", lang),
                    cell(n),
                ]
            )
    return rows


def engagement(report: Report, lang: str) -> Table:
    rows: Table = [[say("col.status", lang), say("pairs", lang), say("groups", lang)]]
    for status in ("on_track", "due_soon", "overdue", "never_met"):
        rows.append(
            [
                say(f"contact.{status}", lang),
                *[report.contact.get(kind, {}).get(status, 0) for kind in ("pairs", "groups")],
            ]
        )
    rows.append([say("meetings", lang), report.meetings, ""])
    rows.append([say("meetings_per_match", lang), _pct(report.meetings_per_match, lang), ""])
    return rows


def modes(report: Report, lang: str) -> Table:
    rows: Table = [[say("col.mode", lang), say("col.count", lang)]]
    for mode, n in report.modes.items():
        known = mode in ("in_person", "video", "phone", "email_text")
        rows.append([say(f"mode.{mode}", lang) if known else mode, n])
    return rows


def topics(report: Report, lang: str) -> Table:
    rows: Table = [[say("col.topic", lang), say("col.count", lang)]]
    rows += [[(fr or name) if lang == "fr" else name, n] for name, fr, n in report.topics]
    return rows


def closures(report: Report, lang: str, exact: bool = False) -> Table:
    cell = _cell(exact)
    rows: Table = [[say("col.reason", lang), say("col.count", lang)]]
    rows += [[say(f"end.{key}", lang), cell(n)] for key, n in report.closures.items()]
    rows.append([say("average_length", lang), _pct(report.average_match_days, lang)])
    return rows


def surveys(report: Report, lang: str, exact: bool = False) -> Table:
    """One row per answer of each choice question: overall, then by role."""
    cell = _cell(exact)
    roles = [r for r in report.ladder]
    rows: Table = [
        [
            say("col.survey", lang),
            say("col.question", lang),
            say("col.answer", lang),
            say("col.all", lang),
            *roles,
        ]
    ]
    for survey in report.surveys:
        for q in survey.questions:
            if q.kind in ("text", "number"):
                continue
            text = (q.text_fr or q.text) if lang == "fr" else q.text
            for answer in q.labels:
                shown = q.french.get(answer, answer) if lang == "fr" else answer
                rows.append(
                    [
                        survey.name,
                        text,
                        shown,
                        cell(q.overall.get(answer, 0)),
                        *[_by_role(q.by_role.get(role, {}), answer, exact) for role in roles],
                    ]
                )
    return rows


def _by_role(counts: dict[str, int], answer: str, exact: bool) -> object:
    if exact:
        return counts.get(answer, 0)
    return small(counts.get(answer, 0)) if sum(counts.values()) >= SMALL_CELL else HIDDEN


def survey_totals(report: Report, lang: str) -> Table:
    rows: Table = [
        [
            say("col.survey", lang),
            say("col.responses", lang),
            say("col.invited", lang),
            say("col.rate", lang),
        ]
    ]
    rows += [[s.name, s.responses, s.invited, _pct(s.response_rate, lang)] for s in report.surveys]
    return rows


def positive_by_role(report: Report, lang: str, exact: bool = False) -> list[tuple[str, float]]:
    """Positive share per role (roles with fewer than five answers left out unless
    ``exact``), then everyone's."""
    found = []
    for role in [*report.ladder, *sorted(set(report.positive) - {""} - set(report.ladder))]:
        part, whole = report.positive.get(role, (0, 0))
        if whole and (exact or whole >= SMALL_CELL):
            found.append((role, round(100 * part / whole, 1)))
    part, whole = report.positive.get("", (0, 0))
    if whole:
        found.append((say("col.all", lang), round(100 * part / whole, 1)))
    return found


def goals(report: Report, lang: str) -> Table:
    rows: Table = [[say("col.status", lang), say("col.count", lang)]]
    rows += [[say(f"goal.{key}", lang), n] for key, n in report.goals.items()]
    return rows


def measures(report: Report, lang: str) -> Table:
    rows: Table = [[say("col.measure", lang), say("col.value", lang), say("col.detail", lang)]]
    for m in report.measures:
        if m.value is None:
            detail = say(f"detail.{m.note}", lang) if m.note else ""
            rows.append([say(f"measure.{m.key}", lang), say("no_data", lang), detail])
            continue
        if m.key == "closure_rate":
            detail = say("detail.early", lang, early=m.part, made=m.whole)
        elif m.note:
            detail = say(f"detail.{m.note}", lang)
        elif m.part is not None and m.whole is not None:
            detail = say("detail.of", lang, part=m.part, whole=m.whole)
        else:
            detail = ""
        rows.append([say(f"measure.{m.key}", lang), m.value, detail])
    return rows
