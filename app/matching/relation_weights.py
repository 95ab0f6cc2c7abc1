"""The matching settings one relation weighs a pair by, for pairs made by hand.

Proposals score each relation with its own criteria (``relations.relation_match_settings``);
a pair the coordinator makes or looks at by hand is scored the same way, so a mentor ranks
and scores alike on both panes of the Matching page.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from app.db.models import Program
from app.matching.loading import Roster
from app.matching.profile import MatchSettings
from app.programs.relations import relation_match_settings, relation_settings


def relation_weights(
    session: Session, roster: Roster, mentor_role: str, mentee_role: str
) -> MatchSettings:
    """``roster``'s settings as the relation ``mentor_role`` → ``mentee_role`` weighs them
    (the roster's own when the two roles are not adjacent rungs)."""
    if not roster.is_relation(mentor_role, mentee_role):
        return roster.settings
    program = session.get(Program, roster.program_id)
    stored = dict(program.settings or {}) if program is not None else {}
    relation = relation_settings(stored, mentee_role, mentor_role)
    return relation_match_settings(roster.settings, relation)


def relation_roster(session: Session, roster: Roster, mentor_id: int, mentee_id: int) -> Roster:
    """``roster`` scoring with the settings of the relation between the two participants."""
    own = relation_weights(session, roster, roster.roles[mentor_id], roster.roles[mentee_id])
    return dataclasses.replace(roster, settings=own)
