"""A grouping criterion's name as the window shows it, from the field it reads.

A criterion reads a folded field name (``languages``, ``city``, ``discipline``). The names
come from where the window already says them: a relation's criteria (Program settings:
"Shared language", "Location"), then the roster's participant fields ("Province", "Stage"),
then a few answers of sign-up forms; a field a coordinator's own form added is shown as it
was written, with a capital.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.grouping.problem import MEMBERS
from app.programs.messages import sentence
from ui.core_text import problem_text

CONTEXT = "GroupCriteria"
# Group field → the relation criterion that names it (``programs.criterion.*``).
_RELATION_NAMES = {
    "interests": "interests",
    "city": "location",
    "location": "location",
    "languages": "language",
    "language": "language",
    "institution": "institution",
    "style": "style",
    "background": "background",
    "previous_group": "continuity",
    "continuity": "continuity",
}
_ANSWERS = {
    "gender": QT_TRANSLATE_NOOP("GroupCriteria", "Gender"),
    "specialty": QT_TRANSLATE_NOOP("GroupCriteria", "Specialty"),
    "specialite": QT_TRANSLATE_NOOP("GroupCriteria", "Specialty"),
    "discipline": QT_TRANSLATE_NOOP("GroupCriteria", "Discipline"),
    "province": QT_TRANSLATE_NOOP("GroupCriteria", "Province"),
    "stage": QT_TRANSLATE_NOOP("GroupCriteria", "Stage"),
}


def field_name(field: str) -> str:
    """The name of the answer ``field`` in the window's language."""
    if field in _RELATION_NAMES:
        return problem_text(sentence(f"programs.criterion.{_RELATION_NAMES[field]}"))
    if field in _ANSWERS:
        return QCoreApplication.translate(CONTEXT, _ANSWERS[field])
    return field[:1].upper() + field[1:]


def criterion_name(field: str, among: str = MEMBERS) -> str:
    """A criterion's name; one judged among a group's mentors says so."""
    name = field_name(field)
    if among == MEMBERS:
        return name
    return QCoreApplication.translate(CONTEXT, "{criterion} (mentors)").format(criterion=name)


def label_name(label: str) -> str:
    """``criterion_name`` of a board label (``Criterion.label``: "field" or "field (among)")."""
    field, _, among = label.partition(" (")
    return criterion_name(field, among.rstrip(")") or MEMBERS)
