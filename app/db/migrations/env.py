"""Alembic environment: always run on a connection handed over by app.db.migrate."""

from alembic import context

from app.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by app.db.migrate
    raise RuntimeError("MentorDesk migrations run through app.db.migrate only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
