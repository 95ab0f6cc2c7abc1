"""``python -m tests.hostile``: run the hostile corpus and print its figures."""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from tests.hostile.corpus import cases
from tests.hostile.runner import make_template, run_case


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="hostile-") as work:
        root = Path(work)
        template = make_template(root / "template")
        outcomes = [run_case(case, template, root / case.name) for case in cases()]
    by_kind: Counter[str] = Counter(o.kind for o in outcomes)
    for outcome in outcomes:
        mark = "ok  " if outcome.clear else "FAIL"
        line = outcome.stderr.strip().splitlines()[-1:] or outcome.stdout.strip().splitlines()[:1]
        print(f"{mark} {outcome.case:<40} exit {outcome.exit_code}  {' '.join(line)[:110]}")
        for problem in outcome.problems:
            print(f"       {problem}")
    figures = {
        "cases": len(outcomes),
        "clear": sum(o.clear for o in outcomes),
        "crashes": sum(o.crashed for o in outcomes),
        "data_lost_or_garbled": sum(o.lost_data for o in outcomes),
        "leaks": sum(o.leaked for o in outcomes),
        "by_class": dict(by_kind),
    }
    print(json.dumps(figures, indent=2))
    return 0 if figures["clear"] == figures["cases"] else 1


if __name__ == "__main__":
    sys.exit(main())
