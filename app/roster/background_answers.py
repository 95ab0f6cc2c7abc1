"""Reading a family's cultural background and its wish for a mentor of a similar one.

Both come from sign-up columns ("Cultural background", « Origine culturelle », "Would you
like a mentor of a similar background?"). The background is sensitive: it is stored as
given in the participant's custom fields under ``background`` (the key the roster hides
and letters never print); the wish is a preference, "similar" or "any".
"""

from __future__ import annotations

from app.matching.background_answers import background_parts, background_wish


def parse_background(answer: str) -> str:
    """The background as the family wrote it; "" for "prefer not to say" (nothing stored)."""
    text = " ".join(answer.split())
    return text if background_parts(text) else ""


def parse_background_wish(answer: str) -> str | None:
    """ "similar" or "any"; None for an answer it does not know (kept as a custom field)."""
    return background_wish(answer) or None
