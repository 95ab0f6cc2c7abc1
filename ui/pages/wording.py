"""Counts, dates and sizes as the pages show them, in the language the window speaks.

Numbers and dates follow ``QLocale()`` (set to the chosen language at start-up). Counted
phrases go through Qt's numerus translations (``tr("%Ln row(s)", "", n)``); when no
translation is loaded (English), :func:`counted` turns Qt's "(s)" marker into the English
singular or plural, so English reads "1 row", "2 rows" without a translation file of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from PySide6.QtCore import QDate, QDateTime, QLocale

from ui.models.rows import Column

_MARKER = re.compile(r"(\w+)\((\w+)\)")
_IRREGULAR = {("person", "s"): "people"}


def counted(text: str, count: int) -> str:
    """``text`` (a numerus string after translation) with any English "(s)" settled."""

    def settle(found: re.Match[str]) -> str:
        word, ending = found.group(1), found.group(2)
        if count == 1:
            return word
        return _IRREGULAR.get((word, ending), word + ending)

    return _MARKER.sub(settle, text)


def number(value: int | float) -> str:
    return QLocale().toString(value)


def day(value: dt.date | None) -> str:
    """``3 Feb 2025`` / ``3 févr. 2025``; "" for no date."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def long_day(value: dt.date) -> str:
    """``3 February 2025`` / ``3 février 2025``."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def local(value: dt.datetime) -> dt.datetime:
    """A stored (UTC) time in the computer's time zone, as the coordinator's clock shows it."""
    return value.replace(tzinfo=dt.UTC).astimezone()


def moment(value: dt.datetime | None) -> str:
    """``3 Feb 2025, 14:05`` / ``3 févr. 2025, 14:05``; "" for no time."""
    if value is None:
        return ""
    return QLocale().toString(QDateTime(value.replace(tzinfo=None)), "d MMM yyyy, HH:mm")


def percent(fraction: float) -> str:
    """``87%`` / ``87 %`` as the locale writes a percentage."""
    locale = QLocale()
    space = "\u00a0" if locale.language() == QLocale.Language.French else ""
    return f"{locale.toString(round(fraction * 100))}{space}{locale.percent()}"


class TranslatedColumns(Sequence[Column[Any]]):
    """A table's columns, built each time a model takes them.

    Column titles are translated text; building them when the model is made (after the
    translation is loaded) rather than at import keeps them in the window's language.
    """

    def __init__(self, build: Callable[[], list[Column[Any]]]) -> None:
        self._build = build

    def __iter__(self) -> Iterator[Column[Any]]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())

    @overload
    def __getitem__(self, index: int) -> Column[Any]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Column[Any]]: ...

    def __getitem__(self, index: int | slice) -> Column[Any] | Sequence[Column[Any]]:
        return self._build()[index]
