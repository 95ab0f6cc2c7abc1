"""The ``report`` workload: the report of a program with 5,000 participants in each of 3
cycles, 2,500 pairs a cycle and 50,000 contacts in the current one.

Ours: ``build_report`` (one query per table, pandas aggregation, the engagement service,
eligibility, agreement goals and surveys). Raw: the same tables read with one
``pandas.read_sql_query`` each over the bare sqlite3 module and the same figures aggregated
with pandas (people by role and cycle, match statuses, matched people and days to match per
cycle, contacts, modes, topics, closures and match length, contact status per live pair,
support contacts, orientation), nothing else.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

Timer = Callable[[Callable[[], object], int], float]
LABELS = ("2024-2025", "2025-2026", "2026-2027")
MENTORS, MENTEES, PAIRS = 2_000, 3_000, 2_500
TOPICS = ("Career", "Research", "Wellness", "Exams", "Electives")


def _cycle_rows(session: Any, cycle_id: int, persons: list[int], start: dt.date, rng: Any) -> None:
    from sqlalchemy import insert, select

    from app.db.models import Match, Participant

    made = dt.datetime.combine(start + dt.timedelta(days=10), dt.time(9))
    session.execute(
        insert(Participant),
        [
            {"person_id": pid, "cycle_id": cycle_id,
             "role": "Resident mentor" if n < MENTORS else "Medical student",
             "status": "withdrawn" if n % 97 == 0 else "active", "capacity": 2,
             "is_returning": n % 3 == 0}
            for n, pid in enumerate(persons)
        ],
    )  # fmt: skip
    ids = list(
        session.scalars(
            select(Participant.id).where(Participant.cycle_id == cycle_id).order_by(Participant.id)
        )
    )
    pairs = []
    for n in range(PAIRS):
        ended = n % 25 == 0
        pairs.append(
            {"cycle_id": cycle_id, "mentor_id": ids[n % MENTORS], "mentee_id": ids[MENTORS + n],
             "status": "ended" if ended else ("proposed" if n % 50 == 1 else "active"),
             "created_at": made,
             "confirmed_at": made + dt.timedelta(days=rng.randint(0, 20)),
             "ended_at": made + dt.timedelta(days=rng.randint(30, 200)) if ended else None,
             "end_category": rng.choice(("moved", "no_contact", "goals_met")) if ended else ""}
        )  # fmt: skip
    session.execute(insert(Match), pairs)


def report_database(path: Path, contacts: int = 50_000, seed: int = 16) -> int:
    """The bench program's database; the id of its current (last) cycle."""
    from sqlalchemy import insert, select

    from app.db.migrate import open_database
    from app.db.models import Cycle, Match, Meeting, Orientation, Person, Topic, meeting_topic
    from app.programs.service import ensure_program_cycle

    rng = random.Random(seed)
    db = open_database(path)
    with db.write() as session:
        session.execute(
            insert(Person),
            [{"first_name": f"P{n}", "email": f"p{n}@bench.example.org",
              "email_key": f"p{n}@bench.example.org"} for n in range(MENTORS + MENTEES)],
        )  # fmt: skip
        persons = list(session.scalars(select(Person.id).order_by(Person.id)))
        cycle_id = 0
        for year, label in enumerate(LABELS, start=2024):
            start = dt.date(year, 9, 1)
            info = ensure_program_cycle(session, "Bench", label, start, dt.date(year + 1, 6, 30))
            cycle_id = info.id
            _cycle_rows(session, cycle_id, persons, start, rng)
        cycle = session.get(Cycle, cycle_id)
        assert cycle is not None and cycle.starts_on is not None
        matches = list(session.scalars(select(Match.id).where(Match.cycle_id == cycle_id)))
        session.execute(
            insert(Meeting),
            [{"match_id": rng.choice(matches),
              "mode": rng.choice(("in_person", "video", "phone", "email_text")),
              "initiated_by": "coordinator" if rng.random() < 0.05 else "",
              "held_on": cycle.starts_on + dt.timedelta(days=rng.randint(10, 280)),
              "concern": rng.random() < 0.01}
             for _ in range(contacts)],
        )  # fmt: skip
        session.execute(insert(Topic), [{"name": t, "name_fr": t} for t in TOPICS])
        topics = list(session.scalars(select(Topic.id)))
        meetings = list(session.scalars(select(Meeting.id)))
        session.execute(
            insert(meeting_topic),
            [{"meeting_id": m, "topic_id": rng.choice(topics)} for m in meetings[::4]],
        )
        from app.db.models import Participant

        people = list(
            session.scalars(select(Participant.id).where(Participant.cycle_id == cycle_id))
        )
        session.execute(
            insert(Orientation),
            [{"participant_id": p, "held_on": cycle.starts_on, "hours": 2} for p in people[::2]],
        )
    db.dispose()
    return cycle_id


