"""when a group's letters were marked as sent

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 07:30:00.000000

A pair's letters are marked as sent by notifying the match (``match.notified_at``); a group
keeps the same moment in ``mentor_group.letters_sent_at`` (empty until its letters are
marked), so the coordinator sees which groups were told.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letters_sent_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mentor_group", schema=None) as batch_op:
        batch_op.drop_column("letters_sent_at")
