"""The preset rungs' names in English and French, with nothing else imported: the roster's
first page shows role names before the database models are loaded."""

from __future__ import annotations

from collections.abc import Sequence

# The preset rungs in French, as the new-program dialog offers them in a French window. Only
# these names are translated for display: a name the coordinator typed stays as typed.
RUNGS_FR: dict[str, str] = {
    "Resident mentor": "Résident mentor",
    "Medical student": "Étudiant en médecine",
    "Program lead": "Responsable du programme",
    "Student mentor": "Étudiant mentor",
    "Youth": "Jeune",
    "Mentor": "Mentor",
    "Student": "Étudiant",
    "Faculty mentor": "Mentor du corps professoral",
    "Junior faculty": "Professeur en début de carrière",
}
_FRENCH_ONLY = {fr.casefold() for en, fr in RUNGS_FR.items() if fr != en}


def _french(lang: str | None) -> bool:
    return (lang or "").casefold().startswith("fr")


def role_label(name: str, lang: str | None = "en") -> str:
    """A rung's name as a ``lang`` reader sees it: a preset's English name in French for a
    French reader; any other name (typed by the coordinator, or already French) as stored."""
    return RUNGS_FR.get(name, name) if _french(lang) else name


def ladder_language(ladder: Sequence[str]) -> str:
    """``"fr"`` when a rung is a preset's French name, else ``"en"``: the language a program
    was set up in, for one whose settings do not say it."""
    return "fr" if any(r.strip().casefold() in _FRENCH_ONLY for r in ladder) else "en"
