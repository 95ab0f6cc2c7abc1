"""Write, edit and review the mentoring agreement of a pair or a group.

Each function is one coordinator action: the caller opens one write transaction
(``Database.write()``) around it, and the action is audited in that same transaction. What
the functions return is plain data (:class:`AgreementView`), never ORM objects, so the
window may keep it.

The confidentiality and ending texts are stored empty while they say the default wording:
the printed agreement then says that wording in each of its languages, and a coordinator's
own words are printed as written.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.agreements.messages import SUPPORT_LABELS, sentence
from app.db.models import GOAL_STATUSES, Agreement, AgreementGoal, Group, Match
from app.errors import NotFoundError, RuleViolationError, UnusableInputError
from app.sentences import render

log = logging.getLogger(__name__)

SUPPORT_KEYS: tuple[str, ...] = tuple(SUPPORT_LABELS)
REVIEW_STAGES = ("mid", "end")
MAX_CADENCE_DAYS = 365
MAX_GOALS = 20
MAX_GOAL_TEXT = 500
MAX_TEXT = 3000
DEFAULT_TEXTS = ("confidentiality", "ending")


@dataclass(frozen=True)
class GoalDraft:
    """A goal as the editor holds it; ``id`` names a goal kept from before (with its reviews)."""

    text: str
    target_on: dt.date | None = None
    status: str = "in_progress"
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class AgreementDraft:
    """What the editor saves at once. Empty confidentiality/ending texts mean the default."""

    support: tuple[str, ...] = ()
    meeting_every_days: int | None = None
    confidentiality: str = ""
    ending: str = ""
    notes: str = ""
    signed_on: dt.date | None = None
    goals: tuple[GoalDraft, ...] = ()


@dataclass(frozen=True)
class GoalView:
    id: int
    position: int
    text: str
    target_on: dt.date | None
    status: str
    mid_status: str = ""
    mid_reviewed_on: dt.date | None = None
    end_status: str = ""
    end_reviewed_on: dt.date | None = None
    note: str = ""

    def draft(self) -> GoalDraft:
        return GoalDraft(self.text, self.target_on, self.status, self.note, self.id)


@dataclass(frozen=True)
class AgreementView:
    id: int
    cycle_id: int
    match_id: int | None
    group_id: int | None
    support: tuple[str, ...]
    meeting_every_days: int | None
    confidentiality: str
    ending: str
    notes: str
    signed_on: dt.date | None
    goals: tuple[GoalView, ...] = field(default_factory=tuple)

    @property
    def state(self) -> str:
        return "signed" if self.signed_on else "drafted"

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            self.support,
            self.meeting_every_days,
            self.confidentiality,
            self.ending,
            self.notes,
            self.signed_on,
            tuple(g.draft() for g in self.goals),
        )


def default_text(which: str, lang: str) -> str:
    """The default confidentiality or ending wording in ``lang``."""
    return render(sentence(f"agreements.default_{which}"), lang)


def _own_words(which: str, text: str) -> str:
    """``text``, or "" when it is the default wording (in either language)."""
    text = text.strip()
    return "" if " ".join(text.split()) in _defaults(which) else text


def _defaults(which: str) -> set[str]:
    return {" ".join(default_text(which, lang).split()) for lang in ("en", "fr")}


# -- checks --------------------------------------------------------------------------------


def _check_text(what: str, text: str) -> None:
    if len(text) > MAX_TEXT:
        raise UnusableInputError(
            sentence(
                "agreements.text_too_long",
                what=sentence(f"agreements.what.{what}"),
                length=len(text),
                most=MAX_TEXT,
            )
        )


def check_status(status: str) -> None:
    if status not in GOAL_STATUSES:
        raise UnusableInputError(sentence("agreements.bad_status", status=status))


def check_goal(number: int, goal: GoalDraft) -> None:
    text = goal.text.strip()
    if not text:
        raise UnusableInputError(sentence("agreements.goal_empty", number=number))
    if len(text) > MAX_GOAL_TEXT:
        raise UnusableInputError(
            sentence(
                "agreements.goal_too_long", number=number, length=len(text), most=MAX_GOAL_TEXT
            )
        )
    check_status(goal.status)
    _check_text("notes", goal.note)


def check_draft(draft: AgreementDraft, today: dt.date | None = None) -> None:
    """Refuse, with one sentence, a draft that cannot be saved as it is."""
    for key in draft.support:
        if key not in SUPPORT_KEYS:
            raise UnusableInputError(
                sentence("agreements.unknown_support", support=key, choices=", ".join(SUPPORT_KEYS))
            )
    days = draft.meeting_every_days
    if days is not None and not 1 <= days <= MAX_CADENCE_DAYS:
        raise UnusableInputError(
            sentence("agreements.cadence_range", days=days, most=MAX_CADENCE_DAYS)
        )
    if len(draft.goals) > MAX_GOALS:
        raise UnusableInputError(sentence("agreements.too_many_goals", most=MAX_GOALS))
    for number, goal in enumerate(draft.goals, start=1):
        check_goal(number, goal)
    for what in ("confidentiality", "ending", "notes"):
        _check_text(what, getattr(draft, what))
    if draft.signed_on is not None and draft.signed_on > (today or dt.date.today()):
        raise UnusableInputError(
            sentence("agreements.signed_in_future", day=draft.signed_on.isoformat())
        )


# -- reading -------------------------------------------------------------------------------


def _view(agreement: Agreement) -> AgreementView:
    goals = tuple(
        GoalView(
            g.id,
            g.position,
            g.text,
            g.target_on,
            g.status,
            g.mid_status,
            g.mid_reviewed_on,
            g.end_status,
            g.end_reviewed_on,
            g.note,
        )
        for g in sorted(agreement.goals, key=lambda g: (g.position, g.id))
    )
    return AgreementView(
        agreement.id,
        agreement.cycle_id,
        agreement.match_id,
        agreement.group_id,
        tuple(agreement.support or ()),
        agreement.meeting_every_days,
        agreement.confidentiality,
        agreement.ending,
        agreement.notes,
        agreement.signed_on,
        goals,
    )


def load_agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError(sentence("agreements.gone"))
    return agreement


def get_agreement(session: Session, agreement_id: int) -> AgreementView:
    return _view(load_agreement(session, agreement_id))


def agreement_of(
    session: Session, *, match_id: int | None = None, group_id: int | None = None
) -> AgreementView | None:
    """The agreement of a pair or a group, or None when it has none yet."""
    if (match_id is None) == (group_id is None):
        raise UnusableInputError(sentence("agreements.one_owner"))
    column = Agreement.match_id if match_id is not None else Agreement.group_id
    found = session.scalars(select(Agreement).where(column == (match_id or group_id))).first()
    return _view(found) if found is not None else None


# -- writing -------------------------------------------------------------------------------


def _fill(agreement: Agreement, draft: AgreementDraft) -> None:
    agreement.support = [k for k in SUPPORT_KEYS if k in draft.support]  # the list's order
    agreement.meeting_every_days = draft.meeting_every_days
    agreement.confidentiality = _own_words("confidentiality", draft.confidentiality)
    agreement.ending = _own_words("ending", draft.ending)
    agreement.notes = draft.notes.strip()
    agreement.signed_on = draft.signed_on


def set_goals(agreement: Agreement, goals: Sequence[GoalDraft]) -> None:
    """Make the agreement's goals those of ``goals``, in order; kept goals keep their reviews."""
    existing = {g.id: g for g in agreement.goals}
    kept: list[AgreementGoal] = []
    for position, draft in enumerate(goals):
        goal = existing.pop(draft.id, None) if draft.id is not None else None
        if goal is None:
            goal = AgreementGoal(agreement=agreement)
        goal.position = position
        goal.text = draft.text.strip()
        goal.target_on = draft.target_on
        goal.status = draft.status
        goal.note = draft.note.strip()
        kept.append(goal)
    agreement.goals = kept  # goals left out are deleted (delete-orphan)


