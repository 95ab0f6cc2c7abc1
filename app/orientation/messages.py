"""What orientation records and attendance imports say, in English and French."""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- rows of an attendance sheet (after the row and column) ---------------------------
    "orientation.not_in_cycle": (
        "{email} is not a participant of this cycle",
        "{email} n'est pas un participant de ce cycle",
    ),
    "orientation.hours_invalid": (
        "“{text}” is not a number of hours (e.g. 1.5 or 1 h 30)",
        f"«{NB}{{text}}{NB}» n'est pas un nombre d'heures (p. ex. 1,5 ou 1 h 30)",
    ),
    "orientation.hours_too_many": (
        "{text} is more than {limit} hours",
        f"{{text}} dépasse {{limit}}{NB}heures",
    ),
    "orientation.session_too_long": (
        "the session name is longer than {limit} characters",
        "le nom de la séance dépasse {limit} caractères",
    ),
    # -- the file as a whole --------------------------------------------------------------
    "orientation.no_email_column": (
        "{file} has no email column.",
        "{file} n'a pas de colonne de courriel.",
    ),
    "orientation.no_date_column": (
        "{file} has no date column.",
        "{file} n'a pas de colonne de date.",
    ),
    # -- records typed in the person's detail ---------------------------------------------
    "orientation.date_required": (
        "Orientation: the date is required.",
        f"Orientation{NB}: la date est requise.",
    ),
    "orientation.date_in_future": (
        "Orientation: {date} is in the future.",
        f"Orientation{NB}: {{date}} est une date future.",
    ),
    "orientation.hours_out_of_range": (
        "Orientation: the hours must be between 0 and {limit}.",
        f"Orientation{NB}: les heures doivent être entre 0 et {{limit}}.",
    ),
    "orientation.session_name_too_long": (
        "Orientation: the session name is longer than {limit} characters.",
        f"Orientation{NB}: le nom de la séance dépasse {{limit}} caractères.",
    ),
    "orientation.gone": (
        "That orientation record no longer exists.",
        "Cette séance d'orientation n'existe plus.",
    ),
    "orientation.participant_gone": (
        "That participant no longer exists.",
        "Ce participant n'existe plus.",
    ),
    "orientation.import_gone": (
        "That attendance import no longer exists.",
        "Cette importation de présences n'existe plus.",
    ),
    "orientation.import_undone": (
        "That import was already undone.",
        "Cette importation a déjà été annulée.",
    ),
}

register(_TEMPLATES)
