"""Eligibility rules as stored in ``Program.settings["eligibility"]``, and checking them.

A rule reads one field of a participant (a sign-up answer the program keeps, or a custom
question of the form) or the participant's orientation records, with one of a small set
of tests. Rules are checked when saved: an unknown role, field or test, a number or date
that is not one, is refused with one sentence naming the rule.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from app.eligibility.messages import sentence
from app.errors import UnusableInputError

SETTINGS_KEY = "eligibility"
ORIENTATION = "orientation"  # the field of the orientation tests
# Fields every participant has (the rest are the custom questions of the sign-up forms).
BUILTIN_FIELDS = (
    "stage",
    "institution",
    "city",
    "province",
    "languages",
    "interests",
    "capacity",
    "returning",
)
FIELD_TESTS = ("is_set", "is_yes", "equals", "one_of", "at_least", "at_most")
ORIENTATION_TESTS = ("orientation_by", "orientation_hours")
OPERATORS = (*FIELD_TESTS, *ORIENTATION_TESTS)
NUMBER_TESTS = ("at_least", "at_most", "orientation_hours")
NO_VALUE_TESTS = ("is_set", "is_yes")
MAX_LABEL = 200
_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Rule:
    """One test of one field; ``value`` is a float, a date, a tuple of answers, a text or
    None, as the test needs; ``label`` is how the coordinator calls the field."""

    field: str
    op: str
    value: Any = None
    label: str = ""

    @property
    def words(self) -> str:
        """What the failure sentences call the field."""
        return self.label or self.field

    def to_json(self) -> dict[str, Any]:
        value: Any = self.value
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        doc: dict[str, Any] = {"field": self.field, "op": self.op, "value": value}
        if self.label:
            doc["label"] = self.label
        return doc


def number_in(text: object) -> float | None:
    """The first number a value holds ("PGY-3" → 3, "2,5 years" → 2.5), or None."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return float(text)
    found = _NUMBER.search(str(text))
    return float(found.group(0).replace(",", ".")) if found else None


def parse_rules(
    raw: object, ladder: Collection[str], fields: Collection[str] | None
) -> dict[str, list[Rule]]:
    """The rules of ``raw`` (the stored JSON shape), checked against the program's roles
    and the fields it knows (any field when ``fields`` is None); the first problem is
    raised as ``UnusableInputError``."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise UnusableInputError(sentence("eligibility.not_a_mapping"))
    parsed: dict[str, list[Rule]] = {}
    for role, rules in raw.items():
        if role not in ladder:
            raise UnusableInputError(sentence("eligibility.unknown_role", role=role))
        if not isinstance(rules, list):
            raise UnusableInputError(sentence("eligibility.not_a_mapping"))
        checked = [parse_rule(r, role, n, fields) for n, r in enumerate(rules, start=1)]
        if checked:
            parsed[str(role)] = checked
    return parsed


def parse_rule(raw: object, role: str, number: int, fields: Collection[str] | None) -> Rule:
    """One rule, checked; ``number`` (from 1) and ``role`` name it in a refusal."""
    where = {"number": number, "role": role}
    if not isinstance(raw, Mapping) or not isinstance(raw.get("op"), str):
        raise UnusableInputError(sentence("eligibility.not_a_rule", **where))
    op, field = raw["op"], str(raw.get("field") or "").strip()
    label = " ".join(str(raw.get("label") or "").split())
    if op not in OPERATORS:
        raise UnusableInputError(sentence("eligibility.unknown_op", op=op, **where))
    if len(label) > MAX_LABEL:
        raise UnusableInputError(sentence("eligibility.label_too_long", limit=MAX_LABEL, **where))
    if op in ORIENTATION_TESTS:
        if field not in ("", ORIENTATION):
            raise UnusableInputError(sentence("eligibility.orientation_only", **where))
        field = ORIENTATION
    elif field == ORIENTATION:
        raise UnusableInputError(sentence("eligibility.orientation_only", **where))
    elif not field or (fields is not None and field not in BUILTIN_FIELDS and field not in fields):
        raise UnusableInputError(sentence("eligibility.unknown_field", field=field, **where))
    return Rule(field, op, _value(op, raw.get("value"), where), label)


def _value(op: str, raw: object, where: dict[str, Any]) -> Any:
    if op in NO_VALUE_TESTS:
        return None
    if raw is None or (isinstance(raw, str | list) and not raw):
        raise UnusableInputError(sentence("eligibility.value_needed", **where))
    if op in NUMBER_TESTS:
        text = str(raw).strip().replace(",", ".")
        try:
            if isinstance(raw, bool):
                raise ValueError
            return float(raw) if isinstance(raw, int | float) else float(text)
        except ValueError:
            raise UnusableInputError(
                sentence("eligibility.bad_number", value=str(raw), **where)
            ) from None
    if op == "orientation_by":
        try:
            return dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            raise UnusableInputError(
                sentence("eligibility.bad_date", value=str(raw), **where)
            ) from None
    if op == "one_of":
        answers = raw if isinstance(raw, list) else str(raw).split(";")
        kept = tuple(a for a in (" ".join(str(x).split()) for x in answers) if a)
        if not kept:
            raise UnusableInputError(sentence("eligibility.value_needed", **where))
        return kept
    text = " ".join(str(raw).split())
    if not text:
        raise UnusableInputError(sentence("eligibility.value_needed", **where))
    return text


def rules_to_json(rules: Mapping[str, list[Rule]]) -> dict[str, list[dict[str, Any]]]:
    """The stored shape of ``rules`` (roles without rules are left out)."""
    return {role: [r.to_json() for r in found] for role, found in rules.items() if found}
