"""The columns of the roster table: title, text, sort key, and whether shown at first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.roster.row import ParticipantRow
from ui.core_text import problem_text
from ui.models import labels
from ui.models.search import fold


def eligibility_text(row: ParticipantRow) -> str:
    """ "Eligible", or "Not eligible: " and the rules failed, in the window's language."""
    if row.eligibility == "eligible":
        return QCoreApplication.translate("Column", "Eligible")
    if row.eligibility != "not_eligible":
        return ""
    reasons = "; ".join(problem_text(r) for r in row.eligibility_reasons)
    return QCoreApplication.translate("Column", "Not eligible: {reasons}").format(reasons=reasons)


@dataclass(frozen=True)
class RosterColumn:
    """A roster column: its title, its text and sort key for a row, and its tooltip."""

    title: str
    text: Callable[[ParticipantRow], str]
    sort_key: Callable[[ParticipantRow], Any]
    tooltip: str = ""
    shown_by_default: bool = True
    width: int = 14  # starting width in average characters
    catalogue_field: str = ""  # answers shown with their catalogue label (see ``answers``)
    # A sensitive answer (app.programs.relations.SENSITIVE_ANSWERS): hidden while the
    # program marks it sensitive, unless the coordinator shows sensitive answers.
    sensitive_key: str = ""


COLUMNS: tuple[RosterColumn, ...] = (
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Name"),
        lambda r: r.name,
        lambda r: (fold(r.last_name), fold(r.first_name)),
        width=22,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Email"),
        lambda r: r.email,
        lambda r: r.email.casefold(),
        width=26,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Phone"),
        lambda r: r.phone,
        lambda r: r.phone,
        shown_by_default=False,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Role"),
        lambda r: labels.role(r.role),
        lambda r: r.role,
        width=16,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Eligibility"),
        lambda r: eligibility_text(r),
        lambda r: (r.eligibility, r.eligibility_reasons),
        QT_TRANSLATE_NOOP("Column", "Whether the program's eligibility rules let them be matched"),
        width=24,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Institution"),
        lambda r: r.institution,
        lambda r: fold(r.institution),
        width=24,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Stage"),
        lambda r: r.stage,
        lambda r: fold(r.stage),
        QT_TRANSLATE_NOOP("Column", "Year of study or PGY"),
        shown_by_default=False,
        catalogue_field="stage",
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "City"), lambda r: r.city, lambda r: fold(r.city), width=12
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Province"),
        lambda r: r.province,
        lambda r: r.province,
        width=13,
        catalogue_field="province",
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Languages"),
        lambda r: ", ".join(r.languages),
        lambda r: r.languages,
        width=15,
        catalogue_field="languages",
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Letter language"),
        lambda r: labels.language_name(r.preferred_language),
        lambda r: r.preferred_language,
        QT_TRANSLATE_NOOP("Column", "The language of their letters and messages"),
        width=11,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Interests"),
        lambda r: ", ".join(r.interests),
        lambda r: r.interests,
        width=30,
        catalogue_field="interests",
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Capacity"),
        lambda r: str(r.capacity) if r.mentors else "",  # a mentee takes no mentees
        lambda r: r.capacity if r.mentors else -1,
        QT_TRANSLATE_NOOP("Column", "How many mentees a mentor can take"),
        width=8,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Status"),
        lambda r: labels.participant_status(r.status),
        lambda r: r.status,
        width=10,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Returning"),
        lambda r: labels.yes(r.returning),
        lambda r: r.returning,
        QT_TRANSLATE_NOOP("Column", "Took part in an earlier cycle"),
        width=9,
    ),
    RosterColumn(
        QT_TRANSLATE_NOOP("Column", "Matched"),
        lambda r: labels.yes_no(r.matched),
        lambda r: r.matched,
        QT_TRANSLATE_NOOP("Column", "In a proposed or live match"),
        width=8,
    ),
    *(
        RosterColumn(
            title,
            lambda r, key=key: dict(r.sensitive).get(key, ""),
            lambda r, key=key: fold(dict(r.sensitive).get(key, "")),
            shown_by_default=False,
            width=14,
            sensitive_key=key,
        )
        for key, title in (
            ("own_gender", QT_TRANSLATE_NOOP("Column", "Gender")),
            ("gender", QT_TRANSLATE_NOOP("Column", "Gender preference")),
            ("background", QT_TRANSLATE_NOOP("Column", "Cultural background")),
        )
    ),
)
CAPACITY_COLUMN = next(i for i, c in enumerate(COLUMNS) if c.title == "Capacity")


def answers(row: ParticipantRow, field: str) -> tuple[str, ...]:
    """The answers of a catalogue column, as stored (catalogue keys, or text kept as given)."""
    if field in ("interests", "languages"):
        return tuple(getattr(row, field))
    value = getattr(row, field)
    return (value,) if value else ()


class AnswerLabels:
    """Catalogue answers in one language, each looked up once (a roster repeats them).

    Without a catalogue every answer shows as stored."""

    def __init__(self, catalogue: Any = None, language: str = "en") -> None:
        self._catalogue = catalogue
        self._language = language
        self._found: dict[tuple[str, str], str] = {}

    def label(self, field: str, answer: str) -> str:
        if self._catalogue is None:
            return answer
        known = self._found.get((field, answer))
        if known is None:
            known = self._found[field, answer] = self._catalogue.label(
                field, answer, self._language
            )
        return known

    def labels(self, row: ParticipantRow, field: str) -> tuple[str, ...]:
        return tuple(self.label(field, a) for a in answers(row, field))

    def text(self, column: RosterColumn, row: ParticipantRow) -> str:
        """What a cell shows: catalogue answers by their label, anything else as given."""
        if not column.catalogue_field:
            return column.text(row)
        return ", ".join(self.labels(row, column.catalogue_field))

    def sort_key(self, column: RosterColumn) -> Callable[[ParticipantRow], Any]:
        if not column.catalogue_field or self._catalogue is None:
            return column.sort_key
        return lambda r: tuple(fold(x) for x in self.labels(r, column.catalogue_field))


def search_key(row: ParticipantRow) -> str:
    """What the search box looks in: names, email, institution and city, folded."""
    return fold(" ".join((row.name, row.first_name, row.email, row.institution, row.city)))
