"""The ``survey_import`` workload: 5,000 answers of a Forms export (five questions, the survey
learned from its columns) imported into a cycle of 5,000 participants.

Ours: the survey import service (reader, learning, every row checked, people recognised by
email, responses and answers written). Raw: pandas reads the same file and the rows are
written with executemany into one table. Same tables (the floor our schema sets, as for
sign-up imports): the same reading, then the survey, its questions, one response per row
(its person found by email) and one answer per cell written with executemany into our own
tables, nothing checked. Each run of ours and of the same tables is rolled back, so every
run imports the same answers into the same database.

The workload is judged by ``ours_over_same_tables`` (target ≤ 1.5, as for sign-up imports):
the one-table ratio is reported too, but writing into our keyed and indexed tables costs
several times a bare table before a single cell is checked.
"""

from __future__ import annotations

import csv
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

Timer = Callable[[Callable[[], object], int], float]
HEADER = ["Timestamp", "Email Address", "Was the year positive?", "Did it raise your interest?",
          "Overall rating", "Which activities helped?", "What should change?"]  # fmt: skip


def answers_csv(path: Path, emails: list[str], seed: int = 16) -> Path:
    rng = random.Random(seed)
    extent = ["Not at all", "To some extent", "To a high extent", "To a very high extent"]
    helped = ["Meetings", "Group events;Meetings", "Orientation", "Meetings;Orientation"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n, email in enumerate(emails):
            writer.writerow([
                f"2026-05-{1 + n % 28:02d} 10:{n % 60:02d}:00", email, rng.choice(["Yes", "No"]),
                rng.choice(extent), str(rng.randint(1, 5)), rng.choice(helped),
                f"Comment number {n}" if n % 3 else "",
            ])  # fmt: skip
    return path


def _cycle_of_people(path: Path, people: int) -> tuple[int, list[str]]:
    from sqlalchemy import insert, select

    from app.db.migrate import open_database
    from app.db.models import Participant, Person
    from app.programs.service import ensure_program_cycle

    emails = [f"person{n}@bench.example.org" for n in range(people)]
    db = open_database(path)
    with db.write() as session:
        cycle = ensure_program_cycle(session, "Bench", "2026-2027")
        session.execute(
            insert(Person),
            [{"first_name": f"P{n}", "email": e, "email_key": e} for n, e in enumerate(emails)],
        )
        ids = session.scalars(select(Person.id).order_by(Person.id)).all()
        session.execute(
            insert(Participant),
            [{"person_id": i, "cycle_id": cycle.id, "role": cycle.role_ladder[n % 2]}
             for n, i in enumerate(ids)],
        )  # fmt: skip
    db.dispose()
    return cycle.id, emails


def bench_survey_import(
    folder: Path, timer: Timer, rows: int = 5_000, repeats: int = 5
) -> dict[str, float]:
    import pandas as pd

    from app.db.migrate import open_database
    from app.surveys.importer import import_survey_answers

    folder.mkdir(parents=True)
    cycle_id, emails = _cycle_of_people(folder / "ours.db", rows)
    source = answers_csv(folder / "answers.csv", emails)
    db = open_database(folder / "ours.db")
    runs = iter(range(100))

    def ours() -> None:
        with db.read() as session:  # written, then rolled back: the next run does it again
            report = import_survey_answers(session, cycle_id, "Year end", source)
        assert report.imported == rows, report.rejected[:3]

    def raw() -> None:
        frame = pd.read_csv(source, dtype=str, keep_default_na=False)
        con = sqlite3.connect(folder / f"raw-{next(runs)}.db")
        columns = ", ".join(f'"{c}"' for c in frame.columns)
        con.execute(f"CREATE TABLE answer ({columns})")
        marks = ", ".join("?" * len(frame.columns))
        with con:
            con.executemany(f"INSERT INTO answer VALUES ({marks})", frame.itertuples(index=False))
        con.close()

    def tables() -> None:
        same_tables(folder / "ours.db", cycle_id, source)

    ours(), raw(), tables()  # each side once first: none pays for loading code on the clock
    turns = [(timer(ours, 1), timer(raw, 1), timer(tables, 1)) for _ in range(repeats)]
    db.dispose()
    ours_s, raw_s, tables_s = (sorted(t[i] for t in turns)[repeats // 2] for i in range(3))
    return {"n": rows, "ours_s": ours_s, "raw_s": raw_s, "ratio": ours_s / raw_s,
            "same_tables_s": tables_s, "same_tables_ratio": tables_s / raw_s,
            "ours_over_same_tables": ours_s / tables_s}  # fmt: skip


def same_tables(path: Path, cycle_id: int, source: Path) -> None:
    """The raw reading and executemany into survey, survey_question, survey_response and
    survey_answer (their keys, indexes and foreign keys), nothing checked; rolled back."""
    import datetime as dt
    import json

    import pandas as pd

    frame = pd.read_csv(source, dtype=str, keep_default_na=False)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")
    now = str(dt.datetime.now(dt.UTC).replace(tzinfo=None))
    con.execute("BEGIN IMMEDIATE")
    people = dict(con.execute(
        "SELECT person.email, participant.id FROM participant JOIN person ON person.id = "
        "participant.person_id WHERE participant.cycle_id = ?", (cycle_id,)))  # fmt: skip
    survey = con.execute(
        "INSERT INTO survey (cycle_id, name, template, moment, audience, anonymous, created_at, "
        "updated_at) VALUES (?, 'Same tables', '', 'end', '{}', 0, ?, ?)", (cycle_id, now, now),
    ).lastrowid  # fmt: skip
    asked = list(frame.columns[2:])
    questions = [
        con.execute(
            "INSERT INTO survey_question (survey_id, position, text, text_fr, kind, choices, "
            "required, key) VALUES (?, ?, ?, '', 'text', '[]', 0, '')", (survey, n, text),
        ).lastrowid
        for n, text in enumerate(asked)
    ]  # fmt: skip
    emails, stamps = frame["Email Address"].tolist(), frame["Timestamp"].tolist()
    first = con.execute("SELECT coalesce(max(id), 0) + 1 FROM survey_response").fetchone()[0]
    con.executemany(
        "INSERT INTO survey_response (survey_id, participant_id, role, submitted_at, created_at)"
        " VALUES (?, ?, '', ?, ?)",
        ((survey, people.get(e), s, now) for e, s in zip(emails, stamps, strict=True)),
    )
    cells = frame[asked].to_numpy().tolist()
    con.executemany(
        "INSERT INTO survey_answer (response_id, question_id, value) VALUES (?, ?, ?)",
        ((first + n, q, json.dumps([v] if v else []))
         for n, row in enumerate(cells) for q, v in zip(questions, row, strict=True)),
    )  # fmt: skip
    con.execute("ROLLBACK")
    con.close()
