"""Matching settings as a JSON file: exported from the settings dialog, read by ``match
--settings FILE`` so a run can be scripted, imported back into the dialog.

The file holds the weights, rules and choices (``MatchSettings`` and ``MatchChoices``),
checked exactly as the dialog's save checks them (``settings_service.validate_settings``).
The never-pair list names people and stays with the program: it is never written to a
file, and a file that brings one is refused. Every problem is one sentence naming the file.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

from app.errors import MentorDeskError, UnusableInputError
from app.matching.choice_sentences import choice_sentence
from app.matching.profile import MatchSettings
from app.matching.settings_service import MatchChoices, validate_settings

FORMAT_KEY = "mentordesk_matching_settings"
FORMAT_VERSION = 1
MAX_BYTES = 1_000_000  # settings are a few hundred bytes; anything huge is not one


def settings_document(settings: MatchSettings, choices: MatchChoices) -> dict[str, Any]:
    """The JSON object of a settings file (without the never-pair list)."""
    data = settings.to_dict()
    data.pop("never_pair", None)
    return {FORMAT_KEY: FORMAT_VERSION, **data, **choices.to_dict()}


def write_settings_file(path: Path, settings: MatchSettings, choices: MatchChoices) -> Path:
    """Write the settings file through the safe writer; returns its path."""
    from app.safe_files import write_bytes

    text = json.dumps(settings_document(settings, choices), ensure_ascii=False, indent=2)
    what = choice_sentence("matching.thing_settings")
    return write_bytes(Path(path), (text + "\n").encode("utf-8"), what)


def read_settings_file(
    path: Path, keep: MatchSettings | None = None
) -> tuple[MatchSettings, MatchChoices]:
    """The settings and choices of a file; the never-pair list is ``keep``'s (the program's)."""
    name = str(path)
    data = _load(Path(path), name)
    allowed = set(MatchSettings().to_dict()) | set(MatchChoices.KEYS) | {FORMAT_KEY}
    if data.get("never_pair"):
        raise UnusableInputError(choice_sentence("matching.file_never_pair", file=name))
    data.pop("never_pair", None)
    for key in data:
        if key not in allowed:
            raise UnusableInputError(
                choice_sentence("matching.file_unknown_key", file=name, setting=key)
            )
    data.pop(FORMAT_KEY, None)
    try:
        settings, choices = validate_settings(data)
    except MentorDeskError as exc:
        raise UnusableInputError(
            choice_sentence("matching.file_bad_value", file=name, problem=exc.message)
        ) from exc
    never_pair = keep.never_pair if keep is not None else ()
    return dataclasses.replace(settings, never_pair=never_pair), choices


def _load(path: Path, name: str) -> dict[str, Any]:
    try:
        if not path.exists():
            raise UnusableInputError(choice_sentence("matching.file_missing", file=name))
        if not path.is_file():
            raise UnusableInputError(choice_sentence("matching.file_not_file", file=name))
        if path.stat().st_size > MAX_BYTES:
            raise UnusableInputError(choice_sentence("matching.file_too_big", file=name))
        raw = path.read_bytes()
    except OSError as exc:
        why = exc.strerror or type(exc).__name__
        raise UnusableInputError(
            choice_sentence("matching.file_unreadable", file=name, why=why)
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise UnusableInputError(
            choice_sentence("matching.file_not_json", file=name, line=1, column=exc.start + 1)
        ) from exc
    except json.JSONDecodeError as exc:
        raise UnusableInputError(
            choice_sentence("matching.file_not_json", file=name, line=exc.lineno, column=exc.colno)
        ) from exc
    except RecursionError as exc:  # a deeply nested file: not settings either
        raise UnusableInputError(choice_sentence("matching.file_not_object", file=name)) from exc
    if not isinstance(data, dict):
        raise UnusableInputError(choice_sentence("matching.file_not_object", file=name))
    return data
