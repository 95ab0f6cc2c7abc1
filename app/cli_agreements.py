"""The ``agreements`` command: the cycle's mentoring agreements and goal counts, and PDFs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import emit, open_db


def add_agreements_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    p = sub.add_parser(
        "agreements",
        parents=[common],
        help="mentoring agreements and their goals; printable PDFs",
        description="List the cycle's mentoring agreements (pairs and groups) with their "
        "goals and the goal counts; with --pdf, write one PDF per agreement, each in the "
        "language its people read (both versions when they differ) unless --lang says.",
    )
    p.add_argument("--cycle", required=True, help="cycle label, e.g. 2025-2026")
    p.add_argument("--program", help="program name, when several share the cycle label")
    p.add_argument("--pdf", type=Path, metavar="DIR", help="write one PDF per agreement here")
    p.add_argument("--lang", choices=["en", "fr", "both"], help="print every PDF in this language")
    p.set_defaults(handler=agreements)


def _row_json(row: Any, view: Any) -> dict[str, Any]:
    return {
        "kind": row.kind,
        "group": row.group_name or None,
        "mentors": [m.email for m in row.mentors],
        "mentees": [m.email for m in row.mentees],
        "state": row.state,
        "support": list(view.support) if view else [],
        "meeting_every_days": view.meeting_every_days if view else None,
        "signed_on": view.signed_on.isoformat() if view and view.signed_on else None,
        "goals": [
            {
                "text": g.text,
                "target_on": g.target_on.isoformat() if g.target_on else None,
                "status": g.status,
                "mid_status": g.mid_status or None,
                "end_status": g.end_status or None,
            }
            for g in (view.goals if view else ())
        ],
    }


def agreements(args: argparse.Namespace) -> int:
    from app.agreements.listing import agreement_rows, goal_counts
    from app.agreements.printing import write_agreement_files
    from app.agreements.service import get_agreement
    from app.programs import service as programs

    with open_db(args) as db, db.read() as session:  # printing writes files, not the database
        info = programs.find_cycle(session, args.cycle, args.program)
        files = []
        if args.pdf is not None:
            files = write_agreement_files(session, info.id, args.pdf, lang=args.lang)
        rows = agreement_rows(session, info.id)
        listed = [
            _row_json(r, get_agreement(session, r.agreement_id) if r.agreement_id else None)
            for r in rows
        ]
        counts = goal_counts(session, info.id)
    document: dict[str, Any] = {
        "cycle": info.label,
        "agreements": [r for r in listed if r["state"] != "none"],
        "goal_counts": counts,
        "files": [str(f) for f in files],
    }
    lines = [
        f"{r['state']:<8} {len(r['goals']):>2} goals  "
        + (r["group"] or " — ".join(r["mentors"] + r["mentees"]))
        for r in document["agreements"]
    ]
    lines.append(
        f"{counts['agreements']} agreements, {counts['pairs_without']} pairs or groups without "
        f"one; goals: {counts['met']} met, {counts['in_progress']} in progress, "
        f"{counts['dropped']} dropped."
    )
    if files:
        lines.append(f"Wrote {len(files)} PDF files to {args.pdf}")
    emit(args, document, "\n".join(lines))
    return 0
