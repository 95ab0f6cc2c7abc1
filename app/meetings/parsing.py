"""Reading the cells of a check-in form export: which column holds what, and each value.

Check-in forms are written by coordinators in English or French, so headers and answers
are recognised by words ("Date of the meeting", "Comment vous êtes-vous rencontrés ?",
"1 h 30", "Zoom"). Dates of the form 03/04/2025 are read the same way for the whole
column: the day-first or month-first order is taken from the rows that settle it, and
a date left ambiguous is refused rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from app.roster.columns import normalise_header as fold
from app.roster.problems import problem
from app.roster.values import CellError

# Field → words any of which (all "+"-joined parts of one pattern) identify its header.
# Earlier fields win: "How long" is a duration before "how" makes it a mode.
_EMAIL = ("email", "e mail", "courriel", "mail", "username", "adresse")
HEADER_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("concern_note", ("concern+detail", "concern+note", "concern+describe", "concern+what",
                      "preoccupation+detail", "preoccupation+precis")),
    ("concern", ("concern", "preoccupation", "safety", "securite")),
    ("duration", ("duration", "minutes", "length", "how long", "duree", "combien de temps")),
    ("date", ("date", "held on", "when", "jour", "quand")),
    ("timestamp", ("timestamp", "horodat", "submitted")),
    ("mode", ("mode", "how did", "how were", "format", "type of contact", "type", "moyen",
              "comment vous")),
    ("initiated_by", ("initiat", "reached out", "who contacted", "qui a")),
    ("topics", ("topic", "sujet", "discussed", "theme", "discute")),
    # Attendance at a group's meeting: "not present" is an absence, so absent comes first.
    ("absent", ("absent", "missed", "did not attend", "not present", "absence")),
    ("present", ("present", "attend", "who came")),
    ("notes", ("note", "comment", "remarque", "anything else", "summary", "resume")),
    ("group", ("group",)),  # "Groupe" too
)  # fmt: skip
_MENTEE = ("mentee", "student", "etudiant", "protege", "mentore")  # checked first
_MENTOR = ("mentor", "resident")

MODE_WORDS = {
    "in_person": ("in person", "person", "face to face", "coffee", "cafe", "lunch", "en personne",
                  "presentiel", "visit"),
    "video": ("video", "zoom", "teams", "meet", "skype", "facetime", "webex", "virtual",
              "online", "visio", "en ligne", "virtuel"),
    "phone": ("phone", "call", "telephone", "tel", "appel", "cell"),
    "email_text": ("email", "e mail", "mail", "text", "sms", "message", "whatsapp", "courriel",
                   "texto", "chat", "slack", "signal", "imessage", "dm"),
}  # fmt: skip
INITIATOR_WORDS = {
    "both": ("both", "mutual", "les deux", "ensemble", "together"),
    "coordinator": ("coordinator", "coordonnat", "program", "programme", "organiser"),
    "mentee": (*_MENTEE, "the mentee"),
    "mentor": _MENTOR,
}
MONTHS = {
    "jan": 1, "janv": 1, "janvier": 1, "january": 1, "feb": 2, "fev": 2, "fevr": 2,
    "fevrier": 2, "february": 2, "mar": 3, "mars": 3, "march": 3, "apr": 4, "avr": 4,
    "avril": 4, "april": 4, "may": 5, "mai": 5, "jun": 6, "juin": 6, "june": 6, "jul": 7,
    "juil": 7, "juillet": 7, "july": 7, "aug": 8, "aou": 8, "aout": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9, "oct": 10, "october": 10,
    "octobre": 10, "nov": 11, "november": 11, "novembre": 11, "dec": 12, "december": 12,
    "decembre": 12,
}  # fmt: skip


def _has(folded: str, pattern: str) -> bool:
    padded = f" {folded} "
    return all(f" {word}" in padded for word in pattern.split("+"))


def guess_column(header: str) -> str | None:
    """The check-in field a header holds: ``mentor_email``, ``date``, ``topics``..."""
    folded = fold(header)
    if not folded:
        return None
    if any(_has(folded, w) for w in _EMAIL) and not _has(folded, "concern"):
        if any(_has(folded, w) for w in _MENTEE):
            return "mentee_email"
        if any(_has(folded, w) for w in _MENTOR):
            return "mentor_email"
        return "email"
    for field, patterns in HEADER_PATTERNS:
        if any(_has(folded, p) for p in patterns):
            return field
    return None


def map_columns(headers: Sequence[str]) -> dict[str, str]:
    """header → field for the first header of each field; a timestamp stands in for a date."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        field = guess_column(header)
        if field is not None and field not in taken:
            mapping[header] = field
            taken.add(field)
    if "date" not in taken:
        for header, field in mapping.items():
            if field == "timestamp":
                mapping[header] = "date"
    return {h: f for h, f in mapping.items() if f != "timestamp"}


# -- dates ----------------------------------------------------------------------------
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T,].*)?")
_WORDS = re.compile(r"[a-z]+|\d+")


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def day_order(values: Iterable[str]) -> str | None:
    """``"dmy"`` or ``"mdy"`` when the column's numeric dates settle it one way, else None."""
    day_first = month_first = False
    for value in values:
        found = _NUMERIC.fullmatch(value.strip())
        if found:
            first, second = int(found.group(1)), int(found.group(2))
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    if day_first == month_first:
        return None
    return "dmy" if day_first else "mdy"


