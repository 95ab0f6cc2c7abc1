"""What the cycle's report says, in English and French (registered on import).

The PDF, the workbook and the window's dashboard read the same labels, so a figure is
called the same everywhere; the window renders them with ``ui.core_text.problem_text``.
"""

from __future__ import annotations

from app.sentences import Sentence, register, render, sentence

__all__ = ["label", "say", "sentence"]

_TEMPLATES: dict[str, tuple[str, str]] = {
    "reports.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    # -- headings -------------------------------------------------------------------------
    "reports.title": ("Program report {cycle}", "Rapport du programme {cycle}"),
    "reports.as_of": ("Figures as of {day}", "Données au {day}"),
    "reports.summary": ("Summary", "Sommaire"),
    "reports.participants": ("Participants", "Participants"),
    "reports.participants_by_role": ("Participants by role", "Participants par rôle"),
    "reports.match_rate": ("Match rate", "Taux de jumelage"),
    "reports.on_track": ("In touch within their cadence", "En contact selon leur fréquence"),
    "reports.closures": ("Closures", "Fins de jumelage"),
    "reports.closures_by_reason": ("Closures by reason", "Fins de jumelage par raison"),
    "reports.survey_positive": ("Positive survey answers", "Réponses positives aux sondages"),
    "reports.previous": ("Compared with earlier cycles", "Comparaison avec les cycles précédents"),
    "reports.matching": ("Matching", "Jumelage"),
    "reports.time_to_match": ("Median days to match", "Délai médian de jumelage (jours)"),
    "reports.unmatched": ("Not matched, and why", "Non jumelés, et pourquoi"),
    "reports.engagement": ("Engagement", "Suivi des contacts"),
    "reports.meetings": ("Contacts logged", "Contacts inscrits"),
    "reports.meetings_per_match": ("Contacts per pair or group", "Contacts par jumelage ou groupe"),
    "reports.modes": ("How they met", "Modes de rencontre"),
    "reports.topics": ("Topics covered", "Sujets abordés"),
    "reports.average_length": (
        "Average match length (days)",
        "Durée moyenne des jumelages (jours)",
    ),
    "reports.surveys": ("Surveys", "Sondages"),
    "reports.goals": ("Agreement goals", "Objectifs des ententes"),
    "reports.measures": ("Measures of effective practice", "Mesures de pratiques efficaces"),
    "reports.no_data": ("No data this cycle", "Aucune donnée ce cycle"),
    "reports.no_closures": (
        "No pair or group ended this cycle",
        "Aucun jumelage ni groupe ne s'est terminé ce cycle",
    ),
    "reports.no_surveys": (
        "No survey has answers this cycle.",
        "Aucun sondage n'a de réponses ce cycle.",
    ),
    "reports.small_cells": (
        "Counts from 1 to 4 are shown as <5, and a role's answers are broken down only when at "
        "least 5 of them answered (– otherwise), so that no one can be recognised; the report "
        "names no one.",
        "Les nombres de 1 à 4 sont affichés <5, et les réponses d'un rôle ne sont détaillées "
        "que si au moins 5 personnes de ce rôle ont répondu (– sinon), pour que personne ne "
        "soit reconnu; le rapport ne nomme personne.",
    ),
    "reports.measures_note": (
        "Measures MENTOR's Elements of Effective Practice for Mentoring asks programs to keep.",
        "Mesures que MENTOR demande aux programmes de suivre dans son guide des pratiques "
        "efficaces de mentorat.",
    ),
    "reports.pairs": ("Pairs", "Jumelages"),
    "reports.groups": ("Groups", "Groupes"),
    "reports.relation": ("{mentor} → {mentee}", "{mentor} → {mentee}"),
    # -- table columns ----------------------------------------------------------------------
    "reports.col.role": ("Role", "Rôle"),
    "reports.col.relation": ("Relation", "Relation"),
    "reports.col.kind": ("Kind", "Type"),
    "reports.col.mentees": ("People to match", "Personnes à jumeler"),
    "reports.col.matched": ("Matched", "Jumelés"),
    "reports.col.rate": ("Rate (%)", "Taux (%)"),
    "reports.col.cycle": ("Cycle", "Cycle"),
    "reports.col.count": ("Count", "Nombre"),
    "reports.col.share": ("Share (%)", "Part (%)"),
    "reports.col.status": ("Status", "Statut"),
    "reports.col.reason": ("Reason", "Raison"),
    "reports.col.survey": ("Survey", "Sondage"),
    "reports.col.question": ("Question", "Question"),
    "reports.col.answer": ("Answer", "Réponse"),
    "reports.col.responses": ("Responses", "Réponses"),
    "reports.col.invited": ("Asked", "Invités"),
    "reports.col.measure": ("Measure", "Mesure"),
    "reports.col.value": ("Value", "Valeur"),
    "reports.col.detail": ("Detail", "Précision"),
    "reports.col.topic": ("Topic", "Sujet"),
    "reports.col.mode": ("Mode", "Mode"),
    "reports.col.figure": ("Figure", "Donnée"),
    "reports.col.all": ("All", "Tous"),
    "reports.col.days": ("Median days", "Jours (médiane)"),
    # -- kinds, statuses, reasons -------------------------------------------------------------
    "reports.kind.pairs": ("Pairs", "Jumelages"),
    "reports.kind.groups": ("Groups", "Groupes"),
    "reports.match.proposed": ("Proposed", "Proposé"),
    "reports.match.confirmed": ("Confirmed", "Confirmé"),
    "reports.match.notified": ("Announced", "Annoncé"),
    "reports.match.active": ("Active", "Actif"),
    "reports.match.ended": ("Ended", "Terminé"),
    "reports.contact.on_track": ("On track", "À jour"),
    "reports.contact.due_soon": ("Due soon", "Contact bientôt dû"),
    "reports.contact.overdue": ("Overdue", "En retard"),
    "reports.contact.never_met": ("Never met", "Jamais rencontrés"),
    "reports.why.ineligible": ("Not eligible", "Non admissible"),
    "reports.why.proposed": ("Proposed, not confirmed yet", "Proposé, pas encore confirmé"),
    "reports.why.no_capacity": ("No mentor place left", "Aucune place de mentor restante"),
    "reports.why.not_matched": ("Not matched yet", "Pas encore jumelé"),
    "reports.end.": ("Reason not given", "Raison non précisée"),
    "reports.end.moved": ("Moved away", "Déménagement"),
    "reports.end.no_contact": ("No contact", "Aucun contact"),
    "reports.end.conflict": ("Conflict", "Conflit"),
    "reports.end.goals_met": ("Goals met", "Objectifs atteints"),
    "reports.end.cycle_ended": ("Cycle ended", "Fin du cycle"),
    "reports.end.other": ("Other", "Autre"),
    "reports.mode.in_person": ("In person", "En personne"),
    "reports.mode.video": ("Video", "Vidéo"),
    "reports.mode.phone": ("Phone", "Téléphone"),
    "reports.mode.email_text": ("Email or text", "Courriel ou texto"),
    "reports.goal.met": ("Met", "Atteints"),
    "reports.goal.in_progress": ("In progress", "En cours"),
    "reports.goal.dropped": ("Dropped", "Abandonnés"),
    "reports.goal.agreements": ("Agreements", "Ententes"),
    "reports.goal.pairs_without": (
        "Running pairs and groups without one",
        "Jumelages et groupes en cours sans entente",
    ),
    # -- measures of effective practice ----------------------------------------------------
    "reports.measure.closure_rate": (
        "Early closure rate (%)",
        "Taux de fins précoces (%)",
    ),
    "reports.measure.average_length": (
        "Average match length (days)",
        "Durée moyenne des jumelages (jours)",
    ),
    "reports.measure.intended_length": (
        "Intended match length (days)",
        "Durée prévue des jumelages (jours)",
    ),
    "reports.measure.reached_intended": (
        "Ended matches that lasted as intended (%)",
        "Jumelages terminés ayant duré comme prévu (%)",
    ),
    "reports.measure.support_contact": (
        "Pairs and groups the coordinator contacted (%)",
        "Jumelages et groupes joints par la coordination (%)",
    ),
    "reports.measure.contact_rate": (
        "Pairs and groups in touch within their cadence (%)",
        "Jumelages et groupes en contact selon leur fréquence (%)",
    ),
    "reports.measure.orientation": (
        "Participants with orientation or training (%)",
        "Participants ayant suivi l'orientation ou la formation (%)",
    ),
    "reports.measure.returning": ("Returning participants (%)", "Participants de retour (%)"),
    "reports.measure.response_rate": (
        "Survey response rate (%)",
        "Taux de réponse aux sondages (%)",
    ),
    "reports.measure.goals_met": ("Agreement goals met (%)", "Objectifs des ententes atteints (%)"),
    "reports.detail.early": (
        "{early} of {made} pairs and groups ended early",
        "Fins avant terme\u00a0: {early} sur {made} jumelages et groupes",
    ),
    "reports.detail.of": ("{part} of {whole}", "{part} sur {whole}"),
    "reports.detail.cycle_dates": (
        "from the cycle's start and end dates",
        "selon les dates de début et de fin du cycle",
    ),
    "reports.detail.no_dates": (
        "the cycle has no start or end date",
        "le cycle n'a pas de date de début ou de fin",
    ),
    # -- files ------------------------------------------------------------------------------
    # What the safe writer names in its refusals (its ``thing`` looks these keys up).
    "files.thing.the report": ("the report", "le rapport"),
    "files.thing.the report workbook": ("the report workbook", "le classeur du rapport"),
    "reports.same_file": (
        "The PDF and the workbook cannot both be written to {path}; choose two file names.",
        "Le PDF et le classeur ne peuvent pas être écrits tous deux dans {path}; choisissez "
        "deux noms de fichier.",
    ),
    "reports.page": ("Page {page}", "Page {page}"),
    "reports.version": ("English version", "Version française"),
    # Said in the other part's language, so its readers find their version from page 1.
    "reports.other_version": (
        "The English version of this report begins on page {page}.",
        "La version française de ce rapport commence à la page {page}.",
    ),
    # -- sheet names (at most 31 characters, none of []:*?/\) --------------------------------
    "reports.sheet.summary": ("Summary", "Sommaire"),
    "reports.sheet.participants": ("Participants", "Participants"),
    "reports.sheet.matching": ("Matching", "Jumelage"),
    "reports.sheet.unmatched": ("Not matched", "Non jumelés"),
    "reports.sheet.engagement": ("Engagement", "Suivi"),
    "reports.sheet.modes": ("Modes", "Modes"),
    "reports.sheet.topics": ("Topics", "Sujets"),
    "reports.sheet.closures": ("Closures", "Fins"),
    "reports.sheet.surveys": ("Surveys", "Sondages"),
    "reports.sheet.goals": ("Goals", "Objectifs"),
    "reports.sheet.measures": ("Measures", "Mesures"),
    "reports.sheet.previous": ("Earlier cycles", "Cycles précédents"),
}

register(_TEMPLATES)


def say(key: str, lang: str, **params: object) -> str:
    """The registered text ``reports.<key>`` in ``lang``."""
    return render(sentence(f"reports.{key}", **params), lang)


def label(key: str, **params: object) -> Sentence:
    """The text ``reports.<key>`` as a sentence (the window renders it in its language)."""
    return sentence(f"reports.{key}", **params)
