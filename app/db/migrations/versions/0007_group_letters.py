"""group letters in the letter log; a group's first meeting on the group

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 22:30:00.000000

A letter record is now a pair's or a group's (exactly one of ``match_id`` and ``group_id``),
so group letters join the letter log instead of the audit trail. When and how a group first
meets moves from ``Program.settings["group_first_meetings"][str(group_id)]`` into columns of
``mentor_group``; the settings key is removed.
"""

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SETTINGS_KEY = "group_first_meetings"
_MODES = ("in_person", "video", "phone", "email_text")
_MAX_TEXT = 200


def _text(name: str, length: int) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("letter_record", schema=None) as batch_op:
        batch_op.alter_column("match_id", existing_type=sa.Integer(), nullable=True)
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch_op.create_check_constraint(
            "match_xor_group", "(match_id IS NULL) != (group_id IS NULL)"
        )
        batch_op.create_index(batch_op.f("ix_letter_record_group_id"), ["group_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_letter_record_group_id_mentor_group"),
            "mentor_group",
            ["group_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("first_meeting_on", sa.Date(), nullable=True))
        batch_op.add_column(_text("first_meeting_time", 200))
        batch_op.add_column(_text("first_meeting_place", 200))
        batch_op.add_column(_text("first_meeting_mode", 20))
    _move_first_meetings(op.get_bind())


def _date(value: Any) -> str | None:
    """An ISO day as stored, or None for anything that is not one (never a guess)."""
    try:
        return dt.date.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None


def _move_first_meetings(conn: sa.Connection) -> None:
    """Each program's stored first meetings go onto its own groups; the key goes away."""
    programs = conn.execute(sa.text("SELECT id, settings FROM program")).all()
    for program_id, raw in programs:
        settings = json.loads(raw) if raw else {}
        if not isinstance(settings, dict) or _SETTINGS_KEY not in settings:
            continue
        kept = settings.pop(_SETTINGS_KEY)
        for group_id, entry in (kept if isinstance(kept, dict) else {}).items():
            if not str(group_id).isdigit() or not isinstance(entry, dict):
                continue
            mode = str(entry.get("mode") or "")
            conn.execute(
                sa.text(
                    "UPDATE mentor_group SET first_meeting_on = :on, first_meeting_time = :time,"
                    " first_meeting_place = :place, first_meeting_mode = :mode"
                    " WHERE id = :id AND cycle_id IN (SELECT id FROM cycle WHERE program_id = :pid)"
                ),
                {
                    "on": _date(entry.get("on")),
                    "time": str(entry.get("time") or "").strip()[:_MAX_TEXT],
                    "place": str(entry.get("place") or "").strip()[:_MAX_TEXT],
                    "mode": mode if mode in _MODES else "",
                    "id": int(group_id),
                    "pid": program_id,
                },
            )
        conn.execute(
            sa.text("UPDATE program SET settings = :settings WHERE id = :id"),
            {"settings": json.dumps(settings), "id": program_id},
        )


def _restore_first_meetings(conn: sa.Connection) -> None:
    """Downgrade: the groups' first meetings go back into their program's settings."""
    rows = conn.execute(
        sa.text(
            "SELECT g.id, c.program_id, g.first_meeting_on, g.first_meeting_time,"
            " g.first_meeting_place, g.first_meeting_mode FROM mentor_group g"
            " JOIN cycle c ON c.id = g.cycle_id WHERE g.first_meeting_on IS NOT NULL"
            " OR g.first_meeting_time != '' OR g.first_meeting_place != ''"
            " OR g.first_meeting_mode != ''"
        )
    ).all()
    by_program: dict[int, dict[str, Any]] = {}
    for group_id, program_id, on, time, place, mode in rows:
        entry = {"on": str(on or ""), "time": time, "place": place, "mode": mode}
        by_program.setdefault(program_id, {})[str(group_id)] = entry
    for program_id, kept in by_program.items():
        raw = conn.execute(
            sa.text("SELECT settings FROM program WHERE id = :id"), {"id": program_id}
        ).scalar()
        settings = json.loads(raw) if raw else {}
        settings[_SETTINGS_KEY] = kept
        conn.execute(
            sa.text("UPDATE program SET settings = :settings WHERE id = :id"),
            {"settings": json.dumps(settings), "id": program_id},
        )


def downgrade() -> None:
    _restore_first_meetings(op.get_bind())
    # Schema 0006 has no room for group letters in the log.
    op.execute("DELETE FROM letter_record WHERE group_id IS NOT NULL")
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.drop_column("first_meeting_mode")
        batch_op.drop_column("first_meeting_place")
        batch_op.drop_column("first_meeting_time")
        batch_op.drop_column("first_meeting_on")
    with op.batch_alter_table("letter_record", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_letter_record_group_id_mentor_group"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_letter_record_group_id"))
        batch_op.drop_constraint(batch_op.f("ck_letter_record_match_xor_group"), type_="check")
        batch_op.drop_column("group_id")
        batch_op.alter_column("match_id", existing_type=sa.Integer(), nullable=False)
