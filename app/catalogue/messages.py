"""The refusals of ``app.catalogue`` (editing a program's catalogue of answers), in English
and French; see ``app.sentences``."""

from __future__ import annotations

from app.sentences import NB, register, sentence


def _q(name: str) -> str:
    """``{name}`` in French quotation marks, for a French template."""
    return f"«{NB}{{{name}}}{NB}»"


_TEMPLATES: dict[str, tuple[str, str]] = {
    "catalogue.program_gone": (
        "That program no longer exists.",
        "Ce programme n'existe plus.",
    ),
    "catalogue.not_a_field": (
        "“{field}” is not a field with a catalogue of answers.",
        f"{_q('field')} n'est pas un champ doté d'un catalogue de réponses.",
    ),
    "catalogue.label_required": (
        "A catalogue value needs an English or a French label.",
        "Une valeur du catalogue doit avoir un libellé anglais ou français.",
    ),
    "catalogue.not_a_value": (
        "“{value}” is not a value of the catalogue of {field}.",
        f"{_q('value')} n'est pas une valeur du catalogue {{field}}.",
    ),
    "catalogue.label_taken": (
        "“{label}” is already in the catalogue as “{found}”.",
        f"{_q('label')} figure déjà au catalogue sous {_q('found')}.",
    ),
    "catalogue.empty_answer": (
        "An empty answer cannot be mapped to a catalogue value.",
        "Une réponse vide ne peut pas être associée à une valeur du catalogue.",
    ),
    "catalogue.merge_with_itself": (
        "A catalogue value cannot be merged with itself.",
        "Une valeur du catalogue ne peut pas être fusionnée avec elle-même.",
    ),
}

register(_TEMPLATES)

__all__ = ["sentence"]