def create_agreement(
    session: Session,
    draft: AgreementDraft,
    *,
    match_id: int | None = None,
    group_id: int | None = None,
) -> int:
    """The new agreement of a pair (``match_id``) or a group (``group_id``); its id."""
    if (match_id is None) == (group_id is None):
        raise UnusableInputError(sentence("agreements.one_owner"))
    owner: Match | Group | None
    if match_id is not None:
        owner = session.get(Match, match_id)
        gone = "agreements.match_gone"
    else:
        owner = session.get(Group, group_id)
        gone = "agreements.group_gone"
    if owner is None:
        raise NotFoundError(sentence(gone))
    if agreement_of(session, match_id=match_id, group_id=group_id) is not None:
        raise RuleViolationError(sentence("agreements.exists"))
    check_draft(draft)
    agreement = Agreement(cycle_id=owner.cycle_id, match_id=match_id, group_id=group_id)
    _fill(agreement, draft)
    session.add(agreement)
    set_goals(agreement, draft.goals)
    session.flush()
    audit.record(
        session,
        "create_agreement",
        "agreement",
        agreement.id,
        match_id=match_id,
        group_id=group_id,
        goals=len(draft.goals),
    )
    log.info("agreement %d created", agreement.id)
    return agreement.id


def update_agreement(session: Session, agreement_id: int, draft: AgreementDraft) -> None:
    """Save the editor's whole agreement: its terms and its goals, in their order."""
    agreement = load_agreement(session, agreement_id)
    check_draft(draft)
    _fill(agreement, draft)
    set_goals(agreement, draft.goals)
    session.flush()
    audit.record(
        session,
        "update_agreement",
        "agreement",
        agreement_id,
        goals=len(draft.goals),
        signed=draft.signed_on is not None,
    )


def save_agreement(
    session: Session,
    draft: AgreementDraft,
    *,
    match_id: int | None = None,
    group_id: int | None = None,
) -> int:
    """Create the owner's agreement or update the one it has; its id."""
    current = agreement_of(session, match_id=match_id, group_id=group_id)
    if current is None:
        return create_agreement(session, draft, match_id=match_id, group_id=group_id)
    update_agreement(session, current.id, draft)
    return current.id


def delete_agreement(session: Session, agreement_id: int) -> None:
    agreement = load_agreement(session, agreement_id)
    session.delete(agreement)
    audit.record(session, "delete_agreement", "agreement", agreement_id)