def parse_date(value: str, order: str | None) -> dt.date:
    """A date in ISO, numeric (``order`` settles 03/04) or month-name form."""
    text = value.strip()
    if not text:
        raise CellError(problem("date_missing"))
    try:
        iso = _ISO.fullmatch(text)
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        numeric = _NUMERIC.fullmatch(text)
        if numeric:
            return _numeric_date(numeric, order)
        return _worded_date(fold(text))
    except CellError:
        raise
    except ValueError as exc:
        raise CellError(problem("date_not_real", text=text)) from exc


def _numeric_date(found: re.Match[str], order: str | None) -> dt.date:
    first, second, year = int(found.group(1)), int(found.group(2)), _year(found.group(3))
    if order is None and first <= 12 and second <= 12 and first != second:
        raise CellError(
            problem(
                "date_ambiguous",
                text=found.group(0),
                first=f"{year}-{second:02d}-{first:02d}",
                second=f"{year}-{first:02d}-{second:02d}",
            )
        )
    if order == "mdy" or (order is None and second > 12):
        return dt.date(year, first, second)
    return dt.date(year, second, first)


def _worded_date(folded: str) -> dt.date:
    words = _WORDS.findall(folded)
    months = [MONTHS[w] for w in words if w in MONTHS]
    numbers = [w for w in words if w.isdigit()]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(months) != 1 or len(years) != 1 or not days:
        raise CellError(problem("date_unreadable", text=folded))
    return dt.date(int(years[0]), months[0], int(days[0]))


# -- other cells ----------------------------------------------------------------------
def _first_match(folded: str, words: dict[str, tuple[str, ...]]) -> str | None:
    padded = f" {folded} "
    for key, options in words.items():
        if any(f" {option} " in padded or padded.startswith(f" {option}") for option in options):
            return key
    return None


def parse_mode(value: str) -> str:
    folded = fold(value)
    if not folded:
        raise CellError(problem("mode_missing"))
    mode = _first_match(folded, MODE_WORDS)
    if mode is None:
        raise CellError(problem("mode_unknown", text=value.strip()))
    return mode


_APPROXIMATELY = r"(?:about|around|approx(?:imately|\.)?|roughly|environ|~|≈)?\s*"
_HOUR_WORDS = r"(?:hours|hour|hrs|hr|heures|heure|h)"
_MINUTE_WORDS = r"(?:minutes|minute|mins|min|mn|m)"
# Whole-cell forms only: a search inside the cell would read "-1h" as an hour. Digits
# are bounded so that no cell becomes a number Python refuses to convert.
_PLAIN_MINUTES = re.compile(rf"{_APPROXIMATELY}(\d{{1,5}})(?:[.,]0+)?\s*(?:{_MINUTE_WORDS})?")
_CLOCK = re.compile(rf"{_APPROXIMATELY}(\d{{1,2}}):(\d{{2}})")
_HOURS = re.compile(
    rf"{_APPROXIMATELY}(\d{{1,3}}(?:[.,]\d{{1,3}})?)\s*{_HOUR_WORDS}"
    rf"(?:\s*(?:and|et)?\s*(\d{{1,3}})\s*(?:{_MINUTE_WORDS})?)?"
)
_NOT_KNOWN = ("", "n a", "na", "unknown", "inconnu", "inconnue", "s o", "nsp")


def parse_duration(value: str) -> int | None:
    """Minutes from "45", "45 min", "1h30", "1.5 hours", "1:15"; blank is not recorded.

    Anything else is refused rather than reinterpreted: a negative or zero length, a
    clock or hour with 60 or more minutes ("1:99"), more than a day, "1e3".
    """
    text = value.strip().casefold()
    if fold(text) in _NOT_KNOWN:  # blank, "-", "?", "n/a": the length was not given
        return None
    shown = value.strip()
    if text.startswith(("-", "−")):
        raise CellError(problem("duration_negative", text=shown))
    minutes = _minutes(text, shown)
    if minutes is None:
        raise CellError(problem("duration_unreadable", text=shown))
    if minutes <= 0:
        raise CellError(problem("duration_zero", text=shown))
    if minutes > 24 * 60:
        raise CellError(problem("duration_over_day", text=shown))
    return round(minutes)


def _minutes(text: str, shown: str) -> float | None:
    """The minutes a whole cell says, or None when it is not one of the known forms."""
    if found := _PLAIN_MINUTES.fullmatch(text):
        return int(found.group(1))
    if found := _CLOCK.fullmatch(text):
        hours, minutes = int(found.group(1)), int(found.group(2))
    elif found := _HOURS.fullmatch(text):
        hours_text, minutes_text = found.group(1).replace(",", "."), found.group(2)
        if minutes_text is None:
            return float(hours_text) * 60
        if "." in hours_text:  # "1.5h30": which half?
            return None
        hours, minutes = int(hours_text), int(minutes_text)
    else:
        return None
    if minutes >= 60:
        raise CellError(problem("duration_minutes_over_59", text=shown))
    return hours * 60 + minutes


def parse_initiator(value: str) -> str:
    folded = fold(value)
    if not folded:
        return ""
    who = _first_match(folded, INITIATOR_WORDS)
    if who is None:
        raise CellError(problem("initiator_unknown", text=value.strip()))
    return who
