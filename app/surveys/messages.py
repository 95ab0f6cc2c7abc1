"""What surveys, their imports and their printed forms say, in English and French.

Registered on import (``app.sentences``); the English text is what the CLI prints and the
tests compare.
"""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- surveys and their questions ------------------------------------------------------
    "surveys.gone": ("That survey no longer exists.", "Ce sondage n'existe plus."),
    "surveys.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "surveys.unknown_template": (
        "There is no survey template called “{name}”.",
        f"Il n'y a pas de modèle de sondage nommé {_LQ}{{name}}{_RQ}.",
    ),
    "surveys.name_required": ("A survey needs a name.", "Un sondage doit avoir un nom."),
    "surveys.name_too_long": (
        "A survey name can have at most {most} characters.",
        f"Le nom d'un sondage peut compter au plus {{most}}{NB}caractères.",
    ),
    "surveys.name_taken": (
        "This cycle already has a survey called “{name}”.",
        f"Ce cycle a déjà un sondage nommé {_LQ}{{name}}{_RQ}.",
    ),
    "surveys.no_such_survey": (
        "This cycle has no survey called “{name}”.",
        f"Ce cycle n'a pas de sondage nommé {_LQ}{{name}}{_RQ}.",
    ),
    "surveys.no_questions": (
        "A survey needs at least one question.",
        "Un sondage doit avoir au moins une question.",
    ),
    "surveys.question_text_required": (
        "Question {number} has no text.",
        "La question {number} n'a pas de texte.",
    ),
    "surveys.question_kind_unknown": (
        "Question {number} has an unknown kind “{kind}”.",
        f"La question {{number}} a un type inconnu{NB}: {_LQ}{{kind}}{_RQ}.",
    ),
    "surveys.question_needs_choices": (
        "Question {number} needs at least two answers to choose from.",
        "La question {number} doit offrir au moins deux réponses au choix.",
    ),
    "surveys.moment_unknown": (
        "“{moment}” is not a moment a survey can be sent at.",
        f"{_LQ}{{moment}}{_RQ} n'est pas un moment d'envoi de sondage.",
    ),
    "surveys.days_required": (
        "Say how many days after the match begins the survey is sent.",
        "Indiquez combien de jours après le début du jumelage le sondage est envoyé.",
    ),
    # -- rows of an answers file (after the row and column) -------------------------------
    "surveys.not_in_cycle": (
        "{email} is not a participant of this cycle",
        "{email} n'est pas un participant de ce cycle",
    ),
    "surveys.email_required": (
        "the email is missing (this survey is not anonymous)",
        "le courriel est absent (ce sondage n'est pas anonyme)",
    ),
    "surveys.answered_twice": (
        "{email} already answered on row {row}",
        "{email} a déjà répondu à la ligne {row}",
    ),
    "surveys.answer_required": ("an answer is required", "une réponse est obligatoire"),
    "surveys.not_yes_no": (
        "“{text}” is not yes or no",
        f"{_LQ}{{text}}{_RQ} n'est ni oui ni non",
    ),
    "surveys.not_a_choice": (
        "“{text}” is not one of the answers ({choices})",
        f"{_LQ}{{text}}{_RQ} ne fait pas partie des réponses ({{choices}})",
    ),
    "surveys.not_on_scale": (
        "“{text}” is not a number from {low} to {high}",
        f"{_LQ}{{text}}{_RQ} n'est pas un nombre de {{low}} à {{high}}",
    ),
    "surveys.not_a_number": (
        "“{text}” is not a number",
        f"{_LQ}{{text}}{_RQ} n'est pas un nombre",
    ),
    "surveys.text_too_long": (
        "the answer is longer than {most} characters",
        f"la réponse dépasse {{most}}{NB}caractères",
    ),
    # -- the file as a whole --------------------------------------------------------------
    "surveys.no_email_column": (
        "{file} has no email column, and the survey “{name}” is not anonymous.",
        f"{{file}} n'a pas de colonne de courriel, et le sondage {_LQ}{{name}}{_RQ} "
        "n'est pas anonyme.",
    ),
    "surveys.no_question_columns": (
        "{file} has no column matching a question of the survey “{name}”.",
        f"{{file}} n'a aucune colonne correspondant à une question du sondage {_LQ}{{name}}{_RQ}.",
    ),
    "surveys.no_columns_to_learn": (
        "{file} has no column that could be a question (only timestamps and emails).",
        "{file} n'a aucune colonne pouvant être une question (seulement des horodatages "
        "et des courriels).",
    ),
    "surveys.import_gone": (
        "That survey import no longer exists.",
        "Cette importation de sondage n'existe plus.",
    ),
    "surveys.import_undone": (
        "That import was already undone.",
        "Cette importation a déjà été annulée.",
    ),
    # -- the printed form -----------------------------------------------------------------
    "surveys.pdf_intro": (
        "{cycle}. Please answer each question; tick one box unless it says otherwise.",
        "{cycle}. Veuillez répondre à chaque question; cochez une case sauf indication contraire.",
    ),
    "surveys.pdf_anonymous": (
        "This survey is anonymous: do not write your name.",
        f"Ce sondage est anonyme{NB}: n'écrivez pas votre nom.",
    ),
    "surveys.pdf_name": ("Your email:", f"Votre courriel{NB}:"),
    "surveys.pdf_multiple": (
        "(tick all that apply)",
        "(cochez toutes les réponses qui s'appliquent)",
    ),
    "surveys.pdf_required": ("(required)", "(obligatoire)"),
    "surveys.pdf_number": ("Number:", f"Nombre{NB}:"),
    "surveys.pdf_thanks": ("Thank you!", "Merci!"),
    "surveys.list_choose_one": ("Choose one", "Un seul choix"),
    "surveys.list_choose_many": ("Choose any", "Plusieurs choix possibles"),
    "surveys.list_number": ("Number", "Nombre"),
    "surveys.list_text": ("Free text", "Texte libre"),
    "surveys.list_required": ("Required", "Obligatoire"),
}

register(_TEMPLATES)
