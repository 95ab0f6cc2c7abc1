"""``matching_scale`` (100,000 mentees × 2,000 mentors, 20,000 places) and ``matching_square``
(20,000 mentees × 10,000 mentors with 1–3 places each, about as many places as mentees),
each in a child process.

Peak memory is only honest in a process that did nothing else, so the workload runs this
module as a child (``python -m tests.bench.scale``), which prints its figures as JSON. The
child's address space is capped, so a solve that would exhaust the shared machine fails
with a MemoryError (reported as a failed run) instead of swapping everyone out.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time

MENTEES = 100_000
MENTORS = 2_000
PLACES_EACH = 10  # 20,000 places
CAP_BYTES = 8 * 1024**3  # the child may reserve at most this much address space
TARGET_S = 30.0
SQUARE_MENTEES = 20_000
SQUARE_MENTORS = 10_000


def _capacities(mentors: int, mixed: bool) -> list[int]:
    """Ten places each, or 1–3 places (``mixed_capacities``)."""
    return mixed_capacities(mentors) if mixed else [PLACES_EACH] * mentors


def mixed_capacities(mentors: int) -> list[int]:
    """1–3 places each, drawn the same way on every run (``matching_large`` and
    ``matching_square``: 19,527 places for 10,000 mentors)."""
    import numpy as np

    drawn = np.random.default_rng(31).choice([1, 2, 3], mentors, p=[0.3, 0.46, 0.24])
    return [int(c) for c in drawn]


def _profiles(mentees: int, capacities: list[int]) -> tuple[list[object], list[object]]:
    from app.demo import fake_people
    from app.matching import Profile

    mentor_profiles = [
        Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": c})
        for i, (p, c) in enumerate(
            zip(fake_people(41, len(capacities), mentor=True), capacities, strict=True)
        )
    ]
    mentee_profiles = [
        Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": 0})
        for i, p in enumerate(fake_people(42, mentees, mentor=False))
    ]
    return mentor_profiles, mentee_profiles


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child(mentees: int, mentors: int, mixed: bool = False) -> dict[str, float]:
    """Score and solve once; time, peak memory (whole process) and the outcome."""
    resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))
    from app.matching import MatchSettings, score_matrix, solve

    capacities = _capacities(mentors, mixed)
    mentor_profiles, mentee_profiles = _profiles(mentees, capacities)
    settings = MatchSettings.from_program({})
    before_mb = _peak_mb()
    start = time.perf_counter()
    scores, allowed = score_matrix(mentor_profiles, mentee_profiles, settings)
    pairs = solve(scores, allowed, capacities, settings.mode)
    total = round(float(sum(scores[r, c] for r, c in pairs)), 4)
    elapsed = time.perf_counter() - start
    return {
        "ours_s": elapsed,
        "peak_mb": _peak_mb(),
        "profiles_peak_mb": before_mb,
        "matches": float(len(pairs)),
        "total_score": total,
    }


def bench_matching_scale(
    mentees: int = MENTEES, mentors: int = MENTORS, mixed: bool = False
) -> dict[str, float]:
    """The child's figures, or a failed run (``failed`` 1) with the reason on stderr."""
    command = [sys.executable, "-m", "tests.bench.scale", str(mentees), str(mentors)]
    done = subprocess.run(
        [*command, "mixed"] if mixed else command, capture_output=True, text=True, check=False
    )
    places = sum(_capacities(mentors, mixed))
    figures: dict[str, float] = {"n": float(mentees), "places": float(places)}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        name = "matching_square" if mixed else "matching_scale"
        print(f"   {name} child failed: {last}", file=sys.stderr)
        return {
            **figures,
            "ours_s": float("nan"),
            "raw_s": TARGET_S,
            "ratio": float("nan"),
            "peak_mb": float("nan"),
            "failed": 1.0,
        }
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        **figures,
        **measured,
        "raw_s": TARGET_S,
        "ratio": measured["ours_s"] / TARGET_S,
        "failed": 0.0,
    }


def bench_matching_square() -> dict[str, float]:
    """20,000 mentees × 10,000 mentors with 1–3 places each: the square, nearly balanced."""
    return bench_matching_scale(SQUARE_MENTEES, SQUARE_MENTORS, mixed=True)


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:3]] or [MENTEES, MENTORS]
    print(json.dumps(child(sizes[0], sizes[1], mixed="mixed" in sys.argv[3:])))
