"""Alembic migrations shipped inside the package, run on open (idempotent, concurrency-safe)."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")
_LOCK = threading.Lock()  # alembic's context is process-global: one upgrade at a time here


def _config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def current(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the schema to head; a no-op (one cheap query) when it already is."""
    target = head()
    if current(engine) == target:
        return
    from alembic import command

    with _LOCK:
        if current(engine) == target:
            return
        # the write engine serializes upgrades across processes (BEGIN IMMEDIATE, or the
        # advisory lock taken in env.py) and alembic re-reads the version inside it
        with engine.execution_options(sitrep_write=True).connect() as conn:
            command.upgrade(_config(conn), "head")
            conn.commit()
