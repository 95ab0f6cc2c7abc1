"""program life: roll-over decisions, closed cycles, orientation, agreements and goals

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 19:30:00.000000

A cycle remembers the cycle it was rolled over from and when it was closed; pairs and
groups carry the coordinator's roll-over decision, the pair or group they continue, and a
closing category; participants say whether they are coming back. Groups gain their
relation, status and lock. New tables hold orientation sessions attended and mentoring
agreements with their goals. Every new column has a default, so existing rows stay valid.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _text(name: str, length: int) -> sa.Column[str]:
    return sa.Column(name, sa.String(length=length), nullable=False, server_default="")


def upgrade() -> None:
    with op.batch_alter_table("cycle", schema=None) as batch_op:
        batch_op.add_column(sa.Column("previous_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("closed_at", sa.DateTime(), nullable=True))
        batch_op.create_index(batch_op.f("ix_cycle_previous_id"), ["previous_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_cycle_previous_id_cycle"),
            "cycle",
            ["previous_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.add_column(_text("next_cycle", 20))
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.add_column(_text("end_category", 30))
        batch_op.add_column(sa.Column("continued_from_id", sa.Integer(), nullable=True))
        batch_op.add_column(_text("next_cycle", 20))
        batch_op.create_index(
            batch_op.f("ix_match_continued_from_id"), ["continued_from_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_match_continued_from_id_match"),
            "match",
            ["continued_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.add_column(_text("relation", 100))
        batch_op.add_column(
            sa.Column("status", sa.String(length=20), nullable=False, server_default="proposed")
        )
        batch_op.add_column(
            sa.Column("locked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("ended_at", sa.DateTime(), nullable=True))
        batch_op.add_column(_text("end_reason", 500))
        batch_op.add_column(_text("end_category", 30))
        batch_op.add_column(sa.Column("continued_from_id", sa.Integer(), nullable=True))
        batch_op.add_column(_text("next_cycle", 20))
        batch_op.create_index(
            batch_op.f("ix_mentor_group_continued_from_id"), ["continued_from_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_mentor_group_continued_from_id_mentor_group"),
            "mentor_group",
            ["continued_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "orientation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("session", sa.String(length=200), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "hours IS NULL OR hours >= 0", name=op.f("ck_orientation_hours_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["import_record.id"],
            name=op.f("fk_orientation_import_id_import_record"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_orientation_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orientation")),
    )
    with op.batch_alter_table("orientation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orientation_import_id"), ["import_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_orientation_participant_id"), ["participant_id"], unique=False
        )
    op.create_table(
        "agreement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("support", sa.JSON(), nullable=False),
        sa.Column("meeting_every_days", sa.Integer(), nullable=True),
        sa.Column("confidentiality", sa.Text(), nullable=False),
        sa.Column("ending", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(match_id IS NULL) != (group_id IS NULL)", name=op.f("ck_agreement_one_owner")
        ),
        sa.CheckConstraint(
            "meeting_every_days IS NULL OR meeting_every_days > 0",
            name=op.f("ck_agreement_cadence_positive"),
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["cycle.id"], name=op.f("fk_agreement_cycle_id_cycle"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["mentor_group.id"],
            name=op.f("fk_agreement_group_id_mentor_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["match_id"], ["match.id"], name=op.f("fk_agreement_match_id_match"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement")),
        sa.UniqueConstraint("group_id", name=op.f("uq_agreement_group_id")),
        sa.UniqueConstraint("match_id", name=op.f("uq_agreement_match_id")),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_cycle_id"), ["cycle_id"], unique=False)
    op.create_table(
        "agreement_goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("target_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("mid_status", sa.String(length=20), nullable=False),
        sa.Column("mid_reviewed_on", sa.Date(), nullable=True),
        sa.Column("end_status", sa.String(length=20), nullable=False),
        sa.Column("end_reviewed_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreement.id"],
            name=op.f("fk_agreement_goal_agreement_id_agreement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_goal")),
    )
    with op.batch_alter_table("agreement_goal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_goal_agreement_id"), ["agreement_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("agreement_goal")
    op.drop_table("agreement")
    op.drop_table("orientation")
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_mentor_group_continued_from_id_mentor_group"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_mentor_group_continued_from_id"))
        for name in (
            "next_cycle",
            "continued_from_id",
            "end_category",
            "end_reason",
            "ended_at",
            "locked",
            "status",
            "relation",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("match", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_match_continued_from_id_match"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_match_continued_from_id"))
        for name in ("next_cycle", "continued_from_id", "end_category"):
            batch_op.drop_column(name)
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_column("next_cycle")
    with op.batch_alter_table("cycle", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cycle_previous_id_cycle"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cycle_previous_id"))
        batch_op.drop_column("closed_at")
        batch_op.drop_column("previous_id")
