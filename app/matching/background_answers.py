"""Reading a cultural background and a family's wish about it, as matching compares them.

The background is sensitive: it is kept folded (case, accents, spacing), split into its
parts, and no sentence ever quotes it. The wish is "similar", "any" (the family does not
mind) or "" (not said, or not understood).
"""

from __future__ import annotations

import re


def fold(text: str) -> str:
    # Imported on use: ``profile`` imports this module while it is being defined.
    from app.matching.profile import fold as fold_text

    return fold_text(text)


_BACKGROUND_PARTS = re.compile(r"[,;/&+|]|\band\b|\bet\b")
_BACKGROUND_UNSAID = frozenset(
    {
        "",
        "prefer not to say",
        "prefer not to answer",
        "rather not say",
        "je prefere ne pas repondre",
        "prefere ne pas repondre",
        "ne souhaite pas repondre",
        "n/a",
        "na",
        "none",
        "aucune",
    }
)
_WISH_SIMILAR = frozenset(
    {"yes", "y", "oui", "o", "similar", "similaire", "semblable", "same", "meme", "important"}
)
_WISH_ANY = frozenset(
    {
        "no",
        "n",
        "non",
        "any",
        "doesn't matter",
        "does not matter",
        "doesnt matter",
        "no preference",
        "not important",
        "peu importe",
        "ca n'a pas d'importance",
        "sans importance",
        "aucune preference",
        "sans preference",
    }
)


def background_parts(answer: str) -> frozenset[str]:
    """A stated cultural background as folded parts ("Haitian; Québécois" → two parts).

    Kept folded, never as typed: matching compares it and no sentence ever quotes it.
    """
    parts = {fold(part) for part in _BACKGROUND_PARTS.split(fold(answer))}
    return frozenset(p for p in parts if p and p not in _BACKGROUND_UNSAID)


def background_wish(answer: str) -> str:
    """ "similar", "any" (the family does not mind) or "" (not said or not understood)."""
    key = fold(answer).replace("’", "'").rstrip(".!")
    if key in _WISH_SIMILAR or key.startswith(("yes", "oui")):
        return "similar"
    if key in _WISH_ANY or key.startswith(("no ", "non ", "no,", "non,")):
        return "any"
    return ""
