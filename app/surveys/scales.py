"""The answer scales MentorDesk knows in English and French, in their order.

Templates name a scale instead of spelling its labels, and the import recognises a column
whose answers are all labels of one scale (in either language) as that scale.
"""

from __future__ import annotations

from typing import Any

Choice = dict[str, Any]


def _scale(*labels: tuple[str, str, str]) -> list[Choice]:
    return [{"key": key, "en": en, "fr": fr} for key, en, fr in labels]


SCALES: dict[str, list[Choice]] = {
    "yes_no": _scale(("yes", "Yes", "Oui"), ("no", "No", "Non")),
    "extent4": _scale(
        ("not_at_all", "Not at all", "Pas du tout"),
        ("some", "To some extent", "Dans une certaine mesure"),
        ("high", "To a high extent", "Dans une grande mesure"),
        ("very_high", "To a very high extent", "Dans une très grande mesure"),
    ),
    "agreement5": _scale(
        ("strongly_disagree", "Strongly disagree", "Fortement en désaccord"),
        ("disagree", "Disagree", "En désaccord"),
        ("neutral", "Neither agree nor disagree", "Ni en accord ni en désaccord"),
        ("agree", "Agree", "D'accord"),
        ("strongly_agree", "Strongly agree", "Fortement d'accord"),
    ),
    "satisfaction5": _scale(
        ("1", "1 – Very dissatisfied", "1 – Très insatisfait"),
        ("2", "2", "2"),
        ("3", "3", "3"),
        ("4", "4", "4"),
        ("5", "5 – Very satisfied", "5 – Très satisfait"),
    ),
    "confidence5": _scale(
        ("1", "1 – Not confident", "1 – Pas confiant"),
        ("2", "2", "2"),
        ("3", "3", "3"),
        ("4", "4", "4"),
        ("5", "5 – Very confident", "5 – Très confiant"),
    ),
    "fit3": [
        {"key": "good_fit", "en": "Good fit", "fr": "Bon jumelage"},
        {"key": "deciding", "en": "Still deciding", "fr": "Je ne sais pas encore"},
        {"key": "not_fit", "en": "Not a good fit", "fr": "Pas un bon jumelage", "flag": True},
    ],
}

# Other spellings people write for the same answers (folded: lower case, no accents).
SYNONYMS: dict[str, dict[str, str]] = {
    "yes_no": {"y": "yes", "o": "yes", "true": "yes", "vrai": "yes", "n": "no", "false": "no",
               "faux": "no"},
    "agreement5": {"neutral": "neutral", "neutre": "neutral", "tout a fait d accord":
                   "strongly_agree", "plutot d accord": "agree", "en accord": "agree",
                   "tout a fait en desaccord": "strongly_disagree",
                   "pas d accord": "disagree", "plutot en desaccord": "disagree"},
}  # fmt: skip

# The scales the import tries on a new column, most specific first.
LEARNABLE = ("yes_no", "extent4", "agreement5")


def scale_choices(name: str) -> list[Choice]:
    """A fresh copy of the scale's choices (callers may edit them)."""
    return [dict(choice) for choice in SCALES[name]]
