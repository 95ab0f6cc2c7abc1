"""What is wrong with a cell or a row of an import, in English or French.

A problem is made from a key and its parameters (``problem("too_long", limit=200)``), like
the reasons of a match (``app.matching.reasons``). It *is* its English sentence — a ``str``
that the CLI, ``import --json``, the rejected-rows file and the logs use unchanged — and it
remembers its key and parameters, so the window can say it in French
(``render_problem(message, "fr")``). Any other text is shown as it is.
"""

from __future__ import annotations

from app.sentences import NB, Sentence, register, render, sentence

LANGUAGES = ("en", "fr")

_NB = NB

# key → (English, French)
_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- sign-up rows (app/roster) ------------------------------------------------------
    "email_invalid": (
        "not a valid email address: {detail}",
        "n'est pas une adresse courriel valide",
    ),
    "phone_invalid": (
        "not a phone number (expected e.g. 416-555-0123)",
        "n'est pas un numéro de téléphone (p. ex. 416-555-0123)",
    ),
    "phone_incomplete": (
        "not a complete phone number (expected e.g. 416-555-0123)",
        "numéro de téléphone incomplet (p. ex. 416-555-0123)",
    ),
    "capacity_invalid": (
        "capacity must be a whole number of mentees (0 or more)",
        "le nombre de places doit être un nombre entier de mentorés (0 ou plus)",
    ),
    "ragged_row": (
        "the row has {values} values but the header has {columns} columns (an extra comma "
        "or semicolon?); its values may be in the wrong columns",
        "la ligne compte {values} valeurs, mais l'en-tête n'a que {columns} colonnes (une "
        "virgule ou un point-virgule de trop?); ses valeurs peuvent être décalées",
    ),
    "yes_no": ("expected yes or no", f"réponse attendue{_NB}: oui ou non"),
    "too_long": ("longer than {limit} characters", "plus de {limit} caractères"),
    "email_required": ("an email address is required", "une adresse courriel est requise"),
    "first_name_required": ("a first name is required", "un prénom est requis"),
    # -- the participant form (app/roster/fields.py) ------------------------------------
    "role_required": ("a role is required", "un rôle est requis"),
    "letter_language_invalid": (
        "the letter language must be one of {choices}",
        f"la langue des lettres doit être l'une de celles-ci{_NB}: {{choices}}",
    ),
    "status_invalid": (
        "the status must be one of {choices}",
        f"le statut doit être l'un de ceux-ci{_NB}: {{choices}}",
    ),
    "answers_by_question": (
        "expected answers by question",
        "réponses attendues question par question",
    ),
    "duplicate_email": ("same email as row {row}", "même adresse courriel qu'à la ligne {row}"),
    # -- contact rows (app/meetings) ----------------------------------------------------
    "date_missing": ("the date is missing", "la date est manquante"),
    "date_not_real": (
        "“{text}” is not a real date",
        f"«{_NB}{{text}}{_NB}» n'est pas une date qui existe",
    ),
    "date_ambiguous": (
        "“{text}” could be read two ways (day/month or month/day); write it as {first} or {second}",
        f"«{_NB}{{text}}{_NB}» peut se lire de deux façons (jour/mois ou mois/jour); "
        "écrivez {first} ou {second}",
    ),
    "date_unreadable": (
        "“{text}” is not a date (expected e.g. 2025-10-15)",
        f"«{_NB}{{text}}{_NB}» n'est pas une date (p. ex. 2025-10-15)",
    ),
    "mode_missing": (
        "say how they were in touch (in person, video, phone or email/text)",
        "indiquez le moyen de contact (en personne, vidéo, téléphone ou courriel/texto)",
    ),
    "mode_unknown": (
        "“{text}” is not a way of meeting we know (in person, video, phone or email/text)",
        f"«{_NB}{{text}}{_NB}» n'est pas un moyen de contact connu "
        "(en personne, vidéo, téléphone ou courriel/texto)",
    ),
    "duration_negative": (
        "“{text}” is not a length of time: it cannot be negative",
        f"«{_NB}{{text}}{_NB}» n'est pas une durée{_NB}: elle ne peut pas être négative",
    ),
    "duration_unreadable": (
        "“{text}” is not a length of time (expected e.g. 45, 45 min, 1h30 or 1:30)",
        f"«{_NB}{{text}}{_NB}» n'est pas une durée (p. ex. 45, 45 min, 1 h 30 ou 1:30)",
    ),
    "duration_zero": (
        "“{text}” is not a length of time: a contact lasts at least a minute "
        "(leave the cell empty when the length is not known)",
        f"«{_NB}{{text}}{_NB}» n'est pas une durée{_NB}: un contact dure au moins une "
        "minute (laissez la cellule vide si la durée est inconnue)",
    ),
    "duration_over_day": (
        "“{text}” is longer than a day; a contact lasts at most 24 hours",
        f"«{_NB}{{text}}{_NB}» dépasse une journée; un contact dure au plus 24 heures",
    ),
    "duration_minutes_over_59": (
        "“{text}” is not a length of time: the minutes after the hour cannot exceed 59",
        f"«{_NB}{{text}}{_NB}» n'est pas une durée{_NB}: les minutes après l'heure ne "
        "peuvent pas dépasser 59",
    ),
    "initiator_unknown": (
        "“{text}”: say mentor, mentee, both or coordinator",
        f"«{_NB}{{text}}{_NB}»{_NB}: indiquez mentor, mentoré, les deux ou coordination",
    ),
    "no_contact_email": (
        "no email to tell whose contact this was",
        "aucune adresse courriel pour savoir de qui est ce contact",
    ),
    "not_in_match": (
        "{who} is not in a match of this cycle",
        "{who} ne fait partie d'aucun jumelage de ce cycle",
    ),
    "not_matched_together": (
        "{mentor} and {mentee} are not matched with each other in this cycle",
        "{mentor} et {mentee} ne sont pas jumelés ensemble dans ce cycle",
    ),
    "several_matches": (
        "{who} is in {count} matches; add the other person's email",
        "{who} fait partie de {count} jumelages; ajoutez l'adresse courriel de l'autre personne",
    ),
    "match_ended": ("the match of {who} has ended", "le jumelage de {who} est terminé"),
    "match_not_confirmed": (
        "the match of {who} is not confirmed yet",
        "le jumelage de {who} n'est pas encore confirmé",
    ),
    "contact_in_future": ("{date} is in the future", "{date} est une date future"),
    "contact_before_match": (
        "{date} is before this match began ({began}); check the date",
        "{date} précède le début de ce jumelage ({began}); vérifiez la date",
    ),
    "contact_before_named_match": (
        "{date} is before {match} began ({began}); check the date",
        "{date} précède le début du {match} ({began}); vérifiez la date",
    ),
    "duration_too_short": (
        "a duration of {minutes} minutes is not possible: a contact lasts at least a "
        "minute (leave the length empty when it is not known)",
        f"une durée de {{minutes}} minutes est impossible{_NB}: un contact dure au moins "
        "une minute (laissez la durée vide si elle est inconnue)",
    ),
    "duration_too_long": (
        "a duration of {minutes} minutes is longer than a day; a contact lasts at most 24 hours",
        "une durée de {minutes} minutes dépasse une journée; un contact dure au plus 24 heures",
    ),
    # Warnings of a contact import: rows imported, but read loosely.
    "topic_read_as": (
        "{rows}, {column}: “{typed}” was read as the topic “{topic}”.",
        f"{{rows}}, {{column}}{_NB}: «{_NB}{{typed}}{_NB}» a été lu comme le sujet "
        f"«{_NB}{{topic}}{_NB}».",
    ),
    "topic_kept_in_notes": (
        "{rows}, {column}: “{typed}” is not in the topic catalogue; it is kept in the "
        "contact's notes (add the topic to the catalogue to count it).",
        f"{{rows}}, {{column}}{_NB}: «{_NB}{{typed}}{_NB}» n'est pas dans le catalogue des "
        "sujets; il est gardé dans les notes du contact (ajoutez le sujet au catalogue pour "
        "le compter).",
    ),
}


register(_TEMPLATES)

# The import problems are sentences like any other (see ``app.sentences``).
Problem = Sentence
problem = sentence
render_problem = render
