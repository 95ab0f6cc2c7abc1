"""The benchmark workloads. Each takes a scratch folder and a timer, returns its figures."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from tests.bench.engagement import bench_engagement
from tests.bench.groups import bench_groups
from tests.bench.inputs import signup_csv
from tests.bench.report import bench_report
from tests.bench.scale import bench_matching_scale, bench_matching_square, mixed_capacities
from tests.bench.surveys import bench_survey_import

Timer = Callable[[Callable[[], object], int], float]
Figures = dict[str, float]


class WorkloadSkipped(Exception):
    """A workload that cannot run in this checkout (say, no bundle built); the note says why."""


def _figures(n: int, ours: float, raw: float, **extra: float) -> Figures:
    return {"n": n, "ours_s": ours, "raw_s": raw, "ratio": ours / raw, **extra}


def _alternating(timer: Timer, *sides: Callable[[], object], repeats: int) -> list[float]:
    """Medians of ``repeats`` runs of each side, taken in turns so all see the same machine.

    On a shared machine the load changes from second to second: timing all of ours, then
    all of raw, can compare a busy moment with a quiet one.
    """
    turns = [[timer(side, 1) for side in sides] for _ in range(repeats)]
    return [statistics.median(turn[i] for turn in turns) for i in range(len(sides))]


def bench_import(folder: Path, timer: Timer, rows: int = 10_000, repeats: int = 7) -> Figures:
    """10,000 sign-up rows through the import service vs pandas + executemany."""
    import pandas as pd

    from app.db.migrate import open_database
    from app.roster.importer import import_roster

    folder.mkdir(parents=True)
    source = signup_csv(folder / "signups.csv", rows)
    runs = iter(range(100))
    # Creating and migrating an empty database is set-up, not import: like the raw side's
    # connect + CREATE TABLE, ours only opens an existing (empty) program database.
    databases = iter([_empty_program_database(folder / f"ours-{n}.db") for n in range(repeats + 1)])

    def ours() -> None:
        _forget_parsed_answers()
        path, cycle_id = next(databases)
        db = open_database(path)
        with db.write() as session:
            report = import_roster(session, cycle_id, "Medical student", source)
        assert report.imported == rows, report.rejected[:3]
        db.dispose()

    def raw() -> None:
        frame = pd.read_csv(source, dtype=str, keep_default_na=False)
        con = sqlite3.connect(folder / f"raw-{next(runs)}.db")
        columns = ", ".join(f'"{c}"' for c in frame.columns)
        con.execute(f"CREATE TABLE signup ({columns})")
        marks = ", ".join("?" * len(frame.columns))
        with con:
            con.executemany(f"INSERT INTO signup VALUES ({marks})", frame.itertuples(index=False))
        con.close()

    table_databases = iter(
        [_empty_program_database(folder / f"tables-{n}.db") for n in range(repeats + 1)]
    )

    def same_tables() -> None:
        # The floor our schema sets: the raw reading and executemany, with the same rows
        # written where MentorDesk keeps them (person, participant: their keys, indexes,
        # foreign keys and the engine's WAL + full sync), and nothing checked at all.
        frame = pd.read_csv(source, dtype=str, keep_default_na=False)
        path, cycle_id = next(table_databases)
        con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            con.execute(f"PRAGMA {pragma}")
        first, last, email, phone, school, year, city, province, languages, interests = (
            frame[c].tolist() for c in frame.columns
        )
        now = [str(dt.datetime.now(dt.UTC).replace(tzinfo=None))] * len(email)
        con.execute("BEGIN IMMEDIATE")
        con.executemany(
            "INSERT INTO person (first_name, last_name, preferred_name, pronouns, email, "
            "email_key, phone, share_phone, city, province, languages, preferred_language, "
            "notes, created_at, updated_at) VALUES (?, ?, '', '', ?, ?, ?, 0, ?, ?, ?, 'en', "
            "'', ?, ?)",
            zip(
                first,
                last,
                email,
                map(str.lower, email),
                phone,
                city,
                province,
                (json.dumps(a.split(", ")) for a in languages),
                now,
                now,
                strict=True,
            ),
        )
        (start,) = con.execute("SELECT min(id) FROM person").fetchone()
        con.executemany(
            "INSERT INTO participant (person_id, cycle_id, role, institution, stage, "
            "interests, preferences, capacity, status, is_returning, custom_fields, "
            "created_at) VALUES (?, ?, 'Medical student', ?, ?, ?, '{}', 1, 'active', 0, "
            "'{}', ?)",
            zip(
                range(start, start + len(email)),
                [cycle_id] * len(email),
                school,
                year,
                (json.dumps(a.split("; ")) for a in interests),
                now,
                strict=True,
            ),
        )
        con.execute("COMMIT")
        con.close()

    ours()  # each side once first: none pays for loading code on the clock
    raw()
    same_tables()
    mine, reference, tables = _alternating(timer, ours, raw, same_tables, repeats=repeats)
    return _figures(
        rows,
        mine,
        reference,
        same_tables_s=tables,
        same_tables_ratio=tables / reference,
        ours_over_same_tables=mine / tables,
    )


def _empty_program_database(path: Path) -> tuple[Path, int]:
    """A migrated database holding one program and cycle, and that cycle's id."""
    from app.db.migrate import open_database
    from app.programs.service import ensure_program_cycle

    db = open_database(path)
    with db.write() as session:
        cycle_id = ensure_program_cycle(session, "Bench", "2026-2027").id
    db.dispose()
    return path, cycle_id


