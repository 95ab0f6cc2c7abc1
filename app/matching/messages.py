"""The refusals and limits matching says to a coordinator, in English and French.

Registered on import (``app.sentences``); the English text is what the CLI prints and the
tests compare, so it must not change.
"""

from __future__ import annotations

from app.sentences import NB, Sentence, register, sentence

__all__ = ["language_fr", "people_fr", "sentence", "text"]

_LQ, _RQ = f"«{NB}", f"{NB}»"

_TEMPLATES: dict[str, tuple[str, str]] = {
    # Words already said in both languages (a match reason rendered twice, parts joined).
    "matching.text": ("{en}", "{fr}"),
    # -- gone -----------------------------------------------------------------------------
    "matching.match_gone": ("That match no longer exists.", "Ce jumelage n'existe plus."),
    "matching.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
    "matching.program_gone": ("That program no longer exists.", "Ce programme n'existe plus."),
    "matching.participant_gone": (
        "That participant no longer exists.",
        "Ce participant n'existe plus.",
    ),
    "matching.person_gone": ("That person no longer exists.", "Cette personne n'existe plus."),
    # -- removing, restoring, reopening (changes.py) --------------------------------------
    "matching.remove_announced": (
        "This match was already announced; end it with a reason instead of removing it.",
        "Ce jumelage a déjà été annoncé; terminez-le en donnant une raison au lieu de le "
        "supprimer.",
    ),
    "matching.remove_pinned": (
        "This match is pinned; unpin it before removing it.",
        "Ce jumelage est épinglé; désépinglez-le avant de le supprimer.",
    ),
    "matching.remove_recorded": (
        "Meetings or letters are recorded for this match; end it instead of removing it.",
        "Des rencontres ou des lettres sont inscrites pour ce jumelage; terminez-le au lieu "
        "de le supprimer.",
    ),
    "matching.restore_replaced": (
        "That match cannot be put back: it was replaced since.",
        f"Ce jumelage ne peut pas être rétabli{NB}: il a été remplacé depuis.",
    ),
    "matching.restore_person_removed": (
        "That match cannot be put back: a participant was removed.",
        f"Ce jumelage ne peut pas être rétabli{NB}: un participant a été retiré.",
    ),
    "matching.mentee_rematched": (
        "The mentee has been matched again since; remove that match first.",
        "Le mentoré a été jumelé de nouveau depuis; supprimez d'abord ce jumelage.",
    ),
    "matching.not_ended": ("This match has not ended.", "Ce jumelage n'est pas terminé."),
    # -- the service ----------------------------------------------------------------------
    "matching.proposal_other_cycle": (
        "This proposal was made for cycle “{made}”, not “{current}”.",
        f"Cette proposition a été faite pour le cycle {_LQ}{{made}}{_RQ}, "
        f"pas pour {_LQ}{{current}}{_RQ}.",
    ),
    "matching.proposal_stale": (
        "The proposal is out of date ({problem}); run matching again before saving it.",
        "La proposition n'est plus à jour ({problem}); relancez le jumelage avant de "
        "l'enregistrer.",
    ),
    "matching.stale_participant_left": (
        "a participant is no longer in this cycle",
        "un participant ne fait plus partie de ce cycle",
    ),
    "matching.stale_roles": (
        "{mentor} and {mentee}: their roles are not adjacent rungs of the ladder",
        f"{{mentor}} et {{mentee}}{NB}: leurs rôles ne sont pas des échelons voisins",
    ),
    "matching.stale_rule": (
        "{mentor} and {mentee}: {rule}",
        f"{{mentor}} et {{mentee}}{NB}: {{rule}}",
    ),
    "matching.stale_twice": ("{name} is proposed twice", "{name} est proposé deux fois"),
    "matching.stale_over_capacity": (
        "{name} would have more mentees than places",
        "{name} aurait plus de mentorés que de places",
    ),
    "matching.reject_not_proposed": (
        "Only a proposed match can be rejected; end it instead.",
        "Seul un jumelage proposé peut être rejeté; terminez plutôt celui-ci.",
    ),
    "matching.reject_pinned": (
        "This match is pinned; unpin it before rejecting it.",
        "Ce jumelage est épinglé; désépinglez-le avant de le rejeter.",
    ),
    "matching.end_reason_missing": (
        "Say why the match ends (for example: the mentee moved away).",
        "Indiquez pourquoi le jumelage prend fin (par exemple, le mentoré a déménagé).",
    ),
    "matching.already_ended": ("This match has already ended.", "Ce jumelage est déjà terminé."),
    "matching.pin_ended": (
        "An ended match cannot be pinned.",
        "Un jumelage terminé ne peut pas être épinglé.",
    ),
    "matching.different_cycles": (
        "These two participants take part in different cycles.",
        "Ces deux participants font partie de cycles différents.",
    ),
    "matching.self_match": (
        "A participant cannot be matched with themselves.",
        "Un participant ne peut pas être jumelé avec lui-même.",
    ),
    "matching.not_in_cycle": (
        "These participants do not take part in this cycle.",
        "Ces participants ne font pas partie de ce cycle.",
    ),
    "matching.rules_broken": (
        "{rules}. Give a reason to override this rule.",
        "{rules}. Donnez une raison pour passer outre à cette règle.",
    ),
    # -- settings -------------------------------------------------------------------------
    "matching.ban_reason_missing": (
        "Say why these two must never be paired (kept in the record).",
        "Indiquez pourquoi ces deux personnes ne doivent jamais être jumelées (gardé au dossier).",
    ),
    "matching.ban_self": (
        "A person cannot be kept apart from themselves.",
        "Une personne ne peut pas être tenue à l'écart d'elle-même.",
    ),
    "matching.ban_exists": (
        "These two are already on the never-pair list.",
        "Ces deux personnes sont déjà sur la liste des paires à ne jamais jumeler.",
    ),
    "matching.ban_missing": (
        "That pair is not on the never-pair list.",
        "Cette paire n'est pas sur la liste des paires à ne jamais jumeler.",
    ),
    "matching.bad_weight": (
        "The matching weight of “{name}” must be a number ≥ 0.",
        f"Le poids de {_LQ}{{name}}{_RQ} dans le jumelage doit être un nombre ≥ 0.",
    ),
    "matching.bad_choice": (
        "The matching setting “{setting}” must be one of: {choices}.",
        f"Le paramètre de jumelage {_LQ}{{setting}}{_RQ} doit être l'un de ceux-ci{NB}: "
        "{choices}.",
    ),
    "matching.bad_min_score": (
        "The minimum matching score must be between 0 and 1.",
        "Le score minimal de jumelage doit être entre 0 et 1.",
    ),
    "matching.bad_capacity": (
        "The default number of mentees per mentor must be between 1 and {most}.",
        "Le nombre de mentorés par mentor par défaut doit être entre 1 et {most}.",
    ),
    "matching.bad_ban": (
        "A never-pair entry needs a mentor and a mentee.",
        "Une paire à ne jamais jumeler doit comporter un mentor et un mentoré.",
    ),
    # -- limits of a proposal (limits.py) -------------------------------------------------
    "matching.limit_no_mentors": (
        "{people} {verb} unmatched: no {mentors} take part",
        f"{{people_fr}} sans jumelage{NB}: aucun mentor ({{mentor_role}}) ne participe",
    ),
    "matching.limit_places_taken": (
        "{people} {verb} unmatched: all mentor places are taken; {more}",
        f"{{people_fr}} sans jumelage{NB}: toutes les places de mentor sont prises; {{more}}",
    ),
    "matching.limit_more_needed": (
        "{extra} more {mentors} (capacity {capacity}) would be needed",
        "il faudrait {extra} {mentors} de plus (capacité de {capacity})",
    ),
    "matching.limit_needed_elsewhere": (
        "{people} {verb} unmatched: the few mentors they may be paired with are needed by "
        "other mentees",
        f"{{people_fr}} sans jumelage{NB}: les quelques mentors qui leur conviennent sont "
        "requis pour d'autres mentorés",
    ),
    "matching.limit_language": (
        "{people} {verb} unmatched: no mentor with a place left speaks {language}, which "
        "they require",
        f"{{people_fr}} sans jumelage{NB}: aucun mentor ayant encore une place ne parle "
        "{language_fr}, une langue exigée",
    ),
    "matching.limit_ruled_out": (
        "{people} {verb} unmatched: every mentor with a place left is ruled out for them "
        "(never-pair list, required language or minimum score)",
        f"{{people_fr}} sans jumelage{NB}: chaque mentor ayant encore une place est exclu "
        "(paire à ne jamais jumeler, langue exigée ou score minimal)",
    ),
    # -- preferred mentors a sign-up file names, checked by an import (named.py) ----------
    "matching.named_answer_ambiguous": (
        "“{answer}” could be any of {count} mentors of this cycle ({mentors}); matching "
        "will not choose between them (an email address would say which one)",
        f"{_LQ}{{answer}}{_RQ} peut désigner {{count}} mentors de ce cycle ({{mentors}}); "
        "le jumelage ne choisira pas entre eux (une adresse courriel préciserait lequel)",
    ),
    "matching.named_answer_unknown": (
        "“{answer}” is not a mentor of this cycle; matching will recognise them only if "
        "they sign up as a mentor under that name or address",
        f"{_LQ}{{answer}}{_RQ} n'est pas mentor dans ce cycle; le jumelage ne le reconnaîtra "
        "que s'il s'inscrit comme mentor sous ce nom ou cette adresse",
    ),
}

register(_TEMPLATES)

_LANGUAGES_FR = {"en": "anglais", "fr": "français", "es": "espagnol", "ar": "arabe"}


def text(english: str, french: str) -> Sentence:
    """Words the caller already has in both languages, as one sentence part."""
    return sentence("matching.text", en=english, fr=french)


def people_fr(count: int, role: str) -> str:
    """(3, "Medical student") → "3 mentorés (Medical student)": the role is the program's own
    word, so it is named as given."""
    return f"{count} {'mentoré' if count == 1 else 'mentorés'} ({role})"


def language_fr(code: str, english: str) -> str:
    """A language's name in French, else its English name."""
    return _LANGUAGES_FR.get(code, english)
