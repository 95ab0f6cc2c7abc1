"""The refusals of ``app.stewardship`` (exporting and erasing a person's data), in English
and French; see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register, sentence

_TEMPLATES: dict[str, tuple[str, str]] = {
    "stewardship.person_gone": (
        "That person no longer exists.",
        "Cette personne n'existe plus.",
    ),
    "stewardship.anonymise_reason": (
        "Say why this person is anonymised (it goes to the audit log).",
        "Indiquez pourquoi cette personne est anonymisée (la raison est consignée au journal "
        "d'audit).",
    ),
    "stewardship.purge_mode": (
        "Unknown purge mode “{mode}”: use anonymise or delete.",
        f"Mode de purge inconnu «{NB}{{mode}}{NB}»{NB}: utilisez anonymise ou delete.",
    ),
    "stewardship.purge_years": (
        "Only cycles older than at least one year can be purged.",
        "Seuls les cycles terminés depuis au moins un an peuvent être purgés.",
    ),
}

register(_TEMPLATES)

__all__ = ["sentence"]
