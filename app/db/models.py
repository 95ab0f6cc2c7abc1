"""Typed SQLAlchemy 2.0 models of the MentorDesk domain (see DOMAIN.md).

Lists and small mappings (languages, interests, reasons, settings, custom fields) are kept
as JSON: they are read and written whole with their owner and never queried piecewise in SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DEFAULT_CADENCE_DAYS = 60
DEFAULT_LADDER = ["Resident mentor", "Medical student"]

MATCH_STATUSES = ("proposed", "confirmed", "notified", "active", "ended")
# What happens to a live pair or group when the program starts its next cycle ("" = not
# decided yet; the roll-over screen proposes a default).
NEXT_CYCLE_DECISIONS = ("", "continue", "rematch", "close")
# Whether a person is coming back next cycle ("" = not asked or no answer yet).
RETURNING_ANSWERS = ("", "returning", "leaving")
# Why a match or group ended (the note says the rest).
END_CATEGORIES = ("", "moved", "no_contact", "conflict", "goals_met", "cycle_ended", "other")
GROUP_STATUSES = ("proposed", "confirmed", "active", "ended")
GOAL_STATUSES = ("in_progress", "met", "dropped")
# When a survey is meant to be answered; "after_match" uses ``Survey.days_after_match``.
SURVEY_MOMENTS = ("start", "mid", "end", "after_match", "pre", "post")
SURVEY_QUESTION_KINDS = ("yes_no", "likert", "scale", "single", "multiple", "number", "text")
LIVE_MATCH_STATUSES = ("proposed", "confirmed", "notified", "active")
MEETING_MODES = ("in_person", "video", "phone", "email_text")
# How a person's reading language (``Person.preferred_language``) was decided, strongest
# last but one: a coordinator's choice outranks anything a later form implies.
LANGUAGE_SOURCES = ("unknown", "form", "spoken", "stated", "coordinator")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, list[int]: JSON}  # noqa: RUF012


class Program(Base):
    __tablename__ = "program"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_title: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")
    role_ladder: Mapped[list[str]] = mapped_column(default=lambda: list(DEFAULT_LADDER))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    cycles: Mapped[list[Cycle]] = relationship(back_populates="program", order_by="Cycle.id")

    @property
    def cadence_days(self) -> int:
        return int(self.settings.get("cadence_days", DEFAULT_CADENCE_DAYS))


class Cycle(Base):
    __tablename__ = "cycle"
    __table_args__ = (UniqueConstraint("program_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(50))
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The cycle this one was rolled over from (``cycle new --from``), if any.
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycle.id", ondelete="SET NULL"), index=True
    )
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    program: Mapped[Program] = relationship(back_populates="cycles")


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200), default="")
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    pronouns: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(320))
    # Lower-cased copy of ``email``: the unique key that recognises returning people.
    email_key: Mapped[str] = mapped_column(String(320), unique=True)
    phone: Mapped[str] = mapped_column(String(50), default="")
    share_phone: Mapped[bool] = mapped_column(Boolean, default=False)
    city: Mapped[str] = mapped_column(String(120), default="")
    province: Mapped[str] = mapped_column(String(120), default="")
    languages: Mapped[list[str]] = mapped_column(default=list)
    # The language of their letters and messages, and how it was decided (LANGUAGE_SOURCES):
    # only a "stated" one is called their preferred language.
    preferred_language: Mapped[str] = mapped_column(String(2), default="en")
    language_source: Mapped[str] = mapped_column(
        String(20), default="unknown", server_default="unknown"
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    participations: Mapped[list[Participant]] = relationship(back_populates="person")

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}".strip()


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        UniqueConstraint("person_id", "cycle_id", "role"),
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
        Index("ix_participant_cycle_role", "cycle_id", "role"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(100))
    institution: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[str] = mapped_column(String(100), default="")
    interests: Mapped[list[str]] = mapped_column(default=list)
    # Matching answers: location ("local"/"anywhere"), style, gender preference...
    preferences: Mapped[dict[str, Any]] = mapped_column(default=dict)
    capacity: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(20), default="active")
    is_returning: Mapped[bool] = mapped_column(Boolean, default=False)
    # Coming back next cycle? (see RETURNING_ANSWERS)
    next_cycle: Mapped[str] = mapped_column(String(20), default="")
    custom_fields: Mapped[dict[str, Any]] = mapped_column(default=dict)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_record.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    person: Mapped[Person] = relationship(back_populates="participations")
    cycle: Mapped[Cycle] = relationship()


class Match(Base):
    __tablename__ = "match"
    __table_args__ = (
        CheckConstraint("mentor_id != mentee_id", name="distinct_people"),
        Index("ix_match_cycle_status", "cycle_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"))
    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    mentee_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    origin: Mapped[str] = mapped_column(String(20), default="assisted")
    score: Mapped[float | None] = mapped_column(Float)
    # Structured reasons ({"key", "params"}, see app.matching.reasons); older rows hold
    # English sentences. Read them through app.matching.reasons.render_reasons.
    reasons: Mapped[list[Any]] = mapped_column(JSON, default=list)
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    end_reason: Mapped[str] = mapped_column(String(500), default="")
    end_category: Mapped[str] = mapped_column(String(30), default="")
    # The same pair in the previous cycle, when it was continued by the roll-over.
    continued_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("match.id", ondelete="SET NULL"), index=True
    )
    # The roll-over decision for this pair (see NEXT_CYCLE_DECISIONS).
    next_cycle: Mapped[str] = mapped_column(String(20), default="")
    # Safety and boundary notes: the coordinator's eyes only, exported only on demand.
    safety_note: Mapped[str] = mapped_column(Text, default="")

    mentor: Mapped[Participant] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Participant] = relationship(foreign_keys=[mentee_id])


group_member = Table(
    "group_member",
    Base.metadata,
    Column("group_id", ForeignKey("mentor_group.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True),
    Column("is_mentor", Boolean, nullable=False, default=False),
)


class Group(Base):
    """Mentors and mentees of adjacent rungs working as one group."""

    __tablename__ = "mentor_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The member rung of the group relation (the role of the people mentored).
    relation: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    end_reason: Mapped[str] = mapped_column(String(500), default="")
    end_category: Mapped[str] = mapped_column(String(30), default="")
    continued_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentor_group.id", ondelete="SET NULL"), index=True
    )
    next_cycle: Mapped[str] = mapped_column(String(20), default="")
    safety_note: Mapped[str] = mapped_column(Text, default="")
    # When and how the group first meets, as its letters tell it: the day, the time as typed
    # ("18:00", "6 pm"), a room, an address or a video link, and one of MEETING_MODES.
    first_meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    first_meeting_time: Mapped[str] = mapped_column(String(200), default="")
    first_meeting_place: Mapped[str] = mapped_column(String(200), default="")
    first_meeting_mode: Mapped[str] = mapped_column(String(20), default="")
    # When the coordinator marked the group's letters as sent (None: not marked).
    letters_sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    members: Mapped[list[Participant]] = relationship(secondary=group_member)


meeting_topic = Table(
    "meeting_topic",
    Base.metadata,
    Column("meeting_id", ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="RESTRICT"), primary_key=True),
)


class Topic(Base):
    __tablename__ = "topic"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_fr: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        # A meeting is a pair's, a group's, or the whole cycle's (a program-wide meeting).
        CheckConstraint(
            "(match_id IS NOT NULL) + (group_id IS NOT NULL) + (cycle_id IS NOT NULL) = 1",
            name="one_owner",
        ),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int | None] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentor_group.id", ondelete="CASCADE"), index=True
    )
    # Set only for a program-wide meeting (everyone of the cycle is expected).
    cycle_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycle.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[dt.date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(20), default="video")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    initiated_by: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    concern: Mapped[bool] = mapped_column(Boolean, default=False)
    concern_note: Mapped[str] = mapped_column(Text, default="")
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_record.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    topics: Mapped[list[Topic]] = relationship(secondary=meeting_topic)


class MeetingAttendance(Base):
    """Who came to a group or program-wide meeting (absent people are recorded too)."""

    __tablename__ = "meeting_attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class LetterRecord(Base):
    """One letter written to one person: about a pair (``match_id``) or a group (``group_id``)."""

    __tablename__ = "letter_record"
    __table_args__ = (
        CheckConstraint("(match_id IS NULL) != (group_id IS NULL)", name="match_xor_group"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int | None] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentor_group.id", ondelete="CASCADE"), index=True
    )
    recipient_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(2))
    template_version: Mapped[str] = mapped_column(String(50))
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class LetterTemplate(Base):
    """One saved version of a program's letter template in one language.

    Versions are never edited in place: saving the editor adds the next version, so any
    letter in the log can be reproduced with the template it was made from.
    """

    __tablename__ = "letter_template"
    __table_args__ = (UniqueConstraint("program_id", "language", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(2))
    version: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(default=dict)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportMapping(Base):
    """A named column-mapping preset for spreadsheet imports (header -> field)."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default="roster")
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class ImportRecord(Base):
    __tablename__ = "import_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="roster")
    role: Mapped[str] = mapped_column(String(100), default="")
    file_name: Mapped[str] = mapped_column(String(500))
    file_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer, default=0)
    imported: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)
    rejected: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Orientation(Base):
    """One orientation or training session a participant attended in their cycle."""

    __tablename__ = "orientation"
    __table_args__ = (CheckConstraint("hours IS NULL OR hours >= 0", name="hours_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[dt.date | None] = mapped_column(Date)
    hours: Mapped[float | None] = mapped_column(Float)
    session: Mapped[str] = mapped_column(String(200), default="")
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_record.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    participant: Mapped[Participant] = relationship()


class Agreement(Base):
    """A mentoring agreement of one pair or one group (exactly one of the two)."""

    __tablename__ = "agreement"
    __table_args__ = (
        CheckConstraint("(match_id IS NULL) != (group_id IS NULL)", name="one_owner"),
        CheckConstraint(
            "meeting_every_days IS NULL OR meeting_every_days > 0", name="cadence_positive"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"), index=True)
    match_id: Mapped[int | None] = mapped_column(
        ForeignKey("match.id", ondelete="CASCADE"), unique=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("mentor_group.id", ondelete="CASCADE"), unique=True
    )
    # Keys of the types of support agreed (clinical skills, career planning, research...).
    support: Mapped[list[str]] = mapped_column(default=list)
    # The agreed meeting frequency: this pair's cadence in engagement.
    meeting_every_days: Mapped[int | None] = mapped_column(Integer)
    confidentiality: Mapped[str] = mapped_column(Text, default="")
    ending: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    goals: Mapped[list[AgreementGoal]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementGoal.position",
    )


class AgreementGoal(Base):
    """A desired learning outcome of an agreement, reviewed mid-year and at the end."""

    __tablename__ = "agreement_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    target_on: Mapped[dt.date | None] = mapped_column(Date)
    # The goal's current status (see GOAL_STATUSES); the reviews record it at two moments.
    status: Mapped[str] = mapped_column(String(20), default="in_progress")
    mid_status: Mapped[str] = mapped_column(String(20), default="")
    mid_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    end_status: Mapped[str] = mapped_column(String(20), default="")
    end_reviewed_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    agreement: Mapped[Agreement] = relationship(back_populates="goals")


class Survey(Base):
    """A questionnaire of one cycle: its questions, audience and moment."""

    __tablename__ = "survey"
    __table_args__ = (
        UniqueConstraint("cycle_id", "name"),
        CheckConstraint(
            "days_after_match IS NULL OR days_after_match >= 0", name="days_not_negative"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycle.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    # The shipped template it was made from ("" when learned from a file or written anew).
    template: Mapped[str] = mapped_column(String(50), default="")
    moment: Mapped[str] = mapped_column(String(20), default="end")
    days_after_match: Mapped[int | None] = mapped_column(Integer)
    # Who is asked: roles of the ladder (empty = everyone), optionally group ids.
    audience: Mapped[dict[str, Any]] = mapped_column(default=dict)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    questions: Mapped[list[SurveyQuestion]] = relationship(
        back_populates="survey",
        cascade="all, delete-orphan",
        order_by="SurveyQuestion.position",
    )


class SurveyQuestion(Base):
    """One question; ``choices`` hold the answer labels ({"key", "en", "fr", ...})."""

    __tablename__ = "survey_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    text_fr: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="text")
    choices: Mapped[list[Any]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    # A stable key for comparing the same question across cycles and pre/post pairs.
    key: Mapped[str] = mapped_column(String(100), default="")

    survey: Mapped[Survey] = relationship(back_populates="questions")


class SurveyResponse(Base):
    """One person's answers to a survey; anonymous responses keep no link to the person."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    # Kept for results by role even when the response is anonymous.
    role: Mapped[str] = mapped_column(String(100), default="")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_record.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class SurveyAnswer(Base):
    """The answer to one question in one response, always a list: the chosen label key(s),
    or the one number or text given."""

    __tablename__ = "survey_answer"
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_response.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_question.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[list[Any]] = mapped_column(JSON, default=list)


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(100))
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


__all__ = [
    "AuditEvent",
    "Base",
    "Cycle",
    "Group",
    "ImportMapping",
    "ImportRecord",
    "LetterRecord",
    "LetterTemplate",
    "Match",
    "Meeting",
    "Participant",
    "Person",
    "Program",
    "Topic",
    "group_member",
    "meeting_topic",
]
