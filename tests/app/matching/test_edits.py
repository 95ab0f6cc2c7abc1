"""Services behind undo, manual matching and settings; reasons in English and French."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.engine import Database
from app.db.models import AuditEvent, Match, Participant
from app.errors import RuleViolationError, UnusableInputError
from app.letters.planning import partner_details
from app.matching import settings_service
from app.matching.manual import list_mentees, rank_mentors
from app.matching.profile import MatchSettings
from app.matching.reasons import reason, render_reasons
from app.matching.service import (
    apply_proposal,
    confirm_matches,
    create_manual_match,
    delete_match,
    end_match,
    list_matches,
    propose_matches,
    reopen_match,
    restore_match,
    unconfirm_matches,
)
from app.programs.service import CycleInfo

Ids = tuple[list[int], list[int]]


def audit_actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_delete_and_restore_keep_the_same_row(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with db.write() as session:
        kept = delete_match(session, match_id, "undo")
    with db.read() as session:
        assert session.get(Match, match_id) is None
    with db.write() as session:
        assert restore_match(session, kept, "undo") == match_id
    with db.read() as session:
        (row,) = list_matches(session, cycle.id)
    assert (row.id, row.origin, row.status) == (match_id, "manual", "confirmed")
    assert row.reasons[0] == "Both interested in Neonatology and Research"
    assert audit_actions(db)[-3:] == ["create", "delete", "restore"]


def test_delete_refuses_announced_or_pinned_matches(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
        session.get(Match, match_id).pinned = True  # type: ignore[union-attr]
    with pytest.raises(RuleViolationError, match="pinned"), db.write() as session:
        delete_match(session, match_id)
    with db.write() as session:
        match = session.get(Match, match_id)
        assert match is not None
        match.pinned, match.status = False, "notified"
    with pytest.raises(RuleViolationError, match="end it"), db.write() as session:
        delete_match(session, match_id)


def test_unconfirm_and_reopen(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
        confirm_matches(session, [match_id])
        assert unconfirm_matches(session, [match_id]) == 1
        assert session.get(Match, match_id).status == "proposed"  # type: ignore[union-attr]
        confirm_matches(session, [match_id])
        end_match(session, match_id, "No contact")
    with db.write() as session:
        reopen_match(session, match_id, "confirmed", "undo")
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None
        assert (match.status, match.end_reason, match.ended_at) == ("confirmed", "", None)
    with db.write() as session:
        end_match(session, match_id, "No contact")
        create_manual_match(session, cycle.id, mentors[1], mentees[0])  # matched again
    with pytest.raises(RuleViolationError, match="matched again"), db.write() as session:
        reopen_match(session, match_id, "confirmed")


def test_rematch_after_an_end_keeps_the_other_matches(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        ids = apply_proposal(session, cycle.id, propose_matches(session, cycle.id), confirm=True)
        ended = next(i for i in ids if session.get(Match, i).mentee_id == mentees[0])  # type: ignore[union-attr]
        end_match(session, ended, "The mentee moved away")
    with db.read() as session:
        proposal = propose_matches(session, cycle.id)
    # Only the re-opened mentee is solved for; Ana's place is free again and suits her best.
    assert [(m.mentor_id, m.mentee_id) for m in proposal.matches] == [(mentors[0], mentees[0])]
    with db.read() as session:
        live = list_matches(session, cycle.id, ["confirmed"])
    assert sorted(r.id for r in live) == sorted(i for i in ids if i != ended)


def test_reasons_are_stored_structured_and_rendered_in_french(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        match_id = create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with db.read() as session:
        match = session.get(Match, match_id)
        assert match is not None
        assert match.reasons[0] == {
            "key": "shared_interests",
            "params": {
                "interests": ["neonatology", "research"],
                "labels": {
                    "neonatology": ["Neonatology", "Néonatologie"],
                    "research": ["Research", "Recherche"],
                },
            },
        }
        french = render_reasons(match.reasons, "fr")
        mentor = session.get(Participant, mentors[0])
        assert mentor is not None
        letter = partner_details(mentor, match, [], "fr")
    assert french[0] == "Intérêts communs\u00a0: Néonatologie et Recherche"
    assert "Les deux parlent français, la langue préférée de la personne mentorée" in french
    assert "Les deux sont à Montreal, comme la personne mentorée souhaitait un mentor local" in (
        french
    )
    assert list(letter.reasons) == french
    with db.read() as session:
        english = list_matches(session, cycle.id)[0].reasons
    assert english[0] == "Both interested in Neonatology and Research"


def test_old_plain_reasons_and_odd_items() -> None:
    stored = ["Both interested in research", reason("shared_languages", languages=["en", "fr"])]
    assert render_reasons(stored, "fr") == [
        "Both interested in research",
        "Les deux parlent anglais et français",
    ]
    assert render_reasons([{"key": "nope"}, 3, None], "en") == []
    assert render_reasons(None, "fr") == []
    styles = reason("different_style", mentee_style="hands_on", mentor_style="laid_back")
    assert render_reasons([styles], "fr") == [
        "La personne mentorée préfère un accompagnement soutenu, le mentor un accompagnement souple"
    ]


def test_settings_are_validated_saved_and_audited(db: Database, cycle: CycleInfo) -> None:
    with db.read() as session:
        assert settings_service.load_settings(session, cycle.program_id) == MatchSettings()
    wanted = {"weights": {"interests": 5}, "location_rule": "nearby", "default_capacity": 2}
    with db.write() as session:
        saved = settings_service.save_settings(session, cycle.program_id, wanted)
    with db.read() as session:
        loaded = settings_service.load_settings(session, cycle.program_id)
    assert loaded == saved and loaded.weights["interests"] == 5.0
    assert (loaded.location_rule, loaded.default_capacity) == ("nearby", 2)
    with db.read() as session:
        changed = session.scalars(
            select(AuditEvent.details).where(AuditEvent.action == "update_matching_settings")
        ).one()["changed"]
    assert changed == ["default_capacity", "location_rule", "weights"]
    for bad in ({"min_score": 2}, {"location_rule": "far"}, {"default_capacity": 0}):
        with pytest.raises(UnusableInputError), db.write() as session:
            settings_service.save_settings(session, cycle.program_id, bad)
    with db.read() as session:
        assert settings_service.load_settings(session, cycle.program_id) == loaded


def test_never_pair_list(db: Database, cycle: CycleInfo, small_cycle: Ids) -> None:
    mentors, mentees = small_cycle
    with db.read() as session:
        ana = session.get(Participant, mentors[0]).person_id  # type: ignore[union-attr]
        chloe = session.get(Participant, mentees[0]).person_id  # type: ignore[union-attr]
    with pytest.raises(UnusableInputError), db.write() as session:
        settings_service.add_never_pair(session, cycle.program_id, ana, chloe, " ")
    with db.write() as session:
        settings_service.add_never_pair(session, cycle.program_id, ana, chloe, "Her supervisor")
    with db.read() as session:
        (row,) = settings_service.list_never_pairs(session, cycle.program_id)
        options = rank_mentors(session, mentees[0])
        proposal = propose_matches(session, cycle.id)
    assert (row.mentor_name, row.mentee_name, row.reason) == (
        "Ana Mentor",
        "Chloé Mentor",
        "Her supervisor",
    )
    ana_option = next(o for o in options if o.id == mentors[0])
    assert ana_option.rule == "never_pair" and "Her supervisor" in (ana_option.excluded_by or "")
    assert options[-1].id == mentors[0]  # excluded mentors come last
    assert (mentors[0], mentees[0]) not in {(m.mentor_id, m.mentee_id) for m in proposal.matches}
    with db.write() as session:
        assert settings_service.remove_never_pair(session, cycle.program_id, ana, chloe) == (
            "Her supervisor"
        )
    assert audit_actions(db)[-2:] == ["ban_pair", "unban_pair"]


def test_mentee_list_puts_the_unmatched_first(
    db: Database, cycle: CycleInfo, small_cycle: Ids
) -> None:
    mentors, mentees = small_cycle
    with db.write() as session:
        create_manual_match(session, cycle.id, mentors[0], mentees[0])
    with db.read() as session:
        rows = list_mentees(session, cycle.id)
        options = rank_mentors(session, mentees[0])
    assert [r.state for r in rows] == ["unmatched", "unmatched", "confirmed"]
    assert rows[-1].partners[0].name == "Ana Mentor"
    assert options[0].id == mentors[0] and options[0].match_id is not None
    assert options[0].rule is None  # their own pairing does not count against them
