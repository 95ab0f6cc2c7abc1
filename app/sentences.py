"""Sentences a coordinator reads, kept so the window can say them in English or French.

A sentence is made from a key and its parameters (``sentence("backup_damaged", name=...)``)
like the reasons of a match (``app.matching.reasons``). It *is* its English text — a
``str`` that the CLI, JSON output, files and logs use unchanged — and it remembers its key
and parameters, so the window can say it in French (``render(message, "fr")``). Any other
text is shown as it is.

Each package keeps its own templates (``app/<package>/messages.py``, the import problems in
``app/roster/problems.py``) and registers them when it is imported, so a module that makes a
sentence has always registered its key first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("en", "fr")
NB = "\u00a0"  # French puts a no-break space inside « » and before a colon
_ROWS_NAMED = 10  # rows listed in one sentence before "and N more"

# key → (English, French)
_TEMPLATES: dict[str, tuple[str, str]] = {}


def register(templates: Mapping[str, tuple[str, str]]) -> None:
    """Make ``templates`` known; a key already registered with other words is a bug."""
    for key, words in templates.items():
        known = _TEMPLATES.get(key)
        if known is not None and known != tuple(words):
            raise ValueError(f"two different sentences are registered as {key!r}")
        _TEMPLATES[key] = (words[0], words[1])


def templates() -> dict[str, tuple[str, str]]:
    """Every registered template (tests compare the parameters of both languages)."""
    return dict(_TEMPLATES)


class Sentence(str):
    """A sentence's English text that remembers its ``key`` and ``params``."""

    key: str
    params: dict[str, Any]

    def __new__(cls, key: str, params: dict[str, Any]) -> Sentence:
        english = _TEMPLATES[key][0]
        made = super().__new__(cls, english.format(**_values(params, french=False)))
        made.key = key
        made.params = dict(params)
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copied or sent to another process: stays one
        return (Sentence, (self.key, self.params))


def sentence(key: str, **params: Any) -> Sentence:
    """The sentence ``key`` with its parameters; ``key`` must be registered."""
    if key not in _TEMPLATES:
        raise KeyError(key)
    return Sentence(key, params)


def render(message: object, lang: str = "en") -> str:
    """A sentence in ``lang`` ("en" or "fr"; anything else is English); other text as is."""
    if not isinstance(message, Sentence):
        return str(message)
    if not lang.casefold().startswith("fr"):
        return str.__str__(message)
    try:
        return _TEMPLATES[message.key][1].format(**_values(message.params, french=True))
    except (KeyError, IndexError):
        return str.__str__(message)


def _values(params: dict[str, Any], *, french: bool) -> dict[str, Any]:
    """Parameters as the language says them: ``rows`` (row numbers) become words, and a
    parameter that is itself a sentence is said in the same language (without its final
    full stop when its name ends in ``_clause``: it is then part of a longer sentence)."""
    said: dict[str, Any] = {}
    for name, value in params.items():
        if isinstance(value, Sentence):
            said[name] = render(value, "fr" if french else "en")
            if name.endswith("_clause"):
                said[name] = said[name].rstrip(".")
        elif name == "rows" and isinstance(value, list):
            said[name] = _row_list(value, french)
        else:
            said[name] = value
    return said


def _row_list(numbers: list[int], french: bool) -> str:
    """ "row 4", "rows 3 and 4", "rows 1, 2, … 10 and 7 more" (or "ligne 4", …)."""
    one, many, conjunction, more = (
        ("ligne", "lignes", " et ", "{n} autres")
        if french
        else ("row", "rows", " and ", "{n} more")
    )
    if len(numbers) == 1:
        return f"{one} {numbers[0]}"
    shown = list(map(str, numbers[:_ROWS_NAMED]))
    extra = len(numbers) - len(shown)
    last = more.format(n=extra) if extra else shown.pop()
    return f"{many} {', '.join(shown)}{conjunction}{last}"
