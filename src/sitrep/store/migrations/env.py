"""Alembic environment: runs on the connection handed in by sitrep.store.migrate."""

from alembic import context
from sqlalchemy import func, select

from sitrep.store.models import Base

_PG_LOCK = 0x51727E9


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through sitrep.store.migrate.upgrade")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(select(func.pg_advisory_xact_lock(_PG_LOCK)))
        context.run_migrations()


run()
