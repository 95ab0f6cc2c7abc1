"""The rules every contact obeys, however it arrives: typed in the Log contact or bulk
contact dialogs (``service.log_meeting``) or read from a check-in export (``contact_rows``).

Each rule returns what is wrong in a coordinator's words (``None`` when the contact
passes): the import puts it after the row and column, the service makes it a sentence.
"""

from __future__ import annotations

import datetime as dt

from app.roster.problems import problem

MIN_MINUTES = 1
MAX_MINUTES = 24 * 60


def began_on(created_at: dt.datetime) -> dt.date:
    """The coordinator's calendar day a match began, from its stored UTC time (a match
    made at 9 pm in Toronto is stored as the next day in UTC)."""
    return created_at.replace(tzinfo=dt.UTC).astimezone().date()


def future_problem(held_on: dt.date, today: dt.date) -> str | None:
    if held_on > today:
        return problem("contact_in_future", date=held_on.isoformat())
    return None


def before_match_problem(held_on: dt.date, began: dt.date, match: str = "this match") -> str | None:
    """A contact dated before its match began is a typing slip (or the wrong pair): it is
    refused rather than counted for a match that did not exist yet."""
    if held_on < began:
        date, start = held_on.isoformat(), began.isoformat()
        if match == "this match":
            return problem("contact_before_match", date=date, began=start)
        return problem("contact_before_named_match", date=date, match=match, began=start)
    return None


def duration_problem(minutes: int | None) -> str | None:
    """``None`` (not recorded) passes; a length of 0 or less, or over a day, does not."""
    if minutes is None:
        return None
    if minutes < MIN_MINUTES:
        return problem("duration_too_short", minutes=minutes)
    if minutes > MAX_MINUTES:
        return problem("duration_too_long", minutes=minutes)
    return None


def as_sentence(problem: str) -> str:
    """A rule's words as a sentence of their own."""
    return problem[:1].upper() + problem[1:] + "."
