"""What eligibility says to a coordinator, in English and French (see ``app.sentences``).

The English text is what the CLI and ``match --json`` print; it must not change lightly.
"""

from __future__ import annotations

from app.sentences import NB, register, sentence

__all__ = ["sentence"]

_LQ, _RQ = f"«{NB}", f"{NB}»"


def _q(name: str) -> str:
    """``{name}`` in French quotation marks, for a French template."""
    return f"{_LQ}{{{name}}}{_RQ}"


_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- why a participant is not eligible (one rule each) ------------------------------
    "eligibility.failed_is_set": ("no answer for {label}", "aucune réponse pour {label}"),
    "eligibility.failed_is_yes": (
        "{label} is not yes ({actual})",
        "{label} n'est pas oui ({actual})",
    ),
    "eligibility.failed_equals": (
        "{label} is not {value} ({actual})",
        "{label} n'est pas {value} ({actual})",
    ),
    "eligibility.failed_one_of": (
        "{label} is not one of {value} ({actual})",
        "{label} ne fait pas partie de {value} ({actual})",
    ),
    "eligibility.failed_at_least": (
        "fewer than {value} {label} ({actual})",
        "moins de {value} {label} ({actual})",
    ),
    "eligibility.failed_at_most": (
        "more than {value} {label} ({actual})",
        "plus de {value} {label} ({actual})",
    ),
    "eligibility.failed_orientation_by": (
        "no orientation by {date}",
        "aucune orientation au plus tard le {date}",
    ),
    "eligibility.failed_orientation_late": (
        "no orientation by {date} (attended {attended})",
        "aucune orientation au plus tard le {date} (suivie le {attended})",
    ),
    "eligibility.failed_orientation_hours": (
        "fewer than {value} hours of orientation ({actual})",
        f"moins de {{value}}{NB}heures d'orientation ({{actual}})",
    ),
    "eligibility.no_answer": ("no answer", "aucune réponse"),
    "eligibility.not_eligible": ("Not eligible: {reasons}", f"Non admissible{NB}: {{reasons}}"),
    "eligibility.left_out": (
        "{count} not eligible left out of matching ({role}); the roster's eligibility "
        "filter lists them.",
        "{count} non admissibles laissés de côté ({role}); le filtre d'admissibilité de "
        "la liste les montre.",
    ),
    # -- rules refused when saved ---------------------------------------------------------
    "eligibility.not_a_mapping": (
        "The eligibility rules must list, for each role, its rules.",
        "Les règles d'admissibilité doivent donner, pour chaque rôle, ses règles.",
    ),
    "eligibility.unknown_role": (
        "“{role}” is not a role of this program.",
        f"{_q('role')} n'est pas un rôle de ce programme.",
    ),
    "eligibility.not_a_rule": (
        "Rule {number} for {role} is not a rule (a field, a test and a value).",
        f"La règle {{number}} pour {_q('role')} n'est pas une règle (un champ, un test et "
        "une valeur).",
    ),
    "eligibility.unknown_field": (
        "Rule {number} for {role}: “{field}” is not a field of this program.",
        f"Règle {{number}} pour {_q('role')}{NB}: {_q('field')} n'est pas un champ de ce "
        "programme.",
    ),
    "eligibility.unknown_op": (
        "Rule {number} for {role}: “{op}” is not a known test.",
        f"Règle {{number}} pour {_q('role')}{NB}: {_q('op')} n'est pas un test connu.",
    ),
    "eligibility.value_needed": (
        "Rule {number} for {role}: give the value to compare with.",
        f"Règle {{number}} pour {_q('role')}{NB}: indiquez la valeur à comparer.",
    ),
    "eligibility.bad_number": (
        "Rule {number} for {role}: “{value}” is not a number.",
        f"Règle {{number}} pour {_q('role')}{NB}: {_q('value')} n'est pas un nombre.",
    ),
    "eligibility.bad_date": (
        "Rule {number} for {role}: “{value}” is not a date (write it as 2026-09-30).",
        f"Règle {{number}} pour {_q('role')}{NB}: {_q('value')} n'est pas une date "
        f"(écrivez-la ainsi{NB}: 2026-09-30).",
    ),
    "eligibility.orientation_only": (
        "Rule {number} for {role}: the orientation tests read the orientation records, "
        "not a field.",
        f"Règle {{number}} pour {_q('role')}{NB}: les tests d'orientation lisent les "
        "séances d'orientation, pas un champ.",
    ),
    "eligibility.label_too_long": (
        "Rule {number} for {role}: the wording is longer than {limit} characters.",
        f"Règle {{number}} pour {_q('role')}{NB}: le libellé dépasse {{limit}} caractères.",
    ),
    "eligibility.program_gone": ("That program no longer exists.", "Ce programme n'existe plus."),
    "eligibility.cycle_gone": ("That cycle no longer exists.", "Ce cycle n'existe plus."),
}

register(_TEMPLATES)
