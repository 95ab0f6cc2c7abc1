"""The together and apart rules of one group relation, as a coordinator edits them.

Rules are kept as pairs of emails in the relation's ``grouping`` block (see
``settings``): two members, a member and a mentor, or two mentors. Two mentors kept
together lead the same group, so that needs room for two mentors per group. A rule naming
someone no longer in the cycle is kept and shown as such, never dropped silently.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Person
from app.errors import NotFoundError, RuleViolationError
from app.grouping import loading
from app.grouping.rules_messages import sentence
from app.grouping.settings import group_settings
from app.programs.service import resolve_role
from app.sentences import Sentence

TOGETHER, APART = "together", "apart"
Pair = tuple[str, str]


def email_key(email: str) -> str:
    return email.strip().casefold()


@dataclass(frozen=True)
class RulePerson:
    email: str
    name: str
    role: str = ""  # "" when no longer in the relation this cycle
    is_mentor: bool = False
    present: bool = True
    participant_id: int = 0  # 0 when no longer in the relation this cycle


@dataclass(frozen=True)
class Rule:
    kind: str  # together or apart
    first: RulePerson
    second: RulePerson

    @property
    def present(self) -> bool:
        return self.first.present and self.second.present

    @property
    def people(self) -> tuple[RulePerson, RulePerson]:
        return self.first, self.second

    @property
    def pair(self) -> Pair:
        return self.first.email, self.second.email


@dataclass(frozen=True)
class RelationRules:
    role: str
    mentor_role: str
    mentors_per_group: int
    people: tuple[RulePerson, ...]  # members then mentors, by name
    together: tuple[Rule, ...]
    apart: tuple[Rule, ...]

    def who(self, email: str) -> RulePerson:
        """The person a rule names: one of ``people``, or someone a rule names who left."""
        named = (*self.people, *(p for r in (*self.together, *self.apart) for p in r.people))
        found = next((p for p in named if email_key(p.email) == email_key(email)), None)
        return found or RulePerson(email, email, present=False)

    def with_pairs(self, together: Iterable[Pair], apart: Iterable[Pair]) -> RelationRules:
        """These rules replaced by ``together`` and ``apart`` (pairs of emails)."""
        return replace(
            self,
            together=tuple(Rule(TOGETHER, self.who(a), self.who(b)) for a, b in together),
            apart=tuple(Rule(APART, self.who(a), self.who(b)) for a, b in apart),
        )


def relation_people(session: Session, cycle_id: int, role: str) -> tuple[RulePerson, ...]:
    """Members and mentors of the relation in the cycle (withdrawn people left out)."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("grouping.cycle_gone"))
    ladder = list(cycle.program.role_ladder)
    role = resolve_role(ladder, role)
    mentor_role = ladder[ladder.index(role) - 1]
    found: dict[str, RulePerson] = {}
    for rung, is_mentor in ((role, False), (mentor_role, True)):
        for p, person in loading.relation_rows(session, cycle_id, rung):
            found.setdefault(
                person.email_key,
                RulePerson(person.email, person.display_name, rung, is_mentor, True, p.id),
            )
    return tuple(sorted(found.values(), key=lambda p: (p.is_mentor, p.name.casefold(), p.email)))


def load_rules(session: Session, cycle_id: int, role: str) -> RelationRules:
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFoundError(sentence("grouping.cycle_gone"))
    ladder = list(cycle.program.role_ladder)
    role = resolve_role(ladder, role)
    settings = group_settings(cycle.program.settings or {}, role)
    people = relation_people(session, cycle_id, role)
    known = {email_key(p.email): p for p in people}
    named = {email_key(e) for pair in (*settings.together, *settings.apart) for e in pair}
    absent = named - set(known)
    if absent:  # someone who left: their name if they are still on file
        rows = session.scalars(select(Person).where(Person.email_key.in_(absent)))
        for person in rows:
            known[person.email_key] = RulePerson(person.email, person.display_name, present=False)

    def who(email: str) -> RulePerson:
        return known.get(email_key(email)) or RulePerson(email, email, present=False)

    def rules(kind: str, pairs: Iterable[Pair]) -> tuple[Rule, ...]:
        return tuple(Rule(kind, who(a), who(b)) for a, b in pairs)

    return RelationRules(
        role=role,
        mentor_role=ladder[ladder.index(role) - 1],
        mentors_per_group=settings.mentors_per_group,
        people=people,
        together=rules(TOGETHER, settings.together),
        apart=rules(APART, settings.apart),
    )