def raw_report(path: Path, cycle_id: int, as_of: dt.date, cadence: int = 30) -> dict[str, Any]:
    """The same figures from the same tables: bare sqlite3, pandas, nothing else."""
    import pandas as pd

    con = sqlite3.connect(path)
    read = lambda sql, *p: pd.read_sql_query(sql, con, params=p)  # noqa: E731
    (program,) = con.execute("SELECT program_id FROM cycle WHERE id = ?", (cycle_id,)).fetchone()
    cycles = read("SELECT id, label, starts_on FROM cycle WHERE program_id = ?", program)
    people = read("SELECT id, cycle_id, role, status, is_returning, capacity, created_at "
                  "FROM participant WHERE cycle_id IN (SELECT id FROM cycle WHERE program_id = ?)",
                  program)  # fmt: skip
    pairs = read('SELECT id, cycle_id, mentor_id, mentee_id, status, created_at, confirmed_at, '
                 'ended_at, end_category FROM "match" WHERE cycle_id IN '
                 "(SELECT id FROM cycle WHERE program_id = ?)", program)  # fmt: skip
    own = 'match_id IN (SELECT id FROM "match" WHERE cycle_id = ?)'
    meetings = read(f"SELECT id, match_id, held_on, mode, initiated_by FROM meeting WHERE {own}",
                    cycle_id)  # fmt: skip
    topics = read("SELECT t.name, t.name_fr FROM meeting_topic mt JOIN topic t ON t.id = "
                  f"mt.topic_id JOIN meeting ON meeting.id = mt.meeting_id WHERE {own}",
                  cycle_id)  # fmt: skip
    trained = read("SELECT DISTINCT o.participant_id FROM orientation o JOIN participant p ON "
                   "p.id = o.participant_id WHERE p.cycle_id = ?", cycle_id)  # fmt: skip
    con.close()
    for frame, names in (
        (pairs, ("created_at", "confirmed_at", "ended_at")),
        (meetings, ("held_on",)),
    ):
        for name in names:
            frame[name] = pd.to_datetime(frame[name], errors="coerce", format="ISO8601")
    by_role = people.groupby(["cycle_id", "role"]).size()
    withdrawn = people[people["status"] == "withdrawn"].groupby(["cycle_id", "role"]).size()
    made = pairs[pairs["status"] != "proposed"]
    matched = made.groupby("cycle_id")["mentee_id"].nunique()
    days = (made["confirmed_at"] - made["created_at"]).dt.days.groupby(made["cycle_id"]).median()
    mine = pairs[pairs["cycle_id"] == cycle_id]
    ended = mine[mine["status"] == "ended"]
    live = mine[mine["status"].isin(["confirmed", "notified", "active"])]
    last = meetings.groupby("match_id")["held_on"].max()
    since = (pd.Timestamp(as_of) - live["id"].map(last)).dt.days
    status = pd.cut(
        since, [-1e9, cadence, cadence * 1.5, 1e9], labels=["on_track", "due_soon", "overdue"]
    )
    coordinator = meetings[meetings["initiated_by"] == "coordinator"]["match_id"].nunique()
    now = people[people["cycle_id"] == cycle_id]
    return {
        "participants": by_role.to_dict(), "withdrawn": withdrawn.to_dict(),
        "statuses": mine["status"].value_counts().to_dict(), "matched": matched.to_dict(),
        "days_to_match": days.to_dict(), "meetings": len(meetings),
        "modes": meetings["mode"].value_counts().to_dict(),
        "topics": topics.groupby(["name", "name_fr"]).size().sort_values().to_dict(),
        "closures": ended["end_category"].value_counts().to_dict(),
        "length": (ended["ended_at"] - ended["confirmed_at"]).dt.days.mean(),
        "contact": {**status.value_counts().to_dict(), "never_met": int(since.isna().sum())},
        "support": coordinator / max(len(made), 1),
        "orientation": now["id"].isin(set(trained["participant_id"])).mean(),
        "returning": now["is_returning"].astype(bool).mean(), "cycles": len(cycles),
    }  # fmt: skip


def bench_report(folder: Path, timer: Timer, repeats: int = 5) -> dict[str, float]:
    from app.db.migrate import open_database
    from app.reports import build_report

    folder.mkdir(parents=True)
    path = folder / "report.db"
    cycle_id = report_database(path)
    db = open_database(path)
    as_of = dt.date(2027, 3, 1)

    def ours() -> None:
        with db.read() as session:
            report = build_report(session, cycle_id, as_of)
        assert report.total_participants == MENTORS + MENTEES and report.meetings == 50_000
        assert len(report.previous) == 2

    def raw() -> None:
        figures = raw_report(path, cycle_id, as_of)
        assert figures["meetings"] == 50_000

    ours(), raw()  # code loaded and caches warm on both sides before the clock starts
    turns = [(timer(ours, 1), timer(raw, 1)) for _ in range(repeats)]
    db.dispose()
    ours_s = statistics.median(t[0] for t in turns)
    raw_s = statistics.median(t[1] for t in turns)
    return {"n": MENTORS + MENTEES, "ours_s": ours_s, "raw_s": raw_s, "ratio": ours_s / raw_s,
            "cycles": len(LABELS), "contacts": 50_000}  # fmt: skip
