"""Letter templates: the words of a letter, per language, kept outside the code.

The shipped templates live in ``resources/letters/<lang>.json``: a ``text`` mapping of
plain-text sentences with ``{named}`` placeholders, the ``primer`` questions, the month
names and a ``date`` pattern. A program's own wording is saved as numbered versions in the
``letter_template`` table (see :mod:`app.letters.versions`); each version holds the whole
template, so a letter can be made again exactly as it was sent. The template's
``version`` label (``"en-v3"``, or ``"default"`` for the shipped words) is what the letter
log records.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib.resources import files
from typing import Any

from app.letters.content import LANGUAGES

DEFAULT_VERSION = "default"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class LetterTemplate:
    language: str
    version: str
    text: Mapping[str, str]
    primer: tuple[str, ...]
    months: tuple[str, ...]
    date_pattern: str
    first_day: str = "1"
    values: Mapping[str, object] = field(default_factory=dict)
    """Placeholders every sentence of one letter may use (see :meth:`bind`)."""

    def bind(self, **values: object) -> LetterTemplate:
        """This template with ``values`` available to every sentence (one letter's facts)."""
        return replace(self, values=values)

    def get(self, key: str, **values: object) -> str:
        """The sentence ``key`` with its placeholders filled (unknown ones left as written)."""
        text = self.text.get(key, "")
        if "{" not in text:
            return text
        return fill(text, {**self.values, **values} if self.values else values)

    def plural(self, key: str, count: int, **values: object) -> str:
        """``key_one`` or ``key_many`` by ``count``."""
        return self.get(f"{key}_{'one' if count == 1 else 'many'}", count=count, **values)

    def format_date(self, day: dt.date) -> str:
        month = self.months[day.month - 1]
        number = self.first_day if day.day == 1 else str(day.day)
        return fill(self.date_pattern, {"day": number, "month": month, "year": day.year})

    def content(self) -> dict[str, Any]:
        """The whole template as stored in a version (plain JSON)."""
        return {
            "text": dict(self.text),
            "primer": list(self.primer),
            "months": list(self.months),
            "date": self.date_pattern,
            "first_day": self.first_day,
        }


def fill(text: str, values: Mapping[str, object]) -> str:
    """Replace ``{name}`` by ``values[name]``; a brace that names nothing stays as written."""

    def replace_one(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(replace_one, text)


def placeholders_in(text: str) -> list[str]:
    """The ``{names}`` used in ``text``, in order of first use."""
    return list(dict.fromkeys(_PLACEHOLDER.findall(text)))


@functools.cache
def _shipped(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported letter language: {language!r}")
    raw = (files("resources") / "letters" / f"{language}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def load_template(
    language: str, override: Mapping[str, Any] | None = None, *, version: str | None = None
) -> LetterTemplate:
    """The template for ``language``: ``override`` (whole or partial) laid over the shipped one.

    ``version`` labels the result; by default ``"default"`` for the shipped words and
    ``"<lang>-custom"`` for words not (yet) saved as a numbered version.
    """
    base = _shipped(language)
    override = override or {}
    text = {**base["text"], **{str(k): str(v) for k, v in override.get("text", {}).items()}}
    primer = tuple(str(q) for q in override.get("primer", base["primer"]) if str(q).strip())
    months = tuple(str(m) for m in override.get("months", base["months"]))
    if len(months) != 12:
        months = tuple(base["months"])
    if version is None:
        version = f"{language}-custom" if override else DEFAULT_VERSION
    return LetterTemplate(
        language=language,
        version=version,
        text=text,
        primer=primer,
        months=months,
        date_pattern=str(override.get("date", base["date"])),
        first_day=str(override.get("first_day", base.get("first_day", "1"))),
    )
