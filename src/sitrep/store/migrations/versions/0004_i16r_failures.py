"""failures record their stage and position

A failed document (status 'failed') now says at which stage it failed (read,
parse, validate, extract, store) and where it was read (a path, `path:line` of
a JSON Lines record, `feed#entry`), so `sitrep failures --retry` can read it
again. Both columns are NULL for failures recorded before.

Revision ID: 0004_i16r
Revises: 0003
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_i16r"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ADD COLUMN on both dialects: no table copy
    op.add_column("documents", sa.Column("stage", sa.String(16), nullable=True))
    op.add_column("documents", sa.Column("position", sa.Text(), nullable=True))


def downgrade() -> None:
    # DROP COLUMN in place (SQLite >= 3.35): a batch copy of `documents` would drop the
    # old table, and with foreign keys on, that cascades to every mention, claim and event
    for column in ("position", "stage"):
        op.execute(f'ALTER TABLE documents DROP COLUMN "{column}"')
