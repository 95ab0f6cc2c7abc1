"""The refusals and warnings letters say to a coordinator, in English and French.

Registered on import (``app.sentences``); the English text is what the CLI prints and the
tests compare, so it must not change.
"""

from __future__ import annotations

from app.sentences import NB, Sentence, register, sentence

__all__ = ["field_name", "sentence", "text"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    # Words the caller already has in both languages (parts joined, names of fields).
    "letters.text": ("{en}", "{fr}"),
    "letters.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "letters.program_gone": ("That program no longer exists.", "Ce programme n'existe plus."),
    "letters.language_invalid": (
        "Letters can be written in {choices}, not “{lang}”.",
        f"Les lettres peuvent être écrites en {{choices}}, pas en {_LQ}{{lang}}{_RQ}.",
    ),
    "letters.language_not_en_fr": (
        "Letters are written in English or French, not “{lang}”.",
        f"Les lettres sont écrites en anglais ou en français, pas en {_LQ}{{lang}}{_RQ}.",
    ),
    "letters.no_destination": (
        "Choose a PDF file or a folder for the letters.",
        "Choisissez un fichier PDF ou un dossier pour les lettres.",
    ),
    "letters.no_matches": (
        "There are no confirmed matches to write letters for; confirm matches first.",
        "Aucun jumelage confirmé n'attend de lettre; confirmez d'abord des jumelages.",
    ),
    "letters.none_to_mark": (
        "None of the chosen matches is confirmed with a letter written; write the letters first.",
        "Aucun des jumelages choisis n'est confirmé avec une lettre écrite; écrivez d'abord "
        "les lettres.",
    ),
    # -- warnings of a letter batch -----------------------------------------------------
    "letters.skipped": (
        "{count} of the chosen matches are not confirmed (or not in this cycle) and got no letter.",
        f"Jumelages choisis sans lettre, car non confirmés (ou hors de ce cycle){NB}: {{count}}.",
    ),
    "letters.logo_missing": (
        "The program logo could not be found; the letters have no logo.",
        "Le logo du programme est introuvable; les lettres n'ont pas de logo.",
    ),
    "letters.logo_unreadable": (
        "The program logo could not be read; letters have no logo.",
        "Le logo du programme n'a pas pu être lu; les lettres n'ont pas de logo.",
    ),
    "letters.french_letterhead": (
        "The French letterhead is not filled in ({fields}): French letters print it in "
        "English. Add the French words on the Letters page, under Edit templates and "
        "letterhead → Letterhead.",
        f"L'en-tête en français n'est pas rempli ({{fields}}){NB}: les lettres en français "
        "l'impriment en anglais. Ajoutez les mots en français à la page Lettres, sous "
        "Modifier les modèles et l'en-tête → En-tête.",
    ),
    "letters.name_glyphs": (
        "The letter font cannot print some characters of the name “{name}” ({missing}); "
        "check that participant's letters by hand.",
        f"La police des lettres ne peut pas imprimer certains caractères du nom "
        f"{_LQ}{{name}}{_RQ} ({{missing}}); vérifiez à la main les lettres de ce participant.",
    ),
    # -- letterhead and logo --------------------------------------------------------------
    "letters.the_image": ("The image", "L'image"),
    "letters.file_named": ("“{name}”", f"{_LQ}{{name}}{_RQ}"),
    "letters.logo_too_large": (
        "{name} is {size} MB; choose a logo under 1 MB (a PNG or JPEG a few hundred pixels "
        "wide is plenty for a letterhead).",
        f"{{name}} fait {{size_fr}}{NB}Mo; choisissez un logo de moins de 1{NB}Mo (un PNG ou "
        "un JPEG de quelques centaines de pixels de large suffit pour un en-tête).",
    ),
    "letters.logo_not_image": (
        "{name} is not a PNG or JPEG image; choose a PNG or JPEG logo.",
        "{name} n'est pas une image PNG ou JPEG; choisissez un logo PNG ou JPEG.",
    ),
    "letters.logo_damaged": (
        "{name} could not be read as an image; is it damaged?",
        "{name} n'a pas pu être lu comme une image; serait-il endommagé?",
    ),
    "letters.logo_empty": ("{name} is empty.", "{name} est vide."),
    "letters.logo_read_failed": (
        "Could not read “{name}”: {reason}.",
        f"Impossible de lire {_LQ}{{name}}{_RQ}{NB}: {{reason}}.",
    ),
    "letters.field_too_long": (
        "The {what} is {length} characters long; shorten it to {most} characters at most "
        "so it fits on the letterhead.",
        "Le champ {what} compte {length} caractères; réduisez-le à {most} caractères au "
        "plus pour qu'il tienne dans l'en-tête.",
    ),
    # -- templates ------------------------------------------------------------------------
    "letters.placeholders_refused": (
        "Some placeholders cannot be filled:\n{problems}",
        f"Certains champs variables ne peuvent pas être remplis{NB}:\n{{problems}}",
    ),
    "letters.placeholder_problem": (
        "{section} › {label}: {names} cannot be filled here.",
        f"{{section}} › {{label}}{NB}: {{names}} ne peut pas être rempli ici.",
    ),
    "letters.version_missing": (
        "Version {version} of the {language} letter template was not found.",
        "La version {version} du modèle de lettre ({language}) est introuvable.",
    ),
    "letters.not_reproducible": (
        "That letter was made before template versions were kept; it cannot be reproduced "
        "word for word.",
        "Cette lettre a été faite avant que les versions des modèles soient gardées; elle ne "
        "peut pas être reproduite mot pour mot.",
    ),
    "letters.log_entry_gone": (
        "That letter is no longer in the log.",
        "Cette lettre n'est plus dans le journal.",
    ),
    "letters.log_match_gone": (
        "The match of that letter no longer exists.",
        "Le jumelage de cette lettre n'existe plus.",
    ),
}

register(_TEMPLATES)

_FIELDS_FR = {
    "program": "nom du programme",
    "organisation": "organisation",
    "contact_name": "nom de la coordonnatrice ou du coordonnateur",
    "contact_title": "titre de la coordonnatrice ou du coordonnateur",
    "contact_email": "courriel",
    "contact_phone": "téléphone",
}


def text(english: str, french: str) -> Sentence:
    """Words the caller already has in both languages, as one sentence part."""
    return sentence("letters.text", en=english, fr=french)


def field_name(name: str, english: str, *, french_words: bool = False) -> Sentence:
    """A letterhead field as a coordinator calls it; ``french_words`` for its French twin."""
    french = _FIELDS_FR.get(name, english)
    if french_words:
        return text(f"French {english}", f"{french} en français")
    return text(english, french)
