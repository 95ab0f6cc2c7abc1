"""Letter templates: the words of a letter, per language, kept outside the code.

The shipped templates live in ``resources/letters/<lang>.json``: a ``text`` mapping of
plain-text sentences with ``{named}`` placeholders, the ``primer`` questions, the month
names and a ``date`` pattern. A program may override any of these in
``Program.settings["letter_templates"][lang]`` (same shape, partial); the GUI editor writes
there. The template's ``version`` is derived from its content, so a :class:`LetterRecord`
says exactly which words were sent.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from app.letters.content import LANGUAGES

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

    def get(self, key: str, **values: object) -> str:
        """The sentence ``key`` with its placeholders filled (unknown ones left as written)."""
        return fill(self.text.get(key, ""), values)

    def plural(self, key: str, count: int, **values: object) -> str:
        """``key_one`` or ``key_many`` by ``count``."""
        return self.get(f"{key}_{'one' if count == 1 else 'many'}", count=count, **values)

    def format_date(self, day: dt.date) -> str:
        month = self.months[day.month - 1]
        number = self.first_day if day.day == 1 else str(day.day)
        return fill(self.date_pattern, {"day": number, "month": month, "year": day.year})


def fill(text: str, values: Mapping[str, object]) -> str:
    """Replace ``{name}`` by ``values[name]``; a brace that names nothing stays as written."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(replace, text)


@functools.cache
def _shipped(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported letter language: {language!r}")
    raw = (files("resources") / "letters" / f"{language}.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def shipped_template_data(language: str) -> dict[str, Any]:
    """A copy of the shipped template (for an editor to start from)."""
    copy: dict[str, Any] = json.loads(json.dumps(_shipped(language)))
    return copy


def load_template(language: str, override: Mapping[str, Any] | None = None) -> LetterTemplate:
    """The template for ``language``, with a program's ``override`` laid over the shipped one."""
    base = _shipped(language)
    override = override or {}
    text = {**base["text"], **{str(k): str(v) for k, v in override.get("text", {}).items()}}
    primer = tuple(str(q) for q in override.get("primer", base["primer"]))
    months = tuple(str(m) for m in override.get("months", base["months"]))
    if len(months) != 12:
        months = tuple(base["months"])
    date_pattern = str(override.get("date", base["date"]))
    first_day = str(override.get("first_day", base.get("first_day", "1")))
    canonical = json.dumps(
        {
            "text": text,
            "primer": primer,
            "months": months,
            "date": date_pattern,
            "first_day": first_day,
        },
        sort_keys=True,
        ensure_ascii=False,
    )
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
    return LetterTemplate(
        language=language,
        version=f"{language}-{digest}",
        text=text,
        primer=primer,
        months=months,
        date_pattern=date_pattern,
        first_day=first_day,
    )
