"""``groups``: 600 students and 240 residents into 120 groups of 5 students + 2 residents.

Five criteria: similar interests and year, diverse schools among the students and diverse
specialties among a group's two residents, and never a single French speaker. The raw
reference, measured in the same run, is 10,000 random balanced groupings scored by the same
function; the figures give our worst group against the best and the median of those.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path

STUDENTS, RESIDENTS, RANDOM_GROUPINGS = 600, 240, 10_000
BATCH = 250
Timer = Callable[[Callable[[], object], int], float]


def bench_problem(students: int = STUDENTS, residents: int = RESIDENTS) -> object:
    from app.demo import fake_people
    from app.grouping.problem import Criterion, NeverAlone, Person, Problem
    from app.matching.profile import fold, language_code

    def person(key: int, row: dict[str, object], mentor: bool) -> Person:
        interests = [str(x) for x in row["interests"]]  # type: ignore[attr-defined]
        values = {
            "interests": frozenset(fold(x) for x in interests),
            "stage": frozenset({fold(str(row["stage"]))}),
            "institution": frozenset({fold(str(row["institution"]))}),
            "languages": frozenset(language_code(str(x)) for x in row["languages"]),  # type: ignore[attr-defined]
            # Residents' specialty: their first field of interest (the generator has none).
            "specialty": frozenset({fold(interests[0])}) if mentor and interests else frozenset(),
        }
        return Person(key, str(row["email"]), values=values, capacity=1)

    members = [person(i, r, False) for i, r in enumerate(fake_people(31, students, mentor=False))]
    mentors = [
        person(100_000 + i, r, True) for i, r in enumerate(fake_people(32, residents, mentor=True))
    ]
    return Problem(
        tuple(members),
        tuple(mentors),
        size=(5, 5),
        mentors_per_group=2,
        criteria=(
            Criterion("interests", "similar"),
            Criterion("stage", "similar"),
            Criterion("institution", "diverse"),
            Criterion("specialty", "diverse", 1.0, "mentors"),
        ),
        never_alone=(NeverAlone("languages", frozenset({"fr"})),),
    )


def random_groupings(problem: object, count: int, seed: int = 41) -> list[tuple[float, int]]:
    """(worst group's fit, lone French speakers) of ``count`` random balanced groupings of
    5 + 2, scored by the solver's own function, a batch of groupings at a time."""
    import numpy as np

    from app.grouping.fit import Scorer
    from app.grouping.problem import Problem

    assert isinstance(problem, Problem)
    scorer = Scorer.build(problem)
    rng = np.random.default_rng(seed)
    size, per = problem.size[0], problem.mentors_per_group
    groups = len(problem.members) // size
    found: list[tuple[float, int]] = []
    while len(found) < count:
        batch = min(BATCH, count - len(found))
        members = rng.permuted(np.tile(np.arange(len(problem.members)), (batch, 1)), axis=1)
        mentors = rng.permuted(np.tile(np.arange(len(problem.mentors)), (batch, 1)), axis=1)
        mentors = mentors[:, : groups * per]
        counts = {
            f: x[members].reshape(batch, groups, size, -1).sum(2)
            for f, x in scorer.member_x.items()
        }
        mentor_counts = {
            f: x[mentors].reshape(batch, groups, per, -1).sum(2) for f, x in scorer.mentor_x.items()
        }
        fits = scorer.group_fit(
            scorer.part(scorer.member_criteria, counts),
            scorer.part(scorer.mentor_criteria, mentor_counts),
        )
        alone = scorer.alone(counts).sum(axis=1)
        found += [(float(w), int(a)) for w, a in zip(fits.min(axis=1), alone, strict=True)]
    return found


def bench_groups(folder: Path, timer: Timer) -> dict[str, float]:
    from app.grouping.quality import figures
    from app.grouping.solve import solve

    problem = bench_problem()
    solve(bench_problem(20, 8), seed=1)  # type: ignore[arg-type]  # imports before timing
    found: list[object] = []
    ours = timer(lambda: found.append(solve(problem, seed=1)), 3)  # type: ignore[arg-type]
    randoms: list[tuple[float, int]] = []
    raw = timer(lambda: randoms.extend(random_groupings(problem, RANDOM_GROUPINGS)), 1)
    quality = figures(found[-1])  # type: ignore[arg-type]
    worst = sorted(w for w, _ in randoms)
    lone = sorted(a for _, a in randoms)
    return {
        "n": STUDENTS,
        "ours_s": ours,
        "raw_s": raw,
        "ratio": ours / raw,
        "worst_group_ours": float(quality["worst_group"]),
        "worst_group_best_random": worst[-1],
        "worst_group_median_random": statistics.median(worst),
        "mean_ours": float(quality["mean"]),
        # Lone French speakers: the solver settles them before any fit.
        "lone_members_ours": float(quality["lone_members"]),
        "lone_members_fewest_random": float(lone[0]),
        "lone_members_median_random": float(statistics.median(lone)),
    }
