"""The ``engagement`` workload: the Engagement page's data for 5,000 matches, 50,000 contacts.

Ours: the engagement service (one aggregate query) plus loading its rows into the page's
lazy table model and typing a search. Raw: the same join and ``max(held_on)`` GROUP BY
through the bare sqlite3 module, rows fetched as tuples.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

Timer = Callable[[Callable[[], object], int], float]

RAW_QUERY = """
SELECT m.id, m.created_at, m.confirmed_at,
       a.first_name, a.preferred_name, a.last_name, a.email,
       b.first_name, b.preferred_name, b.last_name, b.email,
       agg.last, agg.contacts, agg.concern
FROM "match" m
JOIN participant pa ON pa.id = m.mentor_id
JOIN participant pb ON pb.id = m.mentee_id
JOIN person a ON a.id = pa.person_id
JOIN person b ON b.id = pb.person_id
LEFT JOIN (
    SELECT match_id, max(held_on) AS last, count(id) AS contacts, max(concern) AS concern
    FROM meeting WHERE held_on <= ? AND match_id IS NOT NULL GROUP BY match_id
) agg ON agg.match_id = m.id
WHERE m.cycle_id = ? AND m.status IN ('confirmed', 'notified', 'active')
"""


def engaged_database(path: Path, pairs: int, contacts: int, seed: int = 61) -> int:
    """A database of ``pairs`` confirmed matches and ``contacts`` contacts; the cycle id."""
    from sqlalchemy import insert, select

    from app.db.migrate import open_database
    from app.db.models import Match, Meeting, Participant, Person
    from app.demo import fake_people
    from app.programs.service import ensure_program_cycle

    rng = random.Random(seed)
    today = dt.date.today()
    made = dt.datetime.combine(today - dt.timedelta(days=240), dt.time(9))
    db = open_database(path)
    with db.write() as session:
        cycle = ensure_program_cycle(session, "Bench", "2026-2027")
        people = list(fake_people(seed, pairs, mentor=True, domain="r.example.org"))
        people += list(fake_people(seed + 1, pairs, mentor=False, domain="s.example.org"))
        session.execute(
            insert(Person),
            [
                {"first_name": p["first_name"], "last_name": p["last_name"],
                 "email": p["email"], "email_key": p["email"].lower()}
                for p in people
            ],
        )  # fmt: skip
        person_ids = list(session.scalars(select(Person.id).order_by(Person.id)))
        roles = ["Resident mentor"] * pairs + ["Medical student"] * pairs
        session.execute(
            insert(Participant),
            [
                {"person_id": pid, "cycle_id": cycle.id, "role": role}
                for pid, role in zip(person_ids, roles, strict=True)
            ],
        )
        ids = list(session.scalars(select(Participant.id).order_by(Participant.id)))
        session.execute(
            insert(Match),
            [
                {"cycle_id": cycle.id, "mentor_id": ids[i], "mentee_id": ids[pairs + i],
                 "status": "confirmed", "created_at": made, "confirmed_at": made}
                for i in range(pairs)
            ],
        )  # fmt: skip
        match_ids = list(session.scalars(select(Match.id)))
        session.execute(
            insert(Meeting),
            [
                {"match_id": rng.choice(match_ids), "mode": "video",
                 "held_on": today - dt.timedelta(days=rng.randint(0, 240)),
                 "concern": rng.random() < 0.01}
                for _ in range(contacts)
            ],
        )  # fmt: skip
    db.dispose()
    return cycle.id


def bench_engagement(
    folder: Path, timer: Timer, pairs: int = 5_000, contacts: int = 50_000
) -> dict[str, float]:
    from app.db.migrate import open_database
    from app.meetings.engagement import engagement
    from ui.app import application
    from ui.pages.engagement.model import EngagementFilter, EngagementModel

    folder.mkdir(parents=True)
    path = folder / "engagement.db"
    cycle_id = engaged_database(path, pairs, contacts)
    app = application()
    db = open_database(path)
    model = EngagementModel()
    proxy = EngagementFilter()
    proxy.setSourceModel(model)
    as_of = dt.date.today()

    def ours() -> None:
        with db.read() as session:
            report = engagement(session, cycle_id, as_of)
        assert len(report.matches) == pairs
        model.set_rows(report.matches)
        app.processEvents()

    def raw() -> None:
        con = sqlite3.connect(path)
        rows = con.execute(RAW_QUERY, (as_of.isoformat(), cycle_id)).fetchall()
        assert len(rows) == pairs
        con.close()

    ours_s, raw_s = timer(ours, 5), timer(raw, 5)
    per_key = []
    for text in ["a", "an", "ann", "an", "a", ""]:
        start = time.perf_counter()
        proxy.set_filter(text, frozenset())
        app.processEvents()
        per_key.append(time.perf_counter() - start)
    db.dispose()
    return {
        "n": pairs,
        "ours_s": ours_s,
        "raw_s": raw_s,
        "ratio": ours_s / raw_s,
        "contacts": contacts,
        "worst_keystroke_s": max(per_key),
    }
