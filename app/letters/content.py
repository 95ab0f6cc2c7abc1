"""What a letter says, as plain data: no database, no reportlab.

A :class:`LetterContent` can be built from plain values, which is how benchmarks and
previews use the renderer without a database::

    head = Letterhead(program="Paediatrics Mentorship", organisation="Canadian Society",
                      contact_name="Dr Ada Lovelace", contact_email="mentor@example.org")
    mentor = PartnerDetails(name="Siobhán O'Brien", pronouns="she/her",
                            email="siobhan@example.org", institution="McGill",
                            reasons=("Both interested in research",),
                            topics=("Research in the specialty",))
    letter = LetterContent(kind="mentee", language="en", recipient_name="Zoé Lefèbvre",
                           partners=(mentor,), letterhead=head, cycle_label="2025-2026",
                           date=dt.date(2026, 11, 22))
    render_letters([letter], Path("letters.pdf"))

All strings are plain text; the renderer escapes them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

LetterKind = Literal["mentee", "mentor"]
"""``mentee``: the letter names the recipient's mentor(s); ``mentor``: their mentee(s)."""

LANGUAGES = ("en", "fr")
DEFAULT_FIRST_CONTACT_DAYS = 14
DEFAULT_CADENCE_DAYS = 60


TRANSLATED_FIELDS = ("program", "organisation", "contact_name", "contact_title")
"""The letterhead's free text, which has a French variant (e-mail and phone have none)."""


@dataclass(frozen=True)
class LetterheadText:
    """The letterhead's words in French; an empty field prints the English words."""

    program: str = ""
    organisation: str = ""
    contact_name: str = ""
    contact_title: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in TRANSLATED_FIELDS)


@dataclass(frozen=True)
class Letterhead:
    """The program's letterhead, printed at the top of each letter's first page.

    The fields hold the English words; ``french`` the French ones. Use
    :meth:`in_language` to get the letterhead a reader of one language sees.
    """

    program: str
    organisation: str = ""
    contact_name: str = ""
    contact_title: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    logo_path: Path | None = None
    logo: bytes | None = None
    """PNG or JPEG bytes (the program's stored logo); preferred over ``logo_path``."""
    french: LetterheadText = field(default_factory=LetterheadText)

    def in_language(self, language: str) -> Letterhead:
        """The letterhead as printed in ``language``: French words where they are filled in."""
        if language != "fr":
            return self
        words = {name: getattr(self.french, name) for name in TRANSLATED_FIELDS}
        return replace(self, **{name: value for name, value in words.items() if value})

    def french_missing(self) -> tuple[str, ...]:
        """The fields a French letter prints in English (filled in English, not in French).

        The coordinator's name is left out: a name is usually the same in both languages.
        """
        return tuple(
            name
            for name in TRANSLATED_FIELDS
            if name != "contact_name" and getattr(self, name) and not getattr(self.french, name)
        )


@dataclass(frozen=True)
class PartnerDetails:
    """The person a letter introduces, and what the pair has in common.

    ``phone`` is printed when non-empty: leave it empty unless the person agreed to share it.
    """

    name: str
    pronouns: str = ""
    email: str = ""
    phone: str = ""
    institution: str = ""
    stage: str = ""
    city: str = ""
    reasons: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class LetterContent:
    """One letter to one recipient, listing every partner of theirs in the batch."""

    kind: LetterKind
    language: str
    recipient_name: str
    partners: tuple[PartnerDetails, ...]
    letterhead: Letterhead
    cycle_label: str
    date: dt.date
    first_contact_days: int = DEFAULT_FIRST_CONTACT_DAYS
    cadence_days: int = DEFAULT_CADENCE_DAYS
    cycle_starts: dt.date | None = None
    cycle_ends: dt.date | None = None

    @property
    def head(self) -> Letterhead:
        """The letterhead in the reader's language."""
        return self.letterhead.in_language(self.language)

    def placeholder_values(self, language: str | None = None) -> dict[str, object]:
        """What every sentence of this letter may fill in (see :mod:`app.letters.placeholders`).

        The letterhead's words are those of ``language`` (the letter's own by default).
        """
        head = self.letterhead.in_language(language or self.language)
        return {
            "name": self.recipient_name,
            "program": head.program,
            "cycle": self.cycle_label,
            "organisation": head.organisation or head.program,
            "coordinator": head.contact_name,
            "days": self.first_contact_days,
            "cadence": self.cadence_days,
        }

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unsupported letter language: {self.language!r}")
        if not self.partners:
            raise ValueError("a letter needs at least one partner")
