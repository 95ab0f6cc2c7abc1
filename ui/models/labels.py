"""The words the window shows for the core's stored values (statuses, modes, roles).

The core stores short English codes (``"notified"``, ``"in_person"``); every table, filter
and dialog shows them through these functions, so each code has one label in each language.
The labels are marked with ``QT_TRANSLATE_NOOP`` (extracted by lupdate under the context
``"Labels"``) and translated when shown, so they follow the language loaded at start.
An unknown code is shown as stored rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

MATCH_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("Labels", "Proposed"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "notified": QT_TRANSLATE_NOOP("Labels", "Notified"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "ended": QT_TRANSLATE_NOOP("Labels", "Ended"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
}
MENTEE_STATES = {
    **MATCH_STATUSES,
    "unmatched": QT_TRANSLATE_NOOP("Labels", "Unmatched"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
PARTICIPANT_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
}
CONTACT_MODES = {
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "video": QT_TRANSLATE_NOOP("Labels", "Video call"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email_text": QT_TRANSLATE_NOOP("Labels", "Email / text"),
}
INITIATORS = {
    "": QT_TRANSLATE_NOOP("Labels", "Not recorded"),
    "mentor": QT_TRANSLATE_NOOP("Labels", "The mentor"),
    "mentee": QT_TRANSLATE_NOOP("Labels", "The mentee"),
    "both": QT_TRANSLATE_NOOP("Labels", "Both"),
    "coordinator": QT_TRANSLATE_NOOP("Labels", "The coordinator"),
}
ENGAGEMENT_STATUSES = {
    "overdue": QT_TRANSLATE_NOOP("Labels", "Overdue"),
    "never_met": QT_TRANSLATE_NOOP("Labels", "Never met"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "Due soon"),
    "on_track": QT_TRANSLATE_NOOP("Labels", "On track"),
}
ROLES = {
    "mentor": QT_TRANSLATE_NOOP("Labels", "Mentor"),
    "mentee": QT_TRANSLATE_NOOP("Labels", "Mentee"),
}
LANGUAGE_NAMES = {
    "en": QT_TRANSLATE_NOOP("Labels", "English"),
    "fr": QT_TRANSLATE_NOOP("Labels", "French"),
}


def label(table: dict[str, str], code: str) -> str:
    """``code``'s label from one of the tables above, in the window's language."""
    english = table.get(code)
    return QCoreApplication.translate(CONTEXT, english) if english is not None else code


def match_status(code: str) -> str:
    return label(MATCH_STATUSES, code)


def mentee_state(code: str) -> str:
    return label(MENTEE_STATES, code)


def participant_status(code: str) -> str:
    return label(PARTICIPANT_STATUSES, code)


def contact_mode(code: str) -> str:
    return label(CONTACT_MODES, code)


def initiator(code: str) -> str:
    return label(INITIATORS, code)


def engagement_status(code: str) -> str:
    return label(ENGAGEMENT_STATUSES, code)


def role(code: str) -> str:
    """A rung's name: a preset's English name in the window's language, a typed name as is."""
    if code in ROLES:
        return label(ROLES, code)
    from app.programs.rung_names import role_label
    from ui.language import current_language

    return role_label(code, current_language())


def language_name(code: str) -> str:
    return label(LANGUAGE_NAMES, code)


def yes(flag: bool) -> str:
    """``Yes`` for a ticked flag, nothing otherwise (a column of mostly empty cells)."""
    return QCoreApplication.translate(CONTEXT, "Yes") if flag else ""


def yes_no(flag: bool) -> str:
    """``Yes`` or ``No``: for a column where a blank would read as "unknown"."""
    return (
        QCoreApplication.translate(CONTEXT, "Yes")
        if flag
        else QCoreApplication.translate(CONTEXT, "No")
    )