def _forget_parsed_answers() -> None:
    """Empty the importer's memo caches, so every timed run checks the file from scratch."""
    from app.roster import columns, values

    for cached in (
        values._clean_domain,
        values._split_multi,
        values._languages,
        columns._fold,
        columns.guess_field,
    ):
        cached.cache_clear()


def _filled_database(path: Path, megabytes: int) -> None:
    """A database of about ``megabytes`` MB: demo-like people plus a long audit trail."""
    from app.db.migrate import open_database
    from app.demo import fake_people
    from app.programs.service import ensure_program_cycle
    from app.roster.service import add_participant

    db = open_database(path)
    with db.write() as session:
        cycle = ensure_program_cycle(session, "Bench", "2026-2027")
        for person in fake_people(3, 2000, mentor=False):
            add_participant(session, cycle.id, "Medical student", **person)
    db.dispose()
    con = sqlite3.connect(path)
    filler = "x" * 900
    with con:
        while path.stat().st_size < megabytes * 1_000_000:
            con.executemany(
                "INSERT INTO audit_event (at, actor, action, entity, details) "
                "VALUES (datetime('now'), '', 'bench', 'none', json_object('pad', ?))",
                ((filler,) for _ in range(20_000)),
            )
            con.commit()
    con.close()


def bench_backup(folder: Path, timer: Timer, megabytes: int = 100) -> Figures:
    """Verified backup of a 100 MB database vs the raw SQLite backup API alone."""
    from app.backup.service import backup_database

    folder.mkdir(parents=True)
    live = folder / "live.db"
    _filled_database(live, megabytes)
    runs = iter(range(100))

    def ours() -> None:
        backup_database(live, folder / f"ours-{next(runs)}")

    def raw() -> None:
        src = sqlite3.connect(live)
        dst = sqlite3.connect(folder / f"raw-{next(runs)}.db")
        src.backup(dst)
        dst.close()
        src.close()

    size_mb = live.stat().st_size / 1e6
    return _figures(megabytes, timer(ours, 3), timer(raw, 3), database_mb=size_mb)


def _run_python(code: str, *args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)


def _bytecode_env(cache: Path | None) -> dict[str, str]:
    """Python's environment with its bytecode cache in ``cache``, or with none at all.

    An installed or frozen app starts from compiled bytecode; a source checkout run with
    PYTHONDONTWRITEBYTECODE (as some shells and CI set) recompiles every module each time.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONDONTWRITEBYTECODE")}
    if cache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


# The reference windows leave on the loop's turn after their first paint, as ours does
# (``--quit-when-shown``): a zero timer set at show() fires before the window is drawn.
_QUIT_AFTER_FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer


class QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False
"""

