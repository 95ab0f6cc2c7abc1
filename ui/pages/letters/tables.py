"""The Letters page's two tables: matches that get letters, and the letter log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.models import labels
from ui.models.rows import Column
from ui.pages.wording import TranslatedColumns, local, moment, number


def status_label(status: str) -> str:
    """The one name of a match status (``ui.models.labels``), as every page shows it."""
    return labels.match_status(status)


def language_name(code: str) -> str:
    if code == "en":
        return QCoreApplication.translate("LetterTables", "English")
    if code == "fr":
        return QCoreApplication.translate("LetterTables", "French")
    return code


def role_name(role: str) -> str:
    if role == "mentor":
        return QCoreApplication.translate("LetterTables", "Mentor")
    if role == "mentee":
        return QCoreApplication.translate("LetterTables", "Mentee")
    if role == "member":
        return QCoreApplication.translate("LetterTables", "Member")
    return role.capitalize()


def template_name(version: str) -> str:
    if version == "default":
        return QCoreApplication.translate("LetterTables", "Standard")
    return version


@dataclass(frozen=True)
class MatchLetters:
    """A match that gets letters, with what was already sent about it."""

    id: int
    mentor_name: str
    mentor_email: str
    mentee_name: str
    mentee_email: str
    status: str
    letters: int
    last_sent: dt.datetime | None


def local_time(value: dt.datetime | None) -> dt.datetime | None:
    """A logged UTC time in the computer's time zone."""
    return local(value) if value is not None else None


def when(value: dt.datetime | None) -> str:
    return moment(local_time(value))


def about(row: Any) -> str:
    """What a logged letter is about: its pair, or its group by name."""
    if row.group_id is not None:
        return QCoreApplication.translate("LetterTables", "Group: {name}").format(
            name=row.group_name
        )
    return f"{row.mentor_name} ↔ {row.mentee_name}"


def _person(name: str, email: str) -> str:
    return f"{name} <{email}>" if email else name


def _match_columns() -> list[Column[Any]]:
    return [
        Column(
            QCoreApplication.translate("LetterTables", "Mentor"),
            lambda r: r.mentor_name,
            tooltip=lambda r: _person(r.mentor_name, r.mentor_email),
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Mentee"),
            lambda r: r.mentee_name,
            tooltip=lambda r: _person(r.mentee_name, r.mentee_email),
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Status"), lambda r: status_label(r.status)
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Letters"),
            lambda r: number(r.letters) if r.letters else "—",
            sort_key=lambda r: r.letters,
            align_right=True,
            header_tip=QCoreApplication.translate(
                "LetterTables", "Letters logged about this match (both partners, every batch)"
            ),
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Last written"),
            lambda r: when(r.last_sent),
            sort_key=lambda r: r.last_sent or "",
        ),
    ]


def _log_columns() -> list[Column[Any]]:
    return [
        Column(
            QCoreApplication.translate("LetterTables", "When"),
            lambda r: when(r.created_at),
            sort_key=lambda r: r.created_at,
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Recipient"),
            lambda r: r.recipient_name,
            tooltip=lambda r: _person(r.recipient_name, r.recipient_email),
        ),
        Column(QCoreApplication.translate("LetterTables", "As"), lambda r: role_name(r.role)),
        Column(
            QCoreApplication.translate("LetterTables", "Match or group"),
            about,
            header_tip=QCoreApplication.translate(
                "LetterTables", "The pair the letter introduces, or the group it names"
            ),
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Language"),
            lambda r: language_name(r.language),
        ),
        Column(
            QCoreApplication.translate("LetterTables", "Template"),
            lambda r: template_name(r.template_version),
            header_tip=QCoreApplication.translate(
                "LetterTables", "The template version the letter was written with"
            ),
        ),
        Column(QCoreApplication.translate("LetterTables", "File"), lambda r: r.file_name),
        Column(
            QCoreApplication.translate("LetterTables", "Check code"),
            lambda r: r.file_sha256[:12],
            tooltip=lambda r: QCoreApplication.translate(
                "LetterTables", "Full check code of the letter's PDF (SHA-256): {sha}"
            ).format(sha=r.file_sha256),
            header_tip=QCoreApplication.translate(
                "LetterTables",
                "Tells whether a PDF is the one written here: any change to the file "
                "changes its code",
            ),
        ),
    ]


MATCH_COLUMNS = TranslatedColumns(_match_columns)
LOG_COLUMNS = TranslatedColumns(_log_columns)
