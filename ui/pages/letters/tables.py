"""The Letters page's two tables: matches that get letters, and the letter log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ui.models.rows import Column

STATUS_LABELS = {
    "confirmed": "Confirmed, no letter yet",
    "notified": "Letter sent",
    "active": "Active",
}
LANGUAGE_NAMES = {"en": "English", "fr": "French"}


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
    return value.replace(tzinfo=dt.UTC).astimezone() if value is not None else None


def when(value: dt.datetime | None) -> str:
    local = local_time(value)
    return local.strftime("%d %b %Y, %H:%M") if local is not None else ""


def _person(name: str, email: str) -> str:
    return f"{name} <{email}>" if email else name


MATCH_COLUMNS: list[Column[Any]] = [
    Column(
        "Mentor", lambda r: r.mentor_name, tooltip=lambda r: _person(r.mentor_name, r.mentor_email)
    ),
    Column(
        "Mentee", lambda r: r.mentee_name, tooltip=lambda r: _person(r.mentee_name, r.mentee_email)
    ),
    Column("Status", lambda r: STATUS_LABELS.get(r.status, r.status.capitalize())),
    Column(
        "Letters",
        lambda r: str(r.letters) if r.letters else "—",
        sort_key=lambda r: r.letters,
        align_right=True,
        header_tip="Letters logged about this match (both partners, every batch)",
    ),
    Column("Last written", lambda r: when(r.last_sent), sort_key=lambda r: r.last_sent or ""),
]

LOG_COLUMNS: list[Column[Any]] = [
    Column("When", lambda r: when(r.created_at), sort_key=lambda r: r.created_at),
    Column(
        "Recipient",
        lambda r: r.recipient_name,
        tooltip=lambda r: _person(r.recipient_name, r.recipient_email),
    ),
    Column("As", lambda r: r.role.capitalize()),
    Column("Match", lambda r: f"{r.mentor_name} ↔ {r.mentee_name}"),
    Column("Language", lambda r: LANGUAGE_NAMES.get(r.language, r.language)),
    Column(
        "Template",
        lambda r: "Standard" if r.template_version == "default" else r.template_version,
        header_tip="The template version the letter was written with",
    ),
    Column("File", lambda r: r.file_name),
    Column(
        "Fingerprint",
        lambda r: r.file_sha256[:12],
        tooltip=lambda r: f"SHA-256 of the letter's PDF: {r.file_sha256}",
        header_tip="Proves which file was sent (SHA-256)",
    ),
]