def _same(a: Pair, b: Pair) -> bool:
    return {email_key(a[0]), email_key(a[1])} == {email_key(b[0]), email_key(b[1])}


def rule_refusal(
    kind: str,
    first: RulePerson,
    second: RulePerson,
    together: Sequence[Pair],
    apart: Sequence[Pair],
    mentors_per_group: int,
    mentors: Iterable[str] = (),
) -> Sentence | None:
    """Why adding the rule ``kind`` between two people is refused (None: it may be added).
    ``mentors`` are the emails of the relation's mentors, to check teams of mentors."""
    pair = (first.email, second.email)
    if email_key(first.email) == email_key(second.email):
        return sentence("grouping.rules.same_person")
    names = {"first": first.name, "second": second.name}
    if any(_same(pair, p) for p in (together if kind == TOGETHER else apart)):
        return sentence("grouping.rules.duplicate", **names)
    if any(_same(pair, p) for p in (apart if kind == TOGETHER else together)):
        return sentence("grouping.rules.contradiction", **names)
    if kind == TOGETHER and first.is_mentor and second.is_mentor and mentors_per_group < 2:
        return sentence("grouping.rules.mentors_one", **names)
    if kind == TOGETHER:
        return mentor_team_refusal([*together, pair], mentors_per_group, mentors)
    return None


def mentor_team_refusal(
    together: Sequence[Pair], mentors_per_group: int, mentors: Iterable[str]
) -> Sentence | None:
    """Together rules chaining more mentors than a group has (A with B, B with C...)."""
    wanted = {email_key(e) for e in mentors}
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, b in together:
        ka, kb = email_key(a), email_key(b)
        if ka in wanted and kb in wanted and ka != kb:
            parent[root(ka)] = root(kb)
    teams: dict[str, list[str]] = {}
    for key in parent:
        teams.setdefault(root(key), []).append(key)
    for team in teams.values():
        if len(team) > max(1, mentors_per_group):
            if len(team) == 2:
                first, second = sorted(team)
                return sentence("grouping.rules.mentors_one", first=first, second=second)
            return sentence(
                "grouping.rules.mentors_many",
                count=len(team),
                names=", ".join(sorted(team)),
                most=mentors_per_group,
            )
    return None


def check_rules(
    together: Sequence[Pair], apart: Sequence[Pair], mentors_per_group: int, mentors: Iterable[str]
) -> None:
    """Refuse rules no grouping can keep (raised as a rule violation with one sentence)."""
    for pair in (*together, *apart):
        if email_key(pair[0]) == email_key(pair[1]):
            raise RuleViolationError(sentence("grouping.rules.same_person"))
    for pair in together:
        if any(_same(pair, p) for p in apart):
            raise RuleViolationError(
                sentence("grouping.rules.contradiction", first=pair[0], second=pair[1])
            )
    refused = mentor_team_refusal(together, mentors_per_group, mentors)
    if refused is not None:
        raise RuleViolationError(refused)


def without_duplicates(pairs: Iterable[Pair]) -> list[list[str]]:
    """The pairs as stored (lists of two emails), each pair once."""
    kept: list[list[str]] = []
    for a, b in pairs:
        if not any(_same((a, b), (x, y)) for x, y in kept):
            kept.append([a.strip(), b.strip()])
    return kept