RAW_WINDOW = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + _QUIT_AFTER_FIRST_PAINT
    + """
app = QApplication([])
window = QMainWindow()
quit_after = QuitAfterFirstPaint()
window.installEventFilter(quit_after)
window.show()
app.exec()
"""
)

OUR_WINDOW = """
import sys
from app.__main__ import main
sys.exit(main(["gui", "--db", sys.argv[1], "--quit-when-shown", "--no-crash-dialog"]))
"""

# The window painted from its plain read, then the services and the whole roster loaded:
# leaves when the load that follows the first paint is done (``loaded_ours_s``).
OUR_WINDOW_LOADED = """
import sys
from PySide6.QtWidgets import QApplication
from ui.main_window import MainWindow
finish_loading = MainWindow.finish_loading

def finish_and_leave(window):
    finish_loading(window)
    QApplication.instance().exit(0)

MainWindow.finish_loading = finish_and_leave
from app.__main__ import main
sys.exit(main(["gui", "--db", sys.argv[1], "--no-crash-dialog"]))
"""


def bench_startup(folder: Path, timer: Timer, participants: int = 5000) -> Figures:
    """``mentordesk`` to main window shown on a 5,000-participant database vs a bare window."""
    from app.db.migrate import open_database
    from app.demo import fake_people
    from app.programs.service import ensure_program_cycle
    from app.roster.service import add_participant

    folder.mkdir(parents=True)
    path = folder / "startup.db"
    db = open_database(path)
    with db.write() as session:
        cycle = ensure_program_cycle(session, "Bench", "2026-2027")
        for person in fake_people(5, participants, mentor=False):
            add_participant(session, cycle.id, "Medical student", **person)
    db.dispose()
    # Both sides start from compiled bytecode (a cache in the scratch folder, filled by one
    # untimed run each), as an installed app does; ``no_bytecode_ours_s`` is our start
    # when every module of the checkout is compiled afresh.
    env = _bytecode_env(folder / "pycache")
    _run_python(OUR_WINDOW, str(path), env=env)
    _run_python(RAW_WINDOW, env=env)
    # In turns, so a busy moment of the shared machine weighs on both sides alike; eleven
    # of them, as five let one busy second move the median by a third.
    ours, raw = _alternating(
        timer,
        lambda: _run_python(OUR_WINDOW, str(path), env=env),
        lambda: _run_python(RAW_WINDOW, env=env),
        repeats=11,
    )
    no_cache = _bytecode_env(None)
    cold = timer(lambda: _run_python(OUR_WINDOW, str(path), env=no_cache), 3)
    loaded = timer(lambda: _run_python(OUR_WINDOW_LOADED, str(path), env=env), 3)
    return _figures(participants, ours, raw, no_bytecode_ours_s=cold, loaded_ours_s=loaded)


