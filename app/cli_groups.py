"""``mentordesk groups``: form groups of one rung with mentors of the rung above."""

from __future__ import annotations

import argparse

from app.errors import UnusableInputError
from app.grouping.messages import sentence

MOST_PER_GROUP = 30


def add_groups_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    p = sub.add_parser(
        "groups",
        parents=[common],
        help="form mentoring groups",
        description="Form groups of the people in ROLE (the mentee rung of a group relation) "
        "with mentors of the rung above, judged by their worst group. Criteria, rules and "
        "continuity are that relation's own settings; --apply saves them as proposed groups, "
        "replacing earlier unlocked proposals (confirmed and locked groups are kept).",
    )
    p.add_argument("--cycle", required=True, help="cycle label, e.g. 2025-2026")
    p.add_argument("--program", help="program name, when several share the cycle label")
    p.add_argument(
        "--role",
        required=True,
        help="the rung whose people form the groups (it names the group relation)",
    )
    p.add_argument("--size", metavar="MIN-MAX", help="members per group, e.g. 4-6")
    p.add_argument("--mentors-per-group", type=int, metavar="N", help="mentors in each group")
    p.add_argument(
        "--similar",
        action="append",
        default=[],
        metavar="FIELD",
        help="groups alike in this answer (repeatable; with --diverse, replaces the "
        "relation's criteria)",
    )
    p.add_argument(
        "--diverse",
        action="append",
        default=[],
        metavar="FIELD",
        help="groups mixed in this answer (repeatable)",
    )
    p.add_argument(
        "--seed", type=int, default=0, metavar="N", help="the same seed gives the same groups"
    )
    p.add_argument("--apply", action="store_true", help="save as proposed groups")
    p.set_defaults(handler=groups)


def parse_size(text: str) -> tuple[int, int]:
    """ "4-6" → (4, 6); "5" → (5, 5)."""
    parts = text.replace("–", "-").split("-")
    try:
        low, high = (int(parts[0]), int(parts[-1])) if len(parts) in (1, 2) else (0, 0)
    except ValueError:
        low, high = 0, 0
    if not 1 <= low <= high <= MOST_PER_GROUP:
        raise UnusableInputError(sentence("grouping.size_bad", text=text, most=MOST_PER_GROUP))
    return low, high


def groups(args: argparse.Namespace) -> int:
    from app.cli import emit, open_db
    from app.grouping.loading import Choices
    from app.grouping.quality import figures, group_notes
    from app.grouping.service import proposal_document, propose_groups, save_groups
    from app.programs import service as programs

    size = parse_size(args.size) if args.size else None
    if args.mentors_per_group is not None and not 0 <= args.mentors_per_group <= MOST_PER_GROUP:
        raise UnusableInputError(sentence("grouping.mentors_bad", most=MOST_PER_GROUP))
    choices = Choices(size, args.mentors_per_group, tuple(args.similar), tuple(args.diverse))
    with open_db(args) as db:
        scope = db.write() if args.apply else db.read()
        with scope as session:
            info = programs.find_cycle(session, args.cycle, args.program)
            proposal = propose_groups(session, info.id, args.role, choices, seed=args.seed)
            saved = save_groups(session, proposal) if args.apply else None
    document = proposal_document(proposal)
    request, solution = proposal.request, proposal.solution
    quality = figures(solution)
    lines: list[str] = [
        sentence(
            "grouping.summary",
            groups=len(solution.groups),
            role=request.role,
            worst=f"{quality['worst_group']:.2f}",
            mean=f"{quality['mean']:.2f}",
        )
    ]
    for name, group in zip(proposal.names, solution.groups, strict=True):
        mentors = ", ".join(request.emails[k] for k in group.mentors) or "—"
        members = ", ".join(request.emails[k] for k in group.members)
        lines.append(f"{name} ({group.score.fit:.2f}): {mentors} | {members}")
        lines += [f"  {note}" for note in group_notes(solution.problem, group)]
    for key, why in solution.ungrouped:
        lines.append(f"{request.emails[key]}: {why}")
    lines += [str(s) for s in proposal.shortfalls]
    if request.kept:
        lines.append(sentence("grouping.kept", count=len(request.kept)))
    if saved is not None:
        document["saved"], document["replaced"] = saved
        lines.append(sentence("grouping.saved", groups=saved[0], replaced=saved[1]))
    emit(args, document, "\n".join(lines))
    return 0
