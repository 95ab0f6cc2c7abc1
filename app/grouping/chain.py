"""The mentoring chain around one person: who mentors them, up the ladder, and who they
mentor, down it, following pairs (matches) and groups (group members) across relations.

In a cascading program a student mentor's chain reads, upwards, their group, its resident
mentors and the program lead; downwards, the youth they mentor. Ended matches and groups
are left out: the chain shows how the program stands now.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import LIVE_MATCH_STATUSES, Group, Match, Participant, group_member
from app.errors import NotFoundError
from app.grouping.board_messages import sentence

PERSON, GROUP = "person", "group"
MOST_DEPTH = 12  # a ladder is a handful of rungs; this only guards against loops


@dataclass
class ChainNode:
    kind: str  # person or group
    id: int  # participant id or group id
    name: str
    role: str = ""  # a person's role; a group's relation
    status: str = ""  # the match's or group's status linking it to its parent
    children: list[ChainNode] = field(default_factory=list)

    def walk(self) -> list[ChainNode]:
        """This node and every node under it, depth first."""
        found = [self]
        for child in self.children:
            found += child.walk()
        return found


@dataclass
class Chain:
    person: ChainNode  # its children: whom they mentor, down the ladder
    mentors: list[ChainNode]  # who mentors them; each node's children mentor it in turn


class _Links:
    """The cycle's live matches and groups, read once."""

    def __init__(self, session: Session, cycle_id: int) -> None:
        self.people = {
            p.id: p
            for p in session.scalars(select(Participant).where(Participant.cycle_id == cycle_id))
        }
        self.matches = session.scalars(
            select(Match)
            .where(Match.cycle_id == cycle_id, Match.status.in_(LIVE_MATCH_STATUSES))
            .order_by(Match.id)
        ).all()
        self.groups = {
            g.id: g
            for g in session.scalars(
                select(Group).where(Group.cycle_id == cycle_id, Group.status != "ended")
            )
        }
        self.members: dict[int, list[tuple[int, bool]]] = {}
        if self.groups:
            rows = session.execute(
                select(group_member).where(group_member.c.group_id.in_(self.groups))
            )
            for group_id, pid, is_mentor in rows:
                self.members.setdefault(group_id, []).append((pid, bool(is_mentor)))

    def node(self, pid: int, status: str = "") -> ChainNode:
        p = self.people[pid]
        return ChainNode(PERSON, pid, p.person.display_name, p.role, status)

    def group_node(self, group: Group) -> ChainNode:
        return ChainNode(GROUP, group.id, group.name, group.relation, group.status)

    def in_groups(self, pid: int, as_mentor: bool) -> list[Group]:
        return [
            self.groups[gid]
            for gid in sorted(self.members)
            if (pid, as_mentor) in self.members[gid]
        ]

    def people_of(self, group_id: int, mentors: bool) -> list[int]:
        return sorted(
            p for p, m in self.members.get(group_id, []) if m == mentors and p in self.people
        )

    def down(self, node: ChainNode, seen: set[int], depth: int) -> None:
        """Fill ``node``'s children with whom it mentors, and so on down."""
        if depth >= MOST_DEPTH:
            return
        for match in self.matches:
            if match.mentor_id == node.id and match.mentee_id not in seen:
                child = self.node(match.mentee_id, match.status)
                self.down(child, seen | {child.id}, depth + 1)
                node.children.append(child)
        for group in self.in_groups(node.id, as_mentor=True):
            branch = self.group_node(group)
            for pid in self.people_of(group.id, mentors=False):
                if pid not in seen:
                    child = self.node(pid)
                    self.down(child, seen | {pid}, depth + 1)
                    branch.children.append(child)
            node.children.append(branch)

    def up(self, pid: int, seen: set[int], depth: int) -> list[ChainNode]:
        """Who mentors ``pid``: their mentors (in pairs) and groups (with the groups' mentors
        under them), each with its own mentors under it."""
        if depth >= MOST_DEPTH:
            return []
        found = []
        for match in self.matches:
            if match.mentee_id == pid and match.mentor_id not in seen:
                mentor = self.node(match.mentor_id, match.status)
                mentor.children = self.up(mentor.id, seen | {mentor.id}, depth + 1)
                found.append(mentor)
        for group in self.in_groups(pid, as_mentor=False):
            branch = self.group_node(group)
            for mentor_id in self.people_of(group.id, mentors=True):
                if mentor_id not in seen:
                    mentor = self.node(mentor_id)
                    mentor.children = self.up(mentor_id, seen | {mentor_id}, depth + 1)
                    branch.children.append(mentor)
            found.append(branch)
        return found


def mentoring_chain(session: Session, participant_id: int) -> Chain:
    """``participant_id``'s chain in their cycle (live matches and groups only)."""
    participant = session.get(Participant, participant_id)
    if participant is None:
        raise NotFoundError(sentence("grouping.board.person_gone"))
    links = _Links(session, participant.cycle_id)
    person = links.node(participant_id)
    links.down(person, {participant_id}, 0)
    return Chain(person, links.up(participant_id, {participant_id}, 0))
