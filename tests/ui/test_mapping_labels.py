"""Every field a column can map to has a name the window can say in French."""

from __future__ import annotations

from app.roster.columns import FIELDS
from ui.dialogs.import_wizard.mapping_page import FIELD_LABELS, field_label


def test_every_field_has_a_translatable_label() -> None:
    assert set(FIELDS) <= set(FIELD_LABELS)


def test_a_new_field_reads_in_french(french: str) -> None:
    assert field_label("requires_french") == "Le mentor doit parler français (oui/non)"
    assert field_label("preferred_mentors") == "Mentors souhaités (noms ou courriels)"
