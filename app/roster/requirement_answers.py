"""Reading the sign-up answers that name preferred mentors or make a wish a requirement.

"Is there a resident you would like as your mentor?" is kept as typed (matching ties the
names to mentors when it runs, since mentors may sign up later). "Must your mentor speak
French?" and "Do you require a local mentor?" are yes/no questions: a yes makes that
criterion a hard rule for the person, a no stores nothing, anything else is kept as a
custom answer.
"""

from __future__ import annotations

from collections.abc import Callable

from app.roster import values
from app.roster.values import CellError

_NOBODY = frozenset(
    values.fold(answer)
    for answer in (
        "no", "non", "none", "aucun", "aucune", "n/a", "na", "nobody", "personne", "-",
        "no preference", "pas de préférence", "not sure", "unsure", "je ne sais pas",
    )
)  # fmt: skip
MAX_NAMED = 500


def parse_preferred_mentors(answer: str) -> str:
    """The names or addresses as typed (spacing tidied); "" when the answer names nobody."""
    text = " ".join(answer.split())[:MAX_NAMED]
    if values.fold(text) in _NOBODY:
        return ""
    return text


def required(stored: str) -> Callable[[str], str | None]:
    """A yes/no parser storing ``stored`` for a yes, nothing for a no."""

    def parse(answer: str) -> str | None:
        try:
            return stored if values.parse_yes_no(answer) else ""
        except CellError:
            return None  # not a yes or a no: kept as the person's own words

    return parse
