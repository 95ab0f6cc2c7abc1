"""The editable catalogue of conversation topics (seeded from DOMAIN.md).

Topics are never deleted once used: a deactivated topic disappears from the pickers but
stays on the contacts that mention it, so the history reads as it was logged.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Topic, meeting_topic
from app.errors import NotFoundError, UnusableInputError
from app.meetings.messages import sentence
from app.roster.columns import normalise_header as fold

MAX_NAME = 200
MAX_CATEGORY = 100


@dataclass(frozen=True)
class CatalogueTopic:
    id: int
    name: str
    name_fr: str
    category: str
    active: bool
    uses: int  # how many contacts mention it


def catalogue(session: Session) -> list[CatalogueTopic]:
    """Every topic, active or not, by category then name, with how often it was used."""
    uses = (
        select(meeting_topic.c.topic_id, func.count().label("uses"))
        .group_by(meeting_topic.c.topic_id)
        .subquery()
    )
    query = (
        select(Topic, uses.c.uses)
        .outerjoin(uses, uses.c.topic_id == Topic.id)
        .order_by(Topic.category, Topic.name)
    )
    return [
        CatalogueTopic(t.id, t.name, t.name_fr, t.category, t.active, int(n or 0))
        for t, n in session.execute(query)
    ]


def _clean(name: str, category: str, name_fr: str) -> tuple[str, str, str]:
    name, category, name_fr = (" ".join(v.split()) for v in (name, category, name_fr))
    if not name:
        raise UnusableInputError(sentence("meetings.topic_name_required"))
    if len(name) > MAX_NAME or len(name_fr) > MAX_NAME:
        raise UnusableInputError(sentence("meetings.topic_name_too_long", most=MAX_NAME))
    if len(category) > MAX_CATEGORY:
        raise UnusableInputError(sentence("meetings.category_too_long", most=MAX_CATEGORY))
    return name, category, name_fr


def _refuse_duplicate(
    session: Session, names: tuple[str, str], topic_id: int | None = None
) -> None:
    """Refuse a name (English or French) another topic has, give or take case, accents and
    punctuation: a check-in naming it could not say which of the two topics it meant."""
    query = select(Topic.name, Topic.name_fr)
    if topic_id is not None:
        query = query.where(Topic.id != topic_id)
    taken: dict[str, str] = {}
    for existing in session.execute(query):
        for text in existing:
            taken.setdefault(fold(text), text)
    for name in names:
        if fold(name) and fold(name) in taken:
            raise UnusableInputError(sentence("meetings.topic_taken", name=taken[fold(name)]))


def add_topic(session: Session, name: str, category: str = "", name_fr: str = "") -> int:
    name, category, name_fr = _clean(name, category, name_fr)
    _refuse_duplicate(session, (name, name_fr))
    topic = Topic(name=name, category=category, name_fr=name_fr, active=True)
    session.add(topic)
    session.flush()
    audit.record(session, "add", "topic", topic.id)
    return topic.id


def _topic(session: Session, topic_id: int) -> Topic:
    topic = session.get(Topic, topic_id)
    if topic is None:
        raise NotFoundError(sentence("meetings.topic_gone"))
    return topic


def rename_topic(
    session: Session, topic_id: int, name: str, category: str | None = None, name_fr: str = ""
) -> None:
    """Rename a topic (and optionally move it to another category); contacts follow."""
    topic = _topic(session, topic_id)
    name, category, name_fr = _clean(
        name, topic.category if category is None else category, name_fr
    )
    _refuse_duplicate(session, (name, name_fr), topic_id)
    topic.name, topic.category, topic.name_fr = name, category, name_fr
    audit.record(session, "rename", "topic", topic_id)


def set_topic_active(session: Session, topic_id: int, active: bool) -> None:
    topic = _topic(session, topic_id)
    if topic.active != active:
        topic.active = active
        audit.record(session, "activate" if active else "deactivate", "topic", topic_id)