def bench_matching(folder: Path, timer: Timer, mentees: int = 2000, mentors: int = 1000) -> Figures:
    """Score + solve 2,000 mentees × 1,000 mentors (capacity 2) vs the raw solver alone."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    from app.demo import fake_people
    from app.matching import MatchSettings, Profile, score_matrix, solve

    def profiles(seed: int, count: int, capacity: int) -> list[Profile]:
        rows = fake_people(seed, count, mentor=capacity > 0)
        return [
            Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": capacity})
            for i, p in enumerate(rows)
        ]

    mentor_profiles = profiles(21, mentors, 2)
    mentee_profiles = profiles(22, mentees, 0)
    settings = MatchSettings.from_program({})
    capacities = [2] * mentors
    solve(
        *score_matrix(mentor_profiles[:5], mentee_profiles[:5], settings), [2] * 5, "max_matches"
    )  # import numpy/scipy before timing
    # The raw reference solves this very instance: our score matrix, computed once before
    # timing and spread over each mentor's two places (forbidden pairs weigh 0), so both
    # sides give the solver the same work and the ratio is our scoring and bookkeeping.
    precomputed, permitted = score_matrix(mentor_profiles, mentee_profiles, settings)
    slots = np.repeat(np.where(permitted, np.asarray(precomputed, dtype=float), 0.0), 2, axis=1)

    def ours() -> None:
        scores, allowed = score_matrix(mentor_profiles, mentee_profiles, settings)
        solve(scores, allowed, capacities, "max_matches")

    def raw() -> None:
        linear_sum_assignment(slots, maximize=True)

    small_mentors, small_mentees = mentor_profiles[:150], mentee_profiles[:300]

    def small() -> None:
        scores, allowed = score_matrix(small_mentors, small_mentees, settings)
        solve(scores, allowed, [2] * 150, "max_matches")

    return _figures(mentees, timer(ours, 5), timer(raw, 5), small_300x150_s=timer(small, 5))


def bench_matching_large(
    folder: Path, timer: Timer, mentees: int = 5000, mentors: int = 2500
) -> Figures:
    """Score + solve 5,000 mentees × 2,500 mentors (capacities 1–3) vs the raw solver alone.

    The raw reference solves our own raw score matrix spread over the places (no tie-breaks),
    so the ratio is the price of scoring, bookkeeping and the deterministic tie-break stage.
    """
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    from app.demo import fake_people
    from app.matching import MatchSettings, Profile, score_matrix, solve

    capacities = np.asarray(mixed_capacities(mentors))
    mentor_profiles = [
        Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": int(c)})
        for i, (p, c) in enumerate(
            zip(fake_people(31, mentors, mentor=True), capacities, strict=True)
        )
    ]
    mentee_profiles = [
        Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": 0})
        for i, p in enumerate(fake_people(32, mentees, mentor=False))
    ]
    settings = MatchSettings.from_program({})
    caps = capacities.tolist()
    solve(*score_matrix(mentor_profiles[:5], mentee_profiles[:5], settings), caps[:5])
    precomputed, permitted = score_matrix(mentor_profiles, mentee_profiles, settings)
    places = np.repeat(np.arange(mentors), capacities)
    slots = np.where(permitted, precomputed, 0.0)[:, places]

    def ours() -> None:
        scores, allowed = score_matrix(mentor_profiles, mentee_profiles, settings)
        solve(scores, allowed, caps, "max_matches")

    def raw() -> None:
        linear_sum_assignment(slots, maximize=True)

    return _figures(mentees, timer(ours, 3), timer(raw, 3), places=float(places.size))


def bench_letters(folder: Path, timer: Timer, pairs: int = 500) -> Figures:
    """1,000 letters from the database vs raw platypus building the same paragraphs."""
    import datetime as dt
    import io

    from reportlab.lib.pagesizes import LETTER
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate
    from sqlalchemy import select

    from app.db.models import Cycle, Match
    from app.letters import fonts
    from app.letters.layout import letter_styles
    from app.letters.match_letter import MatchLetterRenderer
    from app.letters.planning import plan_letters
    from app.letters.service import generate_letters

    folder.mkdir(parents=True)
    db, cycle_id = _matched_database(folder / "letters.db", pairs)
    runs = iter(range(100))

    def ours() -> None:
        with db.write() as session:
            batch = generate_letters(session, cycle_id, folder / f"ours-{next(runs)}.pdf")
        assert batch.letters == 2 * pairs

    with db.read() as session:
        cycle = session.get(Cycle, cycle_id)
        matches = session.scalars(select(Match).where(Match.cycle_id == cycle_id)).all()
        planned = plan_letters(session, cycle, matches, None, dt.date.today())
    fonts.register_fonts()
    renderer = MatchLetterRenderer()
    renderer.styles = letter_styles()

    def flatten(flowables: list[object]) -> list[Paragraph]:
        out: list[Paragraph] = []
        for f in flowables:
            if isinstance(f, KeepTogether):
                out += flatten(f._content)
            elif isinstance(f, Paragraph):
                out.append(f)
        return out

    texts = [
        [
            (p.text, p.style, p.bulletText)
            for p in flatten(
                renderer.letter_story(letter.content, renderer.template(letter.content.language))
            )
        ]
        for letter in planned
    ]

    def raw() -> None:
        story: list[object] = []
        for index, items in enumerate(texts):
            if index:
                story.append(PageBreak())
            story += [Paragraph(t, s, bulletText=b) for t, s, b in items]
        SimpleDocTemplate(io.BytesIO(), pagesize=LETTER, initialFontName=fonts.REGULAR).build(story)

    figures = _figures(2 * pairs, timer(ours, 3), timer(raw, 3))
    db.dispose()
    return figures


def _matched_database(path: Path, pairs: int) -> tuple[object, int]:
    """A database with ``pairs`` confirmed one-to-one matches."""
    from app.db.migrate import open_database
    from app.db.models import Match
    from app.demo import fake_people
    from app.programs.service import ensure_program_cycle
    from app.roster.service import add_participant

    db = open_database(path)
    with db.write() as session:
        cycle = ensure_program_cycle(session, "Bench", "2026-2027")
        mentors = [
            add_participant(session, cycle.id, "Resident mentor", **p)
            for p in fake_people(31, pairs, mentor=True, domain="r.example.org")
        ]
        mentees = [
            add_participant(session, cycle.id, "Medical student", **p)
            for p in fake_people(32, pairs, mentor=False, domain="s.example.org")
        ]
        session.add_all(
            Match(
                cycle_id=cycle.id,
                mentor_id=a,
                mentee_id=b,
                status="confirmed",
                score=0.8,
                reasons=["Both interested in research", "Both speak English"],
            )
            for a, b in zip(mentors, mentees, strict=True)
        )
    return db, cycle.id


def bench_table_filter(folder: Path, timer: Timer, rows: int = 50_000) -> Figures:
    """Typing a search on a 50,000-row roster table (absolute: < 50 ms per keystroke)."""
    from PySide6.QtWidgets import QTableView

    from app.db.migrate import open_database
    from app.programs.service import ensure_program_cycle
    from app.roster.importer import import_roster
    from app.roster.service import list_participants
    from ui.app import application
    from ui.models.participants import ParticipantFilterProxy, ParticipantTableModel

    folder.mkdir(parents=True)
    db = open_database(folder / "table.db")
    source = signup_csv(folder / "roster.csv", rows, seed=41)
    with db.write() as session:
        cycle = ensure_program_cycle(session, "Bench", "2026-2027")
        import_roster(session, cycle.id, "Medical student", source)
    with db.read() as session:
        loaded = list_participants(session, cycle.id)
    db.dispose()
    app = application()
    model = ParticipantTableModel()
    model.set_rows(loaded)
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.show()
    app.processEvents()
    proxy.set_search("")
    app.processEvents()
    keystrokes = ["t", "tr", "tre", "trem", "tremb", "trem", "tre", "tr", "t", ""]
    per_key: list[float] = []

    def type_word() -> None:
        for text in keystrokes:
            start = time.perf_counter()
            proxy.set_search(text)
            app.processEvents()
            per_key.append(time.perf_counter() - start)

    timer(type_word, 3)
    median = statistics.median(per_key)
    view.close()
    return {
        "n": rows,
        "ours_s": median,
        "raw_s": 0.050,
        "ratio": median / 0.050,
        "worst_keystroke_s": max(per_key),
    }


HELLO = (
    """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + _QUIT_AFTER_FIRST_PAINT
    + """
app = QApplication(sys.argv)
window = QMainWindow()
quit_after = QuitAfterFirstPaint()
window.installEventFilter(quit_after)
window.show()
app.exec()
"""
)

