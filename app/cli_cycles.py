"""The ``cycle`` commands: start the next cycle (rolling the previous one over), reopen one."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.cli import emit, open_db

if TYPE_CHECKING:
    import datetime as dt


def add_cycle_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
    date: Callable[[str], dt.date],
) -> None:
    """``mentordesk cycle new|reopen``, each with its own options."""
    cycle = sub.add_parser("cycle", help="start a program's next cycle, or reopen a closed one")
    verbs = cycle.add_subparsers(dest="cycle_command", metavar="ACTION", required=True)
    p = verbs.add_parser(
        "new",
        parents=[common],
        help="a new cycle; with --from, roll the previous cycle over",
        description="Create a cycle. With --from, the previous cycle's decisions are applied: "
        "returning people are carried, continued pairs and groups recreated, closed ones "
        "ended; undecided pairs continue when they had a contact in the last cadence, "
        "otherwise they are re-matched. The previous cycle is then closed (read-only).",
    )
    p.add_argument("--program", required=True)
    p.add_argument("--label", required=True, help="the new cycle's label, e.g. 2026-2027")
    p.add_argument("--from", dest="from_label", metavar="LABEL", help="the cycle to roll over")
    p.add_argument("--starts", type=date)
    p.add_argument("--ends", type=date)
    p.set_defaults(handler=new_cycle)
    p = verbs.add_parser("reopen", parents=[common], help="make a closed cycle editable again")
    p.add_argument("--program", required=True)
    p.add_argument("--label", required=True, help="the closed cycle's label")
    p.set_defaults(handler=reopen)


def new_cycle(args: argparse.Namespace) -> int:
    from app.cycles.rollover import create_next_cycle

    with open_db(args) as db, db.write() as session:
        result = create_next_cycle(
            session, args.program, args.label, args.from_label, args.starts, args.ends
        )
    if result.previous is None:
        text = f"Created cycle {result.cycle} of {result.program}."
    else:
        text = (
            f"Created cycle {result.cycle} of {result.program} from {result.previous}: "
            f"{result.participants_carried} people carried, {result.pairs_continued} pairs "
            f"and {result.groups_continued} groups continued, {result.rematched} to re-match, "
            f"{result.closed} closed; {result.previous} is now closed (read-only)."
        )
    emit(args, result.to_json(), text)
    return 0


def reopen(args: argparse.Namespace) -> int:
    from app.cycles.rollover import reopen_cycle

    with open_db(args) as db, db.write() as session:
        label = reopen_cycle(session, args.program, args.label)
    emit(args, {"cycle": label, "program": args.program, "status": "open"},
         f"Reopened cycle {label}: it can be changed again.")  # fmt: skip
    return 0
