"""The engagement page's "contact expected every …" words, per relation when they differ."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QCoreApplication

from ui.pages.wording import counted

Relation = tuple[str, str, int]  # mentor role, mentee role, cadence in days


def shown_relations(relations: Sequence[Relation], used_roles: Collection[str]) -> list[Relation]:
    """The relations that have live pairs or groups (every relation when none has)."""
    return [r for r in relations if r[1] in used_roles] or list(relations)


def common_cadence(relations: Sequence[Relation], program_days: int) -> int | None:
    """The one cadence every shown relation has (the program's without relations), or None."""
    days = {cadence for _, _, cadence in relations}
    if not days:
        return program_days
    return days.pop() if len(days) == 1 else None


def per_relation_text(relations: Sequence[Relation]) -> str:
    """ "Contact expected every 30 days (Student mentor → Youth) and 60 days (…)."."""
    parts = [
        counted(
            QCoreApplication.translate("EngagementCadence", "%Ln day(s) ({relation})", "", days),
            days,
        ).format(relation=f"{mentor} → {mentee}")
        for mentor, mentee, days in relations
    ]
    listed = parts[0]
    if len(parts) > 1:
        listed = QCoreApplication.translate("EngagementCadence", "{first} and {last}").format(
            first=", ".join(parts[:-1]), last=parts[-1]
        )
    return QCoreApplication.translate(
        "EngagementCadence", "Contact expected every {cadences}."
    ).format(cadences=listed)
