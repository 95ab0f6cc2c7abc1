"""Recognising the mentors a mentee named on the sign-up form, against the roster.

A mentee answers "Is there a resident you would like as your mentor?" with names or
email addresses, as typed. At matching time each one is looked for among the cycle's
mentors of the rung just above the mentee: an address must be a mentor's address (as
``email_key`` compares them); a name is compared folded (case, accents, spacing, "Dr").
A name that fits several mentors, or none, is not guessed: it is reported so the
coordinator can settle it. An import checks a sign-up file's answers the same way
(``check_sign_up_answers``), so the wizard can show them before anything is saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Participant, Person
from app.matching.messages import sentence as matching_sentence
from app.matching.profile import fold
from app.roster.values import email_key
from app.sentences import NB, Sentence, register, sentence

_LQ, _RQ = f"«{NB}", f"{NB}»"
register(
    {
        "matching.named_ambiguous": (
            "{mentee} named “{answer}” as a preferred mentor, which fits {count} mentors "
            "({mentors}); not used",
            f"{{mentee}} a nommé {_LQ}{{answer}}{_RQ} comme mentor souhaité, ce qui "
            "correspond à {count} mentors ({mentors}); non retenu",
        ),
        "matching.named_unknown": (
            "{mentee} named “{answer}” as a preferred mentor, who is not a mentor of this "
            "cycle; not used",
            f"{{mentee}} a nommé {_LQ}{{answer}}{_RQ} comme mentor souhaité, qui n'est pas "
            "mentor dans ce cycle; non retenu",
        ),
    }
)

PREFERENCE_KEY = "preferred_mentors"
_SPLIT = re.compile(r"[;,/\n]+|\s+(?:and|or|et|ou|&)\s+", re.IGNORECASE)
_TITLES = frozenset({"dr", "dre", "doctor", "docteur", "docteure", "prof", "professor", "pr"})
_NOBODY = frozenset(
    {
        "",
        "no",
        "non",
        "none",
        "aucun",
        "aucune",
        "n/a",
        "na",
        "nobody",
        "personne",
        "not sure",
        "pas de preference",
        "no preference",
        "je ne sais pas",
        "unsure",
        "-",
    }
)


@dataclass(frozen=True)
class MentorName:
    """A mentor of the cycle as a mentee might name them."""

    person_id: int
    email: str
    first_name: str
    last_name: str
    preferred_name: str = ""


@dataclass(frozen=True)
class NamedNote:
    """A name a mentee gave that matching could not tie to exactly one mentor."""

    mentee_id: int  # participant id
    mentee_email: str
    answer: str
    matches: tuple[str, ...] = ()  # the mentors' emails when several fit

    @property
    def ambiguous(self) -> bool:
        return len(self.matches) > 1

    @property
    def sentence(self) -> Sentence:
        """The note for the proposal's limits, in English (the window can say it in French)."""
        if self.ambiguous:
            mentors = ", ".join(self.matches)
            return sentence(
                "matching.named_ambiguous",
                mentee=self.mentee_email,
                answer=self.answer,
                count=len(self.matches),
                mentors=mentors,
            )
        return sentence("matching.named_unknown", mentee=self.mentee_email, answer=self.answer)

    def to_json(self) -> dict[str, object]:
        return {
            "mentee": self.mentee_email,
            "answer": self.answer,
            "problem": "ambiguous" if self.ambiguous else "unknown",
            "mentors": list(self.matches),
        }


def split_answer(answer: str) -> list[str]:
    """ "Dr. Ana Roy; ben@x.org" → ["Dr. Ana Roy", "ben@x.org"]; "None" → []."""
    parts = (" ".join(part.split()) for part in _SPLIT.split(answer or ""))
    return [p for p in parts if fold(p.strip(".")) not in _NOBODY]


def _name_key(text: str) -> str:
    words = [w for w in fold(re.sub(r"[.,'’()]", " ", text)).split() if w not in _TITLES]
    return " ".join(words)


