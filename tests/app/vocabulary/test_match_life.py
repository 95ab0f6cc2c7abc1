"""A match's life said the same way: hand pairs confirm, letters notify only when sent,
over-capacity and unanswered criteria are named, ragged sign-up rows are flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Match
from app.errors import RuleViolationError
from app.letters.sent import mark_letters_sent, unmark_letters_sent
from app.letters.service import generate_letters
from app.matching.answered import unanswered_criteria
from app.matching.loading import load_roster
from app.matching.manual import rank_mentors
from app.matching.service import create_manual_match
from app.programs.service import CycleInfo
from app.roster.importer import import_roster
from app.sentences import render
from tests.app.letters.conftest import Pairs


def _statuses(db: Database) -> dict[int, str]:
    with db.read() as session:
        return {row.id: row.status for row in session.execute(select(Match.id, Match.status))}


def test_writing_letters_does_not_notify_marking_them_sent_does(
    db: Database, cycle: CycleInfo, pairs: Pairs, tmp_path: Path
) -> None:
    zoe, alex = pairs.matches["siobhan-zoe"], pairs.matches["siobhan-alex"]
    with db.write() as session:
        generate_letters(session, cycle.id, tmp_path / "letters.pdf", match_ids=[zoe])
    assert _statuses(db)[zoe] == "confirmed"
    # Alex's letters were never written; Pat's match is only proposed: neither is marked.
    with db.write() as session:
        marked = mark_letters_sent(session, [zoe, alex, pairs.matches["marc-pat"]])
    assert marked == [zoe]
    statuses = _statuses(db)
    assert (statuses[zoe], statuses[alex], statuses[pairs.matches["marc-pat"]]) == (
        "notified",
        "confirmed",
        "proposed",
    )
    with db.write() as session:
        assert unmark_letters_sent(session, [zoe]) == 1
    with db.read() as session:
        match = session.get(Match, zoe)
        assert match is not None and (match.status, match.notified_at) == ("confirmed", None)
        actions = list(session.scalars(select(AuditEvent.action)))
    assert actions.count("set_status:notified") == 1
    assert actions[-1] == "set_status:confirmed"


def test_marking_without_letters_is_refused_and_said(
    db: Database, cycle: CycleInfo, pairs: Pairs
) -> None:
    with pytest.raises(RuleViolationError) as refused, db.write() as session:
        mark_letters_sent(session, [pairs.matches["siobhan-alex"]])
    assert refused.value.message == (
        "None of the chosen matches is confirmed with a letter written; write the letters first."
    )
    assert render(refused.value.message, "fr").startswith("Aucun des jumelages choisis")
    assert _statuses(db)[pairs.matches["siobhan-alex"]] == "confirmed"


def test_pairing_by_hand_confirms_like_accepting(
    db: Database, cycle: CycleInfo, small_cycle: tuple[list[int], list[int]]
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None
        assert (match.status, match.origin) == ("confirmed", "manual")
        assert match.confirmed_at is not None


def test_an_over_capacity_mentor_is_said_so(
    db: Database, cycle: CycleInfo, small_cycle: tuple[list[int], list[int]]
) -> None:
    mentors, mentees = small_cycle  # Ana (mentors[0]) has one place
    with db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
        create_manual_match(session, cycle.id, mentors[0], mentees[1], override_reason="Agreed")
    with db.read() as session:
        options = {o.id: o for o in rank_mentors(session, mentees[2])}
    assert (options[mentors[0]].over_by, options[mentors[0]].remaining) == (1, 0)
    assert options[mentors[1]].over_by == 0


def test_criteria_nobody_answered_are_named(
    db: Database, cycle: CycleInfo, small_cycle: tuple[list[int], list[int]]
) -> None:
    with db.read() as session:
        roster = load_roster(session, cycle.id)
    # The people of this cycle state a style and an institution, never a gender.
    assert unanswered_criteria(roster.profiles.values()) == frozenset({"gender"})
    assert unanswered_criteria([]) == frozenset({"gender", "style", "institution"})


def test_a_ragged_row_is_flagged_not_kept_as_column_h(
    db: Database, cycle: CycleInfo, tmp_path: Path
) -> None:
    path = tmp_path / "signups.csv"
    path.write_text(
        "First name,Last name,Email,City\n"
        "Ana,Silva,ana@example.org,Montréal\n"
        "Ben,Roy,ben@example.org,Laval,Research\n"  # one value too many
        "Chloé,Tran,chloe@example.org,Québec\n",
        encoding="utf-8",
    )
    with db.write() as session:
        report = import_roster(session, cycle.id, cycle.role_ladder[1], path)
    assert report.imported == 2
    [rejected] = report.rejected
    assert rejected.row == 3
    assert rejected.error == (
        "the row has 5 values but the header has 4 columns (an extra comma or semicolon?); "
        "its values may be in the wrong columns"
    )
    assert render(rejected.error, "fr").startswith("la ligne compte 5 valeurs")
