"""Stewardship refusals, said in French by the window and unchanged in English."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.engine import Database
from app.errors import MentorDeskError, NotFoundError, UnusableInputError
from app.sentences import NB, Sentence, render
from app.stewardship.service import anonymise_person, export_person, purge_cycles

TODAY = dt.date(2026, 6, 1)


def said(error: pytest.ExceptionInfo[MentorDeskError]) -> tuple[str, str]:
    message = error.value.message
    assert isinstance(message, Sentence)
    return str(message), render(message, "fr")


def test_anonymising_without_a_reason_is_refused_in_french(db: Database) -> None:
    with pytest.raises(UnusableInputError) as caught:
        anonymise_person(db, 1, reason="  ")
    assert said(caught) == (
        "Say why this person is anonymised (it goes to the audit log).",
        "Indiquez pourquoi cette personne est anonymisée (la raison est consignée au journal "
        "d'audit).",
    )


def test_a_missing_person_is_refused_in_french(db: Database) -> None:
    with db.read() as session, pytest.raises(NotFoundError) as caught:
        export_person(session, 999)
    assert said(caught) == ("That person no longer exists.", "Cette personne n'existe plus.")
    with pytest.raises(NotFoundError) as again:
        anonymise_person(db, 999, reason="asked to be forgotten")
    assert said(again) == said(caught)


def test_purge_refusals_are_said_in_french(db: Database) -> None:
    with pytest.raises(UnusableInputError) as mode:
        purge_cycles(db, 5, today=TODAY, mode="shred")
    assert said(mode) == (
        "Unknown purge mode “shred”: use anonymise or delete.",
        f"Mode de purge inconnu «{NB}shred{NB}»{NB}: utilisez anonymise ou delete.",
    )
    with pytest.raises(UnusableInputError) as years:
        purge_cycles(db, 0, today=TODAY)
    assert said(years) == (
        "Only cycles older than at least one year can be purged.",
        "Seuls les cycles terminés depuis au moins un an peuvent être purgés.",
    )
