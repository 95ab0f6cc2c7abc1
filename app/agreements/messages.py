"""What agreements say to a coordinator and print on paper, in English and French.

Registered on import (``app.sentences``): the refusals the CLI prints and the window says
in its language, the labels of the types of support and goal statuses, the default wording
of confidentiality and ending, and every line of the printed agreement.
"""

from __future__ import annotations

from app.sentences import NB, Sentence, register, render, sentence

__all__ = ["label", "say", "sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

SUPPORT_LABELS: dict[str, tuple[str, str]] = {
    "clinical_skills": ("Clinical skills and feedback", "Compétences cliniques et rétroaction"),
    "career_planning": ("Career planning", "Planification de carrière"),
    "research": ("Research and scholarship", "Recherche et érudition"),
    "teaching": ("Teaching", "Enseignement"),
    "leadership": ("Leadership", "Leadership"),
    "work_life": ("Work–life balance", "Conciliation travail-vie personnelle"),
    "social_community": ("Social and community", "Vie sociale et communautaire"),
    "wellness": ("Wellness", "Mieux-être"),
    "other": ("Other", "Autre"),
}
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "in_progress": ("In progress", "En cours"),
    "met": ("Met", "Atteint"),
    "dropped": ("Dropped", "Abandonné"),
}
STATE_LABELS: dict[str, tuple[str, str]] = {
    "none": ("None", "Aucune"),
    "drafted": ("Drafted", "Rédigée"),
    "signed": ("Signed", "Signée"),
}

