"""The sentences of ``app.cycles`` (the next cycle, closed cycles), in English and French;
see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register, sentence

_TEMPLATES: dict[str, tuple[str, str]] = {
    "cycles.closed": (
        "Cycle {label} is closed; reopen it to change it.",
        f"Le cycle {{label}} est fermé{NB}; rouvrez-le pour le modifier.",
    ),
    "cycles.not_closed": (
        "Cycle {label} is not closed; there is nothing to reopen.",
        f"Le cycle {{label}} n'est pas fermé{NB}; il n'y a rien à rouvrir.",
    ),
    "cycles.same_label": (
        "The new cycle needs another label than {label}.",
        "Le nouveau cycle doit avoir un autre nom que {label}.",
    ),
    "cycles.from_closed": (
        "Cycle {label} is already closed: its next cycle was started; reopen it first to "
        "start another.",
        f"Le cycle {{label}} est déjà fermé{NB}: son cycle suivant a été créé{NB}; rouvrez-le "
        "d'abord pour en créer un autre.",
    ),
    "cycles.no_program": (
        "There is no program named “{name}”.",
        f"Il n'y a aucun programme nommé «{NB}{{name}}{NB}».",
    ),
    "cycles.no_cycle": (
        "Program “{program}” has no cycle {label}.",
        f"Le programme «{NB}{{program}}{NB}» n'a pas de cycle {{label}}.",
    ),
    "cycles.bad_decision": (
        "“{decision}” is not a decision for a pair or group: use continue, rematch or close.",
        f"«{NB}{{decision}}{NB}» n'est pas une décision pour un jumelage ou un groupe{NB}: "
        "utilisez continuer, rejumeler ou terminer.",
    ),
    "cycles.bad_answer": (
        "“{answer}” is not an answer about returning: use returning, leaving or leave it empty.",
        f"«{NB}{{answer}}{NB}» n'est pas une réponse sur le retour{NB}: utilisez revient, "
        "part, ou laissez vide.",
    ),
    "cycles.bad_category": (
        "“{category}” is not a closing reason.",
        f"«{NB}{{category}}{NB}» n'est pas un motif de fin.",
    ),
    "cycles.leaving_but_continued": (
        "{name} is marked as leaving, but their pair or group continues in the next cycle: "
        "change one of the two.",
        f"{{name}} est marqué comme partant, mais son jumelage ou son groupe continue au cycle "
        f"suivant{NB}: changez l'un des deux.",
    ),
    "cycles.unknown_relation": (
        "A pair or group of the decisions is not a live one of cycle {label}.",
        "Un jumelage ou un groupe des décisions n'est pas en cours dans le cycle {label}.",
    ),
    "cycles.rule_continue": (
        "Continue: a pair or group that is under way and had a contact in the last {days} days.",
        f"Continuer{NB}: un jumelage ou un groupe en cours qui a eu un contact dans les "
        "{days} derniers jours.",
    ),
    "cycles.rule_rematch": (
        "Re-match: one that never met, was only proposed, or has had no contact for longer.",
        f"Rejumeler{NB}: celui qui ne s'est jamais rencontré, n'était que proposé, ou n'a eu "
        "aucun contact depuis plus longtemps.",
    ),
    "cycles.rule_close": (
        "Close: only when you choose it, with a reason.",
        f"Terminer{NB}: seulement si vous le choisissez, avec un motif.",
    ),
    "cycles.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
}
register(_TEMPLATES)

__all__ = ["sentence"]
