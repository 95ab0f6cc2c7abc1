"""Sentences made by the core, said in the window's language.

The core keeps match reasons, "why not" rules and import row problems as a key and its
parameters, with an English and a French template (``app.matching.reasons``,
``app.roster.problems``). The window shows them through these functions only, so every
page says them the same way. Texts saved before they were structured (old matches' plain
English reasons) are shown as they are.
"""

from __future__ import annotations

from typing import Any

from app.sentences import render as render_problem
from ui.language import current_language


def reason_sentences(row: Any) -> list[str]:
    """A match's (or a proposed pair's, or a mentor option's) reasons in the window's language.

    Rows carrying structured ``reason_data`` are rendered from it; otherwise the English
    ``reasons`` are shown as given.
    """
    from app.matching.reasons import render_reasons  # not on the first screen's path

    stored = getattr(row, "reason_data", None)
    if not stored:
        return list(getattr(row, "reasons", ()) or ())
    return render_reasons(stored, current_language())


def why_not(option: Any) -> str:
    """The hard rule that keeps a pair from being proposed, in the window's language."""
    from app.matching.reasons import render

    structured = getattr(option, "excluded_reason", None)
    if structured:
        return render(structured, current_language())
    return str(getattr(option, "excluded_by", "") or "")


def problem_text(message: object) -> str:
    """A sentence of the core (an import row problem, a service's refusal) in the window's
    language; text that is no ``app.sentences.Sentence`` is shown as it is."""
    return render_problem(message, current_language())
