"""Sentences about the matching choices (priority, stability) and the settings file.

Registered on import with ``app.sentences`` so the window can say them in French.
"""

from __future__ import annotations

from typing import Any

from app.sentences import NB, Sentence, register, sentence

_TEMPLATES: dict[str, tuple[str, str]] = {
    "matching.choice_not_bool": (
        "The matching setting “{setting}” must be true or false.",
        f"Le réglage de jumelage «{NB}{{setting}}{NB}» doit valoir true ou false.",
    ),
    # -- limits and summary of a proposal ---------------------------------------------------
    "matching.limit_no_capacity": (
        "No mentor has a place: every capacity is 0, so {people} {verb} unmatched",
        f"Aucun mentor n'a de place{NB}: toutes les capacités sont à 0 ({{people_fr}} sans "
        "jumelage)",
    ),
    "matching.limit_priority_left": (
        "{people} left unmatched last cycle {verb} still unmatched, though served first: no "
        "mentor they may be paired with has a place for them",
        f"{{people_fr}} sans jumelage au dernier cycle le restent, même servis en "
        f"priorité{NB}: aucun mentor qui leur convient n'a de place pour eux",
    ),
    "matching.priority_served": (
        "{served} of {waiting} mentees left unmatched last cycle are matched first.",
        "{served} des {waiting} mentorés sans jumelage au dernier cycle sont jumelés en priorité.",
    ),
    "matching.stable_none": (
        "The proposal is stable: no mentee and mentor would both rather be together than "
        "with their partners.",
        f"Le jumelage proposé est stable{NB}: aucun mentoré et aucun mentor ne "
        "préféreraient tous deux être ensemble plutôt qu'avec leur partenaire.",
    ),
    "matching.stable_blocking": (
        "{count} mentee–mentor pairs would both rather be together than with their partners "
        "(blocking pairs).",
        "{count} paires mentoré–mentor préféreraient toutes deux être ensemble plutôt "
        "qu'avec leur partenaire (paires bloquantes).",
    ),
    "matching.stable_blocking_one": (
        "1 mentee–mentor pair would both rather be together than with their partners "
        "(a blocking pair).",
        "1 paire mentoré–mentor préférerait être ensemble plutôt qu'avec ses partenaires "
        "(une paire bloquante).",
    ),
    "matching.stable_chosen": (
        "A stable set was chosen: total score {stable} instead of {best} at best.",
        f"Un jumelage stable a été choisi{NB}: score total {{stable}} au lieu de {{best}} au "
        "mieux.",
    ),
    # -- the settings file (settings_file.py) -----------------------------------------------
    "matching.thing_settings": ("the matching settings", "les réglages de jumelage"),
    "matching.file_missing": (
        "There is no settings file “{file}”.",
        f"Le fichier de réglages «{NB}{{file}}{NB}» n'existe pas.",
    ),
    "matching.file_unreadable": (
        "The settings file “{file}” could not be read ({why}).",
        f"Le fichier de réglages «{NB}{{file}}{NB}» n'a pas pu être lu ({{why}}).",
    ),
    "matching.file_not_file": (
        "“{file}” is a folder or a device, not a settings file.",
        f"«{NB}{{file}}{NB}» est un dossier ou un périphérique, pas un fichier de réglages.",
    ),
    "matching.file_too_big": (
        "The settings file “{file}” is far too large to be matching settings.",
        f"Le fichier de réglages «{NB}{{file}}{NB}» est bien trop gros pour contenir des "
        "réglages de jumelage.",
    ),
    "matching.file_not_json": (
        "The settings file “{file}” is not valid JSON (line {line}, column {column}).",
        f"Le fichier de réglages «{NB}{{file}}{NB}» n'est pas du JSON valide (ligne {{line}}, "
        "colonne {column}).",
    ),
    "matching.file_not_object": (
        "The settings file “{file}” must hold one JSON object of matching settings, like a "
        "file exported from the matching settings.",
        f"Le fichier de réglages «{NB}{{file}}{NB}» doit contenir un seul objet JSON de "
        "réglages de jumelage, comme un fichier exporté des réglages de jumelage.",
    ),
    "matching.file_unknown_key": (
        "The settings file “{file}” has a setting MentorDesk does not know: “{setting}”.",
        f"Le fichier de réglages «{NB}{{file}}{NB}» contient un réglage inconnu de "
        f"MentorDesk{NB}: «{NB}{{setting}}{NB}».",
    ),
    "matching.file_never_pair": (
        "The settings file “{file}” holds a never-pair list; that list stays with the program "
        "and cannot come from a file.",
        f"Le fichier de réglages «{NB}{{file}}{NB}» contient une liste de paires à ne jamais "
        "jumeler; cette liste reste dans le programme et ne peut pas venir d'un fichier.",
    ),
    "matching.file_bad_value": (
        "“{file}”: {problem}",
        f"«{NB}{{file}}{NB}»{NB}: {{problem}}",
    ),
}

register(_TEMPLATES)


def choice_sentence(key: str, **params: Any) -> Sentence:
    """A sentence of this module (the import above has registered it)."""
    return sentence(key, **params)
