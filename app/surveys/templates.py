"""The survey templates shipped in ``resources/surveys`` (our own wording, both languages)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from app.surveys.scales import scale_choices


@dataclass(frozen=True)
class TemplateQuestion:
    key: str
    kind: str
    text: str
    text_fr: str
    required: bool
    choices: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SurveyTemplate:
    key: str
    name: str
    name_fr: str
    moment: str
    days_after_match: int | None
    # {"roles": [...]} or {"roles": "mentors"}: every rung that mentors someone.
    audience: dict[str, Any]
    anonymous: bool
    questions: tuple[TemplateQuestion, ...]

    def title(self, language: str) -> str:
        return self.name_fr if language == "fr" else self.name


def _question(raw: dict[str, Any]) -> TemplateQuestion:
    choices = scale_choices(raw["scale"]) if "scale" in raw else list(raw.get("choices", []))
    return TemplateQuestion(
        key=raw["key"],
        kind=raw["kind"],
        text=raw["en"],
        text_fr=raw["fr"],
        required=bool(raw.get("required", False)),
        choices=choices,
    )


@functools.cache
def load_templates() -> dict[str, SurveyTemplate]:
    """Every shipped template by key, in a stable order (by file name)."""
    folder = files("resources") / "surveys"
    found: dict[str, SurveyTemplate] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        raw = json.loads(entry.read_text(encoding="utf-8"))
        found[raw["key"]] = SurveyTemplate(
            key=raw["key"],
            name=raw["name"]["en"],
            name_fr=raw["name"]["fr"],
            moment=raw.get("moment", "end"),
            days_after_match=raw.get("days_after_match"),
            audience=dict(raw.get("audience") or {}),
            anonymous=bool(raw.get("anonymous", False)),
            questions=tuple(_question(q) for q in raw["questions"]),
        )
    return found


# The order a coordinator meets them in: the year's flow.
ORDER = ("match_check_in", "goals_pre", "goals_post", "end_of_year", "mentor_reflection")


def template_list() -> list[SurveyTemplate]:
    templates = load_templates()
    ordered = [templates[k] for k in ORDER if k in templates]
    return ordered + [t for k, t in templates.items() if k not in ORDER]
