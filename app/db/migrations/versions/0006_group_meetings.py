"""group life: program-wide meetings, attendance, safety notes

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 19:55:00.000000

A meeting may now belong to the whole cycle (the cascading program's monthly meeting
everyone attends) instead of one pair or group; attendance per person is recorded for group
and program-wide meetings; pairs and groups get safety and boundary notes for the
coordinator only.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ONE_OWNER = "(match_id IS NOT NULL) + (group_id IS NOT NULL) + (cycle_id IS NOT NULL) = 1"


def upgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cycle_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f("ck_meeting_match_xor_group"), type_="check")
        batch_op.create_check_constraint("one_owner", _ONE_OWNER)
        batch_op.create_index(batch_op.f("ix_meeting_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_meeting_cycle_id_cycle"),
            "cycle",
            ["cycle_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.add_column(sa.Column("safety_note", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("safety_note", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "meeting_attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_attendance_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_meeting_attendance_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "participant_id", name=op.f("pk_meeting_attendance")),
    )
    with op.batch_alter_table("meeting_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_attendance_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("meeting_attendance")
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.drop_column("safety_note")
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.drop_column("safety_note")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meeting_cycle_id_cycle"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_meeting_cycle_id"))
        batch_op.drop_constraint(batch_op.f("ck_meeting_one_owner"), type_="check")
        batch_op.create_check_constraint(
            "match_xor_group", "(match_id IS NULL) != (group_id IS NULL)"
        )
        batch_op.drop_column("cycle_id")
