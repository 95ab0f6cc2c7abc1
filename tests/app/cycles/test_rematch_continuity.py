"""Last cycle's pairs, carried to be re-matched, are preferred or avoided as the matching
settings say (the continuity criterion), with the reason said in English and French."""

from __future__ import annotations

import pytest

from app.cycles.decisions import Decision
from app.cycles.rollover import create_next_cycle
from app.db.engine import Database
from app.matching.profile import CRITERIA, MatchSettings
from app.matching.proposal import propose_matches
from app.matching.reasons import render_reasons
from tests.app.cycles.conftest import AS_OF, PROGRAM, Scenario


def _rematched(db: Database, s: Scenario) -> int:
    decisions = {
        ("pair", s.on_track): Decision("rematch"),
        ("pair", s.to_close): Decision("close"),
        ("group", s.group): Decision("close"),
    }
    with db.write() as session:
        return create_next_cycle(
            session, PROGRAM, "2026-2027", "2025-2026", decisions=decisions, as_of=AS_OF
        ).cycle_id


@pytest.mark.parametrize(("rule", "old_pairs_again"), [("keep", True), ("avoid", False)])
def test_last_cycles_pairs_are_preferred_or_avoided(
    db: Database, scenario: Scenario, rule: str, old_pairs_again: bool
):
    new_id = _rematched(db, scenario)  # ana–dee and bo–eli come back to be re-matched
    only_continuity = {name: 1.0 if name == "continuity" else 0.0 for name in CRITERIA}
    settings = MatchSettings(weights=only_continuity, continuity=rule)
    with db.read() as session:
        proposal = propose_matches(session, new_id, settings=settings)
    pairs = {(m.mentor_email[:2], m.mentee_email[:3]) for m in proposal.matches}
    old = {("an", "dee"), ("bo", "eli")}
    assert len(pairs) == 2
    assert (pairs == old) if old_pairs_again else not (pairs & old)
    if old_pairs_again:
        reasons = proposal.matches[0].reason_data
        assert "Matched together in an earlier cycle" in render_reasons(reasons, "en")
        assert "Déjà jumelés lors d'un cycle précédent" in render_reasons(reasons, "fr")
