"""Alembic environment: migrations run on the connection the workspace store hands over."""

from __future__ import annotations

from alembic import context

from planner.domain import edge_models  # noqa: F401  (its tables are part of the schema)
from planner.domain.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("alembic.ini sets no sqlalchemy.url to migrate")
    connection = create_engine(url).connect()

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
