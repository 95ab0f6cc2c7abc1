"""The re-sign-up list: last cycle's returning and undecided people, answers filled in.

Written in the participants export's columns (which the sign-up import maps on its own),
without the columns that describe last cycle rather than the person (role, status,
returning, matched): a form can be pre-filled from it, and the file, corrected by the
people, imported into the next cycle. Written through the export's safe writer (never over
the database, renamed into place, formula-looking cells neutralised).
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Cycle, Participant, Person
from app.errors import NotFoundError, UnusableInputError
from app.roster import export as roster_export
from app.roster.messages import sentence as roster_sentence
from app.safe_files import check_destination, replacing

WHAT = "the re-sign-up list"
_LEFT_OUT = ("Role", "Status", "Returning", "Matched")
RESIGNUP_ANSWERS = ("returning", "")


def resignup_people(session: Session, cycle_id: int, role: str | None = None) -> list[str]:
    """Emails of the cycle's people who said they return or have not answered yet."""
    query = (
        select(Person.email)
        .join(Participant, Participant.person_id == Person.id)
        .where(Participant.cycle_id == cycle_id, Participant.next_cycle.in_(RESIGNUP_ANSWERS))
        .order_by(Person.email_key)
    )
    if role:
        query = query.where(Participant.role == role)
    return list(dict.fromkeys(session.scalars(query)))


def export_resignup(session: Session, cycle_id: int, out: Path, role: str | None = None) -> int:
    """Write the re-sign-up list of the cycle (one role, or all) to ``out`` (CSV or XLSX)."""
    out = Path(out)
    check_destination(out, WHAT)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UnusableInputError(roster_sentence("roster.export_suffix", name=out.name))
    if session.get(Cycle, cycle_id) is None:
        raise NotFoundError(roster_sentence("roster.cycle_gone"))
    # The participants export's own table, so both files always share their columns.
    headers, rows = roster_export._participant_table(session, cycle_id)
    email_at, role_at = headers.index("Email"), headers.index("Role")
    wanted = set(resignup_people(session, cycle_id))
    kept_rows = [r for r in rows if r[email_at] in wanted and (not role or r[role_at] == role)]
    keep = [i for i, h in enumerate(headers) if h not in _LEFT_OUT]
    table = [[row[i] for i in keep] for row in kept_rows]
    writer = roster_export._write_csv if suffix == ".csv" else roster_export._write_xlsx
    with replacing(out, WHAT) as temp:
        writer(temp, [headers[i] for i in keep], table)
    return len(table)