HELLO_TABLE = (
    """
import sqlite3
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
"""
    + _QUIT_AFTER_FIRST_PAINT
    + """
HEADERS = ["First name", "Last name", "Email", "Role", "Institution", "Status"]
ROWS = \"\"\"SELECT pe.first_name, pe.last_name, pe.email, pa.role, pa.institution, pa.status
FROM participant AS pa JOIN person AS pe ON pe.id = pa.person_id
WHERE pa.cycle_id = (SELECT max(id) FROM cycle)
ORDER BY pe.last_name, pe.first_name, pa.id LIMIT 200\"\"\"


class Rows(QAbstractTableModel):
    def __init__(self, rows):
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None


app = QApplication(sys.argv)
connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
model = Rows(connection.execute(ROWS).fetchall())
window = QMainWindow()
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1100, 700)
quit_after = QuitAfterFirstPaint()
table.viewport().installEventFilter(quit_after)
window.show()
app.exec()
"""
)
"""The same first screen with the raw libraries: the first 200 roster rows read with sqlite3
and shown in a table, none of MentorDesk's checks, services, menus or pages."""


def _freeze(folder: Path, script: Path) -> Path:
    """``script`` frozen by PyInstaller with its defaults; the folder holding the bundle."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=ERROR",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "work"),
            "--specpath",
            str(folder),
            str(script),
        ],
        check=True,
    )
    return folder / "dist" / script.stem


def folder_size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def bench_bundle(folder: Path, timer: Timer) -> Figures:
    """dist/mentordesk (from `make package`) vs a bare PySide6 hello-world bundle."""
    root = Path(__file__).resolve().parents[2]
    # MENTORDESK_BENCH_DIST points the workload at another dist folder (a test uses it).
    ours = Path(os.environ.get("MENTORDESK_BENCH_DIST", root / "dist")) / "mentordesk"
    if not (ours / "mentordesk").exists():
        # A fresh clone has no bundle, and building one takes minutes: say so, do not fail.
        raise WorkloadSkipped(
            f"no bundle in {ours.parent}; run `make package`, then `python -m tests.bench bundle`"
        )
    folder.mkdir(parents=True)
    (folder / "hello.py").write_text(HELLO, encoding="utf-8")
    (folder / "hello_table.py").write_text(HELLO_TABLE, encoding="utf-8")
    hello = _freeze(folder, folder / "hello.py")
    hello_table = _freeze(folder, folder / "hello_table.py")
    db = folder / "bundle.db"
    subprocess.run(
        [str(ours / "mentordesk"), "demo", "--db", str(db)], check=True, capture_output=True
    )

    def start(*command: str) -> None:
        subprocess.run(list(command), check=True, capture_output=True)

    window = (str(ours / "mentordesk"), "gui", "--db", str(db))
    shown = (*window, "--quit-when-shown", "--no-crash-dialog")
    table = (str(hello_table / "hello_table"), str(db))
    start(*shown)  # once untimed each, as the start-up workload does
    start(str(hello / "hello"))
    start(*table)
    # In turns, so a busy moment of the shared machine weighs on both sides alike.
    start_ours, start_raw, start_table = _alternating(
        timer,
        lambda: start(*shown),
        lambda: start(str(hello / "hello")),
        lambda: start(*table),
        repeats=9,
    )
    ours_mb, raw_mb = folder_size_mb(ours), folder_size_mb(hello)
    return {
        "n": 1,
        "ours_mb": ours_mb,
        "raw_mb": raw_mb,
        "ratio": ours_mb / raw_mb,
        "startup_ours_s": start_ours,
        "startup_raw_s": start_raw,
        "startup_ratio": start_ours / start_raw,
        "startup_table_s": start_table,
        "startup_over_table": start_ours / start_table,
    }


ALL: dict[str, Callable[[Path, Timer], Figures]] = {
    "startup": bench_startup,
    "import": bench_import,
    "matching": bench_matching,
    "matching_large": bench_matching_large,
    "matching_scale": lambda folder, timer: bench_matching_scale(),
    "matching_square": lambda folder, timer: bench_matching_square(),
    "letters": bench_letters,
    "backup": bench_backup,
    "table_filter": bench_table_filter,
    "engagement": bench_engagement,
    "report": bench_report,
    "survey_import": bench_survey_import,
    "groups": bench_groups,
    "bundle": bench_bundle,
}
