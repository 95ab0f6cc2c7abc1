"""A realistic fictional demo program, and the seeded people generator behind it.

The same generator feeds the benchmarks, so anyone can rebuild their inputs.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Iterator
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.db.models import Match
from app.programs import service as programs
from app.programs.service import CycleInfo
from app.roster.service import add_participant

DEMO_PROGRAM = "Paediatric Mentorship Program (demo)"

FIRST_NAMES = [
    "Zoé",
    "Siobhán",
    "Amara",
    "Liam",
    "Noah",
    "Chloé",
    "Mathieu",
    "Priya",
    "Wei",
    "Fatima",
    "Olivia",
    "Gabriel",
    "Élodie",
    "Jonah",
    "Aisha",
    "Mei",
    "Raphaël",
    "Hannah",
    "Kwame",
    "Nadia",
    "Thomas",
    "Léa",
    "Arjun",
    "Sofia",
    "Émile",
    "Maya",
    "Yusuf",
    "Camille",
    "Ethan",
    "Ngozi",
    "Antoine",
    "Isabelle",
    "Omar",
    "Julia",
    "Minh",
    "Sarah",
    "Félix",
    "Anya",
    "Kenji",
]
LAST_NAMES = [
    "Lefèbvre",
    "O'Brien",
    "Nguyen",
    "Tremblay",
    "Gagnon",
    "Singh",
    "Chen",
    "Roy",
    "Côté",
    "MacDonald",
    "Bouchard",
    "Patel",
    "Okafor",
    "Wong",
    "Pelletier",
    "Martin",
    "Haddad",
    "Kowalski",
    "Bélanger",
    "Ahmed",
    "Thompson",
    "Morin",
    "Fortin",
    "Li",
    "Campbell",
    "Lavoie",
    "Mensah",
    "Dubois",
    "Kim",
    "Stewart",
    "Gauthier",
    "Ibrahim",
    "Wilson",
    "Nakamura",
]
PLACES = [
    ("Toronto", "Ontario", "University of Toronto"),
    ("Ottawa", "Ontario", "University of Ottawa"),
    ("Hamilton", "Ontario", "McMaster University"),
    ("Montréal", "Quebec", "Université de Montréal"),
    ("Montréal", "Quebec", "McGill University"),
    ("Québec", "Quebec", "Université Laval"),
    ("Vancouver", "British Columbia", "University of British Columbia"),
    ("Calgary", "Alberta", "University of Calgary"),
    ("Edmonton", "Alberta", "University of Alberta"),
    ("Winnipeg", "Manitoba", "University of Manitoba"),
    ("Halifax", "Nova Scotia", "Dalhousie University"),
    ("Saskatoon", "Saskatchewan", "University of Saskatchewan"),
]
INTERESTS = [
    "Neonatology",
    "Cardiology",
    "Emergency medicine",
    "Oncology",
    "Adolescent medicine",
    "Infectious diseases",
    "Research",
    "Advocacy",
    "Global health",
    "Medical education",
    "Developmental paediatrics",
    "Critical care",
    "Community paediatrics",
]
LANGUAGES = ["English", "French", "Spanish", "Mandarin", "Arabic", "Punjabi", "Vietnamese"]
PRONOUNS = ["she/her", "he/him", "they/them", "", "elle", "il"]
MENTOR_STAGES = ["PGY-1", "PGY-2", "PGY-3", "PGY-4"]
MENTEE_STAGES = ["Year 1", "Year 2", "Year 3", "Year 4"]


def fake_person(rng: random.Random, index: int, *, mentor: bool, domain: str) -> dict[str, Any]:
    """One fictional participant's sign-up answers (plain values, as the importer would store)."""
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    city, province, school = rng.choice(PLACES)
    french = province == "Quebec" and rng.random() < 0.7
    languages = ["French", "English"] if french else ["English"]
    if rng.random() < 0.3:
        languages.append(rng.choice(LANGUAGES[2:]))
    ascii_name = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore")
    slug = ascii_name.decode().lower().replace("'", "")
    return {
        "email": f"{slug}.{index}@{domain}",
        "first_name": first,
        "last_name": last,
        "pronouns": rng.choice(PRONOUNS),
        "phone": f"+1 {rng.randint(204, 905)} 555 {rng.randint(1000, 9999)}",
        "share_phone": mentor and rng.random() < 0.6,
        "city": city,
        "province": province,
        "languages": languages,
        "preferred_language": "fr" if french else "en",
        "language_source": "stated",  # the fictional form asks for it
        "institution": school,
        "stage": rng.choice(MENTOR_STAGES if mentor else MENTEE_STAGES),
        "interests": rng.sample(INTERESTS, rng.randint(2, 4)),
        "preferences": {
            "location": rng.choice(["local", "anywhere"]),
            "style": rng.choice(["hands_on", "laid_back"]),
        },
        "capacity": rng.choice([1, 1, 2, 2, 3]) if mentor else 0,
    }