class MentorIndex:
    """The mentors of one rung, looked up by address and by every way of naming them."""

    def __init__(self, mentors: Iterable[MentorName]) -> None:
        self.by_email: dict[str, MentorName] = {}
        self.by_name: dict[str, dict[int, MentorName]] = {}
        for mentor in mentors:
            if mentor.email:
                self.by_email[email_key(mentor.email)] = mentor
            for first in {mentor.first_name, mentor.preferred_name} - {""}:
                for name in (f"{first} {mentor.last_name}", f"{mentor.last_name} {first}"):
                    self._add(name, mentor)
            self._add(mentor.last_name, mentor)

    def _add(self, name: str, mentor: MentorName) -> None:
        key = _name_key(name)
        if key:
            self.by_name.setdefault(key, {})[mentor.person_id] = mentor

    def find(self, answer: str) -> list[MentorName]:
        """Every mentor ``answer`` may mean (one: recognised)."""
        if "@" in answer:
            found = self.by_email.get(email_key(answer.strip("<>. ")))
            return [found] if found else []
        return sorted(self.by_name.get(_name_key(answer), {}).values(), key=lambda m: m.email)


def recognise(
    mentee_id: int, mentee_email: str, answer: str, index: MentorIndex
) -> tuple[frozenset[int], list[NamedNote]]:
    """The person ids of the mentors an answer names, and a note for each name not settled."""
    chosen: set[int] = set()
    notes: list[NamedNote] = []
    for part in split_answer(answer):
        found = index.find(part)
        if len(found) == 1:
            chosen.add(found[0].person_id)
        else:
            notes.append(NamedNote(mentee_id, mentee_email, part, _emails(found)))
    return frozenset(chosen), notes


def _emails(found: Sequence[MentorName]) -> tuple[str, ...]:
    return tuple(m.email for m in found)


@dataclass(frozen=True)
class AnswerNote:
    """A name in a sign-up file's preferred-mentors answer that fits several mentors or none."""

    row: int  # the spreadsheet row
    answer: str  # the one name or address, as typed
    mentors: tuple[MentorName, ...] = ()  # the mentors it could be, when several fit

    @property
    def problem(self) -> str:
        return "ambiguous" if len(self.mentors) > 1 else "unknown"

    @property
    def sentence(self) -> Sentence:
        """What the coordinator reads (the row is shown beside it)."""
        if self.problem == "ambiguous":
            return matching_sentence(
                "matching.named_answer_ambiguous",
                answer=self.answer,
                count=len(self.mentors),
                mentors=", ".join(map(_shown, self.mentors)),
            )
        return matching_sentence("matching.named_answer_unknown", answer=self.answer)

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "answer": self.answer,
            "problem": self.problem,
            "mentors": [m.email for m in self.mentors],
        }


def check_answers(
    answers: Iterable[tuple[int, str]], mentors: Iterable[MentorName]
) -> list[AnswerNote]:
    """The names in (row, answer) pairs that fit several of ``mentors`` or none, in order."""
    index = MentorIndex(mentors)
    notes: list[AnswerNote] = []
    for row, answer in answers:
        for part in split_answer(answer):
            found = index.find(part)
            if len(found) != 1:
                notes.append(AnswerNote(row, part, tuple(found)))
    return notes


def check_sign_up_answers(
    session: Session, cycle_id: int, role: str, answers: Iterable[tuple[int, str]]
) -> list[AnswerNote]:
    """Check a file's preferred-mentors answers against the cycle's mentors of ``role``'s
    rung above, reading only. Nothing is said while that rung has nobody yet: mentors often
    sign up after mentees, and matching looks again when it runs."""
    cycle = session.get(Cycle, cycle_id)
    if cycle is None:
        return []
    ladder = tuple(cycle.program.role_ladder)
    mentor_role = dict(zip(ladder[1:], ladder, strict=False)).get(role)
    if mentor_role is None:
        return []  # the top rung has nobody above to name
    query = (
        select(Person)
        .join(Participant, Participant.person_id == Person.id)
        .where(Participant.cycle_id == cycle_id, Participant.role == mentor_role)
    )
    mentors = [
        MentorName(p.id, p.email, p.first_name, p.last_name, p.preferred_name)
        for p in session.scalars(query)
    ]
    return check_answers(answers, mentors) if mentors else []


def _shown(mentor: MentorName) -> str:
    """ "Ana Roy <ana.roy@x.org>": the name the coordinator knows, and what tells them apart."""
    name = " ".join(filter(None, (mentor.preferred_name or mentor.first_name, mentor.last_name)))
    return f"{name} <{mentor.email}>" if name else mentor.email