_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- refusals -------------------------------------------------------------------------
    "agreements.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "agreements.match_gone": ("That match no longer exists.", "Ce jumelage n'existe plus."),
    "agreements.group_gone": ("That group no longer exists.", "Ce groupe n'existe plus."),
    "agreements.gone": (
        "That agreement no longer exists.",
        "Cette entente n'existe plus.",
    ),
    "agreements.goal_gone": ("That goal no longer exists.", "Cet objectif n'existe plus."),
    "agreements.one_owner": (
        "An agreement belongs to one pair or one group.",
        "Une entente appartient à un seul jumelage ou à un seul groupe.",
    ),
    "agreements.exists": (
        "This pair or group already has an agreement; edit it instead.",
        "Ce jumelage ou ce groupe a déjà une entente; modifiez-la plutôt.",
    ),
    "agreements.unknown_support": (
        "“{support}” is not a type of support; choose among {choices}.",
        f"{_LQ}{{support}}{_RQ} n'est pas un type de soutien; choisissez parmi {{choices}}.",
    ),
    "agreements.cadence_range": (
        "The meeting frequency must be between 1 and {most} days, not {days}.",
        "La fréquence des rencontres doit être de 1 à {most} jours, pas de {days}.",
    ),
    "agreements.goal_empty": (
        "Goal {number} has no text; write the outcome or remove the goal.",
        "L'objectif {number} est vide; décrivez le résultat visé ou retirez l'objectif.",
    ),
    "agreements.goal_too_long": (
        "Goal {number} is {length} characters long; keep it under {most}.",
        "L'objectif {number} compte {length} caractères; limitez-le à {most}.",
    ),
    "agreements.too_many_goals": (
        "An agreement holds at most {most} goals.",
        "Une entente compte au plus {most} objectifs.",
    ),
    "agreements.text_too_long": (
        "The {what} text is {length} characters long; keep it under {most}.",
        "Le texte {what} compte {length} caractères; limitez-le à {most}.",
    ),
    "agreements.what.confidentiality": ("confidentiality", "sur la confidentialité"),
    "agreements.what.ending": ("ending", "sur la fin de la relation"),
    "agreements.what.notes": ("notes", "des notes"),
    "agreements.bad_status": (
        "“{status}” is not a goal status; use in_progress, met or dropped.",
        f"{_LQ}{{status}}{_RQ} n'est pas un état d'objectif; utilisez in_progress, met ou dropped.",
    ),
    "agreements.bad_stage": (
        "A review is mid-year or end-of-year, not “{stage}”.",
        f"Un bilan est de mi-parcours ou de fin d'année, pas {_LQ}{{stage}}{_RQ}.",
    ),
    "agreements.no_goals": (
        "This agreement has no goals to review; add its goals first.",
        "Cette entente n'a aucun objectif à évaluer; ajoutez d'abord ses objectifs.",
    ),
    "agreements.signed_in_future": (
        "The signing date {day} is in the future.",
        "La date de signature {day} est dans l'avenir.",
    ),
    "agreements.language_invalid": (
        "Agreements are printed in en, fr or both, not “{lang}”.",
        f"Les ententes s'impriment en en, fr ou both, pas en {_LQ}{{lang}}{_RQ}.",
    ),
    "agreements.nothing_to_print": (
        "There is no agreement to print in this cycle; write one on the Agreements page first.",
        "Ce cycle n'a aucune entente à imprimer; rédigez-en une à la page Ententes.",
    ),
    "agreements.thing": ("the agreements", "les ententes"),
    # -- labels ---------------------------------------------------------------------------
    **{f"agreements.support.{k}": v for k, v in SUPPORT_LABELS.items()},
    **{f"agreements.status.{k}": v for k, v in STATUS_LABELS.items()},
    **{f"agreements.state.{k}": v for k, v in STATE_LABELS.items()},
    # -- default wording (printed when the coordinator kept it) ---------------------------
    "agreements.default_confidentiality": (
        "What we discuss in our meetings stays between us unless we both agree to share it. "
        "This does not apply when someone's safety is at risk, when professionalism or "
        "patient safety is of concern, or when the law requires disclosure; the program "
        "coordinator may then be informed.",
        "Ce dont nous discutons lors de nos rencontres reste entre nous, à moins que nous "
        "convenions tous deux de le communiquer. Cela ne s'applique pas lorsque la sécurité "
        "d'une personne est menacée, lorsque le professionnalisme ou la sécurité des "
        "patients est en cause, ou lorsque la loi exige la divulgation; la personne qui "
        "coordonne le programme peut alors en être informée.",
    ),
    "agreements.default_ending": (
        "Either of us may end this mentoring relationship at any time, without giving a "
        "reason, by telling the other and the program coordinator. We agree to do so "
        "respectfully, ideally in a last conversation; the coordinator may offer a new match.",
        "L'une ou l'autre des parties peut mettre fin à cette relation de mentorat en tout "
        "temps, sans avoir à se justifier, en avisant l'autre et la personne qui coordonne "
        "le programme. Nous convenons de le faire avec respect, idéalement lors d'une "
        "dernière conversation; un nouveau jumelage pourra alors être proposé.",
    ),
    # -- the printed agreement ------------------------------------------------------------
    "agreements.pdf.title": ("Mentoring agreement", "Entente de mentorat"),
    "agreements.pdf.subject": (
        "Mentoring agreement, {cycle}",
        "Entente de mentorat, {cycle}",
    ),
    "agreements.pdf.running": (
        "Mentoring agreement of {names}",
        "Entente de mentorat de {names}",
    ),
    "agreements.pdf.and": ("{first} and {last}", "{first} et {last}"),
    "agreements.pdf.intro": (
        "This agreement sets out how we will work together in the {program} during {cycle}.",
        "Cette entente précise comment nous travaillerons ensemble dans le cadre du "
        "programme {program} en {cycle}.",
    ),
    "agreements.pdf.parties": ("Between", "Entre"),
    "agreements.pdf.mentor": ("Mentor", "Mentor"),
    "agreements.pdf.mentors": ("Mentors", "Mentors"),
    "agreements.pdf.mentee": ("Mentee", "Mentoré"),
    "agreements.pdf.mentees": ("Mentees", "Mentorés"),
    "agreements.pdf.group": ("Group", "Groupe"),
    "agreements.pdf.coordinator": ("Program coordinator", "Coordination du programme"),
    "agreements.pdf.support": ("Types of support", "Types de soutien"),
    "agreements.pdf.frequency": ("Meetings", "Rencontres"),
    "agreements.pdf.every_days": (
        "At least every {days} days",
        "Au moins tous les {days} jours",
    ),
    "agreements.pdf.program_cadence": (
        "At least every {days} days, as the program suggests",
        "Au moins tous les {days} jours, comme le suggère le programme",
    ),
    "agreements.pdf.goals": ("Desired learning outcomes", "Résultats d'apprentissage visés"),
    "agreements.pdf.goal": ("Goal", "Objectif"),
    "agreements.pdf.target": ("Target date", "Date visée"),
    "agreements.pdf.status": ("Status", "État"),
    "agreements.pdf.no_goals": (
        "Goals are to be written together at the first meeting:",
        f"Objectifs à rédiger ensemble lors de la première rencontre{NB}:",
    ),
    "agreements.pdf.confidentiality": ("Confidentiality", "Confidentialité"),
    "agreements.pdf.ending": ("Ending the relationship", "Fin de la relation"),
    "agreements.pdf.signatures": ("Signatures", "Signatures"),
    "agreements.pdf.name": ("Name", "Nom"),
    "agreements.pdf.signature": ("Signature", "Signature"),
    "agreements.pdf.date": ("Date", "Date"),
    "agreements.pdf.signed_on": ("Signed on {day}.", "Signée le {day}."),
    "agreements.pdf.version_note": (
        "The English and French versions of this agreement are equally valid.",
        "Les versions française et anglaise de cette entente ont la même valeur.",
    ),
}

register(_TEMPLATES)


def say(key: str, lang: str, **params: object) -> str:
    """The registered sentence ``agreements.<key>`` in ``lang``."""
    return render(sentence(f"agreements.{key}", **params), lang)


def label(kind: str, key: str) -> Sentence:
    """The label of a support type, goal status or agreement state, as a sentence."""
    return sentence(f"agreements.{kind}.{key}")
