"""Contacts' and topics' refusals said in French, their English kept word for word."""

from __future__ import annotations

import datetime as dt

import pytest

from app.db.engine import Database
from app.errors import UnusableInputError
from app.matching.service import end_match
from app.meetings import topics as catalogue
from app.meetings.service import log_meeting
from app.sentences import NB, render
from tests.app.meetings.conftest import Pairs

TODAY = dt.date(2026, 3, 1)


def test_a_topic_name_clash(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        catalogue.add_topic(session, "Wellness and burnout", "", "Bien-être")
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        catalogue.add_topic(session, "wellness and BURNOUT")
    message = refused.value.message
    assert message == "The catalogue already has a topic named “Wellness and burnout”."
    assert render(message, "fr") == (
        f"Le catalogue a déjà un sujet nommé «{NB}Wellness and burnout{NB}»."
    )


def test_a_contact_for_an_ended_match(db: Database, pairs: Pairs) -> None:
    with db.write() as session:
        end_match(session, pairs.ids[0], "moved away")
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        log_meeting(session, pairs.ids[0], TODAY, "video", today=TODAY)
    message = refused.value.message
    assert message == "This match has ended; contacts can no longer be logged."
    assert render(message, "fr") == (
        "Ce jumelage est terminé; on ne peut plus y inscrire de contact."
    )


def test_a_contact_rule_said_as_a_whole_sentence(db: Database, pairs: Pairs) -> None:
    with pytest.raises(UnusableInputError) as refused, db.write() as session:
        log_meeting(session, pairs.ids[0], TODAY, "video", duration_minutes=0, today=TODAY)
    message = refused.value.message
    assert message == (
        "A duration of 0 minutes is not possible: a contact lasts at least a minute "
        "(leave the length empty when it is not known)."
    )
    assert render(message, "fr") == (
        f"Une durée de 0 minutes est impossible{NB}: un contact dure au moins une minute "
        "(laissez la durée vide si elle est inconnue)."
    )


def test_a_contact_before_a_named_match_names_the_pair_in_french() -> None:
    import datetime as dt

    from app.meetings.contact_rules import before_match_problem
    from app.sentences import render, sentence

    pair = sentence("meetings.named_match", mentor="Ana Gagné", mentee="Zoé Tremblay")
    refused = before_match_problem(dt.date(2025, 9, 30), dt.date(2025, 10, 1), pair)
    assert refused == (
        "2025-09-30 is before the match of Ana Gagné and Zoé Tremblay began (2025-10-01); "
        "check the date"
    )
    assert render(refused, "fr") == (
        "2025-09-30 précède le début du jumelage de Ana Gagné et Zoé Tremblay (2025-10-01); "
        "vérifiez la date"
    )
