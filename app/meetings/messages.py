"""The refusals contacts and topics say to a coordinator, in English and French.

Registered on import (``app.sentences``); the English text is what the CLI prints and the
tests compare, so it must not change.
"""

from __future__ import annotations

import app.roster.problems  # noqa: F401  (the contact rules' templates, reused below)
from app.sentences import NB, Sentence, register, sentence, templates

__all__ = ["as_refusal", "sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    "meetings.match_gone": ("That match no longer exists.", "Ce jumelage n'existe plus."),
    "meetings.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "meetings.topic_gone": ("That topic no longer exists.", "Ce sujet n'existe plus."),
    "meetings.match_ended": (
        "This match has ended; contacts can no longer be logged.",
        "Ce jumelage est terminé; on ne peut plus y inscrire de contact.",
    ),
    "meetings.unknown_mode": (
        "Unknown contact mode “{mode}”.",
        f"Moyen de contact inconnu{NB}: {_LQ}{{mode}}{_RQ}.",
    ),
    "meetings.unknown_initiator": (
        "Unknown initiator “{who}”.",
        f"Personne à l'origine du contact inconnue{NB}: {_LQ}{{who}}{_RQ}.",
    ),
    "meetings.choose_match": ("Choose at least one match.", "Choisissez au moins un jumelage."),
    "meetings.named_match": (
        "the match of {mentor} and {mentee}",
        # Said after « du » in the only sentence that uses it (« le début du jumelage de … »).
        "jumelage de {mentor} et {mentee}",
    ),
    "meetings.topic_name_required": ("A topic needs a name.", "Un sujet doit avoir un nom."),
    "meetings.topic_name_too_long": (
        "A topic name can have at most {most} characters.",
        "Le nom d'un sujet peut compter au plus {most} caractères.",
    ),
    "meetings.category_too_long": (
        "A category can have at most {most} characters.",
        "Une catégorie peut compter au plus {most} caractères.",
    ),
    "meetings.topic_taken": (
        "The catalogue already has a topic named “{name}”.",
        f"Le catalogue a déjà un sujet nommé {_LQ}{{name}}{_RQ}.",
    ),
}

register(_TEMPLATES)

# A contact rule (``app.meetings.contact_rules``) said as a sentence of its own: the same
# words, capitalised, with a full stop, in both languages.
_RULES = (
    "contact_in_future",
    "contact_before_match",
    "contact_before_named_match",
    "duration_too_short",
    "duration_too_long",
)


def _whole(words: str) -> str:
    return words[:1].upper() + words[1:] + "."


register(
    {
        f"meetings.refuse_{key}": (_whole(templates()[key][0]), _whole(templates()[key][1]))
        for key in _RULES
    }
)


def as_refusal(problem: str) -> str:
    """A contact rule's words as a sentence of their own, still sayable in French."""
    if isinstance(problem, Sentence) and problem.key in _RULES:
        return sentence(f"meetings.refuse_{problem.key}", **problem.params)
    return _whole(problem)
