"""Group letters: each member and mentor of a group learns who is in it and when it first meets.

Plain data and a renderer, like :mod:`app.letters.match_letter`: a
:class:`GroupLetterContent` is a :class:`~app.letters.content.LetterContent` whose
``partners`` are everyone else in the group, with the group's name, its mentors and members
and its first meeting. The words come from the same templates (the ``group_*`` sentences).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.letters.content import LetterContent, PartnerDetails
from app.letters.renderer import LetterRenderer
from app.letters.templates import LetterTemplate

MODES = ("in_person", "video", "phone", "email_text")


@dataclass(frozen=True)
class FirstMeeting:
    """When and how a group first meets, as the coordinator entered it."""

    on: dt.date | None = None
    time: str = ""  # as typed: "18:00", "6 pm"
    place: str = ""  # a room, an address or a video link
    mode: str = ""  # one of MODES, or "" when not said

    @property
    def is_set(self) -> bool:
        return bool(self.on or self.time or self.place or self.mode)


@dataclass(frozen=True)
class GroupLetterContent(LetterContent):
    """One letter to one person of a group (``kind`` "mentor" or "mentee" for a member)."""

    group_name: str = ""
    mentors: tuple[PartnerDetails, ...] = ()
    members: tuple[PartnerDetails, ...] = ()
    first_meeting: FirstMeeting = FirstMeeting()

    def placeholder_values(self, language: str | None = None) -> dict[str, object]:
        return {**super().placeholder_values(language), "group": self.group_name}


class GroupLetterRenderer(LetterRenderer):
    """The group, its mentors and members with their contact details, and its first meeting."""

    def subject(self, letter: LetterContent, text: LetterTemplate) -> str:
        return text.get("group_subject", cycle=letter.cycle_label)

    def body(self, letter: LetterContent, text: LetterTemplate) -> list[Flowable]:
        assert isinstance(letter, GroupLetterContent)
        intro = "group_intro_mentor" if letter.kind == "mentor" else "group_intro_member"
        story: list[Flowable] = [self.para(text.get(intro))]
        for heading, people in (
            ("heading_group_mentors", letter.mentors),
            ("heading_group_members", letter.members),
        ):
            if people:
                story.append(self.para(text.get(heading), "Heading"))
                story.extend(KeepTogether(self.person(p, text)) for p in people)
        story.extend(self.first_meeting(letter, text))
        return story

    def person(self, person: PartnerDetails, text: LetterTemplate) -> list[Flowable]:
        name = person.name + (f" ({person.pronouns})" if person.pronouns else "")
        story: list[Flowable] = [self.para(name, "PartnerName")]
        for key, value in (
            ("label_email", person.email),
            ("label_phone", person.phone),  # empty unless they agreed to share it
            ("label_institution", person.institution),
            ("label_stage", person.stage),
        ):
            if value:
                story.append(self.para(value, "Detail", bullet=text.get(key)))
        return story

    def first_meeting(self, letter: GroupLetterContent, text: LetterTemplate) -> list[Flowable]:
        first = letter.first_meeting
        story: list[Flowable] = [self.para(text.get("heading_group_first"), "Heading")]
        if not first.is_set:
            story.append(self.para(text.get("group_first_unknown")))
        else:
            when = text.format_date(first.on) if first.on else ""
            if first.time:
                when = f"{when}, {first.time}" if when else first.time
            for key, value in (
                ("label_first_when", when),
                ("label_first_where", first.place),
                ("label_first_how", text.get(f"mode_{first.mode}") if first.mode else ""),
            ):
                if value:
                    story.append(self.para(value, "Detail", bullet=text.get(key)))
            story.append(Spacer(1, 6))  # the details end flush; the next paragraph breathes
        story.append(self.para(text.get("group_rhythm")))
        return story


def render_group_letters(
    letters: Sequence[GroupLetterContent],
    out: Path | BinaryIO,
    *,
    templates: Mapping[str, LetterTemplate] | None = None,
    title: str = "Group letters",
) -> tuple[int, list[str]]:
    """Render group letters into one PDF; returns the page count and the renderer's warnings."""
    renderer = GroupLetterRenderer(templates, title=title)
    pages = renderer.render(letters, out)
    return pages, renderer.warnings
