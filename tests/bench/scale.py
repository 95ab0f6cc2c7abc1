"""``matching_scale``: 100,000 mentees × 2,000 mentors (20,000 places), in a child process.

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


def _profiles(mentees: int, mentors: int) -> tuple[list[object], list[object]]:
    from app.demo import fake_people
    from app.matching import Profile

    mentor_profiles = [
        Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": PLACES_EACH})
        for i, p in enumerate(fake_people(41, mentors, mentor=True))
    ]
    mentee_profiles = [
        Profile.from_dict({**p, "id": i + 1, "name": p["first_name"], "capacity": 0})
        for i, p in enumerate(fake_people(42, mentees, mentor=False))
    ]
    return mentor_profiles, mentee_profiles


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def child(mentees: int, mentors: int) -> dict[str, float]:
    """Score and solve once; time, peak memory (whole process) and the outcome."""
    resource.setrlimit(resource.RLIMIT_AS, (CAP_BYTES, CAP_BYTES))
    from app.matching import MatchSettings, score_matrix, solve

    mentor_profiles, mentee_profiles = _profiles(mentees, mentors)
    settings = MatchSettings.from_program({})
    before_mb = _peak_mb()
    start = time.perf_counter()
    scores, allowed = score_matrix(mentor_profiles, mentee_profiles, settings)
    capacities = [PLACES_EACH] * len(mentor_profiles)
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


def bench_matching_scale(mentees: int = MENTEES, mentors: int = MENTORS) -> dict[str, float]:
    """The child's figures, or a failed run (``failed`` 1) with the reason on stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.bench.scale", str(mentees), str(mentors)],
        capture_output=True,
        text=True,
        check=False,
    )
    figures: dict[str, float] = {"n": float(mentees), "places": float(mentors * PLACES_EACH)}
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"   matching_scale child failed: {last}", file=sys.stderr)
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


if __name__ == "__main__":
    sizes = [int(a) for a in sys.argv[1:3]] or [MENTEES, MENTORS]
    print(json.dumps(child(*sizes)))