def fake_people(
    seed: int, count: int, *, mentor: bool, domain: str = "example.org"
) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for index in range(count):
        yield fake_person(rng, index, mentor=mentor, domain=domain)


def create_demo(session: Session, today: dt.date | None = None) -> CycleInfo:
    """The demo program: last year's cycle and this year's, people, matches and contacts."""
    from app.matching import service as matching
    from app.meetings import service as meetings

    today = today or dt.date.today()
    year = today.year if today.month >= 9 else today.year - 1
    program_id = programs.create_program(
        session,
        DEMO_PROGRAM,
        organisation="Fictional Paediatric Society",
        contact_name="Dr. Hélène Morin",
        contact_title="Program coordinator",
        contact_email="mentorship@example.org",
        contact_phone="+1 613 555 0100",
    )
    previous = programs.create_cycle(
        session, program_id, f"{year - 1}-{year}", dt.date(year - 1, 9, 1), dt.date(year, 6, 15)
    )
    current = programs.create_cycle(
        session, program_id, f"{year}-{year + 1}", dt.date(year, 9, 1), dt.date(year + 1, 6, 15)
    )
    mentor_role, mentee_role = programs.get_cycle(session, current).role_ladder[:2]
    mentors = list(fake_people(11, 16, mentor=True, domain="residents.example.org"))
    mentees = list(fake_people(12, 30, mentor=False, domain="students.example.org"))
    for person in mentors[:6] + mentees[:8]:  # last year's participants come back
        role = mentor_role if person in mentors else mentee_role
        add_participant(session, previous, role, **person)
    for person in mentors:
        add_participant(session, current, mentor_role, **person)
    for person in mentees:
        add_participant(session, current, mentee_role, **person)
    proposal = matching.propose_matches(session, current)
    match_ids = matching.apply_proposal(session, current, proposal, confirm=True)
    # Matches go out in October: date them so the contact history reads naturally.
    matched_on = min(dt.date(year, 10, 1), today - dt.timedelta(days=45))
    session.execute(
        update(Match)
        .where(Match.id.in_(match_ids))
        .values(created_at=matched_on, confirmed_at=matched_on)
    )
    rng = random.Random(13)
    modes = ["video", "in_person", "phone", "email_text"]
    topic_ids = [t.id for t in meetings.list_topics(session)]
    span = (today - matched_on).days
    for match_id in match_ids[: len(match_ids) * 2 // 3]:
        for _ in range(rng.randint(1, 3)):
            held_on = matched_on + dt.timedelta(days=rng.randint(2, span))
            meetings.log_meeting(
                session,
                match_id,
                held_on,
                rng.choice(modes),
                duration_minutes=rng.choice([20, 30, 45, 60]),
                topic_ids=rng.sample(topic_ids, 2),
                today=today,
            )
    return programs.get_cycle(session, current)
